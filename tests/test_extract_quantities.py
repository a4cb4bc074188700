"""Tests of the quantity.v1 and doc-length.v1 extractors on our own example sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.base import ArticleContext
from factcheck.extract.quantities.doc_length import DocLengthExtractor
from factcheck.extract.quantities.quantity import QuantityExtractor
from factcheck.extract.quantities.state_words import as_participle
from factcheck.ingest.document import Document
from factcheck.models import Claim, Source

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def context(text: str, participants: tuple[str, ...] = ()) -> ArticleContext:
    doc = Document(Source(id="t", path="t.txt"), text, text)
    ctx = ArticleContext(doc)
    # Main participants and people come from normalize.people; fix them so these tests check only us.
    ctx.__dict__["main_participants"] = participants
    ctx.__dict__["people"] = []
    return ctx


def quantities(text: str, participants: tuple[str, ...] = ()) -> list[Claim]:
    return list(QuantityExtractor().extract(context(text, participants)))


def lengths(text: str) -> list[Claim]:
    return list(DocLengthExtractor().extract(context(text)))


def summary(claims: list[Claim]) -> list[tuple[str, str, str, float | None, float | None]]:
    return [(c.attribute, c.value, c.normalized.key, c.normalized.low, c.normalized.high) for c in claims]


# ------------------------------------------------------------------------------------------ doc-length


def test_word_count_compound() -> None:
    [c] = lengths("The summit closed with a lengthy 6,500-word joint declaration on trade.")
    assert (c.subject, c.subject_key, c.attribute, c.value) == (
        "statement",
        "statement",
        "length in words",
        "6,500-word joint declaration",
    )
    assert (c.normalized.key, c.normalized.unit, c.normalized.low, c.normalized.high) == ("6500", "words", 6500, 6500)
    assert c.evidence.text == "6,500-word joint declaration"


def test_word_count_of_phrase_with_hedge() -> None:
    [c] = lengths("The ministers issued a statement of about 4,000 words.")
    assert (c.subject, c.attribute, c.normalized.key) == ("statement", "length in words", "4000")
    assert c.normalized.low == pytest.approx(3600) and c.normalized.high == pytest.approx(4400)


@pytest.mark.parametrize(
    ("text", "subject", "attribute", "key"),
    [
        ("Prosecutors filed a 250-page indictment.", "indictment", "length in pages", "250"),
        ("She read the 12-page report aloud.", "report", "length in pages", "12"),
        ("The communique, which runs to 2,200 words, was read out.", "statement", "length in words", "2200"),
        ("His speech was 3,000 words long.", "speech", "length in words", "3000"),
        ("They signed a 40-page treaty.", "treaty", "length in pages", "40"),
    ],
)
def test_document_kinds(text: str, subject: str, attribute: str, key: str) -> None:
    [c] = lengths(text)
    assert (c.subject, c.attribute, c.normalized.key) == (subject, attribute, key)


def test_no_length_without_document() -> None:
    assert lengths("He wrote 5,000 words a day and read a 12-page menu.") == []


def test_word_count_is_not_a_quantity_claim() -> None:
    assert quantities("They released a 6,500-word statement and a report of 90 pages.") == []


def test_past_statement_is_not_anchored() -> None:
    [c] = lengths("Two years ago the leaders released a 4,500-word statement.")
    assert c.event.anchored_to_publication is False


# ------------------------------------------------------------------------------------------ quantity


def test_ordinal_meeting_is_a_count_and_years_are_separate() -> None:
    claims = quantities("It was their 27th face-to-face meeting in eight years.", ("Ana Lima", "Bo Chen"))
    assert summary(claims) == [("number of meetings", "27th face-to-face meeting", "27", 27, 27)]
    assert (claims[0].subject, claims[0].subject_key) == ("Ana Lima–Bo Chen", "a lima|b chen")
    assert claims[0].event.participants == ("Ana Lima", "Bo Chen")


def test_cardinal_and_ordinal_meetings_share_attribute() -> None:
    a = quantities("The two have held more than 30 meetings.", ("Ana Lima", "Bo Chen"))
    b = quantities("This was their 33rd meeting.", ("Ana Lima", "Bo Chen"))
    assert [c.attribute for c in a] == [c.attribute for c in b] == ["number of meetings"]
    assert (a[0].normalized.low, a[0].normalized.high) == (30, None)


def test_duration_compound() -> None:
    claims = quantities("The envoy began a four-day state visit to Hanoi.", ("Ana Lima",))
    assert summary(claims) == [("duration of visit in days", "four-day state visit", "4", 4, 4)]
    assert claims[0].subject == "Ana Lima"


def test_meeting_duration_and_count_differ() -> None:
    claims = quantities("At the end of a two-day meeting, their 12th, the pair signed 9 agreements.")
    attributes = [c.attribute for c in claims]
    assert attributes == ["duration of meeting in days", "number of agreements"]


@pytest.mark.parametrize(
    "text",
    [
        "Such shifts have not been seen for 200 years.",
        "It happened six weeks ago.",
        "The two nations agreed.",
        "One of the aides said the first meeting went well.",
        "In 2019 the leaders met in Osaka.",
        "The meeting began at 10:30 on May 16.",
        "Call (555) 123-4567 for details.",
        "He scored 3 points in the 1990s.",
        "The Power of Siberia 2 pipeline is unfinished.",
        "Only 3 of the 12 candidates qualified.",
        "Ahmed, 29, arrived later.",
    ],
)
def test_no_claim(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "attribute", "value", "low", "high"),
    [
        ("At least 51 people were killed in the blast.", "deaths", "At least 51 people were killed", 51, None),
        ("The floods killed at least 27 and injured 140.", "deaths", "at least 27", 27, None),
        ("Officials said the death toll rose to 64.", "deaths", "64", 64, 64),
        ("The storm left 12 dead.", "deaths", "12 dead", 12, 12),
        ("Nearly 3,000 displaced families were sheltered.", "displaced", "Nearly 3,000 displaced", 2700, 3000),
        ("Police arrested 85 protesters.", "arrested", "85 protesters", 85, 85),
        ("Nine people remain missing.", "missing", "Nine people remain missing", 9, 9),
        (
            "About 1.1 million people had fled abroad.",
            "displaced",
            "About 1.1 million people had fled",
            990000,
            1210000,
        ),
    ],
)
def test_casualties(text: str, attribute: str, value: str, low: float, high: float | None) -> None:
    c = quantities(text)[0]
    assert (c.attribute, c.value, c.changes_over_time) == (attribute, value, True)
    assert c.normalized.low == pytest.approx(low)
    assert c.normalized.high == (pytest.approx(high) if high is not None else None)
    assert (c.subject, c.subject_key) == ("the event", "event")


def test_injured_after_killed() -> None:
    claims = quantities("The floods killed at least 27 and injured 140.")
    assert [(c.attribute, c.normalized.key) for c in claims] == [("deaths", "27"), ("injured", "140")]


def test_revised_figure() -> None:
    [c] = quantities("The ministry revised the death toll down to 31.")
    assert (c.attribute, c.normalized.key, c.normalized.revised) == ("deaths", "31", True)


def test_vague_soldiers() -> None:
    [c] = quantities("The army massed tens of thousands of soldiers near the border.")
    assert summary([c]) == [("number of troops", "tens of thousands of soldiers", "10000", 10000, 99999)]
    assert c.changes_over_time is False


def test_magnitude_of_main_shock_and_aftershock_differ() -> None:
    claims = quantities("A 6.4-magnitude earthquake struck, followed by a magnitude 5.1 aftershock.")
    assert [(c.attribute, c.normalized.key) for c in claims] == [
        ("magnitude", "6.4"),
        ("magnitude of aftershock", "5.1"),
    ]


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("Seismologists measured the quake at magnitude 5.9.", "magnitude"),
        ("The tremor had a magnitude of 5.9, the agency said.", "magnitude"),
        ("Aftershocks went on all day, the strongest of them of magnitude 4.2.", "magnitude of strongest aftershock"),
        ("A foreshock of magnitude 3.9 was felt an hour earlier.", "magnitude of foreshock"),
    ],
)
def test_magnitude_subject(text: str, attribute: str) -> None:
    [c] = quantities(text)
    assert c.attribute == attribute


def test_percent_and_money() -> None:
    claims = quantities("Turnout was 58% and 41% of voters chose him; the bank approved a $2 billion loan.")
    assert [(c.attribute, c.normalized.key, c.normalized.unit) for c in claims] == [
        ("turnout (%)", "58", "%"),
        ("share of voters (%)", "41", "%"),
        ("amount of loan (USD)", "2000000000", "USD"),
    ]


def test_bare_percent_and_money_yield_nothing() -> None:
    assert quantities("It rose 5% to $300.") == []


def test_attendance_is_not_a_toll() -> None:
    [c] = quantities("More than 8,000 people attended the rally, police said.")
    assert (c.attribute, c.normalized.key, c.normalized.low, c.changes_over_time) == ("attendance", "8000", 8000, False)


def test_measure_compound() -> None:
    [c] = quantities("The two states share a 1,200-km border.")
    assert (c.attribute, c.normalized.key, c.normalized.unit) == ("length of border in metres", "1200 km", "km")


def test_age_between_commas() -> None:
    [c] = quantities("Chief Inspector Lena Berg, 47, led the search.")
    assert (c.attribute, c.normalized.key) == ("age", "47")
    assert c.subject.endswith("Lena Berg")


def test_age_of_single_name_resolved_person() -> None:
    from factcheck.normalize.people import PersonMention

    text = "Later, Okafor, 61, resigned."
    ctx = context(text)
    start = text.index("Okafor")
    ctx.__dict__["people"] = [
        PersonMention(start, start + 6, "Okafor", "Ngozi Okafor", "ngozi-okafor", True, "surname", False)
    ]
    [c] = QuantityExtractor().extract(ctx)
    assert (c.subject, c.subject_key, c.attribute, c.normalized.key) == ("Ngozi Okafor", "ngozi-okafor", "age", "61")


def test_age_of_named_person() -> None:
    [c] = quantities("Maria Lopez, a 34-year-old teacher, was rescued.")
    assert (c.subject, c.attribute, c.normalized.key) == ("Maria Lopez", "age", "34")


def test_past_year_unanchors() -> None:
    text = "In 2015, 300 people were arrested."
    doc = Document(Source(id="t", path="t.txt", published=__import__("datetime").date(2024, 5, 1)), text, text)
    ctx = ArticleContext(doc)
    ctx.__dict__["main_participants"] = ()
    ctx.__dict__["people"] = []
    [c] = QuantityExtractor().extract(ctx)
    assert (c.attribute, c.event.year, c.event.anchored_to_publication) == ("arrested", 2015, False)


@pytest.mark.parametrize(
    "text",
    [
        # the year belongs to the comparison figure after "against" / "versus" / "from", not to the first one
        "Operating profit reached Dh95 million, against Dh80 million in the same period of 2023.",
        "Operating profit reached Dh95 million versus Dh80 million in 2023.",
        "Operating profit climbed to Dh95 million from Dh80 million in 2023.",
        # a year still to come is no time of the figure's event
        "The bakery chain has offered 4% this year and a further review in 2031.",
        "The city wants to plant 200 trees by 2031.",
    ],
)
def test_comparison_or_future_year_keeps_figure_anchored(text: str) -> None:
    claims = quantities(text)
    assert claims
    assert all((c.event.year, c.event.anchored_to_publication) == (None, True) for c in claims)


def test_year_of_the_figure_itself_still_unanchors() -> None:
    [c] = quantities("In 2012 net profit came in at Dh95 million.")
    assert (c.event.year, c.event.anchored_to_publication) == (2012, False)


def test_evidence_offsets_point_into_text() -> None:
    text = "Intro line.\nRescuers said 17 people were killed."
    [c] = quantities(text)
    assert text[c.evidence.start : c.evidence.end] == c.evidence.text == "17 people were killed"


# ------------------------------------------------------------------------------------------ seeds


@pytest.mark.skipif(not (SEEDS / "gold.json").exists(), reason="seed articles not available")
def test_seed_figures_never_share_an_attribute() -> None:
    claims: list[Claim] = []
    for path in sorted(SEEDS.glob("00*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = Document(Source(id=path.name[:3], path=str(path)), text, text)
        ctx = ArticleContext(doc)
        claims += list(QuantityExtractor().extract(ctx)) + list(DocLengthExtractor().extract(ctx))
    by_source = {(c.source_id, c.attribute, c.normalized.key) for c in claims}
    assert ("001", "length in words", "7000") in by_source
    assert ("004", "length in words", "5000") in by_source
    assert ("004", "number of meetings", "38") in by_source
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    assert gold["must_not"]
    attributes = {c.attribute for c in claims if c.source_id in ("003", "004")}
    assert "length in words" not in {c.attribute for c in claims if c.extractor == "quantity.v1"}
    assert not any("year" in a for a in attributes)


# ------------------------------------------------------------------------------------------ tolls, counts


def test_word_number_after_determiner_counts_when_casualty() -> None:
    [c] = quantities("Mourners remembered the nine people who lost their lives in the fire.")
    assert (c.attribute, c.normalized.key, c.changes_over_time) == ("deaths", "9", True)
    assert quantities("The nine nations signed.") == []


def test_toll_head_far_from_its_verb() -> None:
    [c] = quantities("The number of people killed by the storm in the northern hill districts has reached 41.")
    assert (c.attribute, c.normalized.key) == ("deaths", "41")


def test_a_measurement_is_not_a_count() -> None:
    assert quantities("Doctors feared infections among families camped at an altitude of more than 3,000 metres.") == []


@pytest.mark.parametrize(
    ("text", "key", "revised"),
    [
        ("About 2,600 people had been forced to leave their homes.", "2600", False),
        ("Some 2,600 residents were evacuated.", "2600", False),
        ("About 2,600 people remain out of their homes.", "2600", False),
        ("The agency revised the number of people displaced by the storm down to 2,100.", "2100", True),
        ("Officials lowered their count of displaced people to 2,100.", "2100", True),
    ],
)
def test_displaced_and_evacuated_are_one_figure(text: str, key: str, revised: bool) -> None:
    [c] = quantities(text)
    assert (c.attribute, c.normalized.key, c.normalized.revised, c.changes_over_time) == (
        "displaced",
        key,
        revised,
        True,
    )


def test_forced_is_no_displacement_cue() -> None:
    assert quantities("The gale forced two of the leading yachts to retire.") == []


@pytest.mark.parametrize(
    "text",
    [
        "More than 30 villages were cut off by landslides.",
        "The water left 31 villages without road access.",
        "Floods: 31 villages isolated.",
        "By evening 31 villages were still cut off.",
    ],
)
def test_state_of_counted_things_names_the_attribute(text: str) -> None:
    [c] = quantities(text)
    assert c.attribute == "number of villages cut off"


def test_damaged_before_or_after_the_noun() -> None:
    a = quantities("Inspectors counted 900 damaged homes.")
    b = quantities("More than 900 homes were damaged or destroyed.")
    assert [c.attribute for c in a] == [c.attribute for c in b] == ["number of homes damaged"]


def test_subset_of_a_fleet_is_another_attribute() -> None:
    fleet = quantities("A fleet of 40 yachts lined up at the start.")
    finished = quantities("Only 22 yachts finished the race.")
    assert [c.attribute for c in fleet] == ["number of ships"]
    assert [c.attribute for c in finished] == ["number of ships finished"]


def test_visitors_are_attendance() -> None:
    [c] = quantities("About 4,000 visitors watched the parade.")
    assert (c.attribute, c.normalized.key, c.changes_over_time) == ("attendance", "4000", False)


def test_edition_is_an_ordinal_count() -> None:
    [c] = quantities("The festival, now in its 7th edition, opened on Friday.")
    assert (c.attribute, c.normalized.key) == ("edition", "7")
    assert quantities("The first edition was small.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The four-day festival closed with fireworks.", "four-day festival"),
        ("After four days of racing the home crew won.", "four days of racing"),
        ("Crowds followed the cup over four days, the board said.", "over four days"),
    ],
)
def test_duration_of_the_event(text: str, value: str) -> None:
    [c] = quantities(text)
    assert (c.attribute, c.value, c.normalized.key) == ("duration of event in days", value, "4")


@pytest.mark.parametrize(
    "text",
    ["Prices rose over three years.", "The festival began three days ago.", "It rained for four days."],
)
def test_other_times_are_no_duration(text: str) -> None:
    assert quantities(text) == []


def test_comparison_year_does_not_move_the_figure_in_time() -> None:
    text = "Some 900 residents were evacuated as rivers rose to levels not seen since 2019."
    doc = Document(Source(id="t", path="t.txt", published=__import__("datetime").date(2024, 5, 1)), text, text)
    ctx = ArticleContext(doc)
    ctx.__dict__["main_participants"] = ()
    ctx.__dict__["people"] = []
    [c] = QuantityExtractor().extract(ctx)
    assert (c.event.year, c.event.anchored_to_publication) == (None, True)


def test_funding_amount() -> None:
    [c] = quantities("The cabinet released a first 15 million euros for repairs.")
    assert (c.attribute, c.normalized.key, c.normalized.unit) == ("amount of funding (EUR)", "15000000", "EUR")
    assert quantities("Claims could exceed 600 million euros.") == []


# ------------------------------------------------------------------------------------------ vote shares


def test_vote_share_subject_is_the_candidate() -> None:
    text = (
        "Ana Lima, a former judge, won with 51.2 percent of the votes cast in the runoff. "
        "Her rival, Bo Chen of the Unity party, took 48.8 percent and conceded. Turnout, at 44.1 percent, was low."
    )
    claims = quantities(text)
    assert [(c.subject, c.subject_key, c.attribute, c.normalized.key) for c in claims] == [
        ("Ana Lima", "unknown:lima", "vote share (%)", "51.2"),
        ("Bo Chen", "unknown:chen", "vote share (%)", "48.8"),
        ("the event", "event", "turnout (%)", "44.1"),
    ]


def test_vote_share_wordings_share_one_attribute() -> None:
    text = "Ana Lima led the first round. Lima won 53.4% of the vote, ahead of Maria Sousa with 30.1 percent."
    claims = quantities(text)
    assert [(c.subject_key, c.attribute, c.normalized.key) for c in claims] == [
        ("unknown:lima", "vote share (%)", "53.4"),
        ("unknown:sousa", "vote share (%)", "30.1"),
    ]


def test_had_and_of_the_support_read_a_share_in_a_sentence_on_a_vote() -> None:
    text = (
        "His nearest rival Tomas Varga had 41.28 per cent, the board said, while Ilse Brandt, the third candidate, "
        "had 6.17 per cent. Later Brandt, who has obtained 6.17 percent of the support, spoke."
    )
    assert [(c.subject_key, c.attribute, c.normalized.key) for c in quantities(text)] == [
        ("unknown:varga", "vote share (%)", "41.28"),
        ("unknown:brandt", "vote share (%)", "6.17"),
        ("unknown:brandt", "vote share (%)", "6.17"),
    ]
    assert quantities("The firm had 40 percent and left.") == []  # "had" needs a sentence on a vote


def test_a_denied_winning_verb_gives_no_candidate_a_share() -> None:
    text = (
        "Tomas Varga and Ilse Brandt face a second round, as neither candidate received more than 50 percent of votes."
    )
    assert quantities(text) == []
    assert quantities("In the election Tomas Varga did not win 40 percent.") == []
    kept = quantities("Tomas Varga, who was not expected to do well, won 40 percent of the vote.")
    assert [(c.subject_key, c.normalized.key) for c in kept] == [("unknown:varga", "40")]


def test_percentage_after_a_verb_needs_a_candidate_or_a_vote() -> None:
    assert quantities("The fund took 30 percent and left.") == []
    assert quantities("No candidate passed 50 percent in the vote.") == []
    # how far the count has got is no share anyone won, nor a figure two reports can disagree on
    assert quantities("With 99 percent of ballots counted, the race was close.") == []


# ------------------------------------------------------------------------------------------ properties

_WORDS_FOR_TEXT = st.sampled_from(
    ["12", "twelve", "Fifty-two", "people", "were", "killed", "more than", "villages", "cut off", "the", "toll",
     "rose to", "percent", "of the vote", "Ana Lima", "won", "magnitude", "6.1", "aftershock", ",", ".", "\n",
     "three-day", "regatta", "12th", "edition", "about", "5,000", "visitors", "homes", "damaged", "$3bn", "loan"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS_FOR_TEXT, max_size=25))
def test_claims_point_into_their_text(words: list[str]) -> None:
    text = " ".join(words)
    for c in quantities(text):
        assert text[c.evidence.start : c.evidence.end] == c.evidence.text
        assert c.normalized.low is None or c.normalized.high is None or c.normalized.low <= c.normalized.high


# ------------------------------------------------------------------ money, rates, areas, people aboard


def attrs(text: str) -> list[tuple[str, str]]:
    return [(c.attribute, c.normalized.key) for c in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rovers sold their captain to a rival for €18m on Monday.", [("amount of fee (EUR)", "18000000")]),
        (
            "Rovers completed a £20m (€23.5m) move for the striker.",
            [("amount of fee (GBP)", "20000000"), ("amount of fee (EUR)", "23500000")],
        ),
        ("The club paid a transfer fee of 12 million euros.", [("amount of fee (EUR)", "12000000")]),
        ("A first offer of $5m was turned down in May.", [("amount of offer (USD)", "5000000")]),
        (
            "The takeover of the regional airline, reported to be worth $4bn, closed on Friday.",
            [("amount of fee (USD)", "4000000000")],
        ),
        ("Adults pay 30 euros at the door.", []),
    ],
)
def test_money_takes_its_noun_and_keeps_its_currency(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Reserve Bank raised its cash rate by 25 basis points to 4.35% on Tuesday.",
            [("interest rate rise (basis points)", "25"), ("interest rate (%)", "4.35")],
        ),
        (
            "The central bank lowered its main rate to 6% from 6.5%.",
            [("interest rate (%)", "6"), ("previous interest rate (%)", "6.5")],
        ),
        (
            "The central bank cut its benchmark rate by a quarter of a percentage point.",
            [("interest rate cut (basis points)", "25")],
        ),
        ("The bank kept its benchmark rate at 3.5% for a third month.", [("previous interest rate (%)", "3.5")]),
        ("Economists had forecast that the central bank would cut its key rate to 5.75%.", []),
        (
            "The monetary policy committee cut rates by 50 basis points, following a 75-basis-point cut in March.",
            [("interest rate cut (basis points)", "50"), ("earlier interest rate cut (basis points)", "75")],
        ),
        ("The bank said the exchange rate fell 3% against the dollar.", [("rate (%)", "3")]),
    ],
)
def test_central_bank_rates(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


def test_old_value_of_a_change_is_the_previous_figure() -> None:
    assert attrs("Consumer inflation eased to 3.1% in March from 3.4% in February.") == [
        ("inflation (%)", "3.1"),
        ("previous inflation (%)", "3.4"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court ruled 5-4 in favour of the city.", "5-4"),
        ("The board approved the merger in an 8-1 vote.", "8-1"),
        ("Senators passed the bill by a 60-40 margin.", "60-40"),
    ],
)
def test_vote_split(text: str, expected: str) -> None:
    [c] = quantities(text)
    assert (c.attribute, c.normalized.key, c.normalized.display) == ("vote split", expected, expected)
    yes, no = (int(x) for x in expected.split("-"))
    assert c.normalized.low == c.normalized.high == yes + no / 1000


def test_vote_splits_differ_and_scores_are_none() -> None:
    from factcheck.compare.values import numbers_compatible

    [a] = quantities("The panel voted 7-2 to approve.")
    [b] = quantities("The panel approved it in a 6-3 decision.")
    assert not numbers_compatible(a.normalized, b.normalized)
    assert quantities("United won 2-1 at home.") == []


@pytest.mark.parametrize(
    ("text", "attribute", "key", "changes"),
    [
        ("The blaze has scorched 1,500 hectares of pine forest.", "area burned (hectares)", "1500", True),
        ("The bushfire had burned about 20,000 acres by Sunday.", "area burned (hectares)", "20000 acres", True),
        ("Floods have covered 300 square kilometres of farmland.", "area flooded (hectares)", "300 km²", True),
    ],
)
def test_area_of_a_fire_or_flood(text: str, attribute: str, key: str, changes: bool) -> None:
    [c] = quantities(text)
    assert (c.attribute, c.normalized.key, c.changes_over_time) == (attribute, key, changes)


def test_area_revised_down_and_its_old_value() -> None:
    claims = quantities("Officials revised the burned area down to 950 hectares, from 1,100 hectares reported earlier.")
    assert [(c.attribute, c.normalized.key, c.normalized.revised) for c in claims] == [
        ("area burned (hectares)", "950", True),
        ("previous area burned (hectares)", "1100", True),
    ]
    assert quantities("The estate spans 400 hectares of vineyards.") == []


@pytest.mark.parametrize(
    ("text", "attribute", "key"),
    [
        ("The bus was carrying 52 passengers when it left the road.", "people on board", "52"),
        ("About 200 people were aboard the train.", "people on board", "200"),
        ("The number of passengers was later revised down to 180.", "people on board", "180"),
        ("The lifeboat is certified to carry no more than 30 people.", "capacity (people)", "30"),
        ("Twenty miners survived the collapse.", "rescued", "20"),
        ("Nine climbers were found alive on the ridge.", "rescued", "9"),
        ("The floods forced the evacuation of 3,000 people.", "displaced", "3000"),
        ("Temperatures topped 44C in the capital.", "temperature (°C)", "44"),
        ("It was 31 degrees in the shade and the heat was unbearable.", "temperature (°C)", "31"),
    ],
)
def test_people_aboard_survivors_evacuees_temperatures(text: str, attribute: str, key: str) -> None:
    [c] = quantities(text)
    assert (c.attribute, c.normalized.key) == (attribute, key)


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers recovered four more bodies on Friday.",
        "Another 12 people died overnight, officials said.",
        "The ship turned 90 degrees to port.",
    ],
)
def test_increments_and_angles_are_no_claims(text: str) -> None:
    assert quantities(text) == []


def test_deal_and_contract_are_one_duration() -> None:
    a = quantities("She signed a three-year deal with the club.")
    b = quantities("She signed a three-year contract with the club.")
    assert [c.attribute for c in a] == [c.attribute for c in b] == ["duration of contract in years"]


def test_the_n_year_old_is_the_person_just_named() -> None:
    from factcheck.normalize.people import PersonMention

    text = "Coach Ana Petrova praised the squad. The 41-year-old, who took over in May, was pleased."
    ctx = context(text)
    start = text.index("Ana Petrova")
    ctx.__dict__["people"] = [
        PersonMention(start, start + 11, "Ana Petrova", "Ana Petrova", "unknown:petrova", False, "unknown", True)
    ]
    [c] = QuantityExtractor().extract(ctx)
    # an unknown person's age is keyed by the person's identity (initial and family name), see person_subject
    expected = ("Ana Petrova", "unknown:a petrova", "age", "41")
    assert (c.subject, c.subject_key, c.attribute, c.normalized.key) == expected
    assert quantities("The 41-year-old was pleased.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dinghy sank roughly three kilometres from the harbour.", [("distance (km)", "3")]),
        ("The rig stands 40 miles off the coast.", [("distance (km)", "40 miles")]),
        ("The epicentre was 12km north-east of the port.", [("distance (km)", "12")]),
        ("The quake struck at a depth of 10km.", [("depth (metres)", "10 km")]),
        ("Gusts of 90 kilometres per hour were recorded.", [("wind gust (km/h)", "90")]),
        ("She scored 21 goals in 30 league games last season.", [("goals (league)", "21")]),
        ("His 9 league goals were a club record.", [("goals (league)", "9")]),
        ("He has 12 goals in all competitions.", [("goals (all competitions)", "12")]),
        ("She scored three goals for the national team.", [("goals (national team)", "3")]),
        ("He scored two goals on Saturday.", []),
    ],
)
def test_distances_and_tallies_by_competition(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


# --------------------------------------------------------------------------- open vocabulary (quantity_open)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine climbers were stranded on the ridge overnight.", [("number of climbers stranded", "9")]),
        ("All 52 scheduled flights for Monday were cancelled.", [("number of flights cancelled", "52")]),
        ("The number of tenants evicted from the block rose to 40 on Friday.", [("number of tenants evicted", "40")]),
        ("Regulators put the number of affected customers at 900,000.", [("number of customers affected", "900000")]),
        ("The files of some 12,000 customers may have been exposed.", [("number of customers affected", "12000")]),
        ("About 6,000 cyclists took part in the ride.", [("attendance", "6000")]),
        (
            "Some 310 crews from 20 nations started the regatta on Saturday.",
            [("attendance", "310"), ("number of countries", "20")],
        ),
        ("Roughly 450 nurses work at the clinic.", [("number of nurses", "450")]),
    ],
)
def test_open_vocabulary_counts(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


def test_open_counts_of_changing_states_change_over_time() -> None:
    [stranded] = quantities("Nine climbers were stranded on the ridge overnight.")
    [nurses] = quantities("Roughly 450 nurses work at the clinic.")
    assert stranded.changes_over_time is True
    assert nurses.changes_over_time is False


@pytest.mark.parametrize(
    "text",
    [
        "The plant employs about 3,100 people.",  # a generic head with no state
        "She scored 21 goals in 30 league matches.",  # the frame of another figure
        "Only 4 of the 19 finalists were local.",
    ],
)
def test_no_open_count(text: str) -> None:
    assert [a for a, _ in attrs(text) if a.startswith("number of")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senate approved the bill with 61 senators voting in favour and 38 against.",
            [("votes in favour", "61"), ("votes against", "38")],
        ),
        ("The motion was carried by 211 votes to 97, with 9 abstentions.",
         [("votes in favour", "211"), ("votes against", "97"), ("abstentions", "9")]),
        ("The reform was backed by 205 lawmakers, with 101 voting against.",
         [("votes in favour", "205"), ("votes against", "101")]),
        ("Eleven senators abstained.", [("abstentions", "11")]),
    ],
)  # fmt: skip
def test_vote_tallies(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The divers reached a depth of 60 metres.", [("depth (metres)", "60")]),
        ("The cave lies about 800 m below ground.", [("depth (metres)", "800")]),
        ("The wall is 12 metres high.", [("height (metres)", "12")]),
        ("She finished 4 seconds ahead of her teammate.", [("winning margin (seconds)", "4")]),
        ("He won by two minutes.", [("winning margin (seconds)", "120")]),
        ("The kidnappers demanded 25 bitcoin.", [("amount of demand (BTC)", "25")]),
        ("Ransom: 25 BTC.", [("amount of demand (BTC)", "25")]),
    ],
)
def test_measurements_margins_and_demands(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


def test_race_times_are_durations_named_by_what_they_time() -> None:
    text = "Anna Berg won the race in 2:24:03, beating the previous record of 2:25:10. Her debut was 2:31:00."
    got = [(c.attribute, c.normalized.key, c.normalized.low, c.subject) for c in quantities(text)]
    assert got == [
        ("winning time", "2:24:03", 8643.0, "Anna Berg"),
        ("previous record (time)", "2:25:10", 8710.0, "the event"),
        ("time of debut", "2:31:00", 9060.0, "the event"),
    ]


def test_a_race_time_nobody_names_is_no_claim() -> None:
    assert quantities("The leaders passed halfway together; the clock showed 1:09:12.") == []


def test_a_founding_year_is_not_the_figure_year() -> None:
    [c] = quantities("Some 9,000 cyclists took part in the ride, which was first held in 1979.")
    assert c.event.year is None


# ------------------------------------------------------------------------------ money heads and speeds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales at the chain fell 3% to 640 million rand, it said.", [("amount of sales (ZAR)", "640000000")]),
        ("Its net profit rose 12% to Dh95 million.", [("amount of profit (AED)", "95000000")]),
        ("It lifted its profit forecast to 3 billion riyals.", [("amount of profit forecast (SAR)", "3000000000")]),
        ("It now expects revenue of 4.2 billion zlotys.", [("amount of revenue forecast (PLN)", "4200000000")]),
        ("Turnover reached 2.5 billion forints.", [("amount of turnover (HUF)", "2500000000")]),
    ],
)  # fmt: skip
def test_money_is_keyed_by_what_it_measures(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


def test_a_currency_word_is_never_a_counted_noun() -> None:
    assert attrs("The fine was paid in cash: 40,000 dirhams changed hands.") == []


def test_a_raised_forecast_changes_over_time_and_says_it_was_revised() -> None:
    [c] = quantities("The firm raised its revenue forecast to 9 billion euros.")
    assert (c.attribute, c.changes_over_time, c.normalized.revised) == ("amount of revenue forecast (EUR)", True, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bus was travelling at 64 km/h when it left the road.", [("speed (km/h)", "64")]),
        ("The coach was doing almost 70 mph on a stretch where the limit is 50 mph.",
         [("speed (km/h)", "70 mph"), ("speed limit (km/h)", "50 mph")]),
        ("It passed a 40 km/h sign at 95 kilometres per hour.", [("speed limit (km/h)", "40"), ("speed (km/h)", "95")]),
        # a gust is a wind's peak over seconds, a fact apart from its sustained speed
        ("Gusts reached 130 km/h overnight.", [("wind gust (km/h)", "130")]),
        ("The limit drops by 30 km/h at the bridge.", []),
        # what the speed belongs to, from the parse when no wind word stands just before the figure
        ("Peak windspeeds on the ridge were later estimated at 150 km/h.", [("wind speed (km/h)", "150")]),
        ("The lighthouse logged a 95 km/h wind gust.", [("wind gust (km/h)", "95")]),
        ("The squall line raced across the plain at 60 km/h.", [("speed (km/h)", "60")]),
    ],
)  # fmt: skip
def test_speeds_and_speed_limits(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


def test_the_length_of_a_strike_is_counted_in_hours() -> None:
    assert attrs("Port workers began a two-day walkout.") == [("duration of walkout in hours", "48")]
    assert attrs("Port workers began a 36-hour walkout.") == [("duration of walkout in hours", "36")]
    assert attrs("The ministers began a two-day visit.") == [("duration of visit in days", "2")]


def test_a_head_phrase_uses_the_lexicon_name_of_its_noun() -> None:
    assert attrs("The number of vessels queuing off the harbour rose to 31.") == [("number of ships", "31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The employer offered 4%; the union is demanding a 9% pay rise.", [("offer (%)", "4"), ("demand (%)", "9")]),
        ("Nurses want 12 per cent; the board is offering a 5% increase.", [("demand (%)", "12"), ("offer (%)", "5")]),
        ("The airline has put 7% on the table.", [("offer (%)", "7")]),
        ("The store is offering a 20% discount.", [("discount (%)", "20")]),
    ],
)  # fmt: skip
def test_percentages_offered_and_demanded(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


def test_passengers_booked_on_the_trip_are_on_board() -> None:
    assert attrs("The airline had 143 passengers booked on the flight.") == [("people on board", "143")]
    assert attrs("The airline had 143 passengers booked for next week.") != [("people on board", "143")]


# ------------------------------------------------------------------- counts named by what they did


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of its eight wagons derailed.", [("number of carriages derailed", "2"), ("number of carriages", "8")]),
        ("Three coaches of the night train came off the rails.", [("number of carriages derailed", "3")]),
        ("Cranes lifted the three derailed carriages.", [("number of carriages derailed", "3")]),
        ("Some 2,000 bus drivers in the capital downed tools on Friday.", [("number of strikers", "2000")]),
        ("According to the union, 310 of its members walked out.", [("number of strikers", "310")]),
        ("More than 300 nurses have walked out.", [("number of strikers", "300")]),
        # another counted group in between: the ships are not strikers
        (
            "12 ferries were idle after 300 crew walked out.",
            [("number of ferries", "12"), ("number of strikers", "300")],
        ),
    ],
)
def test_counts_named_by_what_they_did(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


def test_frame_of_a_part_is_the_whole_or_nothing() -> None:
    assert attrs("Five of the nine cars derailed.") == [
        ("number of carriages derailed", "5"),
        ("number of carriages", "9"),
    ]
    assert attrs("Some 200 of the 350 members walked out.") == [("number of strikers", "200")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 60 volunteers at the shelter had worked through the weekend.", [("number of volunteers", "60")]),
        ("Some 300 climbers have reached the summit.", [("number of climbers", "300")]),
        ("Forty tenants have been evicted.", [("number of tenants evicted", "40")]),
    ],
)
def test_active_perfect_verb_is_no_state(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


# ------------------------------------------------------------------- an amount that is a value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burglars took paintings worth more than $2 million.", [("amount of value (USD)", "2000000")]),
        ("The recovered jewels are valued at £650,000.", [("amount of value (GBP)", "650000")]),
        ("The gallery put the value of the lost works at 2.6 million euros.", [("amount of value (EUR)", "2600000")]),
        ("The insurer's estimate of their value is €1.9 million.", [("amount of value (EUR)", "1900000")]),
        # another money head names the amount: no value
        ("The museum received a grant worth €50,000.", [("amount of grant (EUR)", "50000")]),
    ],
)  # fmt: skip
def test_an_amount_with_a_value_word_is_a_value(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


def test_an_amount_with_no_value_word_is_no_value() -> None:
    assert attrs("Visitors spent 3 million euros in the town.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burglars escaped with 12 pieces of jewellery.", [("number of objects stolen", "12")]),
        ("The gang stole nine paintings from the gallery.", [("number of paintings stolen", "9")]),
        ("Robbers made off with about 30 watches.", [("number of watches stolen", "30")]),
        # no verb of taking: a plain count, with one name for pieces and items
        ("The museum lent 40 items to the exhibition.", [("number of objects", "40")]),
        ("She took 12 wickets.", [("number of wickets", "12")]),
    ],
)  # fmt: skip
def test_a_verb_of_taking_before_a_count_makes_it_stolen(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Households will be limited to 150 litres per person a day.", [("amount per person (litres)", "150")]),
        ("The city cut the allowance to 120 litres a head per day.", [("amount per person (litres)", "120")]),
        ("The ration is 2 kg of rice per person.", [("amount per person (kg)", "2")]),
        # no per-person phrase: a measurement, no claim
        ("Residents used about 90 litres at home last year.", []),
    ],
)  # fmt: skip
def test_an_amount_per_person_is_a_ration(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rocket placed a probe into a 600 km orbit.", [("length of orbit in metres", "600 km")]),
        (
            "The probe was released into an orbit 600 kilometres above the Moon.",
            [("length of orbit in metres", "600 km")],
        ),
        ("The two countries share a 1,200 km border.", [("length of border in metres", "1200 km")]),
        # no noun the unit measures: no claim
        ("The hikers walked 20 km on Sunday.", []),
    ],
)  # fmt: skip
def test_a_spaced_unit_measures_the_noun_like_a_compound(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


def test_a_participle_of_measure_is_no_state() -> None:
    assert attrs("The rocket carried 4 probes weighing 90 kilograms in all.") == [("number of probes", "4")]
    assert attrs("Police found 12 crates containing guns.") == [("number of crates", "12")]


def test_a_possessive_before_the_noun_of_a_share_is_skipped() -> None:
    assert attrs("The dam fell to 31.5 per cent of its capacity.") == [("share of capacity (%)", "31.5")]
    assert attrs("The lake dropped to 40 per cent of capacity.") == [("share of capacity (%)", "40")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ban covers towns home to about 2 million people.", [("number of people affected", "2000000")]),
        ("The state declared an emergency for three million people.", [("number of people affected", "3000000")]),
        # a small figure after "for" is a capacity, not people covered
        ("They booked a table for 12 people.", []),
    ],
)  # fmt: skip
def test_people_a_measure_covers_are_affected(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


def test_ages_in_a_list_of_names() -> None:
    from factcheck.extract.registry import run_extractors
    from tests.helpers import context

    ctx = context(
        "All five victims have been named. They are Marta Quill Rowe, 54; Tobias Renner, 83 and Gladys Renner, 79; "
        "Ivo Brandt, 54; Leon Oster, 80."
    )
    ages = [(c.subject, c.value) for c in run_extractors(ctx) if c.attribute == "age"]
    assert ages == [
        ("Marta Quill Rowe", "54"),
        ("Tobias Renner", "83"),
        ("Gladys Renner", "79"),
        ("Ivo Brandt", "54"),
        ("Leon Oster", "80"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an "-ing" state and an "-ed" state of one verb are one attribute (here the lexicon's audience cue)
        ("Some 140,000 listeners tuning in to the late show stayed up.", [("attendance", "140000")]),
        ("About 140,000 listeners tuned in to the late show.", [("attendance", "140000")]),
        ("Some 140,000 listeners voting in the late poll stayed up.", [("number of listeners voted", "140000")]),
        ("About 140,000 listeners voted in the late poll.", [("number of listeners voted", "140000")]),
        ("About 300 families waiting for news gathered at the gate.", [("number of families waited", "300")]),
        # "between" ends like a participle but is no state
        ("An average of 2.1 million listeners on the morning show between 7:00 and 9:00 stayed.",
         [("number of listeners", "2100000")]),
    ],
)  # fmt: skip
def test_open_count_states_keyed_by_the_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert attrs(text) == expected


@given(st.sampled_from(["tune", "wait", "carry", "stay", "hope", "plan"]))
def test_as_participle_is_regular(verb: str) -> None:
    participle = as_participle(verb)
    assert participle.endswith("ed") and participle[:2] == verb[:2]
