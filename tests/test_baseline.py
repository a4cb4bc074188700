"""Baselines: ``factcheck baseline`` writes them, ``--baseline`` accepts the listed findings, and a bad
baseline is a one-line error naming the file with exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.baseline import NO_REASON, Baseline, BaselineEntry, apply_baseline, load_baseline
from factcheck.errors import BaselineError
from tests.helpers import gate_workdir, run_cli

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "gate"
CHECK = ("check", "drafts/grain-draft.md", "--against", "archive")


@pytest.fixture(autouse=True)
def gate_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return gate_workdir(tmp_path, monkeypatch)


def _write_baseline() -> dict[str, object]:
    r = run_cli("baseline", "fc-baseline.json", "archive", "drafts/grain-draft.md")
    assert r.code == 0, r.err
    data: dict[str, object] = json.loads(Path("fc-baseline.json").read_text(encoding="utf-8"))
    return data


def _conflict_ids() -> list[str]:
    report = json.loads(run_cli(*CHECK, "--format", "json").out)
    return [f["id"] for f in report["findings"] if f["status"] == "conflict"]


def test_baseline_lists_open_findings_with_empty_reasons() -> None:
    data = _write_baseline()
    assert data["version"] == 1
    entries = data["entries"]
    assert isinstance(entries, list)
    assert [e["id"] for e in entries] == _conflict_ids()
    for e in entries:
        assert set(e) == {"id", "status", "subject", "attribute", "reason", "accepted_by", "accepted_on"}
        assert (e["status"], e["reason"], e["accepted_by"], e["accepted_on"]) == ("conflict", "", "", "")


def test_check_with_baseline_accepts_and_passes() -> None:
    assert run_cli(*CHECK).code == 1
    data = _write_baseline()
    entries = data["entries"]
    assert isinstance(entries, list)
    entries[0]["reason"] = "Style guide spelling, agreed with the desk"
    Path("fc-baseline.json").write_text(json.dumps(data), encoding="utf-8")
    r = run_cli(*CHECK, "--baseline", "fc-baseline.json", "--format", "json")
    assert (r.code, r.err) == (0, "")
    report = json.loads(r.out)
    accepted = {f["id"]: f["accepted"] for f in report["findings"] if f["accepted"]}
    assert accepted[entries[0]["id"]] == "Style guide spelling, agreed with the desk"
    assert all(accepted[e["id"]] == NO_REASON for e in entries[1:])
    assert report["summary"]["accepted"] == len(entries)


def test_compare_with_baseline() -> None:
    _write_baseline()
    argv = ("compare", "archive", "drafts/grain-draft.md")
    assert run_cli(*argv).code == 1
    assert run_cli(*argv, "--baseline", "fc-baseline.json").code == 0


def test_rewriting_keeps_what_the_editor_filled_in() -> None:
    data = _write_baseline()
    entries = data["entries"]
    assert isinstance(entries, list)
    entries[0].update(reason="ok", accepted_by="desk", accepted_on="2024-03-14")
    Path("fc-baseline.json").write_text(json.dumps(data), encoding="utf-8")
    again = _write_baseline()["entries"]
    assert isinstance(again, list)
    assert (again[0]["reason"], again[0]["accepted_by"], again[0]["accepted_on"]) == ("ok", "desk", "2024-03-14")


def test_apply_baseline_unit() -> None:
    from factcheck.gate import check_drafts

    report = check_drafts([Path("drafts/grain-draft.md")], [Path("archive")]).report
    first = report.findings[0]
    baseline = Baseline(entries=(BaselineEntry(id=first.id, reason="known"),))
    out = apply_baseline(report.findings, baseline)
    assert out[0].accepted == "known"
    assert [f.accepted for f in out[1:]] == [None] * (len(out) - 1)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "fc-baseline.json: no such baseline file"),
        ("{not json", "fc-baseline.json:1: baseline is not valid JSON"),
        ('{"version": 2, "entries": []}', "fc-baseline.json: not a factcheck baseline: version"),
        ('{"version": 1, "entries": [{"id": "x", "why": "?"}]}', "fc-baseline.json: not a factcheck baseline"),
        ('{"version": 1, "entries": [{"reason": "no id"}]}', "entries.0.id"),
        ('{"version": 1, "entries": [{"id": "x"}, {"id": "x"}]}', "finding id 'x' is listed twice"),
        ("[]", "fc-baseline.json: not a factcheck baseline"),
    ],
)
def test_malformed_baseline_is_one_line_exit_2(content: str | None, message: str) -> None:
    if content is not None:
        Path("fc-baseline.json").write_text(content, encoding="utf-8")
    r = run_cli(*CHECK, "--baseline", "fc-baseline.json")
    assert r.code == 2 and r.out == ""
    assert r.err.startswith("factcheck: error: ") and message in r.err
    assert len(r.err.strip().splitlines()) == 1
    with pytest.raises(BaselineError):
        load_baseline(Path("fc-baseline.json"))


def test_baseline_command_usage_errors() -> None:
    assert run_cli("baseline", "fc-baseline.json").code == 2
    assert run_cli("baseline", "fc-baseline.json", "archive", "--claims", "archive").code == 2
    assert not Path("fc-baseline.json").exists()
