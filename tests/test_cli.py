"""The CLI contract, in-process: exact exit codes, data on stdout, one-line errors on stderr."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck._version import __version__
from factcheck.report import load_schema, validate_report
from tests.helpers import EXAMPLES, run_cli

AGREE_A = "French President Emmanuel Macron met German Chancellor Olaf Scholz in Lyon on Monday.\n"
AGREE_B = "Emmanuel Macron and Olaf Scholz held talks in Lyon, the French president's office said.\n"
CONFLICT_B = "Emmanuel Macron and Olaf Scholz held talks in Marseille, the French president's office said.\n"


def _write(tmp: Path, name: str, text: str | bytes) -> Path:
    p = tmp / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def test_version() -> None:
    r = run_cli("--version")
    assert (r.code, r.out) == (0, f"factcheck {__version__}\n")


def test_agreement_only_exits_0(tmp_path: Path) -> None:
    a, b = _write(tmp_path, "a.txt", AGREE_A), _write(tmp_path, "b.txt", AGREE_B)
    r = run_cli("compare", str(a), str(b))
    assert r.code == 0, r.err
    assert "AGREEMENTS" in r.out and r.err == ""


def test_conflict_exits_1_and_fail_on_none_exits_0(tmp_path: Path) -> None:
    a, b = _write(tmp_path, "a.txt", AGREE_A), _write(tmp_path, "b.txt", CONFLICT_B)
    assert run_cli("compare", str(a), str(b)).code == 1
    assert run_cli("compare", str(a), str(b), "--fail-on", "none").code == 0
    assert run_cli("compare", str(a), str(b), "--fail-on", "any").code == 1


def test_json_report_validates_and_goes_to_stdout(tmp_path: Path) -> None:
    a, b = _write(tmp_path, "a.txt", AGREE_A), _write(tmp_path, "b.txt", CONFLICT_B)
    r = run_cli("compare", str(a), str(b), "--format", "json")
    data = json.loads(r.out)
    validate_report(data)
    assert data["summary"]["conflict"] == 1
    conflict = next(f for f in data["findings"] if f["status"] == "conflict")
    assert {v["value"] for v in conflict["values"]} == {"Lyon", "Marseille"}
    assert conflict["preferred"] is None  # one source each: no honest suggestion


def test_output_file(tmp_path: Path) -> None:
    a, b = _write(tmp_path, "a.txt", AGREE_A), _write(tmp_path, "b.txt", AGREE_B)
    out = tmp_path / "out" / "report.json"
    r = run_cli("compare", str(a), str(b), "--format", "json", "--output", str(out))
    assert r.code == 0 and r.out == ""
    validate_report(json.loads(out.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", "", "is empty"),
        ("blank.txt", "   \n\n", "is empty"),
        ("binary.txt", b"\x00\x01\x02\x03binary", "is a binary file"),
        ("latin1.txt", "Caf\xe9 au lait".encode("latin-1"), "is not valid UTF-8"),
        ("notes.docx", "text", "unsupported file type .docx"),
        ("broken.json", "{not json", "is not valid JSON"),
        ("bad-front.md", "---\ntitle: [unclosed\n---\nBody text here.\n", "malformed YAML front matter"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_others_still_compared(
    tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    a, b = _write(tmp_path, "a.txt", AGREE_A), _write(tmp_path, "b.txt", AGREE_B)
    bad = _write(tmp_path, name, content)
    out = tmp_path / "r.json"
    r = run_cli("compare", str(a), str(bad), str(b), "--format", "json", "-o", str(out))
    assert r.code == 2
    lines = [ln for ln in r.err.splitlines() if ln]
    assert len(lines) == 1 and str(bad) in lines[0] and message in lines[0], r.err
    assert "Traceback" not in r.err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["summary"]["inputs"] == 2 and data["summary"]["agreement"] >= 1
    assert [d["path"] for d in data["diagnostics"]] == [str(bad)]


def test_missing_file(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", AGREE_A)
    r = run_cli("compare", str(a), str(tmp_path / "nope.txt"))
    assert r.code == 2 and f"{tmp_path / 'nope.txt'}: no such file" in r.err


def test_unknown_option_and_command_exit_2() -> None:
    assert run_cli("compare", "--bogus").code == 2
    assert run_cli("frobnicate").code == 2
    assert run_cli("compare", "x.txt", "--fail-on", "sometimes").code == 2


def test_no_inputs_exit_2(tmp_path: Path) -> None:
    r = run_cli("compare")
    assert r.code == 2 and "no inputs" in r.err
    r = run_cli("compare", str(tmp_path))
    assert r.code == 2 and "no article files" in r.err


def test_malformed_manifest_exit_2(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", AGREE_A)
    m = _write(tmp_path, "sources.json", '{"sources": [{"id": "a"}]}')
    r = run_cli("compare", str(a), "--sources", str(m))
    assert r.code == 2 and str(m) in r.err and "sources.0.file" in r.err
    m.write_text("{oops", encoding="utf-8")
    r = run_cli("compare", str(a), "--sources", str(m))
    assert r.code == 2 and f"{m}:1: is not valid JSON" in r.err


def test_schema_command_prints_committed_schema() -> None:
    r = run_cli("schema")
    assert r.code == 0 and json.loads(r.out) == load_schema()


def test_extract_then_compare_claims_roundtrip(tmp_path: Path) -> None:
    out = tmp_path / "claims"
    r = run_cli("extract", str(EXAMPLES), "--sources", str(EXAMPLES / "sources.json"), "--out", str(out))
    assert r.code == 0, r.err
    files = sorted(p.name for p in out.glob("*.json"))
    assert files == ["city-paper.json", "evening-digest.json", "weekly-review.json", "wire-report.json"]
    direct = run_cli("compare", str(EXAMPLES), "--sources", str(EXAMPLES / "sources.json"), "-f", "json")
    stored = run_cli("compare", "--claims", str(out), "-f", "json")
    assert stored.code == direct.code == 1
    ids = lambda r: sorted(f["id"] for f in json.loads(r.out)["findings"])  # noqa: E731
    assert ids(stored) == ids(direct)


def test_compare_claims_with_a_malformed_claim_file(tmp_path: Path) -> None:
    out = tmp_path / "claims"
    assert run_cli("extract", str(EXAMPLES), "--out", str(out)).code == 0
    (out / "zz-broken.json").write_text('{"source": {}}', encoding="utf-8")
    r = run_cli("compare", "--claims", str(out), "-f", "json")
    assert r.code == 2 and "zz-broken.json" in r.err
    assert json.loads(r.out)["summary"]["inputs"] == 4


def test_claims_and_paths_together_is_a_usage_error(tmp_path: Path) -> None:
    r = run_cli("compare", str(EXAMPLES), "--claims", str(tmp_path))
    assert r.code == 2 and "not both" in r.err


def test_examples_report_exits_1_with_the_documented_findings(tmp_path: Path) -> None:
    copy = tmp_path / "examples"
    shutil.copytree(EXAMPLES, copy)
    r = run_cli("compare", str(copy), "--sources", str(copy / "sources.json"), "-f", "json")
    data = json.loads(r.out)
    statuses = {(f["status"], f["kind"]) for f in data["findings"]}
    assert r.code == 1
    assert ("conflict", "name-spelling") in statuses
    assert ("distinct-events", "distinct-events") in statuses


def test_extract_follows_the_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "factcheck.toml").write_text('[extractors]\ndisable = ["name", "title"]\n', encoding="utf-8")
    a = _write(tmp_path, "a.txt", AGREE_A)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_DISABLE", raising=False)
    r = run_cli("extract", str(a), "--out", "claims")
    assert r.code == 0, r.err
    kinds = {c["extractor"] for c in json.loads((tmp_path / "claims" / "a.json").read_text())["claims"]}
    assert kinds and not kinds & {"name.v1", "title.v1"}
