"""The command line as a linter user expects it: one error style, -h, -q, --color and NO_COLOR, --config,
stdin, the concise format, --select/--ignore/--min-severity, `factcheck rule`, pluralised counts."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.cli.app import ColorMode, OutputSettings, color_for, set_output
from factcheck.models import Severity, Status
from factcheck.rules import RULES, expand_selectors, rule_text
from factcheck.selection import Selection, select_findings
from factcheck.text import plural
from tests.helpers import gate_workdir, run_cli

NAME = (
    "drafts/grain-draft.md:6:23: error[name-spelling] Antony Blinken — name spelling: Anthony Blinken; "
    "elsewhere Antony Blinken (harbour-followup, harbour-talks); suggested Antony Blinken [fc-8c2e0286411bec13]"
)
PLACE = (
    "drafts/grain-draft.md:6:85: error[place-mismatch] Antony Blinken–Sergei Lavrov meeting — location: Vienna; "
    "elsewhere Geneva (harbour-followup, harbour-talks); suggested Geneva [fc-4927dd297ab264ca]"
)
SHIPS = (
    "drafts/grain-draft.md:8:1: error[number-mismatch] the event — number of ships: Around 60; "
    "elsewhere Around 40 (harbour-talks) [fc-10f6371523cc8273]"
)


@pytest.fixture(autouse=True)
def gate_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("NO_COLOR", raising=False)
    return gate_workdir(tmp_path, monkeypatch)


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- one error style for every usage error -------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["compare", "--xyzzy"], "no such option: --xyzzy (see 'factcheck compare -h')"),
        (["nosuch"], "no such command 'nosuch' (see 'factcheck -h')"),
        (
            ["compare", "archive", "--fail-on", "x"],
            "invalid value for '--fail-on': 'x' is not one of 'conflict', 'any', 'none' (see 'factcheck compare -h')",
        ),
        (["check"], "missing argument 'drafts' (see 'factcheck check -h')"),
        (["compare"], "no inputs: give article PATHs, --claims DIR or --db FILE"),
        (
            ["compare", "archive", "-f", "nope"],
            "option --format: must be one of checkstyle, concise, github, gitlab, html, json, junit, markdown, "
            "rdjson, sarif, text (got 'nope')",
        ),
        (
            ["check", "drafts/grain-draft.md", "--against", "archive", "--select", "name-speling"],
            "option --select: unknown finding kind 'name-speling'; did you mean 'name-spelling'? "
            "'factcheck rule' lists the kinds",
        ),
        (["check", "drafts/grain-draft.md", "--against", "archive", "--min-severity", "loud"], None),
        (["rule", "nope"], "unknown finding kind 'nope'; 'factcheck rule' lists them"),
        (["compare", "archive", "--config", "missing.toml"], "missing.toml: no such config file (--config)"),
        (["compare", "archive", "--stdin-filename", "x.md"], "--stdin-filename needs '-' among the inputs"),
    ],
)
def test_usage_errors_are_one_line_exit_2(argv: list[str], message: str | None) -> None:
    r = run_cli(*argv)
    assert (r.code, r.out) == (2, "")
    assert r.err.count("\n") == 1 and r.err.startswith("factcheck: error: ")
    if message is not None:
        assert r.err == f"factcheck: error: {message}\n"


def test_bare_command_shows_help_and_the_error_line() -> None:
    r = run_cli()
    assert (r.code, r.out) == (2, "")
    assert r.err.startswith("Usage: factcheck [OPTIONS] COMMAND [ARGS]...\n")
    assert r.err.endswith("\nfactcheck: error: missing command (see 'factcheck -h')\n")


def test_dash_h_is_help() -> None:
    r = run_cli("check", "-h")
    assert (r.code, r.err) == (0, "")
    assert r.out.startswith("Usage: factcheck check [OPTIONS] {drafts}...\n")
    for flag in ("--select", "--ignore", "--min-severity", "--exclude", "--config", "--quiet", "--color", "-h, --help"):
        assert flag in r.out
    assert run_cli("-h").out.startswith("Usage: factcheck [OPTIONS] COMMAND [ARGS]...\n")


# --- concise format, selection, pluralised counts ------------------------------------------------


def test_concise_format_one_line_per_finding() -> None:
    r = run_cli("check", "drafts/grain-draft.md", "--against", "archive", "-f", "concise")
    assert (r.code, r.err) == (1, "")
    assert r.out == f"{NAME}\n{PLACE}\n{SHIPS}\nFound 3 findings (3 conflicts, 0 updated, 0 different events).\n"


def test_select_by_kind_prefix() -> None:
    r = run_cli("check", "drafts/grain-draft.md", "--against", "archive", "-f", "concise", "--select", "name")
    assert (r.code, r.err) == (1, "")
    assert r.out == f"{NAME}\nFound 1 finding (1 conflict, 0 updated, 0 different events).\n"


def test_ignore_comma_list_and_min_severity() -> None:
    r = run_cli(
        "check", "drafts/grain-draft.md", "--against", "archive", "-f", "concise",
        "--ignore", "name-spelling,place", "--min-severity", "error",
    )  # fmt: skip
    assert (r.code, r.out) == (1, f"{SHIPS}\nFound 1 finding (1 conflict, 0 updated, 0 different events).\n")


def test_ignoring_every_conflict_passes_the_gate() -> None:
    r = run_cli("check", "drafts/grain-draft.md", "--against", "archive", "-f", "concise", "--select", "quote")
    assert (r.code, r.out, r.err) == (0, "No findings to check.\n", "")


def test_min_severity_hides_agreements_in_json_summary() -> None:
    import json

    r = run_cli("compare", "archive", "drafts/clean-draft.md", "-f", "json", "--min-severity", "warning")
    report = json.loads(r.out)
    assert r.code == 0
    assert report["summary"]["agreement"] == 0 and report["findings"] == []


def test_select_from_config_file(gate_dir: Path) -> None:
    (gate_dir / "factcheck.toml").write_text('select = ["number"]\nformat = "concise"\n', encoding="utf-8")
    r = run_cli("check", "drafts/grain-draft.md", "--against", "archive")
    assert (r.code, r.out) == (1, f"{SHIPS}\nFound 1 finding (1 conflict, 0 updated, 0 different events).\n")


def test_plural() -> None:
    assert [plural(0, "conflict"), plural(1, "conflict"), plural(2, "entry", "entries")] == [
        "0 conflicts",
        "1 conflict",
        "2 entries",
    ]


def test_text_summary_is_pluralised_and_evidence_is_a_path() -> None:
    r = run_cli("check", "drafts/grain-draft.md", "--against", "archive", "--select", "name-spelling")
    lines = r.out.splitlines()
    assert lines[1] == "1 conflict, 0 updated, 0 different events, 0 agreements, 0 single-source"
    assert lines[6].startswith("      drafts/grain-draft.md:6:23  “US Secretary of State Anthony Blinken")
    assert lines[8].startswith("      archive/harbour-followup.txt:3:23  ")


# --- --config, -q, --color -----------------------------------------------------------------------


def test_config_flag_names_the_file(gate_dir: Path) -> None:
    (gate_dir / "ci.toml").write_text('fail-on = "none"\nformat = "concise"\n', encoding="utf-8")
    (gate_dir / "factcheck.toml").write_text('format = "json"\n', encoding="utf-8")
    r = run_cli("check", "drafts/grain-draft.md", "--against", "archive", "--config", "ci.toml")
    assert r.code == 0
    assert r.out.endswith("Found 3 findings (3 conflicts, 0 updated, 0 different events).\n")
    shown = run_cli("config", "--config", "ci.toml").out.splitlines()
    assert shown[:3] == ["# config file: ci.toml", 'fail-on = "none"  # ci.toml', 'format = "concise"  # ci.toml']


def test_quiet_silences_warnings_not_errors() -> None:
    loud = run_cli("check", "drafts/suppressed-draft.md", "bad/binary.txt", "--against", "archive", "-f", "concise")
    quiet = run_cli(
        "check", "drafts/suppressed-draft.md", "bad/binary.txt", "--against", "archive", "-f", "concise", "-q"
    )
    assert loud.code == quiet.code == 2
    assert loud.out == quiet.out
    assert loud.err == (
        "factcheck: bad/binary.txt:1: is a binary file (NUL byte at offset 11), not text [FC100]\n"
        "factcheck: drafts/suppressed-draft.md:9: factcheck suppression without a reason; write why the finding "
        "is accepted [FC130]\n"
    )
    assert quiet.err == "factcheck: bad/binary.txt:1: is a binary file (NUL byte at offset 11), not text [FC100]\n"


def test_color_always_and_never() -> None:
    argv = ("check", "drafts/grain-draft.md", "--against", "archive", "-f", "concise", "--select", "name")
    always = run_cli(*argv, "--color", "always").out
    assert always.startswith("drafts/grain-draft.md:6:23: \x1b[31;1merror[name-spelling]\x1b[0m Antony Blinken")
    assert "\x1b[" not in run_cli(*argv, "--color", "never").out
    assert "\x1b[" not in run_cli(*argv).out  # auto: not a terminal


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_color_is_honoured_by_auto(monkeypatch: pytest.MonkeyPatch) -> None:
    tty = _Tty()
    set_output(OutputSettings(color=ColorMode.AUTO))
    assert color_for(tty) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert color_for(tty) is False
    set_output(OutputSettings(color=ColorMode.ALWAYS))  # an explicit flag beats NO_COLOR
    assert color_for(tty) is True
    set_output(OutputSettings())


# --- stdin ---------------------------------------------------------------------------------------


def test_stdin_with_filename(monkeypatch: pytest.MonkeyPatch, gate_dir: Path) -> None:
    _stdin(monkeypatch, (gate_dir / "drafts" / "grain-draft.md").read_bytes())
    r = run_cli(
        "check", "-", "--stdin-filename", "drafts/unsaved.md", "--against", "archive",
        "-f", "concise", "--select", "name",
    )  # fmt: skip
    assert (r.code, r.err) == (1, "")
    assert r.out.startswith("drafts/unsaved.md:6:23: error[name-spelling] Antony Blinken")


def test_stdin_replaces_the_saved_file(monkeypatch: pytest.MonkeyPatch, gate_dir: Path) -> None:
    """An editor lints its unsaved buffer: the saved file on disk is not read twice."""
    fixed = (gate_dir / "drafts" / "grain-draft.md").read_text(encoding="utf-8").replace("Anthony", "Antony")
    _stdin(monkeypatch, fixed.encode("utf-8"))
    r = run_cli(
        "check", "-", "--stdin-filename", "drafts/grain-draft.md",
        "--against", "drafts/grain-draft.md", "--against", "archive", "-f", "concise", "--select", "name",
    )  # fmt: skip
    assert (r.code, r.out) == (0, "No findings to check.\n")


def test_stdin_default_name_is_markdown(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"---\npublished: 2024-03-13\n---\nUS Secretary of State Anthony Blinken met Sergei Lavrov.\n")
    r = run_cli("check", "-", "--against", "archive", "-f", "concise", "--select", "name")
    assert r.out.startswith("stdin.md:4:23: error[name-spelling] ")
    assert r.code == 1


# --- factcheck rule ------------------------------------------------------------------------------


def test_rule_explains_a_kind() -> None:
    r = run_cli("rule", "name-spelling")
    assert (r.code, r.err) == (0, "")
    assert r.out == rule_text(RULES["name-spelling"])
    assert r.out.splitlines()[:2] == ["name-spelling: Name spelling", "status: conflict (severity error)"]
    assert "Example: draft: “Emanuel Macron opened the summit.”" in r.out


def test_rule_lists_every_kind() -> None:
    r = run_cli("rule")
    assert r.code == 0
    lines = r.out.splitlines()
    assert [line.split()[0] for line in lines] == list(RULES)
    assert lines[0] == "name-spelling         error    Name spelling"


def test_every_kind_the_comparer_can_emit_has_a_rule() -> None:
    import re

    from factcheck import compare

    text = "\n".join(p.read_text(encoding="utf-8") for p in Path(compare.__file__).parent.glob("*.py"))
    literal = set(re.findall(r'"([a-z]+(?:-[a-z]+)+)"', text))
    emitted = {k for k in literal if k.endswith(("-mismatch", "-spelling", "-changed", "-updated", "-difference"))}
    assert emitted and emitted <= set(RULES), emitted - set(RULES)
    assert {"distinct-events", "quote-wording", "quote-speaker"} <= set(RULES)


# --- selection: a property over every kind and prefix -------------------------------------------

KIND_OR_PREFIX = st.sampled_from(sorted({*RULES, *(k.split("-")[0] for k in RULES)}))


@settings(max_examples=100)
@given(
    select=st.lists(KIND_OR_PREFIX, max_size=3),
    ignore=st.lists(KIND_OR_PREFIX, max_size=2),
    level=st.sampled_from(list(Severity)),
)
def test_selection_keeps_exactly_the_matching_findings(select: list[str], ignore: list[str], level: Severity) -> None:
    from tests.test_render_formats import sample_report

    report = sample_report()
    chosen = select_findings(report, Selection(tuple(select), tuple(ignore), level))
    rank = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
    expected = [
        f
        for f in report.findings
        if (not select or any(f.kind.startswith(s) for s in select))
        and not any(f.kind.startswith(s) for s in ignore)
        and rank[f.severity] >= rank[level]
    ]
    assert list(chosen.findings) == expected
    assert chosen.summary.conflict == sum(1 for f in expected if f.status == Status.CONFLICT)
    assert chosen.summary.agreement == sum(1 for f in expected if f.status == Status.AGREEMENT)
    assert chosen.summary.accepted == sum(1 for f in expected if f.accepted)
    assert expand_selectors(select) == sorted(k for k in RULES if any(k.startswith(s) for s in select))
