"""The editor- and CI-facing formats: exact golden outputs, SARIF schema validity, escaping.

Two kinds of golden files: ``render/*`` come from a hand-built report (stable whatever the extractors
do; it has escaping traps, a multi-line evidence span, an accepted finding and an input problem), and
``check/*`` come from ``factcheck check`` on the fixture articles through the CLI (they change when the
pipeline's findings change: review, then ``pytest --update-golden``).
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import jsonschema
import pytest

from factcheck._version import __version__
from factcheck.models import (
    Diagnostic,
    Evidence,
    Finding,
    FindingValue,
    InputInfo,
    Preferred,
    Report,
    SeriesPoint,
    Severity,
    Status,
    Summary,
    ToolInfo,
)
from factcheck.render import RenderOptions, formats, render
from factcheck.render.github import escape_data, escape_property
from factcheck.render.markdown import md_escape
from tests.helpers import clear_factcheck_env, run_cli

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures" / "gate"
SARIF_SCHEMA = json.loads((HERE / "vendor" / "sarif-2.1.0.schema.json").read_text(encoding="utf-8"))
NEW_FORMATS = ("markdown", "sarif", "github", "gitlab", "html", "concise", "junit", "checkstyle", "rdjson")
EXTENSIONS = {
    "markdown": "md",
    "sarif": "sarif.json",
    "github": "txt",
    "gitlab": "json",
    "html": "html",
    "concise": "concise.txt",
    "junit": "junit.xml",
    "checkstyle": "checkstyle.xml",
    "rdjson": "rdjson.json",
}

Golden = Callable[[str, str], None]


def _ev(source: str, sentence: str, text: str, line: int, column: int) -> Evidence:
    start = 10 * line + column
    return Evidence(
        source_id=source, sentence=sentence, start=start, end=start + len(text), text=text, line=line, column=column
    )


def sample_report() -> Report:
    """A report with every feature the reporters must handle, written by hand."""
    s1 = 'The <b>mayor</b> of Oakport said "7 | 8 *bridges*" were closed.'
    name = Finding(
        id="fc-0000000000000001",
        status=Status.CONFLICT,
        kind="name-spelling",
        severity=Severity.ERROR,
        subject="Antony Blinken",
        attribute="name spelling",
        confidence=1.0,
        values=(
            FindingValue(
                value="Anthony Blinken",
                text="Anthony Blinken",
                sources=(_ev("draft", "Anthony Blinken visited Oakport.", "Anthony Blinken", 3, 1),),
            ),
            FindingValue(
                value="Antony Blinken",
                text="Antony Blinken",
                sources=(
                    _ev("wire", "Antony Blinken visited Oakport on Monday.", "Antony Blinken", 1, 1),
                    _ev("paper", "US envoy Antony Blinken, in Oakport.", "Antony Blinken", 4, 10),
                ),
            ),
        ),
        preferred=Preferred(value="Antony Blinken", reason="the known spelling of this person"),
        explanation="Anthony Blinken is a misspelling of Antony Blinken, a known person.",
    )
    bridges = Finding(
        id="fc-0000000000000002",
        status=Status.UPDATED,
        kind="figure-updated",
        severity=Severity.WARNING,
        subject="Oakport <script>alert(1)</script>",
        attribute="bridges closed",
        confidence=0.8,
        values=(
            FindingValue(value="7", text="7", sources=(_ev("draft", s1, "7 | 8", 5, 34),)),
            FindingValue(
                value="9", text="nine", sources=(_ev("wire", "Later nine\nbridges were shut.", "nine\nbridges", 2, 7),)
            ),
        ),
        explanation='The count rose from 7 to 9 & the "mayor" confirmed it.',
        series=(
            SeriesPoint(value="7", display="7", as_of="2024-09-01", sources=("draft",)),
            SeriesPoint(value="9", display="9 <bridges>", as_of="2024-09-02", sources=("paper", "wire"), revised=True),
        ),
    )
    accepted = Finding(
        id="fc-0000000000000003",
        status=Status.CONFLICT,
        kind="place-mismatch",
        severity=Severity.ERROR,
        subject="storm landfall",
        attribute="location",
        confidence=0.6,
        values=(
            FindingValue(value="Oakport", text="Oakport", sources=(_ev("draft", "It hit Oakport.", "Oakport", 7, 8),)),
            FindingValue(value="Elm Bay", text="Elm Bay", sources=(_ev("paper", "It hit Elm Bay.", "Elm Bay", 2, 8),)),
        ),
        explanation="Sources disagree on the location of storm landfall.",
        accepted="inline: both towns were hit",
    )
    agree = Finding(
        id="fc-0000000000000004",
        status=Status.AGREEMENT,
        kind="date-agreement",
        severity=Severity.INFO,
        subject="storm landfall",
        attribute="date",
        confidence=1.0,
        values=(
            FindingValue(
                value="2024-09-02",
                text="Monday",
                sources=(
                    _ev("draft", "On Monday it hit.", "Monday", 6, 4),
                    _ev("wire", "On Monday it hit.", "Monday", 1, 4),
                ),
            ),
        ),
        explanation="2 independent sources agree on the date of storm landfall.",
    )
    inputs = tuple(
        InputInfo(id=i, title=t, published=None, path=p, sha256="0" * 64, claims=n)
        for i, t, p, n in (
            ("draft", "Storm & bridges", "drafts/draft.md", 5),
            ("paper", "Oakport paper", "archive/paper.txt", 3),
            ("wire", None, "archive/wire.html", 4),
        )
    )
    return Report(
        tool=ToolInfo(name="factcheck", version="0.0.0-test"),
        with_dates=False,
        inputs=inputs,
        summary=Summary(conflict=2, agreement=1, updated=1, accepted=1, claims=12, inputs=3),
        findings=(name, bridges, accepted, agree),
        diagnostics=(
            Diagnostic(path="drafts/draft.md", code="FC130", severity=Severity.WARNING, message="no reason", line=2),
        ),
    )


OPTIONS = RenderOptions(draft_ids=("draft",))


@pytest.fixture(autouse=True)
def _no_step_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    clear_factcheck_env(monkeypatch)


def test_every_format_is_registered() -> None:
    assert set(NEW_FORMATS) <= set(formats())


@pytest.mark.parametrize("fmt", NEW_FORMATS)
def test_render_golden(fmt: str, golden: Golden) -> None:
    golden(f"render/sample.{EXTENSIONS[fmt]}", render(sample_report(), fmt, OPTIONS))


def _validate_sarif(text: str) -> dict[str, object]:
    data = json.loads(text)
    errors = [e.message for e in jsonschema.Draft4Validator(SARIF_SCHEMA).iter_errors(data)]
    assert errors == []
    return data  # type: ignore[no-any-return]


def test_sarif_structure() -> None:
    log = _validate_sarif(render(sample_report(), "sarif", OPTIONS))
    run = log["runs"][0]  # type: ignore[index]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["figure-updated", "name-spelling", "place-mismatch"]
    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("name-spelling", "error"),
        ("figure-updated", "warning"),
        ("place-mismatch", "error"),
    ]
    first = results[0]
    region = first["locations"][0]["physicalLocation"]["region"]
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/draft.md"
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (3, 1, 3, 16)
    assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in first["relatedLocations"]] == [
        "archive/wire.html",
        "archive/paper.txt",
    ]
    assert first["partialFingerprints"] == {"factcheck/v1": "fc-0000000000000001"}
    multi = results[1]["relatedLocations"][0]["physicalLocation"]["region"]
    assert (multi["startLine"], multi["startColumn"], multi["endLine"], multi["endColumn"]) == (2, 7, 3, 8)
    assert results[2]["suppressions"] == [{"kind": "inSource", "justification": "inline: both towns were hit"}]


def test_sarif_without_drafts_points_at_first_source() -> None:
    log = _validate_sarif(render(sample_report(), "sarif", RenderOptions()))
    loc = log["runs"][0]["results"][1]["locations"][0]["physicalLocation"]  # type: ignore[index]
    assert loc["artifactLocation"]["uri"] == "drafts/draft.md" and loc["region"]["startLine"] == 5


def test_github_escaping() -> None:
    assert escape_data("50% a\nb\r") == "50%25 a%0Ab%0D"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    out = render(sample_report(), "github", OPTIONS)
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in out.splitlines())
    assert "place-mismatch" not in out  # accepted findings are not annotated


def test_github_step_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, golden: Golden) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    render(sample_report(), "github", OPTIONS)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## factcheck — draft\n")
    golden("render/step-summary.md", text)


def test_gitlab_code_quality_shape() -> None:
    issues = json.loads(render(sample_report(), "gitlab", OPTIONS))
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"blocker", "critical", "major", "minor", "info"}
        assert set(issue["location"]) == {"path", "lines"} and issue["location"]["lines"]["begin"] >= 1
    assert [i["fingerprint"] for i in issues] == [
        "fc-0000000000000001",
        "fc-0000000000000002",
        "FC130:drafts/draft.md:2",
    ]


def test_html_is_self_contained_and_escaped() -> None:
    page = render(sample_report(), "html", OPTIONS)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;mayor&lt;/b&gt;" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and "@import" not in page
    assert page.count('class="finding ') == 4
    assert "<mark>Anthony Blinken</mark>" in page


def test_markdown_escapes_article_text() -> None:
    assert md_escape("a|b *c* <d> [e](f)") == r"a\|b \*c\* \<d\> \[e\](f)"
    page = render(sample_report(), "markdown", OPTIONS)
    assert "<script>" not in page and "<b>" not in page


@pytest.fixture
def gate_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of tests/fixtures/gate as the working directory (relative paths in the outputs)."""
    target = tmp_path / "gate"
    shutil.copytree(FIXTURES, target)
    monkeypatch.chdir(target)
    yield target


@pytest.mark.parametrize("fmt", NEW_FORMATS)
def test_check_cli_golden(fmt: str, gate_dir: Path, golden: Golden) -> None:
    r = run_cli("check", "drafts/grain-draft.md", "--against", "archive", "--format", fmt)
    assert (r.code, r.err) == (1, "")
    # The tool version is masked so that a release does not rewrite the golden files.
    golden(f"check/grain-draft.{EXTENSIONS[fmt]}", r.out.replace(__version__, "<version>"))
    if fmt == "sarif":
        _validate_sarif(r.out)


def test_check_cli_sarif_with_problems_validates(gate_dir: Path) -> None:
    r = run_cli("check", "drafts/suppressed-draft.md", "bad/binary.txt", "--against", "archive", "-f", "sarif")
    assert r.code == 2
    log = _validate_sarif(r.out)
    notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]  # type: ignore[index]
    assert [(n["descriptor"]["id"], n["level"]) for n in notes] == [("FC100", "error"), ("FC130", "warning")]
