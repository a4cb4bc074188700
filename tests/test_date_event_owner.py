"""Which event a date belongs to, read from the parse (issue #9/#10): a date stacked after an event noun's
own phrase ("the toll from the quake in Varnia on Saturday"), a date whose verb has the event word as its
subject ("a festival turned deadly on Friday"), the tense of a subordinate clause ("will hold a runoff
... after neither won in Sunday's poll"), and a night beside the next day only when that day is told as
its small hours.

Every article here is invented for the test."""

from __future__ import annotations

import datetime as dt

from factcheck.extract.times.event_time import EventTimeExtractor
from factcheck.extract.times.furniture import in_furniture
from factcheck.normalize.dates import find_dates
from factcheck.normalize.tense import clause_tense
from tests.helpers import findings_of
from tests.test_extract_dates import claims, context

SAT = dt.date(2031, 6, 14)  # a Saturday
THURSDAY = dt.date(2031, 4, 10)


def _got(text: str, published: dt.date | None = SAT) -> list[tuple[str, str, str, bool]]:
    return [(c.subject_key, c.value, c.normalized.key, c.key_resolved) for c in claims(text, published, main=())]


def test_a_date_after_the_event_nouns_own_phrase_dates_the_event() -> None:
    # the small parser hangs "on Saturday" from "toll": the date is still the quake's, not the rise's
    text = "Quake hits Varnia.\n\nThe death toll from the quake in Varnia on Saturday rose to 90 by Monday."
    assert _got(text, dt.date(2031, 6, 16)) == [("incident", "Saturday", "2031-06-14", True)]


def test_a_date_of_a_verb_whose_subject_is_the_event_is_the_events() -> None:
    text = "Gala ends in tragedy.\n\nA music festival turned deadly on Friday night as fans pushed toward the stage."
    assert _got(text) == [("festival", "Friday", "2031-06-13", True)]


def test_a_subordinate_clause_keeps_its_own_tense() -> None:
    text = "The two will hold a runoff on June 2 after neither won half the vote in Sunday's poll."
    at = text.index("Sunday")
    assert clause_tense(text, at, at + len("Sunday")) == "past"
    at = text.index("June 2")
    assert clause_tense(text, at, at + len("June 2")) == "future"


def _dates(first: str, second: str) -> list[tuple[str, list[str]]]:
    found = findings_of((first, THURSDAY), (second, THURSDAY))
    return [(f.status.value, [v.display for v in f.values]) for f in found if f.attribute == "date"]


def test_a_night_and_a_plain_next_day_are_two_days() -> None:
    night = "A fire broke out in a warehouse in Accra on Tuesday night, the agency said."
    next_day = "A fire broke out in a warehouse in Accra on Wednesday, the agency said."
    assert _dates(night, next_day) == [("possible-conflict", ["2031-04-08", "2031-04-09"])]
    early = "A fire broke out in a warehouse in Accra early Wednesday, the agency said."
    assert _dates(night, early) == [("agreement", ["2031-04-08", "2031-04-09"])]
    by_clock = "A fire broke out in a warehouse in Accra at 1:40 a.m. on Wednesday, the agency said."
    assert _dates(night, by_clock)[0][0] == "agreement"


# ---------------------------------------------------------------- a page's furniture and "as of"

NOTE = "Blast at a depot in Harlow Bay.\n\n[Editor's note, June 15 8:30pm: the toll of the explosion was corrected.]"


def test_an_editors_note_dates_the_page_not_the_event() -> None:
    text = NOTE
    assert _got(text, dt.date(2031, 6, 16)) == []
    assert in_furniture("[Editor's note, June 15 8:30pm: the toll was corrected.]", 16, 23)
    assert in_furniture("Correction, June 15: an earlier version misnamed the port.", 12, 19)
    assert not in_furniture("The explosion on June 15 was heard across the bay.", 17, 24)


def test_a_clock_time_in_an_editors_note_is_no_event_time() -> None:
    text = NOTE
    ctx = context(text, dt.date(2031, 6, 16), main=())
    assert list(EventTimeExtractor().extract(ctx)) == []


def test_as_of_a_day_dates_a_figure_not_the_event() -> None:
    text = "Blast at a depot in Harlow Bay.\n\nAs of Sunday evening, the explosion had killed 12 people."
    assert _got(text, dt.date(2031, 6, 16)) == []


# ---------------------------------------------------------------- one zone for a span of two clock times


def _times(text: str, published: dt.date | None) -> list[str]:
    ctx = context(text, published, main=())
    return [c.normalized.display for c in EventTimeExtractor().extract(ctx)]


def test_the_zone_after_a_span_holds_for_its_start() -> None:
    text = "The ceremony in Osterby ran between 9:15 a.m. and 1:30 p.m. CEST."
    assert _times(text, None) == ["09:15 (UTC+02:00, 07:15 UTC)", "13:30 (UTC+02:00, 11:30 UTC)"]
    text = "The ceremony ran 10:00-12:30 GMT."
    assert _times(text, None) == ["10:00 (UTC)", "12:30 (UTC)"]


def test_a_second_time_of_its_own_keeps_its_own_reading() -> None:
    # "and again at": two moments, not one span; the first has no zone of its own
    text = "The ceremony in Osterby began at 9:00 and ended again at 14:00 CEST."
    assert _times(text, None)[-1] == "14:00 (UTC+02:00, 12:00 UTC)"
    assert "UTC+02:00, 07:00" not in _times(text, None)[0]


def test_a_bare_offset_before_a_zone_is_a_span_end() -> None:
    assert [(m.surface, m.utc_offset) for m in find_dates("It ran 10:00-12:30 GMT.", None)] == [
        ("10:00", None),
        ("12:30 GMT", dt.timedelta(0)),
    ]
    (iso,) = find_dates("The launch was at 10:52-04:00.", None)
    assert (iso.surface, iso.utc_offset) == ("10:52-04:00", dt.timedelta(hours=-4))


# ---------------------------------------------------------------- the date of a speech about the event


def test_the_date_of_speaking_or_vowing_is_no_date_of_the_event() -> None:
    pub = dt.date(2031, 6, 17)  # a Tuesday
    for text in (
        "Speaking earlier on Monday, the mayor said a runoff would be welcome.",
        "In the early hours of Monday, the challenger vowed to win the runoff.",
        "A runoff is needed, the council head said during a live broadcast on Monday.",
    ):
        assert _got(text, pub) == [], text
    assert [g[:3] for g in _got("The runoff took place on Monday.", pub)] == [("runoff", "Monday", "2031-06-16")]
