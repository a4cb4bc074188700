"""The word readers of the quantity rules (``found.words_at``, ``found.noun_after``, ``open_counts._tokens``)
read exactly what the two-step readers they replaced did (a gap match, then a word match)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.quantities.found import MAX_MODIFIERS, STOPWORDS, Word, candidates, noun_after, words_at
from factcheck.extract.quantities.open_counts import _tokens

_GAP = re.compile(r"[ \t]*\n?[ \t]*")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")

# Text made of the characters the readers care about: letters, digits, apostrophes, hyphens, spaces,
# tabs, line breaks and punctuation that ends a phrase.
_TEXT = st.text(alphabet=st.sampled_from(list("ab zq1 9,.'’-\t\n;AB")), max_size=40)


def _two_step(text: str, pos: int, limit: int, token: re.Pattern[str]) -> list[Word]:
    out: list[Word] = []
    while len(out) < limit:
        gap = _GAP.match(text, pos)
        m = token.match(text, gap.end() if gap else pos)
        if m is None:
            break
        out.append((m.group(), m.start(), m.end()))
        pos = m.end()
    return out


def _noun_after_scan(words: list[Word], table: set[str]) -> tuple[str, int, int, list[str]] | None:
    for skip in range(min(MAX_MODIFIERS, len(words) - 1) + 1):
        if skip and words[skip - 1][0].lower() in STOPWORDS:
            return None
        for size in (3, 2, 1):
            chunk = words[skip : skip + size]
            if len(chunk) == size and " ".join(w for w, _, _ in chunk) in table:
                return " ".join(w for w, _, _ in chunk), chunk[0][1], chunk[-1][2], [w for w, _, _ in words[:skip]]
    return None


def test_words_at_examples() -> None:
    assert words_at("12 newly\n displaced people, said", 2) == [
        ("newly", 3, 8),
        ("displaced", 10, 19),
        ("people", 20, 26),
    ]
    assert words_at("3 ships\n\nfive", 1) == [("ships", 2, 7)]  # a blank line ends the phrase
    assert _tokens("rose 3,000 to 40", 4, 6) == [("3,000", 5, 10), ("to", 11, 13), ("40", 14, 16)]


@given(_TEXT, st.integers(min_value=0, max_value=40), st.integers(min_value=0, max_value=7))
def test_words_at_as_two_steps(text: str, pos: int, limit: int) -> None:
    pos = min(pos, len(text))
    assert words_at(text, pos, limit) == _two_step(text, pos, limit, _WORD)
    assert _tokens(text, pos, limit) == _two_step(text, pos, limit, _TOKEN)


@given(_TEXT, st.sets(st.sampled_from(["ab", "zq", "ab zq", "a b", "ab ab zq", "b"]), max_size=4))
def test_noun_after_as_scan(text: str, table: set[str]) -> None:
    words = words_at(text, 0, 6)
    assert noun_after(words, table) == _noun_after_scan(words, table)
    assert noun_after(words, table, candidates(words)) == _noun_after_scan(words, table)


def test_candidates_example() -> None:
    words = words_at("12 newly displaced people", 2)
    assert candidates(words) == [
        ("newly displaced people", 0, 3),
        ("newly displaced", 0, 2),
        ("newly", 0, 1),
        ("displaced people", 1, 2),
        ("displaced", 1, 1),
        ("people", 2, 1),
    ]
    assert noun_after(words, {"people"}, candidates(words)) == ("people", 19, 25, ["newly", "displaced"])
    assert candidates(words_at("3 of the ships", 1)) == [("of the ships", 0, 3), ("of the", 0, 2), ("of", 0, 1)]


# Windows before a vote figure: the words the vote patterns look for, figures, dashes and spaces.
_VOTE_WINDOW = st.lists(
    st.sampled_from(
        [
            "by",
            "BY",
            "for",
            "voted",
            "Voted",
            "were",
            "was",
            "vote",
            "votes",
            "to",
            "To",
            "12",
            "-",
            "–",
            "—",
            "backed",
            "yes",
            "no",
            "against",
            "in favour",
            "opposed",
            "abstained",
            ",",
            "  ",
            "\n",
            "bill",
            "X",
        ]
    ),
    max_size=8,
).map(lambda words: " ".join(words) + " ")


@given(_VOTE_WINDOW, st.sampled_from(["", " ", "\t"]))
def test_vote_guards_never_skip_a_match(before: str, tail: str) -> None:
    """A window the vote patterns match is never skipped by the cheap test on its last word."""
    from factcheck.extract.quantities import votes

    before += tail
    if votes._TALLY_SECOND.search(before):
        assert votes._may_end_with(before, votes._TALLY_SECOND_ENDS)
    if any(pattern.search(before) for _, pattern in votes._VOTE_BEFORE):
        assert votes._may_end_with(before, votes._VOTE_BEFORE_ENDS)


def test_vote_count_examples() -> None:
    from factcheck.extract.quantities.votes import vote_count
    from factcheck.normalize.numbers import find_numbers

    text = "The bill passed by 131 votes to 87, and 9 deputies abstained."
    figures = find_numbers(text)
    assert [vote_count(text, m) for m in figures] == [
        ("votes in favour", 22),
        ("votes against", 34),
        ("abstentions", 60),
    ]


@given(
    st.lists(
        st.sampled_from(["will", "met", "visited", "is", "built", "on", "Monday", ",", ";", ".", "The", "next week"]),
        max_size=10,
    ),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=8),
)
def test_clause_tense_as_before(words: list[str], start: int, length: int) -> None:
    """``clause_tense`` reads a clause that is its whole sentence once, with the answer of two reads."""
    from factcheck.normalize.tense import clause_tense, cue_tense, tense_of

    text = " ".join(words)
    start = min(start, len(text))
    end = min(len(text), start + length)
    s_start = max((m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z\"“])", text[:start])), default=0)
    s_end = next((m.start() + 1 for m in re.compile(r"[.!?]\s+(?=[A-Z\"“])").finditer(text, end)), len(text))
    breaks = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
    c_start = max((m.end() for m in breaks.finditer(text, s_start, start)), default=s_start)
    c_end = next((m.start() for m in breaks.finditer(text, end, s_end)), s_end)
    assert clause_tense(text, start, end) == (cue_tense(text[c_start:c_end]) or tense_of(text[s_start:s_end]))
