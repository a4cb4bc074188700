"""Page layout and sentence boundaries (issue 9): headlines, captions and bylines without a full stop end
at their line; hard-wrapped prose stays joined; a wire dateline is cut off the story's first sentence."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.models import JunkSpan
from factcheck.segment import hard_wrapped, segment


def texts(text: str) -> list[str]:
    return [s.text for s in segment(text)]


def test_a_long_headline_without_a_stop_ends_at_its_line() -> None:
    text = "Flood on the plain leaves 14 dead and hundreds without homes in Northvale\nRescuers reached 300 people."
    assert texts(text) == [
        "Flood on the plain leaves 14 dead and hundreds without homes in Northvale",
        "Rescuers reached 300 people.",
    ]


def test_a_caption_and_a_byline_stand_alone() -> None:
    text = (
        "Volunteers carry sandbags along the river bank near the old mill, photo by a reader\n"
        "By Jane Roe and Ivo Brandt, Staff Writers of the Valley Gazette newsroom desk\n"
        "The river rose 3 metres overnight."
    )
    assert texts(text)[-1] == "The river rose 3 metres overnight."
    assert len(texts(text)) == 3


def test_list_items_without_stops_are_sentences_of_their_own() -> None:
    text = "What we know so far about the storm that hit the coast this week\nTwelve people died\nNine are missing"
    assert texts(text) == [
        "What we know so far about the storm that hit the coast this week",
        "Twelve people died",
        "Nine are missing",
    ]


def test_hard_wrapped_prose_still_joins_before_a_name() -> None:
    text = (
        "The council met on Monday to discuss the new bridge over the river and\n"
        "agreed that the work would start in spring, according to the mayor of\n"
        "Northvale, who spoke to reporters after the meeting had ended.\n"
    )
    assert hard_wrapped(text)
    assert texts(text) == [text.strip()]


def test_a_scraped_page_shows_no_hard_wrapping() -> None:
    text = "A headline of some length that runs on for more than fifty characters\nThe first paragraph.\n"
    assert not hard_wrapped(text)
    assert not hard_wrapped("short line\nnext starts lower\n")  # too short to be a wrapped line


def test_a_wire_dateline_is_cut_off_the_first_sentence() -> None:
    assert texts("PORTVILLE, Nov. 4 (Agency) -- The toll rose to 15. Roads reopened.") == [
        "PORTVILLE, Nov. 4 (Agency) --",
        "The toll rose to 15.",
        "Roads reopened.",
    ]
    assert texts("NEW HARBOR, June 6, 2031 /Wire/ -- Two crew members flew.") == [
        "NEW HARBOR, June 6, 2031 /Wire/ --",
        "Two crew members flew.",
    ]


def test_a_dateline_that_syntok_cut_at_an_abbreviation_is_one_sentence() -> None:
    assert texts("LAKETOWN, Fla. — The storm made landfall. It weakened.") == [
        "LAKETOWN, Fla. —",
        "The storm made landfall.",
        "It weakened.",
    ]


def test_no_dateline_without_a_capital_after_the_dash_or_inside_a_paragraph() -> None:
    assert texts("NATO - the alliance said so.") == ["NATO - the alliance said so."]
    assert texts("It rained. OSLO - The rest.") == ["It rained.", "OSLO - The rest."]


def test_the_wire_dateline_still_places_the_event() -> None:
    from factcheck.extract.places.event_place import dateline_place

    (dateline, _) = segment("KARONGI, Rwanda (Agency) - A landslide buried 12 homes.")
    assert dateline_place(dateline.text) is not None


_LINE_WORDS = st.sampled_from(["The", "storm", "Jane", "Roe", "12", "dead", "in", "north", "said", "-", "(A)"])
_ENDS = st.sampled_from(["", ".", ":", "?", ",", " --"])
_LINES = st.lists(
    st.tuples(st.lists(_LINE_WORDS, min_size=1, max_size=14).map(" ".join), _ENDS).map("".join),
    min_size=1,
    max_size=8,
)
_BREAKS = st.sampled_from(["\n", "\n\n", "\n \n", " "])


@settings(max_examples=200, deadline=None)
@given(_LINES, st.lists(_BREAKS, min_size=8, max_size=8), st.booleans(), st.sampled_from(["", "TOWN, Region (A) - "]))
def test_boundaries_keep_offsets_exact_and_cover_every_character_once(
    lines: list[str], breaks: list[str], with_junk: bool, dateline: str
) -> None:
    text = dateline + "".join(line + brk for line, brk in zip(lines, breaks, strict=False))
    junk: tuple[JunkSpan, ...] = ()
    if with_junk and "\n" in text:
        end = text.index("\n")
        junk = (JunkSpan(start=0, end=end, reason="test", preview=""),)
    sentences = segment(text, junk)
    owner = [0] * len(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text and s.text
        for i in range(s.start, s.end):
            owner[i] += 1
    for j in junk:
        for i in range(j.start, j.end):
            owner[i] += 1
    # Every character is in exactly one sentence or the furniture, but for the whitespace between them.
    assert all(n == 1 or (n == 0 and text[i].isspace()) for i, n in enumerate(owner))
    assert all(a.end <= b.start for a, b in itertools.pairwise(sentences))


def test_a_line_ending_on_a_function_word_goes_on_in_a_scraped_page_too() -> None:
    text = "A headline\n\nThe two mayors signed a 40-page agreement on\nTuesday at their meeting in the old town hall."
    assert texts(text) == ["A headline", text.split("\n\n")[1]]
