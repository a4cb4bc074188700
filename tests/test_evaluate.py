"""factcheck.evaluate and ``factcheck eval``: matching, metrics, must_not rules, floors, exit codes,
and agreement with shared/tools/score_seeds.py on the same report."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.evaluate import (
    GoldError,
    SourceMapper,
    check_floors,
    evaluate,
    norm,
    strip_dates,
    value_matches,
)
from tests.helpers import SCORER, SEEDS, needs_seeds, run_cli
from tests.seed_checks import load_seed_checks

# --- builders -------------------------------------------------------------------------------------


def ev(source: str, text: str = "x") -> dict[str, Any]:
    return {"source_id": source, "start": 0, "end": len(text), "text": text, "sentence": text}


def val(value: str, *sources: str, text: str | None = None) -> dict[str, Any]:
    return {"value": value, "text": text or value, "sources": [ev(s) for s in sources]}


def finding(
    fid: str, status: str, *values: dict[str, Any], attribute: str = "attr", preferred: str | None = None
) -> dict[str, Any]:
    f: dict[str, Any] = {"id": fid, "status": status, "subject": "s", "attribute": attribute, "values": list(values)}
    if preferred is not None:
        f["preferred"] = {"value": preferred, "reason": "r"}
    return f


def report(*findings: dict[str, Any], inputs: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"with_dates": True, "inputs": inputs or [], "findings": list(findings)}


def item(
    iid: str, values: dict[str, list[str]], with_dates: str, without_dates: str | None = None, **extra: Any
) -> dict[str, Any]:
    return {
        "id": iid,
        "values": values,
        "with_dates": with_dates,
        "without_dates": without_dates or with_dates,
        **extra,
    }


GOLD: dict[str, Any] = {
    "expected": [
        item("name", {"Mara Lind": ["101"], "Maria Lind": ["102", "103"]}, "conflict", preferred="Maria Lind"),
        item("toll", {"14": ["201"], "37": ["202"]}, "updated", "conflict"),
        item("city", {"Lisbon": ["101", "102"]}, "agreement"),
    ],
    "optional": [{"id": "opt", "values": {"9": ["101", "103"]}, "verdict": "agreement"}],
    "must_not": [],
}

# --- matching -------------------------------------------------------------------------------------


def test_norm() -> None:
    assert norm(" 5,000 ") == "5000"
    assert norm("12.0") == "12"
    assert norm("Tomás  Echeverría") == "tomas echeverria"
    assert norm(6.4) == "6.4"


@pytest.mark.parametrize(
    ("gold", "entry", "expected"),
    [
        ("7000", {"value": "7,000"}, True),
        ("7000", {"value": "7000-word"}, False),  # whole numbers: numeric equality only
        ("12", {"value": "twelve", "text": "12"}, True),  # any of value/text
        ("Beijing", {"value": "the Great Hall of the People in Beijing"}, True),  # substring
        ("Antony Blinken", {"value": "Anthony Blinken"}, False),
        ("6.1", {"value": "6.10"}, True),
        ("6.1", {"value": "magnitude 6.1"}, True),
        ("6.1", {"value": "16.1"}, False),
        ("6.1", {"value": "6.15"}, False),
        ("Echeverría", {"value": "Tomas Echeverria"}, True),
    ],
)
def test_value_matches(gold: str, entry: dict[str, Any], expected: bool) -> None:
    assert value_matches(gold, entry) is expected


def test_value_matches_aliases() -> None:
    assert not value_matches("Tuesday", {"value": "2025-03-11"})
    assert value_matches("Tuesday", {"value": "2025-03-11"}, {"tuesday": {"2025-03-11"}})


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=30).filter(lambda s: norm(s) != ""))
def test_a_value_matches_itself_and_norm_is_idempotent(text: str) -> None:
    assert norm(norm(text)) == norm(text)
    assert value_matches(text, {"value": text})


def test_source_mapper() -> None:
    m = SourceMapper({"201", "abc"}, [{"id": "x9", "path": "/tmp/201_wire.txt"}])
    assert [m("201"), m("201_diario"), m("x9"), m("abc"), m("zzz"), m("305_other")] == [
        "201",
        "201",
        "201",
        "abc",
        "zzz",
        "305",
    ]


# --- items and metrics ----------------------------------------------------------------------------


def test_items_held_and_missed_with_reasons() -> None:
    r = report(
        finding("F1", "conflict", val("Mara Lind", "101"), val("Maria Lind", "102", "103_x"), preferred="Mara Lind"),
        finding("F2", "conflict", val("14", "201"), val("37", "202")),
        finding("F3", "unique", val("Lisbon", "101", "102")),
    )
    res = evaluate(GOLD, r, "with_dates")
    got = {i.id: (i.ok, i.reason) for i in res.items}
    assert got == {
        "name": (False, "conflict but preferred='Mara Lind'"),
        "toll": (False, "values found, status conflict"),
        "city": (True, "implied agreement inside unique F3"),
        "opt": (False, "no finding with these values and sources"),
    }
    assert [i.id for i in res.missed()] == ["name", "toll"]
    res2 = evaluate(GOLD, r, "without_dates")
    assert {i.id for i in res2.items if i.ok} == {"toll", "city"}


def test_agreement_found_as_conflict_is_missed() -> None:
    r = report(finding("F1", "conflict", val("Lisbon", "101"), val("Lisbon", "102")))
    res = evaluate(GOLD, r, "with_dates")
    assert next(i for i in res.items if i.id == "city").reason == "found as conflict"


def test_conflict_precision_recall_f1_exact() -> None:
    r = report(
        finding("F1", "conflict", val("Maria Lind", "102", "103"), val("Mara Lind", "101"), preferred="Maria Lind"),
        finding("F2", "conflict", val("40", "101"), val("43", "102")),  # in scope, not in gold: false positive
        finding("F3", "conflict", val("1", "101"), val("2", "999")),  # 999 is not a story source: out of scope
        finding("F4", "agreement", val("Lisbon", "101", "102")),
        finding("F5", "agreement", val("9", "101", "103")),  # matches an optional item: not a false positive
        finding("F6", "agreement", val("Porto", "101", "102")),
    )
    res = evaluate(GOLD, r, "with_dates")
    c, a, u = res.scores["conflict"], res.scores["agreement"], res.scores["updated"]
    assert (c.expected, c.expected_ok, c.reported, c.reported_ok) == (1, 1, 2, 1)
    assert (c.precision, c.recall, c.f1) == (0.5, 1.0, pytest.approx(2 / 3))
    assert (a.expected, a.expected_ok, a.reported, a.reported_ok) == (1, 1, 3, 2)
    assert (u.expected, u.reported, u.precision, u.recall, u.f1) == (1, 0, 0.0, 0.0, 0.0)
    d = res.scores["distinct-events"]
    assert (d.precision, d.recall, d.f1) == (None, None, None)
    m = res.metrics()
    assert m["expected_recall"] == pytest.approx(2 / 3)
    assert m["optional_recall"] == 1.0
    assert m["conflict_precision"] == 0.5
    assert m["must_not_violations"] == 0.0


def test_report_and_text_and_json_output() -> None:
    res = evaluate(GOLD, report(finding("F3", "agreement", val("Lisbon", "101", "102"))), "with_dates")
    text = res.to_text()
    assert "ok   with_dates city: want agreement; agreement in F3" in text
    assert "MISS with_dates name: want conflict; no finding with these values and sources" in text
    assert text.splitlines()[-1] == "with_dates: expected 1/3, optional 0/1, must_not violations 0, findings 1"
    data = json.loads(json.dumps(res.to_dict()))
    assert data["scores"]["agreement"] == {
        "expected": 1,
        "expected_ok": 1,
        "reported": 1,
        "reported_ok": 1,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }


@pytest.mark.parametrize(
    ("gold", "message"),
    [
        ({}, "is not a gold file: needs an 'expected' list"),
        (
            {"expected": [{"id": "a", "values": {"x": "101"}, "with_dates": "conflict", "without_dates": "conflict"}]},
            "expected[0] (a): 'values' must map each value to a list of source ids",
        ),
        ({"expected": [item("a", {"x": ["1"]}, "clash")]}, "expected[0] (a): 'with_dates' must be one of"),
        ({"expected": [], "must_not": [{"id": "r", "type": "no-such-rule"}]}, "must_not[0] (r): unknown type"),
    ],
)
def test_bad_gold(gold: dict[str, Any], message: str) -> None:
    with pytest.raises(GoldError, match=re.escape(message)):
        evaluate(gold, report(), "with_dates")


def test_bad_mode_and_report() -> None:
    with pytest.raises(GoldError, match="mode must be one of"):
        evaluate(GOLD, report(), "sometimes")
    with pytest.raises(GoldError, match="needs a 'findings' list"):
        evaluate(GOLD, {"findings": "none"}, "with_dates")


# --- must_not rules -------------------------------------------------------------------------------


def _violations(rule: dict[str, Any], r: dict[str, Any], mode: str = "with_dates") -> list[str]:
    gold = {"expected": [], "must_not": [{"id": "r", **rule}]}
    return [v.message for v in evaluate(gold, r, mode).violations]


def test_no_conflict_between() -> None:
    rule = {"type": "no-conflict-between", "values": ["14", "37"]}
    assert _violations(rule, report(finding("F", "conflict", val("14", "1"), val("37", "2")))) == [
        "conflict F (attr) puts '14' against '37'"
    ]
    assert _violations(rule, report(finding("F", "updated", val("14", "1"), val("37", "2")))) == []
    assert _violations(rule, report(finding("F", "conflict", val("14", "1"), val("52", "2")))) == []
    assert (
        _violations(
            {**rule, "modes": ["without_dates"]}, report(finding("F", "conflict", val("14", "1"), val("37", "2")))
        )
        == []
    )


def test_groups_allow_conflicts_inside_a_group() -> None:
    rule = {"type": "no-conflict-between", "groups": [["6.1", "6.4"], ["35"]]}
    assert _violations(rule, report(finding("F", "conflict", val("6.1", "1"), val("6.4", "2")))) == []
    assert _violations(rule, report(finding("F", "conflict", val("6.4", "1"), val("35", "2")))) == [
        "conflict F (attr) puts '6.4' against '35'"
    ]


def test_no_finding_between_any_status() -> None:
    rule = {"type": "no-finding-between", "values": ["Dmitry Volkhov", "Andrei Volkhov"]}
    assert (
        _violations(rule, report(finding("F", "agreement", val("Dmitry Volkhov", "1"), val("Andrei Volkhov", "2"))))
        != []
    )
    assert _violations(rule, report(finding("F", "agreement", val("Dmitry Volkhov", "1", "2")))) == []


def test_no_place_from() -> None:
    rule = {"type": "no-place-from", "value": "Santiago", "sources": ["105"]}
    bad = report(finding("F", "unique", val("Santiago", "105_x"), attribute="location"))
    assert _violations(rule, bad) == ["F takes Santiago as a place from ['105']"]
    assert _violations(rule, report(finding("F", "unique", val("Santiago", "104"), attribute="location"))) == []
    assert _violations(rule, report(finding("F", "unique", val("Santiago", "105"), attribute="speaker"))) == []


def test_no_finding_mentions() -> None:
    rule = {"type": "no-finding-mentions", "text": "read more", "sources": ["504"]}
    f = finding("F", "unique", {"value": "x", "text": "x", "sources": [ev("504", "Read more: sports")]})
    assert _violations(rule, report(f)) == ["F has evidence from 504 mentioning 'read more'"]
    assert _violations({**rule, "sources": ["503"]}, report(f)) == []


def test_no_double_count() -> None:
    rule = {"type": "no-double-count", "sources": ["503", "504"]}
    plain = [{"id": "503"}, {"id": "504_copy"}]
    linked = [{"id": "503"}, {"id": "504_copy", "duplicate_of": "503"}]
    assert _violations(rule, report(inputs=plain)) == [
        "inputs ['503', '504'] are copies but none is marked duplicate_of the other"
    ]
    assert _violations(rule, report(inputs=linked)) == []
    assert _violations(rule, report(inputs=[{"id": "503"}])) == []  # one copy only: nothing to count twice


def test_untyped_rules_are_listed_as_unchecked() -> None:
    res = evaluate({"expected": [], "must_not": [{"id": "prose", "rule": "no junk"}]}, report(), "with_dates")
    assert res.unchecked == ["prose"]


# --- floors ---------------------------------------------------------------------------------------


def test_check_floors() -> None:
    res = evaluate(GOLD, report(finding("F3", "agreement", val("Lisbon", "101", "102"))), "with_dates")
    assert check_floors(res, {"expected_recall": 0.3, "conflict_recall": 0.0, "distinct_events_f1": 0.9}) == []
    assert check_floors(res, {"expected_recall": 0.5, "max_must_not_violations": None}) == [
        "expected_recall 0.333 < floor 0.5"
    ]
    with pytest.raises(GoldError, match="unknown floor metric 'recall'"):
        check_floors(res, {"recall": 0.1})


def test_strip_dates(tmp_path: Path) -> None:
    story, dest = tmp_path / "s", tmp_path / "d"
    story.mkdir()
    dest.mkdir()
    (story / "101_a.md").write_text("---\ntitle: T\npublished: 2025-01-02\n---\nBody text.\n", encoding="utf-8")
    (story / "102_b.txt").write_text("Plain text.\n", encoding="utf-8")
    (story / "gold.json").write_text("{}", encoding="utf-8")
    (story / "sources.json").write_text(
        json.dumps({"sources": [{"id": "102", "file": "102_b.txt", "published": "2025-01-02", "title": "B"}]}),
        encoding="utf-8",
    )
    copies, manifest = strip_dates(story, dest, story / "sources.json")
    assert [p.name for p in copies] == ["101_a.md", "102_b.txt"]
    assert (dest / "101_a.md").read_text(encoding="utf-8") == "---\ntitle: T\n---\nBody text.\n"
    assert manifest is not None
    assert json.loads(manifest.read_text(encoding="utf-8")) == {
        "sources": [{"id": "102", "file": "102_b.txt", "title": "B"}]
    }


# --- the CLI --------------------------------------------------------------------------------------


def _files(tmp: Path, r: dict[str, Any]) -> tuple[str, str]:
    g, p = tmp / "gold.json", tmp / "report.json"
    g.write_text(json.dumps(GOLD), encoding="utf-8")
    p.write_text(json.dumps(r), encoding="utf-8")
    return str(g), str(p)


def test_cli_exit_codes(tmp_path: Path) -> None:
    gold, rep = _files(tmp_path, report(finding("F3", "agreement", val("Lisbon", "101", "102"))))
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"suites": {"low": {"expected_recall": 0.0}, "high": {"expected_recall": 0.9}}}))
    ok = run_cli("eval", gold, rep)
    assert ok.code == 0 and ok.out.splitlines()[-1].startswith("with_dates: expected 1/3")
    assert json.loads(run_cli("eval", gold, rep, "--format", "json").out)["metrics"]["expected_recall"] == 1 / 3
    assert run_cli("eval", gold, rep, "--floors", str(floors), "--suite", "low").code == 0
    high = run_cli("eval", gold, rep, "--floors", str(floors), "--suite", "high")
    assert high.code == 1 and "high: below floor: expected_recall 0.333 < floor 0.9" in high.err
    assert run_cli("eval", gold, rep, "--strict").code == 1
    assert run_cli("eval", gold, rep, "--mode", "without_dates").out.splitlines()[0].startswith("MISS without_dates")


def test_cli_bad_input_exits_2(tmp_path: Path) -> None:
    gold, rep = _files(tmp_path, report())
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    missing = run_cli("eval", str(tmp_path / "nope.json"), rep)
    assert (missing.code, missing.out) == (2, "")
    assert missing.err.strip() == f"factcheck: error: {tmp_path / 'nope.json'}: no such gold file"
    assert run_cli("eval", str(bad), rep).code == 2
    malformed = run_cli("eval", gold, str(bad))
    assert malformed.code == 2 and str(bad) in malformed.err and len(malformed.err.strip().splitlines()) == 1
    assert run_cli("eval", gold).code == 2  # neither REPORT nor --run
    assert run_cli("eval", gold, rep, "--mode", "never").code == 2
    assert run_cli("eval", gold, rep, "--suite", "x").code == 2  # --suite without --floors


# --- agreement with shared/tools/score_seeds.py -------------------------------------------------


def _no_offsets(f: dict[str, Any]) -> dict[str, Any]:
    for v in f["values"]:
        v["sources"] = [{"source_id": e["source_id"], "text": "", "sentence": ""} for e in v["sources"]]
    return f


def _seed_report() -> dict[str, Any]:
    """A hand-made report on the seeds touching each item and rule kind (no seed text, only values).

    Evidence carries no offsets except in finding K, so only K falls in page junk (offset 0 of 001)."""
    findings = [
        finding(
            "A",
            "conflict",
            val("Anthony Blinken", "000"),
            val("Antony Blinken", "003", "004"),
            preferred="Antony Blinken",
        ),
        finding("B", "distinct-events", val("7000", "001"), val("5000", "004")),
        finding("C", "conflict", val("Beijing", "000", "001", "002"), val("Moscow", "003"), attribute="location"),
        finding("D", "unique", val("2024-05-16", "000", "001", text="Thursday")),
        finding("E", "agreement", val("Secretary of State", "000", "003")),
        finding("G", "conflict", val("38", "004"), val("40", "001")),
        finding("H", "conflict", val("Sergei Shoigu", "001"), val("Sergey Lavrov", "002")),
        finding("I", "agreement", val("no limits", "000", "002", "003", "004")),
        finding("J", "unique", val("Moscow", "002"), attribute="place"),
    ]
    return {
        "with_dates": True,
        "inputs": [{"id": f"{n:03d}", "path": f"/seeds/{n:03d}_0123abcd.txt"} for n in range(5)],
        "findings": [*(_no_offsets(f) for f in findings), finding("K", "unique", val("x", "001"))],
    }


def _score_seeds(report_path: Path, mode: str) -> tuple[dict[str, bool], int]:
    out = subprocess.run(
        [sys.executable, str(SCORER), str(SEEDS / "gold.json"), str(report_path), mode],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    items = {m.group(2): m.group(1) == "ok" for m in re.finditer(r"^(ok|MISS)\s+\S+ (\S+?)(?::| \()", out, re.M)}
    violations = int(re.search(r"must_not violations (\d+)", out).group(1))  # type: ignore[union-attr]
    return items, violations


@needs_seeds
@pytest.mark.parametrize("mode", ["with_dates", "without_dates"])
def test_agrees_with_score_seeds(tmp_path: Path, mode: str) -> None:
    if not SCORER.is_file():
        pytest.skip("shared/tools/score_seeds.py is not present")
    r = _seed_report()
    path = tmp_path / "report.json"
    path.write_text(json.dumps(r), encoding="utf-8")
    want_items, want_violations = _score_seeds(path, mode)
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    res = evaluate(gold, r, mode, load_seed_checks(SEEDS / "gold.json"))
    assert {i.id: i.ok for i in res.items} == want_items
    assert len(res.violations) == want_violations
    assert any(i.ok for i in res.items) and any(not i.ok for i in res.items)
    assert sorted({v.rule for v in res.violations}) == ["different-attributes", "different-people", "junk", "metonymy"]
    assert want_violations == 4 and res.unchecked == []
