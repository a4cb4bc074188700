"""One count, one key: a figure of people keyed by what the lexicon says they did, whatever the wording;
a metric keyed by the one name its synonyms share.

"40 people passed away" and "40 were killed" are one death toll; "9 people were treated at the scene"
and "9 were injured" one count of injured; "2 million viewers tuned in" and "2 million people watched"
one audience; "900 people attending" is the attendance, however the verb is inflected. (Invented
sentences only.)
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.registry import run_extractors
from factcheck.models import Status
from tests.helpers import context, findings_of, statuses_by_attribute


def _counts(text: str) -> list[tuple[str, str]]:
    return [(c.attribute, c.normalized.key) for c in run_extractors(context(text)) if c.compare_as.value == "number"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 40 people passed away after the mudslide.", ("deaths", "40")),
        ("Nine people were treated at the scene for smoke inhalation.", ("injured", "9")),
        ("An average of 7.5 million people tuned in to watch the cup final.", ("attendance", "7500000")),
        ("Some 2.5 million viewers tuned in for the debate.", ("attendance", "2500000")),
        ("The regional final drew 2.1 million viewers.", ("attendance", "2100000")),
        ("A peak of 3 million people were watching the launch.", ("attendance", "3000000")),
        ("With 900 people attending, the gala hall was full.", ("attendance", "900")),
        ("Some 80,000 listeners tuning in to the late show stayed up.", ("attendance", "80000")),
        ("About 300 people were rallying outside the town hall.", ("attendance", "300")),
        ("Around 20,000 people packed into the old stadium.", ("attendance", "20000")),
        ("An estimated 30,000 revelers descended on the harbour square.", ("attendance", "30000")),
        ("The list of 600 invited guests was published on Monday.", ("attendance", "600")),
        ("Participation has been around 71 percent, the commission said.", ("turnout (%)", "71")),
        ("Viewership peaked at 4.1 million, the broadcaster said.", ("peak audience (count)", "4100000")),
        ("The show had a peak audience of 4.1 million.", ("peak audience (count)", "4100000")),
        # the state of counted things from the verb they are the object of, as from a word after them
        ("The flood destroyed 300 homes in the valley.", ("number of homes destroyed", "300")),
        ("About 300 homes were destroyed in the valley.", ("number of homes destroyed", "300")),
        ("The blaze damaged or destroyed more than 2,100 buildings.", ("number of buildings damaged", "2100")),
        ("Inspectors visited 300 homes in the valley.", ("number of homes", "300")),
    ],
)
def test_a_count_of_people_is_keyed_by_what_they_did(text: str, expected: tuple[str, str]) -> None:
    assert expected in _counts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "queueing" is no cue of the lexicon: the open count keeps its own key
        ("With 500 people queueing, the doors opened early.", ("number of people queued", "500")),
        # "tuned" without the rest of its phrasal cue ("tuned in") is not that cue
        ("With 20 people tuning, the band played on.", ("number of people tuned", "20")),
    ],
)
def test_an_inflected_state_outside_the_lexicon_stays_an_open_count(text: str, expected: tuple[str, str]) -> None:
    assert expected in _counts(text)


def test_two_wordings_of_one_toll_agree() -> None:
    day = dt.date(2031, 3, 4)
    found = findings_of(
        ("A mudslide hit the hill village of Varnok on Monday. At least 40 people passed away, officials said.", day),
        ("A mudslide hit the hill village of Varnok on Monday. At least 40 people were killed, officials said.", day),
    )
    assert statuses_by_attribute(found, "deaths") == [(Status.AGREEMENT.value, ["40"])]


def test_two_wordings_of_one_audience_agree() -> None:
    day = dt.date(2031, 6, 2)
    found = findings_of(
        ("The cup final in Doravel was shown live on Sunday. An average of 7.5 million people tuned in.", day),
        ("The cup final in Doravel was shown live on Sunday. It was watched by 7.5 million viewers.", day),
    )
    assert statuses_by_attribute(found, "attendance") == [(Status.AGREEMENT.value, ["7500000"])]
