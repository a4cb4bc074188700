"""A proper name one source misspells (a club, a venue, a person without a cue): a ``name-spelling``
conflict only on a clear vote, never for a known variant of one spelling (issue #10, names)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.compare import compare_claims
from factcheck.normalize.spelling import (
    NAME_WORD_SLIP_MIN_LENGTH,
    PROPER_NAME_ATTRIBUTE,
    is_known_word,
    name_words,
    word_slip,
)
from factcheck.pipeline import extract_document
from tests.helpers import document

_FILLER = ("Rain is forecast.", "The council met.", "Schools stay closed.", "Roads reopened.", "Bread is dear.")


def _spelling_findings(*texts: str, agreements: bool = False) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """(status, [(value, sources)]) of each proper-name spelling finding on invented articles s1, s2, ...;
    the agreements on names (tests/test_name_agreements.py) only when asked for."""
    docs = [document(f"{t}\n\n{_FILLER[i]}", source_id=f"s{i + 1}") for i, t in enumerate(texts)]
    found = compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs}).findings
    return [
        (f.status.value, [(v.value, [e.source_id for e in v.sources]) for v in f.values])
        for f in found
        if f.attribute == PROPER_NAME_ATTRIBUTE and (agreements or f.status.value != "agreement")
    ]


@pytest.mark.parametrize(
    ("rare", "common", "slip"),
    [
        ("harrowgate", "harrogate", True),  # a letter added
        ("kestrelmon", "kestrelton", True),  # a letter changed
        ("kestreltan", "kestrelton", False),  # one vowel for another: a romanization
        ("brenmore", "bremnore", True),  # two letters swapped
        ("wielgorsky", "wielgorski", False),  # -y / -i: a transliteration
        ("zelmensky", "zelmenskyy", False),  # a final letter added: one name's variants
        ("brennford", "brenford", False),  # a doubled letter
        ("lindqvist", "lindqvists", False),  # a plural
        ("kestrelton", "bestrelton", False),  # the first letter changed
        ("hartley", "hartley", False),  # the same word
        ("coles", "cales", False),  # too short to tell a slip from another name
        ("kestreltan", "kestrelton-", False),  # two edits
        ("hyunwoo", "hyun-woo", False),  # hyphenated syllables
    ],
)
def test_word_slip(rare: str, common: str, slip: bool) -> None:
    assert word_slip(rare, common) is slip


def test_name_words_drop_the_article_and_possessives() -> None:
    assert name_words("the Harrogate Rovers’ ground") == ("harrogate", "rovers", "ground")
    assert name_words("Kestrelton United's") == ("kestrelton", "united")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=NAME_WORD_SLIP_MIN_LENGTH, max_size=12))
def test_a_word_is_no_slip_of_itself_its_plural_or_a_doubled_letter(word: str) -> None:
    assert not word_slip(word, word)
    assert not word_slip(word, word + "s")
    assert not word_slip(word + "s", word)
    assert not word_slip(word, word[:2] + word[1] + word[2:])


@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=NAME_WORD_SLIP_MIN_LENGTH, max_size=12),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=NAME_WORD_SLIP_MIN_LENGTH, max_size=12),
)
def test_word_slip_is_symmetric(a: str, b: str) -> None:
    assert word_slip(a, b) is word_slip(b, a)


def test_known_words_and_given_names() -> None:
    assert is_known_word("garden") and is_known_word("gardens")
    assert is_known_word("diana")
    assert not is_known_word("harrowgate")


# One event told by every invented article, so that they are one story.
_STORY = "Tear gas was fired at the Norvale stadium crush, where 40 fans died after the derby."

_RIGHT = "Supporters of Harrogate Rovers gathered outside Brennford Arena after the match."
_RIGHT_2 = "Harrogate Rovers fans clashed with police outside Brennford Arena on Saturday."
_WRONG = "Fans of Harrowgate Rovers gathered outside Brennford Arena after the game."


def test_one_source_misspelling_a_club_against_two_is_a_conflict() -> None:
    # The arena all three write alike is an agreement; the club's spellings are in the conflict, never
    # also an agreement.
    assert _spelling_findings(_RIGHT, _RIGHT_2, _WRONG, agreements=True) == [
        ("conflict", [("Harrogate Rovers", ["s1", "s2"]), ("Harrowgate Rovers", ["s3"])]),
        ("agreement", [("Brennford Arena", ["s1", "s2", "s3"])]),
    ]


def test_one_source_against_one_is_no_vote() -> None:
    assert _spelling_findings(_RIGHT, _WRONG) == []


def test_two_sources_against_two_is_no_clear_vote() -> None:
    assert _spelling_findings(_RIGHT, _RIGHT_2, _WRONG, _WRONG.replace("game", "final")) == []


def test_other_words_must_be_the_same() -> None:
    other = "Fans of Harrowgate Athletic gathered outside Brennford Arena after the game."
    assert _spelling_findings(_RIGHT, _RIGHT_2, other) == []


def test_a_dictionary_word_may_be_meant() -> None:
    common = f"{_STORY} Fans of Gardel Rovers gathered outside Brennford Arena after the match."
    other = f"{_STORY} Gardel Rovers supporters clashed with police on Saturday."
    rare = f"{_STORY} Fans of Garden Rovers gathered outside Brennford Arena after the game."
    assert _spelling_findings(common, other, rare) == []


def test_a_transliteration_agrees() -> None:
    common = f"{_STORY} Police chief Tomasz Wielgorski spoke to Harrogate Rovers fans."
    other = f"{_STORY} Tomasz Wielgorski, the police chief, told reporters the gates were shut."
    rare = f"{_STORY} Police chief Tomasz Wielgorsky spoke to Harrogate Rovers fans."
    assert _spelling_findings(common, other, rare) == []


def test_a_five_letter_word_is_a_slip_beside_the_same_other_words() -> None:
    story = _STORY
    common = f"{story} Velmar FC supporters rushed the pitch after the final whistle."
    other = f"{story} Hundreds of Velmar FC fans stormed onto the field when the game ended."
    rare = f"{story} Velnar FC supporters rushed the pitch after the final whistle."
    assert _spelling_findings(common, other, rare) == [
        ("conflict", [("Velmar FC", ["s1", "s2"]), ("Velnar FC", ["s3"])])
    ]


def test_a_five_letter_word_alone_is_too_short_to_tell() -> None:
    common = "Supporters of Velmar rushed the pitch after the final whistle."
    rare = "Supporters of Velnar rushed the pitch after the final whistle."
    other = "Hundreds of Velmar FC fans stormed onto the field when the game ended."
    assert _spelling_findings(common, other, rare) == []


def test_other_words_may_be_transliterations() -> None:
    story = _STORY
    common = f"{story} Regional police chief Nico Dalmuto said the gates were locked."
    other = f"{story} The gates had been locked before kick-off, Nico Dalmuto told a news conference."
    rare = f"{story} Regional police chief Niko Dalmuro said the gates were locked."
    found = _spelling_findings(common, other, rare)
    assert found == [("conflict", [("Nico Dalmuto", ["s1", "s2"]), ("Niko Dalmuro", ["s3"])])]


def test_the_preferred_spelling_is_the_rare_name_corrected() -> None:
    docs = [document(f"{t}\n\n{_FILLER[i]}", source_id=f"s{i + 1}") for i, t in enumerate((_RIGHT, _RIGHT_2, _WRONG))]
    found = compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs}).findings
    preferred = [f.preferred.value for f in found if f.attribute == PROPER_NAME_ATTRIBUTE and f.preferred]
    assert preferred == ["Harrogate Rovers"]


@given(st.lists(st.text(alphabet="abcdek", min_size=1, max_size=7), min_size=1, max_size=12, unique=True))
def test_slip_candidates_are_every_word_one_edit_away(words: list[str]) -> None:
    """The one-deletion index finds exactly the words one edit away (and maybe a few more), never fewer:
    the vote sees the same pairs as comparing every word with every other."""
    import jellyfish

    from factcheck.compare.spelling import _neighbours

    found = _neighbours(words)
    for a in words:
        one_edit = {b for b in words if b != a and jellyfish.damerau_levenshtein_distance(a, b) == 1}
        assert one_edit <= found[a]


def test_a_name_the_parser_runs_into_a_score_gives_no_spelling() -> None:
    doc = document("Cup final report\n\nThe Harbour Foxes beat Velmar 3-2 in the cup final on Sunday.\n")
    spelt = [c.normalized.display for c in extract_document(doc).claims if c.attribute == PROPER_NAME_ATTRIBUTE]
    assert "Velmar 3-2" not in spelt
    assert all(not any(ch.isdigit() for ch in s) for s in spelt)
