"""Comparison semantics: statuses, event frames, preferred values, stable fingerprints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck.compare import compare_claims
from factcheck.models import ClaimFile, Finding, Status
from factcheck.pipeline import compare_paths, extract_document
from tests.helpers import document

LYON = "French President Emmanuel Macron met German Chancellor Olaf Scholz in Lyon on Monday."
LYON_2 = "Emmanuel Macron and Olaf Scholz held talks in Lyon, officials said."
NICE = "Emmanuel Macron and Olaf Scholz held talks in Nice, officials said."
LOOK_BACK = "In 2019, Emmanuel Macron and Olaf Scholz held a meeting in Nice."
UNRELATED = "Prime Minister Keir Starmer opened a hospital in Leeds."


def _files(*items: tuple[str, str, dt.date | None]) -> tuple[list[ClaimFile], dict[str, str]]:
    docs = [document(text, published, sid) for sid, text, published in items]
    return [extract_document(d) for d in docs], {d.source.id: d.text for d in docs}


def _findings(*items: tuple[str, str, dt.date | None]) -> list[Finding]:
    files, texts = _files(*items)
    return compare_claims(files, texts).findings


def _location(findings: list[Finding]) -> list[tuple[str, list[str]]]:
    return [(f.status.value, sorted(v.value for v in f.values)) for f in findings if f.attribute == "location"]


D1, D2 = dt.date(2025, 3, 10), dt.date(2025, 3, 11)


def test_agreement() -> None:
    assert _location(_findings(("a", LYON, D1), ("b", LYON_2, D2))) == [("agreement", ["Lyon"])]


def test_conflict_same_event() -> None:
    found = _findings(("a", LYON, D1), ("b", NICE, D2))
    assert _location(found) == [("conflict", ["Lyon", "Nice"])]
    conflict = next(f for f in found if f.status == Status.CONFLICT)
    assert conflict.kind == "place-mismatch" and conflict.severity.value == "error"


def test_majority_preferred_with_weights() -> None:
    found = _findings(("a", LYON, D1), ("b", LYON_2, D2), ("c", NICE, D2))
    conflict = next(f for f in found if f.status == Status.CONFLICT)
    assert conflict.preferred is not None and conflict.preferred.value == "Lyon"
    assert [(v.value, v.weight) for v in conflict.preferred.votes] == [("Lyon", 2.0), ("Nice", 1.0)]


def test_look_back_to_an_earlier_year_is_a_distinct_event() -> None:
    found = _findings(("a", LYON, D1), ("b", LOOK_BACK, D2))
    assert ("distinct-events", ["Lyon", "Nice"]) in _location(found)
    assert not [f for f in found if f.status == Status.CONFLICT and f.attribute == "location"]


def test_without_dates_the_same_pair_is_a_low_confidence_conflict() -> None:
    found = _findings(("a", LYON, None), ("b", NICE, None))
    conflict = next(f for f in found if f.status == Status.CONFLICT)
    assert conflict.confidence < 0.7 and "different events" in conflict.explanation


def test_syndicated_copies_count_once() -> None:
    copy = LYON + " "  # a reprint of the same wire text
    found = _findings(("a", LYON, D1), ("b", copy, D1))
    assert _location(found) == [("unique", ["Lyon"])]
    files, texts = _files(("a", LYON, D1), ("b", copy, D1))
    assert compare_claims(files, texts).duplicate_of == {"b": "a"}


def test_fingerprints_are_stable_under_reordering_and_unrelated_inputs() -> None:
    base = {f.id for f in _findings(("a", LYON, D1), ("b", NICE, D2))}
    reordered = {f.id for f in _findings(("b", NICE, D2), ("a", LYON, D1))}
    more = {f.id for f in _findings(("a", LYON, D1), ("b", NICE, D2), ("z", UNRELATED, D2))}
    assert base == reordered
    assert base <= more


def test_misspelt_known_name_is_a_conflict_preferring_the_known_spelling() -> None:
    found = _findings(
        ("a", "Emanuel Macron spoke in Paris.", None),
        ("b", "Emanuel Macron arrived.", None),
        ("c", "President Emmanuel Macron left.", None),
    )
    names = [f for f in found if f.attribute == "name spelling" and f.status == Status.CONFLICT]
    assert len(names) == 1
    assert names[0].preferred is not None and names[0].preferred.value == "Emmanuel Macron"


def test_transliterations_agree() -> None:
    found = _findings(
        ("a", "Foreign Minister Sergey Lavrov said the talks went well.", None),
        ("b", "Moscow's envoy, Foreign Minister Sergei Lavrov, arrived late on Sunday.", None),
    )
    names = [f for f in found if f.attribute == "name spelling"]
    assert [(f.status, [v.value for v in f.values]) for f in names] == [(Status.AGREEMENT, ["Sergei Lavrov"])]


TOLL_1 = "At least 12 people were killed when the storm hit the coast, officials said."
TOLL_2 = "The death toll from the storm has risen to 31, the civil defence agency said on its website."
TOLL_LOWER_LATER = "Nine people were killed in the storm, the regional governor told reporters at a briefing."


def _toll(findings: list[Finding]) -> list[tuple[str, list[str]]]:
    return [(f.status.value, sorted(v.value for v in f.values)) for f in findings if f.attribute == "deaths"]


def test_a_rising_toll_is_an_update_by_date_and_by_text() -> None:
    by_date = _findings(("a", TOLL_1, D1), ("b", TOLL_2, D2))
    assert _toll(by_date) == [("updated", ["12", "31"])]
    by_text = _findings(("a", TOLL_1, None), ("b", TOLL_2, None))
    assert _toll(by_text) == [("updated", ["12", "31"])]
    update = next(f for f in by_text if f.status == Status.UPDATED)
    assert update.preferred is not None and update.preferred.value.startswith("31")


def test_a_lower_later_toll_without_a_revision_is_a_conflict() -> None:
    found = _findings(("a", TOLL_1.replace("At least 12", "Twelve"), D1), ("b", TOLL_LOWER_LATER, D2))
    assert _toll(found) == [("conflict", ["12", "9"])]


def test_without_dates_an_explicitly_dated_look_back_is_still_another_event() -> None:
    found = _findings(("a", LYON, None), ("b", LOOK_BACK, None))
    assert ("distinct-events", ["Lyon", "Nice"]) in _location(found)
    assert not [f for f in found if f.status == Status.CONFLICT and f.attribute == "location"]


def test_a_wire_story_reprinted_with_different_page_junk_counts_once(tmp_path: Path) -> None:
    story = (
        "Flood waters cut off more than 40 villages in the north of the province on Monday, the regional\n"
        "governor said. Emergency crews evacuated 1,200 residents by boat and helicopter overnight.\n"
        "Twelve people were killed and the government released an emergency fund of 20 million euros.\n"
    )
    a = tmp_path / "site-a.txt"
    b = tmp_path / "site-b.txt"
    a.write_text("River Valley News\n\n" + story + "\nSubscribe to our newsletter\nMost Popular\n", encoding="utf-8")
    b.write_text(
        "Home | World | Politics\n\n" + story + "\nLeave a Reply\nYour email address will not be published.\n"
        "Related: Storm season ahead\nRelated: Bridge reopens after repairs\nRelated: Farmers count losses\n",
        encoding="utf-8",
    )
    report = compare_paths([a, b])
    assert {i.id: i.duplicate_of for i in report.inputs} == {"site-a": None, "site-b": "site-a"}
    deaths = [f for f in report.findings if f.attribute == "deaths"]
    assert [f.status for f in deaths] == [Status.UNIQUE]


def test_update_cues_name_the_new_total() -> None:
    from factcheck.compare.updates import RISE as _RISE

    for said in ("raising the death toll to 27", "bringing the total to 33", "the toll rose to 21", "have now died"):
        assert _RISE.search(said), said
    for said in ("27 people died", "the toll was 21 on Monday"):
        assert not _RISE.search(said), said


def test_times_with_two_possible_readings_agree_with_either() -> None:
    from factcheck.compare.values import _times_compatible
    from factcheck.models import Normalized

    unsure = Normalized(key="16:40 (utc+02:00 or utc+01:00)", display="16:40", low=14 * 60 + 40, high=15 * 60 + 40)
    utc = Normalized(key="14:40 (utc)", display="14:40 (UTC)", low=14 * 60 + 40, high=14 * 60 + 40)
    winter = Normalized(key="15:40 (utc)", display="15:40 (UTC)", low=15 * 60 + 40, high=15 * 60 + 40)
    other = Normalized(key="18:00 (utc)", display="18:00 (UTC)", low=18 * 60, high=18 * 60)
    assert _times_compatible(unsure, utc) and _times_compatible(unsure, winter)
    assert not _times_compatible(unsure, other)


def test_each_agreeing_side_of_a_conflict_is_an_agreement() -> None:
    found = _findings(("a", LYON, D1), ("b", LYON_2, D2), ("c", NICE, D2))
    assert sorted(_location(found)) == [("agreement", ["Lyon"]), ("conflict", ["Lyon", "Nice"])]


def test_different_values_of_different_events_are_shown_even_when_compatible() -> None:
    old = "In 2019, Emmanuel Macron and Olaf Scholz held a meeting in France."
    found = _findings(("a", LYON, D1), ("b", old, D2))
    assert ("distinct-events", ["France", "Lyon"]) in _location(found)


def test_unresolved_month_days_and_weekdays() -> None:
    from factcheck.compare.values import _dates_compatible
    from factcheck.models import Normalized

    def n(key: str, day: dt.date | None = None, zone: str | None = None) -> Normalized:
        return Normalized(key=key, display=key, date=day, unit=zone)

    resolved = n("2025-10-17", dt.date(2025, 10, 17))
    assert _dates_compatible(n("october 17"), resolved)
    # A day apart is another day, unless the two sources state the date in different zones.
    assert not _dates_compatible(n("october 18"), resolved)
    assert _dates_compatible(n("october 18", zone="local"), n("2025-10-17", dt.date(2025, 10, 17), zone="utc"))
    assert not _dates_compatible(n("october 18", zone="utc"), n("2025-10-17", dt.date(2025, 10, 17), zone="utc"))
    assert not _dates_compatible(n("october 25"), resolved)
    assert _dates_compatible(n("friday"), n("october 17"))
    assert not _dates_compatible(n("october 17"), n("october 21"))


def test_a_hedged_time_agrees_with_the_time_it_hedges() -> None:
    from factcheck.compare.values import _times_compatible
    from factcheck.models import Normalized

    def t(key: str, minutes: float) -> Normalized:
        return Normalized(key=key, display=key, low=minutes, high=minutes)

    assert _times_compatible(t("just after 01:30 (utc-04:00)", 340.0), t("01:30 (utc-04:00)", 330.0))
    assert not _times_compatible(t("01:22 (utc-04:00)", 322.0), t("01:30 (utc-04:00)", 330.0))


def test_figures_far_apart_are_only_a_possible_conflict() -> None:
    found = _findings(
        ("a", "The storm damaged 2,300 buildings across the island, officials said on Monday.", D1),
        ("b", "Crews said the storm damaged 200 buildings, according to a survey published on Monday.", D1),
    )
    statuses = {(f.status.value, f.attribute) for f in found if f.attribute == "number of buildings damaged"}
    assert statuses == {("possible-conflict", "number of buildings damaged")}
