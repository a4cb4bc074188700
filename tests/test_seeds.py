"""Seed acceptance: the report on ../shared/seeds satisfies gold.json in both modes, scored by the
outside scorer itself (score_seeds.py), so our tests and the external check cannot disagree."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.pipeline import compare_paths
from factcheck.report import report_json
from tests.helpers import SCORER, SEEDS, needs_seeds

pytestmark = needs_seeds


def _score(tmp_path: Path, mode: str) -> tuple[int, str]:
    sources = SEEDS / "sources.json" if mode == "with_dates" else None
    report = compare_paths(sorted(SEEDS.glob("0*.txt")), sources)
    path = tmp_path / f"{mode}.json"
    path.write_text(json.dumps(report_json(report)), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(SEEDS / "gold.json"), str(path), mode],
        capture_output=True,
        text=True,
        check=False,
    )
    return proc.returncode, proc.stdout


@pytest.mark.parametrize("mode", ["with_dates", "without_dates"])
def test_every_expected_item_and_no_must_not_violation(tmp_path: Path, mode: str) -> None:
    code, out = _score(tmp_path, mode)
    missed = [line for line in out.splitlines() if line.startswith(("MISS", "MUST-NOT")) and "(optional)" not in line]
    assert code == 0 and not missed, "\n".join(missed) + "\n" + out.splitlines()[-1]


@pytest.mark.parametrize("mode", ["with_dates", "without_dates"])
def test_optional_items(tmp_path: Path, mode: str) -> None:
    _code, out = _score(tmp_path, mode)
    missed = [line for line in out.splitlines() if line.startswith("MISS") and "(optional)" in line]
    assert not missed, "\n".join(missed)


def test_statement_length_statuses_by_mode(tmp_path: Path) -> None:
    """The headline contract of the walking skeleton, checked without the scorer."""
    for sources, status in ((SEEDS / "sources.json", "distinct-events"), (None, "conflict")):
        report = compare_paths(sorted(SEEDS.glob("0*.txt")), sources)
        lengths = [f for f in report.findings if f.attribute == "length in words" and f.status == status]
        assert lengths, f"no {status} on the statement length"
        values = {v.value for f in lengths for v in f.values}
        assert {"7000", "5000"} <= values
