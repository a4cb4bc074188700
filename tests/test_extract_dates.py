"""Tests of the event-date.v1 extractor (factcheck.extract.times.event_date)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factcheck.extract import get
from factcheck.extract.base import ArticleContext
from factcheck.extract.times.event_date import EventDateExtractor, event_type_of
from factcheck.ingest.document import Document
from factcheck.models import Claim, ClaimKind, CompareAs, Scope, Source

THU = dt.date(2024, 5, 16)
FRI = dt.date(2024, 5, 17)
# Invented people of the test articles, by the spelling used in the text.
KNOWN = {"Mara Lind": "Mara Lind", "Lind": "Mara Lind", "Oskar Vey": "Oskar Vey", "Vey": "Oskar Vey",
         "Ada Ruiz": "Ada Ruiz"}  # fmt: skip


@dataclass(frozen=True)
class Mention:
    """Stand-in for normalize.people.PersonMention: the fields the extractor reads."""

    start: int
    end: int
    text: str
    canonical: str
    full: bool = True  # the stand-ins are full known names (participants only key events by those)
    known: bool = True
    variant: str = "canonical"


def context(text: str, published: dt.date | None, main: tuple[str, ...] = ("Mara Lind", "Oskar Vey")) -> ArticleContext:
    doc = Document(Source(id="t", path="t.txt", published=published), text, text)
    ctx = ArticleContext(doc)
    pattern = "|".join(sorted(KNOWN, key=len, reverse=True))
    mentions = [Mention(m.start(), m.end(), m[0], KNOWN[m[0]]) for m in re.finditer(rf"\b(?:{pattern})\b", text)]
    ctx.__dict__["people"] = mentions
    ctx.__dict__["main_participants"] = main
    return ctx


def claims(text: str, published: dt.date | None, main: tuple[str, ...] = ("Mara Lind", "Oskar Vey")) -> list[Claim]:
    return list(EventDateExtractor().extract(context(text, published, main)))


def test_registered() -> None:
    assert get("event-date.v1").id == "event-date.v1"


def test_weekday_on_publication_day() -> None:
    (c,) = claims("On Thursday, the two leaders signed a trade pact.", THU)
    assert (c.kind, c.compare_as, c.scope) == (ClaimKind.DATE, CompareAs.DATE, Scope.EVENT)
    assert (c.subject, c.attribute) == ("Mara Lind–Oskar Vey meeting", "date")
    assert c.subject_key == "meeting:m lind|o vei"
    assert (c.value, c.normalized.key, c.normalized.display, c.normalized.date) == (
        "Thursday", "2024-05-16", "2024-05-16", THU,
    )  # fmt: skip
    assert (c.evidence.start, c.evidence.end, c.evidence.text) == (3, 11, "Thursday")
    assert c.event.date == THU and c.event.date_text == "Thursday" and c.event.year == 2024
    assert c.event.date_note == (
        "weekday resolved to the most recent Thursday on or before the publication date 2024-05-16"
    )
    assert (c.event.participants, c.event.event_type, c.event.anchored_to_publication) == (
        ("Mara Lind", "Oskar Vey"), "meeting", True,
    )  # fmt: skip
    assert c.confidence == 0.9


def test_weekday_published_the_day_after() -> None:
    (c,) = claims("On Thursday, the two leaders signed a trade pact.", FRI)
    assert c.normalized.key == "2024-05-16"


def test_named_participants_make_the_subject() -> None:
    (c,) = claims("The meeting between Mara Lind and Vey on Thursday was tense.", FRI)
    assert c.subject_key == "meeting:m lind|o vei"
    assert c.normalized.date == THU


def test_planned_event_with_another_person_is_another_subject() -> None:
    (c,) = claims("Lind will speak on Friday with Ada Ruiz about fishing rights.", FRI)
    assert c.attribute == "date (planned)"
    assert (c.subject, c.subject_key) == ("Ada Ruiz–Mara Lind call", "call:a ruiz|m lind")
    assert c.normalized.date == FRI
    assert c.event.participants == ("Ada Ruiz", "Mara Lind")


def test_without_publication_date_the_weekday_is_the_key() -> None:
    (c,) = claims("On Thursday, the two leaders signed a trade pact.", None)
    assert (c.normalized.key, c.normalized.display, c.normalized.date) == ("thursday", "Thursday", None)
    assert c.event.date is None and c.event.date_note == "unresolved: no publication date; weekday Thursday kept"
    assert c.confidence == 0.6


def test_look_back_is_not_anchored_to_publication() -> None:
    (c,) = claims("It was only six weeks ago that the two leaders met in the capital.", FRI)
    assert (c.normalized.key, c.event.anchored_to_publication, c.confidence) == ("2024-04-05", False, 0.7)


def test_absolute_date_and_year_elsewhere_in_sentence() -> None:
    (c,) = claims("The summit was held on 4 February 2022 in the capital.", FRI)
    assert (c.normalized.key, c.confidence, c.event.anchored_to_publication) == ("2022-02-04", 1.0, False)
    (c,) = claims("In 2022 the leaders met on February 4 before the games.", FRI)
    assert c.normalized.key == "2022-02-04"
    assert c.event.date_note == "year 2022 written elsewhere in the sentence"


def test_month_day_without_publication_date() -> None:
    (c,) = claims("The two leaders met on May 16 in the capital.", None)
    assert (c.normalized.key, c.normalized.display) == ("may 16", "May 16")


def test_event_type_from_nouns() -> None:
    (c,) = claims("A strong earthquake struck the coast at 11:47 p.m. on Sunday.", dt.date(2025, 6, 9), main=())
    assert (c.subject, c.subject_key, c.normalized.key) == ("the incident", "incident", "2025-06-08")
    assert event_type_of("Crowds gathered on Wednesday to remember the victims of the floods.", 15) == "meeting"
    assert event_type_of("Markets were calm on Wednesday.", 16) is None


def test_no_claim_without_event_word_or_day() -> None:
    assert claims("Markets were calm on Thursday.", FRI) == []
    assert claims("The two leaders met in 2019 and again last year.", FRI) == []
    assert claims("The two leaders met two days earlier.", FRI) == []


def test_reported_and_quoted_dates_are_not_event_dates() -> None:
    assert claims("Twelve died in the floods, the agency said on Tuesday.", FRI) == []
    assert claims("Lind told Vey at their meeting: “Our bond today is strong.”", FRI) == []


# ---------------------------------------------------------------- event typing and other events' days

FRI_JUN = dt.date(2031, 6, 13)  # a Friday


def _typed(text: str, published: dt.date | None = FRI_JUN) -> list[tuple[str, str, str, str]]:
    return [(c.subject_key, c.attribute, c.value, c.normalized.key) for c in claims(text, published, main=())]


def test_rate_decision_is_a_policy_meeting_not_an_election() -> None:
    got = _typed("The central bank of Norland raised its main policy rate to 6% on Thursday in a 5-4 vote.")
    assert got == [("policy meeting", "date", "Thursday", "2031-06-12")]
    assert event_type_of("Voters went to the polls in a close vote on Sunday.", 40) == "election"


def test_a_body_s_next_meeting_is_planned_on_or_after_publication() -> None:
    got = _typed("The board said it would review the plan at its next meeting on March 3.", dt.date(2031, 11, 20))
    assert got == [("policy meeting", "date (planned)", "March 3", "2032-03-03")]
    got = _typed("The committee's next rate decision is due on July 2.")
    assert got == [("policy meeting", "date (planned)", "July 2", "2031-07-02")]


def test_a_deadline_or_a_state_reached_is_not_the_event_day() -> None:
    assert _typed("The wildfire had scorched 900 hectares by Thursday, officials said.") == []
    assert _typed("The storm is expected to rage until Sunday.") == []


def test_a_date_governed_by_another_verb_belongs_to_another_event() -> None:
    got = _typed("The forest fire that broke out on Monday was declared contained on Thursday.")
    assert got == [("incident", "date", "Monday", "2031-06-09"), ("fire:contained", "date", "Thursday", "2031-06-12")]


def test_wire_dateline_is_no_event_day() -> None:
    got = _typed("LOMBARD, June 12 (Harbour Wire) - A ferry capsized on Thursday near the river mouth.")
    assert got == [("incident", "date", "Thursday", "2031-06-12")]


def test_quoted_words_do_not_type_the_sentence() -> None:
    assert _typed('On Tuesday the mayor said the "fire was terrible" and left.') == []


def test_one_person_is_no_meeting_identity() -> None:
    (c,) = claims("Mara Lind signed the contract on Thursday.", FRI, main=("Mara Lind",))
    assert (c.subject, c.subject_key) == ("meeting", "meeting")


# ---------------------------------------------------------------- one main event per article


def test_weak_words_and_bare_occurrences_take_the_article_s_main_event() -> None:
    text = (
        "Parliament of Norland passes forestry bill.\n\n"
        "Norland's parliament on Thursday approved a bill protecting old forests. "
        "The vote on Thursday was close. It happened after a long night."
    )
    got = _typed(text)
    assert got == [("vote", "date", "Thursday", "2031-06-12"), ("vote", "date", "Thursday", "2031-06-12")]


def test_a_sentence_naming_another_event_keeps_its_kind() -> None:
    text = "A tunnel collapse trapped nine workers at the Orvik mine.\n\nA flood had hit the mine on Tuesday."
    assert _typed(text) == [("incident", "date", "Tuesday", "2031-06-10")]  # any incident: the incident
    assert [c.event.event_type for c in claims(text, FRI_JUN, main=())] == ["flood"]


def test_consequences_and_detection_keep_the_event_s_day() -> None:
    got = _typed("Six workers were trapped underground on Tuesday when a tunnel caved in at the Orvik mine.")
    assert got == [("incident", "date", "Tuesday", "2031-06-10")]
    got = _typed("The cyberattack on the port authority was detected on Wednesday.")
    assert got == [("incident", "date", "Wednesday", "2031-06-11")]


def test_a_date_in_the_possessive_dates_the_event_after_it() -> None:
    got = _typed("Investigators examined the wreckage of last Monday night’s blast at the depot.")
    assert got == [("incident", "date", "last Monday", "2031-06-09")]


def test_a_verb_starting_the_event_phrase_is_no_other_event() -> None:
    got = _typed("The council of Vessby adopted yesterday the law on harbour fees.")
    assert got == [("vote", "date", "yesterday", "2031-06-12")]


def test_a_compound_word_is_no_event_word() -> None:
    assert _typed("A roll-call on Monday counted the staff.") == []


def test_labour_strikes_and_derailments_are_typed() -> None:
    text = "Bus drivers in Lyon began a 48-hour strike on Monday."
    assert event_type_of(text, text.index("Monday")) == "strike"
    text = "Two coaches came off the rails on Sunday near the depot."
    assert event_type_of(text, text.index("Sunday")) == "accident"


def test_phrases_with_an_event_word_that_name_no_event() -> None:
    # "fire and rescue service", "fire chief": no fire; "an air strike" is no labour strike.
    text = "The regional fire and rescue service said on Sunday that crews had left."
    assert event_type_of(text, text.index("Sunday")) is None
    text = "An air strike hit the depot on Tuesday."
    assert event_type_of(text, text.index("Tuesday")) != "strike"


def test_a_later_phase_of_an_event_is_its_own_subject() -> None:
    published = dt.date(2031, 3, 12)  # a Wednesday
    got = [
        (c.subject, c.normalized.key)
        for c in claims("The walkout at the plant, which began on Monday, ends on Friday morning.", published)
    ]
    assert ("strike", "2031-03-10") in got
    assert all(subject != "strike" or key == "2031-03-10" for subject, key in got)
    got = [(c.subject, c.normalized.key) for c in claims("The strike enters its final day today.", published)]
    assert got == [("strike (enters)", "2031-03-12")]


def test_a_call_with_analysts_is_a_briefing_not_a_call_between_people() -> None:
    text = "The finance chief told investors on a call on Thursday that margins would hold."
    assert event_type_of(text, text.index("Thursday")) == "analyst call"
    text = "The two presidents spoke on a call on Thursday."
    assert event_type_of(text, text.index("Thursday")) == "call"


def test_a_verb_of_the_main_event_dates_it_without_naming_it() -> None:
    published = dt.date(2031, 3, 11)  # a Tuesday
    text = "Ferry crews in Split begin two-day strike\n\nThe ramps stopped at 07:00 on Monday."
    got = [(c.subject, c.attribute, c.normalized.key) for c in claims(text, published)]
    assert got == [("strike", "date", "2031-03-10")]
    # The same verb in an article about another event names no event.
    other = "Ferry crews in Split meet owners\n\nThe ramps stopped on Monday."
    assert [(c.subject, c.normalized.key) for c in claims(other, published)] == []


def test_a_company_report_of_its_results_is_the_results_event() -> None:
    published = dt.date(2031, 3, 12)  # a Wednesday
    text = "Harbour Foods said on Tuesday its first-quarter net profit rose 4% to 90 million euros."
    assert [(c.subject, c.normalized.key) for c in claims(text, published)] == [("results", "2031-03-11")]
    text = "Harbour Foods reported annual revenue of 1.2 billion euros after the market closed on Tuesday."
    assert [(c.subject, c.normalized.key) for c in claims(text, published)] == [("results", "2031-03-11")]
    # Saying something else on a day is no event.
    assert claims("Harbour Foods said on Tuesday it would hire a new chef.", published) == []


def test_launches_thefts_and_scrubs_are_typed() -> None:
    assert event_type_of("The rocket lifted off on Friday from a coastal pad.", 26) == "launch"
    assert event_type_of("A second vehicle flew on 3 March after months of delays.", 24) == "launch"
    assert event_type_of("Police said the burglary on Monday was well planned.", 28) == "theft"
    s = "After the scrub on 2 May, the rocket finally flew on 4 May."
    assert event_type_of(s, s.index("2 May")) == "scrub"
    assert event_type_of(s, s.index("4 May")) == "launch"


def test_travel_and_vegetation_are_not_launches_or_scrubs() -> None:
    assert event_type_of("The minister flew to Rome on Monday.", 29) is None
    assert event_type_of("Flames spread through dry scrub on Tuesday.", 32) != "scrub"
    assert event_type_of("The hackers stole files on Sunday.", 26) != "theft"


def test_a_date_followed_by_still_is_an_ongoing_state() -> None:
    assert claims("Police were on Friday still hunting the men behind the burglary.", FRI) == []
    assert [c.normalized.display for c in claims("The burglary on Thursday shocked the town.", FRI)] == ["2024-05-16"]


def test_a_main_event_verb_phrase_is_the_event_itself() -> None:
    text = "A rocket lifted off from the coast on Thursday.\n\nThe rocket reached orbit on Thursday morning."
    got = [(c.subject, c.normalized.display) for c in claims(text, FRI)]
    assert got == [("launch", "2024-05-16"), ("launch", "2024-05-16")]
