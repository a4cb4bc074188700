"""``factcheck eval`` prints a calibration table: reported findings bucketed by confidence, with the
precision of each bucket per verdict (conflict, agreement)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.evaluate import evaluate
from factcheck.evaluate.calibration import CalibrationRow, calibration_rows
from tests.helpers import run_cli
from tests.test_evaluate import finding, item, val

GOLD: dict[str, Any] = {
    "expected": [
        item("mayor", {"Ines Varga": ["101"], "Agnes Varga": ["102", "103"]}, "conflict"),
        item("city", {"Tallinn": ["101", "102"]}, "agreement"),
        item("bridges", {"4": ["102", "103"]}, "agreement"),
    ],
    "optional": [],
    "must_not": [],
}


def _with(f: dict[str, Any], confidence: float) -> dict[str, Any]:
    return {**f, "confidence": confidence}


REPORT: dict[str, Any] = {
    "with_dates": True,
    "inputs": [],
    "findings": [
        _with(finding("c1", "conflict", val("Ines Varga", "101"), val("Agnes Varga", "102", "103")), 0.95),
        _with(finding("c2", "conflict", val("12", "101"), val("14", "102")), 0.6),
        _with(finding("c3", "conflict", val("Monday", "101"), val("Tuesday", "103")), 0.3),
        _with(finding("a1", "agreement", val("Tallinn", "101", "102")), 1.0),
        _with(finding("a2", "agreement", val("4", "102", "103")), 0.8),
        _with(finding("a3", "agreement", val("90", "101", "103")), 0.75),
        # Outside the story (source 999 is not in the gold): not counted, as for precision.
        _with(finding("a4", "agreement", val("7", "101", "999")), 0.9),
    ],
}


def _rows(result_rows: list[CalibrationRow]) -> list[tuple[str, str, int, int, float | None]]:
    return [(r.verdict, r.bucket, r.reported, r.right, r.precision) for r in result_rows]


def test_findings_are_bucketed_by_confidence_per_verdict() -> None:
    result = evaluate(GOLD, REPORT, "with_dates")
    assert _rows(result.calibration) == [
        ("conflict", "[0.00, 0.50)", 1, 0, 0.0),
        ("conflict", "[0.50, 0.70)", 1, 0, 0.0),
        ("conflict", "[0.70, 0.90)", 0, 0, None),
        ("conflict", "[0.90, 1.00]", 1, 1, 1.0),
        ("conflict", ">= 0.70", 1, 1, 1.0),
        ("agreement", "[0.00, 0.50)", 0, 0, None),
        ("agreement", "[0.50, 0.70)", 0, 0, None),
        ("agreement", "[0.70, 0.90)", 2, 1, 0.5),
        ("agreement", "[0.90, 1.00]", 1, 1, 1.0),
        ("agreement", ">= 0.70", 3, 2, 2 / 3),
    ]


@pytest.mark.parametrize(("confidence", "bucket"), [(0.0, 0), (0.4999, 0), (0.5, 1), (0.7, 2), (0.9, 3), (1.0, 3)])
def test_bucket_edges(confidence: float, bucket: int) -> None:
    rows = calibration_rows("conflict", [(confidence, True)])
    assert [r.reported for r in rows[:4]] == [int(i == bucket) for i in range(4)]
    assert rows[4].reported == int(confidence >= 0.7)


def test_eval_prints_the_table_in_text_and_json(tmp_path: Path) -> None:
    gold, rep = tmp_path / "gold.json", tmp_path / "report.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    rep.write_text(json.dumps(REPORT), encoding="utf-8")
    text = run_cli("eval", str(gold), str(rep))
    assert text.code == 0
    lines = text.out.splitlines()
    start = lines.index("calibration: reported findings by confidence; right = matches a gold item of that verdict")
    assert lines[start + 1 : start + 3] == [
        "verdict          confidence   report right precision",
        "conflict         [0.00, 0.50)      1     0      0.00",
    ]
    assert lines[start + 11] == "agreement        >= 0.70           3     2      0.67"
    data = json.loads(run_cli("eval", str(gold), str(rep), "--format", "json").out)
    assert data["calibration"][3] == {
        "verdict": "conflict",
        "bucket": "[0.90, 1.00]",
        "low": 0.9,
        "high": 1.0,
        "overall": False,
        "reported": 1,
        "right": 1,
        "precision": 1.0,
    }
    assert [r["reported"] for r in data["calibration"]] == [1, 1, 0, 1, 1, 0, 0, 2, 1, 3]


def test_a_report_without_confidence_counts_as_certain() -> None:
    bare = {**REPORT, "findings": [{k: v for k, v in f.items() if k != "confidence"} for f in REPORT["findings"]]}
    rows = evaluate(GOLD, bare, "with_dates").calibration
    assert [(r.bucket, r.reported) for r in rows if r.verdict == "conflict"] == [
        ("[0.00, 0.50)", 0),
        ("[0.50, 0.70)", 0),
        ("[0.70, 0.90)", 0),
        ("[0.90, 1.00]", 3),
        (">= 0.70", 3),
    ]
