"""Issue 12: the second round of shortcuts on figure-dense text (results tables, flattened pages) gives what
the full work gives, on generated inputs: look-behind patterns not searched where they cannot match, the
event-word patterns written as tries, and a clause's tense read only for the dates it resolves. Every text
here is invented."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.analysis import events
from factcheck.extract.quantities import open_counts, rules
from factcheck.limits import may_end_with
from factcheck.normalize import dates, numbers

# Pieces of the windows before a figure: the words the guarded patterns need, look-alikes, case variants,
# whitespace (a final newline: "$" matches before it), and letters that match ASCII ones only under re.I.
BEFORE_PIECES = st.sampled_from(
    [" ", "  ", "\n", "\t", ",", "-", "–", "3", "2010", "1999", "the", "The", "all", "ALL", "in", "within", "from",
     "over", "of", "out", "magnitude", "Magnitude", "MEASURING", "measuring", "a", "number", "Number", "count",
     "tally", "total", "totals", "tenants", "evicted", "rose", "to", "was", "between", "and", "\u212a", "\u017f"]
)  # fmt: skip


@settings(max_examples=800)
@given(st.lists(BEFORE_PIECES, max_size=10).map("".join))
def test_look_behinds_skipped_by_their_prechecks_find_nothing(before: str) -> None:
    if not may_end_with(before, open_counts.NOT_OPEN_ENDS):
        assert open_counts._NOT_OPEN_BEFORE.search(before) is None
    if not rules.may_name_magnitude(before):
        assert rules._MAGNITUDE_BEFORE.search(before) is None
    if not any(word in before for word in open_counts.OPEN_HEAD_NOUNS):
        assert open_counts._OPEN_HEAD.search(before) is None
    if not before.endswith(numbers._DASH_ENDS):
        assert numbers._YEAR_RANGE_BEFORE.search(before) is None
    if not before[-1:].isspace():
        assert rules._LAST_WORD.search(before) is None


def test_the_prechecks_let_their_patterns_through() -> None:
    assert may_end_with("3 of the ", open_counts.NOT_OPEN_ENDS)
    assert rules.may_name_magnitude("a quake of Magnitude ") and rules.may_name_magnitude("\u212a ")
    assert open_counts._OPEN_HEAD.search("the number of tenants evicted rose to ") is not None
    assert open_counts._OPEN_HEAD.search("Number of Tenants ") is None  # case-sensitive: "Number" needs no test
    assert [m.role for m in numbers.find_numbers("in 2010-\n15", all_roles=True)] == ["year", "year"]


def _flat(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _flat_event_word() -> re.Pattern[str]:
    """_EVENT_WORD as it was: a flat alternation, nouns with a first-letter class for their capital."""
    nouns = events._NOUNS

    def spelled(word: str) -> str:
        return f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}" if word in nouns else re.escape(word)

    words = sorted(nouns | events._VERBS, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(spelled(w) for w in words) + r")\b")


_EVENT_WORDS = sorted(events._NOUNS | events._VERBS)
_NOT_EVENTS = sorted(events._LEX.get("not_event_phrases", []))
TEXT_PIECES = st.one_of(
    st.sampled_from(_EVENT_WORDS),
    st.sampled_from(_NOT_EVENTS),
    st.sampled_from([w.title() for w in _EVENT_WORDS[:40]] + [w.upper() for w in _NOT_EVENTS[:10]]),
    st.sampled_from([" ", "-", "s", "ed", "ing", ", ", "the ", "its ", "analysts ", "rate ", "law ", "\u017f"]),
)


def test_the_phrases_matched_under_ignorecase_are_lower_case() -> None:
    """Why a trie prefers the phrase the flat alternation preferred under (?i): no two of its branches
    differ only in case."""
    specs = [events._RATE, events._LAW, events._RESULTS]
    for words in [_NOT_EVENTS, events._BODY["determiners"], *(spec["objects"] for spec in specs)]:
        assert all(w == w.lower() and w.isascii() for w in words)


@settings(max_examples=600, deadline=None)
@given(st.lists(TEXT_PIECES, max_size=12).map("".join))
def test_event_word_tries_match_what_the_flat_alternations_matched(text: str) -> None:
    old_not_event = re.compile(r"(?i)\b(?:" + _flat(_NOT_EVENTS) + r")\b")
    assert events._NOT_EVENT.sub("#", text) == old_not_event.sub("#", text)
    spans = [m.span() for m in events._EVENT_WORD.finditer(text)]
    assert spans == [m.span() for m in _flat_event_word().finditer(text)]
    for spec, (pattern, _kind) in zip([events._RATE, events._LAW, events._RESULTS], events._PATTERNS, strict=True):
        gap = int(spec.get("gap", events.VERB_OBJECT_GAP))
        flat = re.compile(rf"\b(?:{_flat(spec['verbs'])})\s+(?:[\w-]+\s+){{0,{gap}}}?(?i:{_flat(spec['objects'])})\b")
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in flat.finditer(text)]


DATE_TEXTS = st.lists(
    st.sampled_from(
        [
            " ",
            ", ",
            "on ",
            "Monday",
            "May 5",
            "2023",
            "12:30",
            "2:05:41",
            "10 pm",
            "will ",
            "met ",
            "last week",
            "yesterday",
            "three days ago",
            "said",
            "is expected to",
            "2023-05-04",
            "at 0941 GMT",
            "the race",
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(DATE_TEXTS, st.sampled_from([None, dt.date(2023, 5, 10)]))
def test_dates_are_what_they_were_with_every_clause_tense_read(text: str, published: dt.date | None) -> None:
    lazy = dates.find_dates(text, published)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(dates, "_TENSED", frozenset(name for name, _ in dates.PATTERNS))  # every tense read, as before
        assert dates.find_dates(text, published) == lazy


def _old_in_byline(text: str, pos: int) -> bool:
    """people._in_byline as it was: the whole line of ``pos`` copied and matched."""
    from factcheck.normalize.people import _BYLINE, BYLINE_MAX_CHARS

    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end != -1 else len(text)]
    return len(line) <= BYLINE_MAX_CHARS and _BYLINE.match(line) is not None


LINE_PIECES = st.sampled_from(
    ["By Ana Ruiz", " | 10:40 CET", "\n", "(Reporting by Jo Obi; Editing by Lu Wei)", "x" * 45]
)


@settings(max_examples=400)
@given(st.lists(LINE_PIECES, max_size=8).map("".join), st.integers(0, 400))
def test_a_byline_is_read_from_the_line_around_a_name_as_before(text: str, pos: int) -> None:
    from factcheck.normalize.people import _in_byline

    pos = min(pos, len(text))
    assert _in_byline(text, pos) == _old_in_byline(text, pos)


def _phrase_words() -> list[str]:
    from factcheck.normalize.reference import load_data

    entries = load_data("counted_nouns.json")["phrase_counts"]["entries"]
    words = [w for raw in entries for key in ("phrases", "modifiers", "nouns") for w in raw.get(key, [])]
    return sorted(set(words))


VOTE_AND_PHRASE_PIECES = st.one_of(
    st.sampled_from(_phrase_words()),
    st.sampled_from([" ", "  ", "\n", ",", "12", "1,400", "of its", "voted", "votes", "were", "in favour", "in favor",
                     "FOR the", "for it", "Against", "abstained", "abstentions", "dockworkers", "carriages", "\u212a"]),
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(VOTE_AND_PHRASE_PIECES, max_size=12).map(" ".join))
def test_vote_and_phrase_patterns_skipped_per_sentence_match_nowhere(text: str) -> None:
    from factcheck.extract.quantities import phrases, votes

    if votes._VOTE_AFTER_WORDS.search(text) is None:
        assert all(votes._VOTE_AFTER.match(text, i) is None for i in range(len(text) + 1))
    for entry in phrases._entries():
        if entry.phrases.search(text) is None:
            assert entry.after.search(text) is None
        if entry.before is not None and entry.modifiers is not None and entry.modifiers.search(text) is None:
            assert entry.before.search(text) is None


NUMBER_TEXT_PIECES = st.sampled_from(
    [" ", "  ", "\n", "-", "tens", "Hundreds", "DOZENS", "scores", "of", "thousands", "millions", "several", "a few",
     "a  few", "A Couple of", "dozen", "half", "a quarter", "three-quarters", "a", "an", "percentage", "Percentage",
     "points", "point", "12", "2:05:41", "at ", "\u017f", "\u212a"]
)  # fmt: skip


@settings(max_examples=600)
@given(st.lists(NUMBER_TEXT_PIECES, max_size=10).map(" ".join))
def test_vague_and_fraction_patterns_skipped_by_their_prechecks_find_nothing(text: str) -> None:
    from factcheck.normalize import number_patterns as pat

    if not pat.may_hold(text, pat.VAGUE_WORDS):
        assert pat.VAGUE.search(text) is None
    if not pat.may_hold(text, pat.POINT_FRACTION_WORDS):
        assert pat.POINT_FRACTION.search(text) is None


def _marker_groups() -> dict[str, dict[str, list[str]]]:
    import json
    from importlib import resources

    raw = json.loads(resources.files("factcheck.data").joinpath("junk_markers.json").read_text(encoding="utf-8"))
    return {g: raw[g] for g in ("line", "weak", "intro", "end")}


def _marker_pieces() -> list[str]:
    """Words of the marker patterns (their literal runs) and of ordinary lines."""
    words = {w for g in _marker_groups().values() for ps in g.values() for p in ps for w in re.findall(r"[a-z]+", p)}
    return [*sorted(words)[:400], "©", "2024", "By", "Jane", "Roe", "|", "...", ".", ":", "!", "  "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_marker_pieces()), max_size=8).map(" ".join))
def test_junk_markers_match_what_one_pattern_of_all_their_alternatives_matched(line: str) -> None:
    from factcheck.junk_markers import compile_markers

    for groups in _marker_groups().values():
        for (name, patterns), marker in zip(groups.items(), compile_markers(groups), strict=True):
            old = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
            assert marker.name == name
            assert marker.matches(line) == (old.search(line) is not None), (name, line)
            assert marker.matches(line.capitalize()) == (old.search(line.capitalize()) is not None), (name, line)


@pytest.mark.parametrize(
    ("pattern", "branch"),
    [("^a|b", True), ("^(a|b)", False), ("^[|]x", False), (r"^a\|b", False), ("^[]|]x", False), ("^[^]|]|y", True)],
)
def test_a_top_level_branch_is_told_apart_from_one_in_a_group_or_class(pattern: str, branch: bool) -> None:
    from factcheck.junk_markers import top_level_branch

    assert top_level_branch(pattern) is branch


def test_junk_markers_match_as_before_on_every_line_of_the_invented_corpus() -> None:
    from factcheck.junk import _normalize
    from factcheck.junk_markers import compile_markers
    from tests.helpers import REPO

    lines = {
        _normalize(line)
        for path in sorted((REPO / "tests" / "corpus").glob("*/*"))
        if path.suffix in (".txt", ".md", ".html")
        for line in path.read_text(encoding="utf-8").splitlines()
    }
    assert len(lines) > 200
    hits = 0
    for groups in _marker_groups().values():
        for patterns, marker in zip(groups.values(), compile_markers(groups), strict=True):
            old = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
            for line in lines:
                found = marker.matches(line)
                assert found == (old.search(line) is not None), (marker.name, line)
                hits += found
    assert hits > 10  # the corpus has page junk: the comparison saw markers match


RACE_PIECES = st.sampled_from(
    [" ", "  ", "\n", ".", ";", ",", "previous", "old", "Former", "record", "RECORD", "best", "course", "his",
     "Her", "the", "a", "time", "finish", "was", "of", "in", "In", "won", "\u017f", "\u212a"]
)  # fmt: skip


@settings(max_examples=600)
@given(st.lists(RACE_PIECES, max_size=12).map(" ".join))
def test_race_time_look_behinds_skipped_by_their_prechecks_find_nothing(before: str) -> None:
    from factcheck.normalize.number_patterns import may_hold

    if not may_hold(before, open_counts.PREVIOUS_WORDS):
        assert open_counts._PREVIOUS.search(before) is None
    if not may_end_with(before, open_counts.TIMED_HEAD_ENDS):
        assert open_counts._TIMED_HEAD.search(before) is None


@given(st.text(alphabet="ab ,\n\t'-", max_size=30), st.integers(0, 30), st.integers(0, 9))
def test_words_read_one_at_a_time_are_the_words_read_at_once(text: str, pos: int, limit: int) -> None:
    from factcheck.extract.quantities.found import iter_words, words_at

    assert list(iter_words(text, pos, limit)) == words_at(text, pos, limit)


def _cue_pieces() -> list[str]:
    from factcheck.normalize.reference import nationality_adjectives, title_words

    words = title_words()
    extra = ["the", "a", "skipper", "SKIPPER", "defeated", "candidate", ",", " ", "  ", "\n", "Kenyan", "-", ".", "x"]
    return [*words["person_nouns"][:30], *words["honorifics"], *nationality_adjectives()[:30], *extra, "\u212a"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_cue_pieces()), max_size=8).map(" ".join), st.sampled_from(["", " ", "\n", ", "]))
def test_person_cues_skipped_by_their_prechecks_find_nothing(text: str, tail: str) -> None:
    from factcheck.normalize.reference import nationality_adjectives, nationality_cue
    from factcheck.normalize.titles import may_cue_before, title_patterns

    before = text + tail
    if not may_cue_before(before):
        assert title_patterns().cue_before.search(before) is None
    if not before.rstrip().endswith(nationality_adjectives()):
        assert nationality_cue().search(before) is None
