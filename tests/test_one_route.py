"""``compare`` and ``check`` take one route (``factcheck.gate.run``), and comparing stored claim records
gives the same findings as comparing the articles: a text fingerprint travels with each claim file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claims_io import load_claim_file
from factcheck.fingerprint import FINGERPRINT_CHARS, text_fingerprint
from factcheck.gate import GateOptions, Inputs, check_drafts, compare_inputs, run
from factcheck.models import ClaimFile
from tests.helpers import run_cli
from tests.test_syndicated_changes import OWN_WORDS, STORY

JUNK = "Subscribe to our newsletter\nMost Popular\n"


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "wire.txt").write_text(STORY.format(killed="Eight"), encoding="utf-8")
    # A partner's reprint in other page furniture, with one figure changed.
    (folder / "partner.txt").write_text(STORY.format(killed="Eleven") + "\n" + JUNK, encoding="utf-8")
    (folder / "daily.txt").write_text(OWN_WORDS, encoding="utf-8")
    return folder


def _json(*argv: str) -> dict[str, object]:
    result = run_cli(*argv, "--format", "json", "--fail-on", "none")
    assert result.code == 0, result.err
    data: dict[str, object] = json.loads(result.out)
    return data


def test_claims_dir_gives_the_same_report_as_the_articles(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims"
    assert run_cli("extract", str(articles), "--out", str(out)).code == 0
    stored = load_claim_file(out / "partner.json")
    assert stored.format_version == "1.1"
    assert stored.fingerprint is not None and stored.fingerprint.method == "prefix.v1"
    from_articles = _json("compare", str(articles))
    from_claims = _json("compare", "--claims", str(out))
    assert from_claims == from_articles
    inputs = from_articles["inputs"]
    assert isinstance(inputs, list)
    assert {i["id"]: i["duplicate_of"] for i in inputs} == {"daily": None, "partner": None, "wire": "partner"}
    findings = from_articles["findings"]
    assert isinstance(findings, list)
    assert [(f["status"], f["attribute"]) for f in findings if f["status"] == "conflict"] == [("conflict", "deaths")]


def test_claim_files_of_format_1_0_still_load_and_compare(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims"
    assert run_cli("extract", str(articles), "--out", str(out)).code == 0
    for path in out.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["format_version"] = "1.0"
        del data["fingerprint"]
        path.write_text(json.dumps(data), encoding="utf-8")
    assert load_claim_file(out / "wire.json").fingerprint is None
    report = _json("compare", "--claims", str(out))
    inputs = report["inputs"]
    assert isinstance(inputs, list)
    # Without fingerprints no copy can be recognised: every input counts on its own.
    assert [i["duplicate_of"] for i in inputs] == [None, None, None]


def test_the_fingerprint_is_the_collapsed_opening_of_the_text() -> None:
    assert text_fingerprint("  One\n\ntwo\tthree  ").text == "One two three"
    assert len(text_fingerprint("word " * 5000).text) == FINGERPRINT_CHARS
    assert ClaimFile.model_json_schema()["properties"]["fingerprint"]["default"] is None


def test_compare_and_check_are_runs_of_the_orchestrator(articles: Path) -> None:
    # Dated articles: an undated draft would be checked as published on the day of the check (FC103).
    manifest = articles.parent / "sources.json"
    entries = [{"id": p.stem, "file": f"articles/{p.name}", "published": "2026-12-02"} for p in articles.glob("*.txt")]
    manifest.write_text(json.dumps({"sources": entries}), encoding="utf-8")
    options = GateOptions(sources=manifest)
    paths = sorted(articles.glob("*.txt"))
    compared = compare_inputs(paths, options=options)
    assert compared == run(Inputs(articles=tuple(paths)), options).report
    checked = check_drafts([articles / "partner.txt"], [articles / "wire.txt", articles / "daily.txt"], options=options)
    via_run = run(
        Inputs(articles=(articles / "wire.txt", articles / "daily.txt"), drafts=(articles / "partner.txt",)), options
    )
    assert checked == via_run
    assert checked.draft_ids == ("partner",)
    # The draft's findings are the compare findings that involve it.
    involving = [f for f in compared.findings if any(e.source_id == "partner" for v in f.values for e in v.sources)]
    assert checked.report.findings == tuple(involving)


def test_the_baseline_is_applied_before_the_report_is_built(articles: Path) -> None:
    from factcheck.baseline import Baseline, baseline_from_findings

    paths = sorted(articles.glob("*.txt"))
    plain = compare_inputs(paths)
    baseline: Baseline = baseline_from_findings(plain.findings)
    accepted = run(Inputs(articles=tuple(paths)), GateOptions(baseline=baseline)).report
    assert accepted.summary.accepted == len([f for f in accepted.findings if f.accepted]) > 0


_TEXT = st.text(alphabet=st.characters(min_codepoint=9, max_codepoint=126), max_size=9000)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_fingerprint_properties(text: str) -> None:
    """Short, whitespace-collapsed, idempotent, and the opening of the text (whitespace collapsed)."""
    fp = text_fingerprint(text).text
    assert len(fp) <= FINGERPRINT_CHARS
    assert fp == fp.strip() and "  " not in fp and "\n" not in fp and "\t" not in fp
    assert text_fingerprint(fp).text == fp
    assert " ".join(text.split()).startswith(fp)
