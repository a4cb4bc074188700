"""The CI formats against their published schemas and a real consumer's parser.

JUnit XML: the XSD of Jenkins' xUnit plugin (``tests/vendor/junit-10.xsd``) and ``junitparser``.
Checkstyle XML: ``tests/vendor/checkstyle-4.3.xsd``. reviewdog rdjson: reviewdog's JSON Schema
(``tests/vendor/rdjson/DiagnosticResult.json``), also in a strict form that refuses keys the schema does
not define. SARIF rules: help text and a helpUri. Exact outputs are in the golden files
(``tests/golden/render/sample.*`` and ``tests/golden/check/grain-draft.*``).
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import xmlschema
from junitparser import Error, Failure, JUnitXml

from factcheck.render import RenderOptions, render
from factcheck.render.rdjson import byte_column
from factcheck.rules import DOCS_URL, RULES
from tests.helpers import run_cli
from tests.test_render_formats import OPTIONS, sample_report

HERE = Path(__file__).resolve().parent
VENDOR = HERE / "vendor"
FIXTURES = HERE / "fixtures" / "gate"
JUNIT_XSD = xmlschema.XMLSchema(str(VENDOR / "junit-10.xsd"))
CHECKSTYLE_XSD = xmlschema.XMLSchema(str(VENDOR / "checkstyle-4.3.xsd"))
RDJSON_SCHEMA: dict[str, Any] = json.loads((VENDOR / "rdjson" / "DiagnosticResult.json").read_text(encoding="utf-8"))


def _strict(schema: Any) -> Any:
    """The schema with ``additionalProperties: false`` wherever it lists properties."""
    out = copy.deepcopy(schema)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "properties" in node:
                node["additionalProperties"] = False
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(out)
    return out


@pytest.fixture
def gate_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    target = tmp_path / "gate"
    shutil.copytree(FIXTURES, target)
    monkeypatch.chdir(target)
    for var in ("GITHUB_STEP_SUMMARY", "FACTCHECK_FORMAT", "FACTCHECK_FAIL_ON", "NO_COLOR"):
        monkeypatch.delenv(var, raising=False)
    yield target


# --- JUnit ---------------------------------------------------------------------------------------


def test_junit_validates_and_junitparser_reads_it(tmp_path: Path) -> None:
    text = render(sample_report(), "junit", OPTIONS)
    JUNIT_XSD.validate(text)
    path = tmp_path / "junit.xml"
    path.write_text(text, encoding="utf-8")
    xml = JUnitXml.fromfile(str(path))
    [suite] = list(xml)
    assert (suite.name, suite.tests, suite.failures, suite.errors, suite.skipped) == ("drafts/draft.md", 3, 2, 0, 1)
    results = {case.name: [type(r).__name__ for r in case.result] for case in suite}
    assert results == {
        "name-spelling: Antony Blinken — name spelling [fc-0000000000000001]": ["Failure"],
        "figure-updated: Oakport <script>alert(1)</script> — bridges closed [fc-0000000000000002]": ["Failure"],
        "place-mismatch: storm landfall — location [fc-0000000000000003]": ["Skipped"],
    }
    failure = next(r for case in suite for r in case.result if isinstance(r, Failure))
    assert failure.type == "name-spelling"
    assert failure.text.splitlines()[0].startswith("drafts/draft.md:3:1: Anthony Blinken is a misspelling")


def test_junit_cli_bad_input_is_an_error_case(gate_dir: Path, tmp_path: Path) -> None:
    r = run_cli("check", "drafts/clean-draft.md", "bad/binary.txt", "--against", "archive", "-f", "junit")
    assert r.code == 2
    JUNIT_XSD.validate(r.out)
    path = tmp_path / "out.xml"
    path.write_text(r.out, encoding="utf-8")
    suites = {s.name: s for s in JUnitXml.fromfile(str(path))}
    assert sorted(suites) == ["bad/binary.txt", "drafts/clean-draft.md"]
    [bad] = list(suites["bad/binary.txt"])
    [error] = bad.result
    assert isinstance(error, Error)
    assert (error.type, error.message) == ("FC100", "is a binary file (NUL byte at offset 11), not text")
    [clean] = list(suites["drafts/clean-draft.md"])
    assert (clean.name, clean.result) == ("no findings", [])


def test_junit_accepted_is_skipped_with_reason() -> None:
    text = render(sample_report(), "junit", OPTIONS)
    assert text.count("<skipped ") == 1
    assert '<skipped message="accepted: inline: both towns were hit" />' in text


# --- Checkstyle ----------------------------------------------------------------------------------


def test_checkstyle_validates(gate_dir: Path) -> None:
    CHECKSTYLE_XSD.validate(render(sample_report(), "checkstyle", OPTIONS))
    r = run_cli("check", "drafts/grain-draft.md", "--against", "archive", "-f", "checkstyle")
    assert (r.code, r.err) == (1, "")
    CHECKSTYLE_XSD.validate(r.out)
    data = CHECKSTYLE_XSD.to_dict(r.out)
    [file_el] = data["file"]
    assert file_el["@name"] == "drafts/grain-draft.md"
    got = [(e["@line"], e["@column"], e["@severity"], e["@source"]) for e in file_el["error"]]
    assert got == [
        (6, 23, "error", "factcheck.name-spelling"),
        (6, 85, "error", "factcheck.place-mismatch"),
        (8, 1, "error", "factcheck.number-mismatch"),
    ]


def test_checkstyle_leaves_out_accepted_findings() -> None:
    text = render(sample_report(), "checkstyle", OPTIONS)
    assert "fc-0000000000000003" not in text
    assert text.count("<error ") == 3  # two open findings and the input problem


# --- reviewdog rdjson ----------------------------------------------------------------------------


def test_rdjson_validates_against_reviewdog_schema(gate_dir: Path) -> None:
    sample = json.loads(render(sample_report(), "rdjson", OPTIONS))
    r = run_cli("check", "drafts/grain-draft.md", "--against", "archive", "-f", "rdjson")
    assert (r.code, r.err) == (1, "")
    real = json.loads(r.out)
    for doc in (sample, real):
        jsonschema.validate(doc, RDJSON_SCHEMA)
        jsonschema.validate(doc, _strict(RDJSON_SCHEMA))
    first = real["diagnostics"][0]
    assert first["location"] == {
        "path": "drafts/grain-draft.md",
        "range": {"start": {"line": 6, "column": 23}, "end": {"line": 6, "column": 38}},
    }
    assert first["severity"] == "ERROR"
    assert first["code"] == {"value": "name-spelling", "url": f"{DOCS_URL}#finding-kinds"}
    assert first["suggestions"] == [{"range": first["location"]["range"], "text": "Antony Blinken"}]
    assert [d["code"]["value"] for d in real["diagnostics"]] == ["name-spelling", "place-mismatch", "number-mismatch"]


def test_rdjson_columns_are_utf8_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Zürich — Anthony Blinken\n", encoding="utf-8")
    column = "Zürich — Anthony Blinken".index("Anthony") + 1
    assert (column, byte_column(str(path), 1, column)) == (10, 13)
    assert byte_column(str(tmp_path / "missing.txt"), 1, column) == column


# --- SARIF rules ---------------------------------------------------------------------------------


def test_sarif_rules_carry_help_and_help_uri() -> None:
    log = json.loads(render(sample_report(), "sarif", OPTIONS))
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert sorted(rules) == ["figure-updated", "name-spelling", "place-mismatch"]
    rule = rules["name-spelling"]
    assert rule["helpUri"] == f"{DOCS_URL}#finding-kinds"
    assert rule["help"]["text"] == f"{RULES['name-spelling'].summary} Example: {RULES['name-spelling'].example}"
    assert rule["fullDescription"] == {"text": RULES["name-spelling"].summary}
    assert rule["defaultConfiguration"] == {"level": "error"}
    assert rules["figure-updated"]["defaultConfiguration"] == {"level": "warning"}


def test_docs_url_is_the_projects_documentation_url() -> None:
    pyproject = (HERE.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert f'Documentation = "{DOCS_URL}"' in pyproject


# --- HTML ----------------------------------------------------------------------------------------


def test_html_renders_markdown_headings_without_hashes(gate_dir: Path) -> None:
    draft = gate_dir / "drafts" / "headline.md"
    draft.write_text(
        "---\nid: headline\npublished: 2024-03-13\n---\n## Anthony Blinken meets Sergei Lavrov in Geneva\n\nText.\n",
        encoding="utf-8",
    )
    r = run_cli("check", "drafts/headline.md", "--against", "archive", "-f", "html")
    assert r.code == 1
    assert '<span class="md-heading"><mark>Anthony Blinken</mark> meets Sergei Lavrov in Geneva</span>' in r.out
    assert "## " not in r.out.split("<main")[1]


def test_html_shows_each_finding_once(gate_dir: Path) -> None:
    from factcheck.models import Finding, FindingValue, Status
    from tests.test_render_formats import _ev

    base = sample_report()
    paris = _ev("wire", "They met in Paris in 2023.", "Paris", 2, 12)
    rome = _ev("paper", "They met in Rome on Tuesday.", "Rome", 4, 12)
    rome2 = _ev("draft", "They met in Rome on Tuesday.", "Rome", 6, 12)
    distinct = Finding(
        id="fc-00000000000000d1",
        status=Status.DISTINCT_EVENTS,
        kind="distinct-events",
        severity=base.findings[1].severity,
        subject="summit",
        attribute="location",
        confidence=1.0,
        values=(
            FindingValue(value="Paris", text="Paris", event="2023", sources=(paris,)),
            FindingValue(value="Rome", text="Rome", event="2024-03-12", sources=(rome, rome2)),
        ),
        explanation="Different events.",
    )
    agreement = distinct.model_copy(
        update={
            "id": "fc-00000000000000a1",
            "status": Status.AGREEMENT,
            "kind": "place-agreement",
            "severity": base.findings[-1].severity,
            "values": (distinct.values[1],),
            "explanation": "Two sources agree.",
        }
    )
    report = base.model_copy(update={"findings": (*base.findings, distinct, agreement)})
    page = render(report, "html", RenderOptions(draft_ids=("draft",)))
    assert page.count('id="fc-00000000000000d1"') == 1
    assert 'id="fc-00000000000000a1"' not in page
