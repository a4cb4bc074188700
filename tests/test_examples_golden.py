"""Exact expected outputs on the bundled examples (golden files; `pytest --update-golden` rewrites them).

`claims/` is the committed claim-record folder of the examples, so it is checked the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.claims_io import claim_file_json
from factcheck.pipeline import extract_paths
from tests.helpers import REPO, run_cli


@pytest.fixture
def at_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    for var in ("NO_COLOR", "FACTCHECK_FORMAT", "FACTCHECK_FAIL_ON", "FACTCHECK_DISABLE", "FACTCHECK_SOURCES"):
        monkeypatch.delenv(var, raising=False)


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_examples_report(at_repo: None, golden: Callable[[str, str], None], fmt: str) -> None:
    r = run_cli("compare", "examples", "--sources", "examples/sources.json", "--format", fmt)
    assert r.code == 1, r.err
    golden(f"examples/report.{'txt' if fmt == 'text' else 'md' if fmt == 'markdown' else 'json'}", r.out)


def test_claims_folder_is_current(at_repo: None, request: pytest.FixtureRequest) -> None:
    files, diagnostics = extract_paths([Path("examples")], Path("examples/sources.json"))
    assert not diagnostics
    folder = REPO / "claims"
    expected = {f"{cf.source.id}.json": claim_file_json(cf) for cf in files}
    if request.config.getoption("--update-golden"):
        folder.mkdir(exist_ok=True)
        for stale in folder.glob("*.json"):
            stale.unlink()
        for name, text in expected.items():
            (folder / name).write_text(text, encoding="utf-8", newline="\n")
        return
    actual = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.json")}
    assert sorted(actual) == sorted(expected)
    for name, text in expected.items():
        assert actual[name] == text, f"claims/{name} is stale; run pytest --update-golden"
