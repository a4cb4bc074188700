"""``factcheck check`` and :mod:`factcheck.gate`: exact exit codes, draft-only findings, inline
suppressions, input problems (a bad file is a diagnostic and exit 2, the others are still checked)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from factcheck.gate import GateOptions, apply_trust, check_drafts, involves
from factcheck.models import ClaimFile, Source
from factcheck.suppress import CODE_NO_REASON, CODE_UNKNOWN_DIRECTIVE, find_suppressions
from tests.helpers import gate_workdir, run_cli

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "gate"


@pytest.fixture(autouse=True)
def gate_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return gate_workdir(tmp_path, monkeypatch)


def _json(*argv: str) -> tuple[int, dict[str, object], str]:
    r = run_cli("check", *argv, "--format", "json")
    return r.code, json.loads(r.out), r.err


def test_clean_draft_exits_0() -> None:
    code, report, err = _json("drafts/clean-draft.md", "--against", "archive")
    assert (code, err) == (0, "")
    findings = report["findings"]
    assert isinstance(findings, list) and findings
    assert {f["status"] for f in findings} == {"agreement"}


def test_conflicting_draft_exits_1_with_draft_positions() -> None:
    code, report, _ = _json("drafts/grain-draft.md", "--against", "archive")
    assert code == 1
    conflicts = {f["kind"]: f for f in report["findings"] if f["status"] == "conflict"}  # type: ignore[union-attr]
    name = conflicts["name-spelling"]
    draft_ev = [e for v in name["values"] for e in v["sources"] if e["source_id"] == "grain-draft"]
    # Line and column count in the original file, front matter included.
    assert [(e["text"], e["line"], e["column"]) for e in draft_ev] == [("Anthony Blinken", 6, 23)]
    text = Path("drafts/grain-draft.md").read_text(encoding="utf-8")
    assert text[draft_ev[0]["start"] : draft_ev[0]["end"]] == "Anthony Blinken"
    place = conflicts["place-mismatch"]
    assert sorted(v["value"] for v in place["values"]) == ["Geneva", "Vienna"]


def test_only_findings_involving_a_draft() -> None:
    result = check_drafts([Path("drafts/clean-draft.md")], [Path("archive")])
    assert result.draft_ids == ("clean-draft",)
    assert result.report.findings
    assert all(involves(f, ["clean-draft"]) for f in result.report.findings)
    assert result.report.summary.inputs == 3


def test_fail_on_levels() -> None:
    args = ("drafts/grain-draft.md", "--against", "archive")
    assert run_cli("check", *args, "--fail-on", "none").code == 0
    assert run_cli("check", *args, "--fail-on", "any").code == 1
    assert run_cli("check", *args, "--fail-on", "conflict").code == 1


def test_bad_draft_is_exit_2_and_the_others_are_still_checked() -> None:
    r = run_cli("check", "bad/binary.txt", "drafts/grain-draft.md", "--against", "archive", "--format", "json")
    assert r.code == 2
    report = json.loads(r.out)
    assert report["diagnostics"][0]["path"] == "bad/binary.txt"
    assert any(f["kind"] == "name-spelling" for f in report["findings"])
    assert r.err.startswith("factcheck: bad/binary.txt:1: is a binary file (NUL byte at offset")


def test_malformed_front_matter_names_file_and_line() -> None:
    r = run_cli("check", "bad/broken-front-matter.md", "--against", "archive")
    assert r.code == 2
    assert "factcheck: bad/broken-front-matter.md:3: has malformed YAML front matter" in r.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("drafts/grain-draft.md",), "nothing to check against"),
        (("drafts/grain-draft.md", "--against", "archive", "--claims", "archive"), "not both"),
        (("drafts/grain-draft.md", "--against", "empty"), "holds no article files"),
        (("drafts/grain-draft.md", "--against", "archive", "--format", "yaml"), "must be one of"),
    ],
)
def test_usage_errors_exit_2(argv: tuple[str, ...], message: str) -> None:
    Path("empty").mkdir()
    r = run_cli("check", *argv)
    assert r.code == 2 and r.out == ""
    assert message in r.err and len(r.err.strip().splitlines()) == 1


def test_missing_draft_argument_is_usage_error() -> None:
    assert run_cli("check", "--against", "archive").code == 2


def test_against_stored_claim_records() -> None:
    assert run_cli("extract", "archive", "drafts/grain-draft.md", "--out", "claims").code == 0
    code, report, err = _json("drafts/grain-draft.md", "--claims", "claims")
    assert code == 1
    assert any(f["kind"] == "name-spelling" for f in report["findings"])  # type: ignore[union-attr]
    # The stored records of the draft itself are replaced by the draft (an info note, not an error).
    assert [d["code"] for d in report["diagnostics"]] == ["FC102"]  # type: ignore[index,union-attr]
    assert "replaced by the draft" in err


def test_inline_suppressions() -> None:
    code, report, err = _json("drafts/suppressed-draft.md", "--against", "archive")
    by_kind = {f["kind"]: f for f in report["findings"]}  # type: ignore[union-attr]
    assert by_kind["name-spelling"]["accepted"] == "inline: The desk spells it this way in headlines on purpose"
    assert by_kind["place-mismatch"]["accepted"] == "inline: no reason given"
    assert by_kind["number-mismatch"]["accepted"] is None  # not covered by a comment
    assert all(f["accepted"] is None for f in report["findings"] if f["status"] == "agreement")  # type: ignore[union-attr]
    assert report["diagnostics"] == [
        {
            "path": "drafts/suppressed-draft.md",
            "code": CODE_NO_REASON,
            "severity": "warning",
            "message": "factcheck suppression without a reason; write why the finding is accepted",
            "line": 9,
        }
    ]
    assert code == 1  # the ship count is still a conflict; a warning diagnostic is not an input error
    assert "suppression without a reason" in err


def test_inline_suppression_in_html_draft() -> None:
    code, report, _ = _json("drafts/grain-draft-web.html", "--against", "archive")
    by_kind = {f["kind"]: f for f in report["findings"]}  # type: ignore[union-attr]
    assert by_kind["place-mismatch"]["accepted"] == "inline: Checked with the agency: the talks moved"
    assert by_kind["name-spelling"]["accepted"] is None
    assert code == 1


def test_all_conflicts_suppressed_exits_0(gate_dir: Path) -> None:
    draft = gate_dir / "drafts" / "quiet.md"
    draft.write_text(
        "---\nid: quiet\n---\n<!-- factcheck: ignore Our correspondent was in the room -->\n"
        "US Secretary of State Anthony Blinken met Sergei Lavrov in Vienna on Tuesday.\n",
        encoding="utf-8",
    )
    r = run_cli("check", "drafts/quiet.md", "--against", "archive")
    today = dt.date.today().isoformat()
    assert (r.code, r.err) == (
        0,
        f"factcheck: drafts/quiet.md: no publication date: checked as published today ({today}) [FC103]\n",
    )


def test_find_suppressions_markdown_regions() -> None:
    text = (
        "Intro.\n\n<!-- factcheck: ignore[name-spelling, place-mismatch] why -->\nFirst line\nsecond line.\n\n"
        "Next para.\n"
    )
    found, problems = find_suppressions(text, "x.md")
    assert problems == []
    [s] = found
    assert (s.kinds, s.reason, s.line) == (frozenset({"name-spelling", "place-mismatch"}), "why", 3)
    assert text[s.start : s.end] == "First line\nsecond line."
    assert s.covers("name-spelling", s.start) and not s.covers("date-mismatch", s.start)
    assert not s.covers("name-spelling", text.index("Next"))


def test_find_suppressions_html_region_and_warnings() -> None:
    text = "<p>One.</p>\n<!-- factcheck: ignore -->\n<p>Two.</p><p>Three.</p>\n<!-- factcheck: skip all -->"
    found, problems = find_suppressions(text, "x.html", is_html=True)
    [s] = found
    assert text[s.start : s.end] == "<p>Two.</p>"
    assert s.kinds == frozenset() and s.reason == ""
    assert [(p.code, p.line, p.severity.value) for p in problems] == [
        (CODE_NO_REASON, 2, "warning"),
        (CODE_UNKNOWN_DIRECTIVE, 4, "warning"),
    ]


def test_trust_replaces_source_trust() -> None:
    cf = ClaimFile(source=Source(id="a", path="a.txt", trust=1.0))
    other = ClaimFile(source=Source(id="b", path="b.txt", trust=0.5))
    out = apply_trust([cf, other], {"a": 2.5})
    assert [f.source.trust for f in out] == [2.5, 0.5]


def test_trust_option_changes_the_vote() -> None:
    drafts, against = [Path("drafts/grain-draft.md")], [Path("archive")]
    plain = check_drafts(drafts, against).report
    weighted = check_drafts(drafts, against, options=GateOptions(trust={"grain-draft": 5.0})).report

    def place(report: object) -> str | None:
        f = next(f for f in report.findings if f.kind == "place-mismatch")  # type: ignore[attr-defined]
        return f.preferred.value if f.preferred else None

    assert (place(plain), place(weighted)) == ("Geneva", "Vienna")


def test_no_progress_when_stderr_is_not_a_tty() -> None:
    r = run_cli("check", "drafts/clean-draft.md", "--against", "archive")
    assert r.err == ""


def test_pre_commit_hook_entry_runs() -> None:
    import yaml

    [hook] = yaml.safe_load((FIXTURES.parents[2] / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "factcheck-check" and hook["language"] == "python"
    program, *argv = hook["entry"].split()
    assert program == "factcheck"
    assert run_cli(*argv, "drafts/clean-draft.md").code == 0
    assert run_cli(*argv, "drafts/grain-draft.md").code == 1


def test_progress_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    from factcheck.cli.common import stderr_progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    fake = Terminal()
    monkeypatch.setattr(sys, "stderr", fake)
    show = stderr_progress()
    assert show is not None
    show(1, 2, "a.md")
    show(2, 2, "b.md")
    assert fake.getvalue() == "\r\x1b[Kfactcheck: reading 1/2 a.md\r\x1b[Kfactcheck: reading 2/2 b.md\r\x1b[K"
