"""Issue 12, outputs and side effects: atomic writes that never lose the previous file, no file outside
its folder, no code run from a gold bundle, no invalid JSON, no network."""

from __future__ import annotations

import json
import os
import socket
import threading
from pathlib import Path
from typing import Any

import pytest

from factcheck.atomic import child_path, write_atomic
from factcheck.errors import OutputError, ReportSchemaError
from factcheck.models import InputInfo, Report, Summary, ToolInfo
from factcheck.render import RenderOptions, render
from tests.helpers import EXAMPLES, GATE_FIXTURES, empty_workdir, run_cli


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return empty_workdir(tmp_path, monkeypatch)


# --- atomic writes ------------------------------------------------------------------------------


def test_write_replaces_the_file_and_leaves_no_temporary_file(work: Path) -> None:
    target = work / "out" / "report.json"
    write_atomic(target, "first\n")
    write_atomic(target, "second\n")
    assert target.read_text(encoding="utf-8") == "second\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.json"]


def test_lone_surrogate_fails_before_touching_the_file(work: Path) -> None:
    target = work / "report.json"
    target.write_text("previous\n", encoding="utf-8")
    with pytest.raises(OutputError, match="the text is not valid Unicode"):
        write_atomic(target, "bad \ud800 text")
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in work.iterdir()) == ["report.json"]


def test_failed_rename_keeps_the_previous_file(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = work / "report.json"
    target.write_text("previous\n", encoding="utf-8")

    def broken(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OutputError, match=r"report.json: cannot be written \(No space left on device\)"):
        write_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in work.iterdir()) == ["report.json"]


def test_parallel_writers_never_mix_bytes(work: Path) -> None:
    target = work / "report.json"
    texts = [str(n) * 200_000 + "\n" for n in range(8)]
    threads = [threading.Thread(target=write_atomic, args=(target, t)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert target.read_text(encoding="utf-8") in texts
    assert sorted(p.name for p in work.iterdir()) == ["report.json"]


def test_output_option_keeps_the_previous_report_when_the_write_fails(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = work / "report.json"
    out.write_text("previous\n", encoding="utf-8")

    def broken(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken)
    r = run_cli("compare", str(EXAMPLES), "--format", "json", "--output", str(out), "--fail-on", "none")
    assert r.code == 2
    assert r.err == f"factcheck: error: {out}: cannot be written (Input/output error)\n"
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_baseline_keeps_the_editors_reasons_when_the_write_fails(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    baseline = work / "fc-baseline.json"
    assert run_cli("baseline", str(baseline), str(EXAMPLES), "--sources", str(EXAMPLES / "sources.json")).code == 0
    data = json.loads(baseline.read_text(encoding="utf-8"))
    data["entries"][0]["reason"] = "checked with the desk"
    before = json.dumps(data, indent=2)
    baseline.write_text(before, encoding="utf-8")
    monkeypatch.setattr(os, "replace", lambda src, dst: (_ for _ in ()).throw(OSError(13, "Permission denied")))
    r = run_cli("baseline", str(baseline), str(EXAMPLES), "--sources", str(EXAMPLES / "sources.json"))
    assert r.code == 2
    assert r.err.endswith(f"factcheck: error: {baseline}: cannot write the baseline (Permission denied)\n")
    assert baseline.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("stem", ["../x", "/abs", "a/b", "..", "", ".hidden", "x\x00y"])
def test_child_path_refuses_names_that_leave_the_folder(work: Path, stem: str) -> None:
    with pytest.raises(OutputError, match="refusing to write a file named after id"):
        child_path(work / "claims", stem, ".json")


def test_child_path_refuses_a_symlink_out_of_the_folder(work: Path) -> None:
    (work / "claims").mkdir()
    (work / "claims" / "a.json").symlink_to(work / "elsewhere.json")
    with pytest.raises(OutputError, match="it is outside"):
        child_path(work / "claims", "a", ".json")
    assert child_path(work / "claims", "b", ".json") == work / "claims" / "b.json"


# --- no invalid JSON ----------------------------------------------------------------------------


def test_report_writer_refuses_non_finite_numbers() -> None:
    valid = InputInfo(id="a", title=None, published=None, path="a.txt", sha256="")
    report = Report(
        schema_version="1.0",
        tool=ToolInfo(name="factcheck", version="0"),
        with_dates=False,
        inputs=(valid.model_copy(update={"trust": float("inf")}),),  # model_copy skips validation
        summary=Summary(),
        findings=(),
        diagnostics=(),
    )
    with pytest.raises(ReportSchemaError, match="refusing to write invalid JSON"):
        render(report, "json", RenderOptions())


def test_figures_too_large_for_a_float_are_no_claims(work: Path) -> None:
    (work / "a.txt").write_text("Officials said " + "9" * 400 + " people died in Lyon on Monday.\n")
    r = run_cli("compare", "a.txt", "--format", "json", "--fail-on", "none")
    assert r.code == 0 and "Infinity" not in r.out and json.loads(r.out)["summary"]["inputs"] == 1


# --- eval runs no code from the gold's folder ----------------------------------------------------


def test_eval_never_runs_a_script_beside_the_gold(work: Path) -> None:
    (work / "tools").mkdir()
    marker = work / "pwned"
    (work / "tools" / "score_seeds.py").write_text(f"open({str(marker)!r}, 'w').write('ran')\n")
    (work / "seeds").mkdir()
    gold = {
        "expected": [],
        "must_not": [{"id": "prose-rule", "rule": "No claim comes from page furniture."}],
    }
    (work / "seeds" / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (work / "report.json").write_text(json.dumps({"with_dates": True, "inputs": [], "findings": []}))
    r = run_cli("eval", "seeds/gold.json", "report.json", "--format", "json")
    assert r.code == 0, r.err
    assert not marker.exists()
    assert json.loads(r.out)["unchecked_rules"] == ["prose-rule"]


# --- no network ---------------------------------------------------------------------------------


def test_the_whole_cli_runs_with_the_network_disabled(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("factcheck tried to use the network")

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, no_network)
    sources = str(EXAMPLES / "sources.json")
    for fmt in ("text", "json", "markdown", "sarif", "github", "gitlab", "html"):
        r = run_cli("compare", str(EXAMPLES), "--sources", sources, "--format", fmt, "--fail-on", "none")
        assert r.code == 0, (fmt, r.err)
    assert run_cli("extract", str(EXAMPLES), "--out", "claims", "--sources", sources).code == 0
    assert run_cli("compare", "--claims", "claims", "--fail-on", "none").code == 0
    drafts, archive = GATE_FIXTURES / "drafts" / "grain-draft.md", GATE_FIXTURES / "archive"
    assert run_cli("check", str(drafts), "--against", str(archive), "--fail-on", "none").code == 0
    assert run_cli("baseline", "fc.json", str(EXAMPLES)).code == 0
    gold = Path(__file__).parent / "corpus" / "summit" / "gold.json"
    assert run_cli("eval", str(gold), "--run", str(gold.parent)).code == 0
    assert run_cli("config").code == 0 and run_cli("schema").code == 0
