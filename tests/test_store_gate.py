"""The claim store goes through the same orchestrator (``gate.run``) as articles: selection
(``--select``, ``--ignore``, ``--min-severity``), baselines and their stale entries apply to
``compare --db`` and ``check --db`` exactly as to the articles themselves; ``index`` scans directories
like the other commands (``.gitignore``, ``--exclude``, ``--no-gitignore``)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.gate import Inputs, run
from factcheck.store import IndexOptions, index_paths
from tests.helpers import EXAMPLES, gate_workdir, run_cli

MANIFEST = EXAMPLES / "sources.json"
SELECTIONS = [
    ("--select", "name-spelling"),
    ("--select", "distinct-events,number-mismatch"),
    ("--ignore", "distinct-events"),
    ("--min-severity", "error"),
    ("--min-severity", "warning"),
]


def report(*argv: str) -> tuple[int, dict[str, object]]:
    r = run_cli(*argv, "--format", "json", "--jobs", "1")
    parsed = json.loads(r.out)
    assert isinstance(parsed, dict)
    return r.code, parsed


def kinds(found: dict[str, object]) -> list[str]:
    """The kinds of the findings an editor must look at (agreements and single-source claims left out)."""
    findings = found["findings"]
    assert isinstance(findings, list)
    return sorted(f["kind"] for f in findings if not f["kind"].endswith(("-agreement", "-unique")))


@pytest.mark.parametrize("flags", SELECTIONS)
def test_compare_db_selects_as_compare_on_articles(flags: tuple[str, str], tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    index_paths([EXAMPLES], db, IndexOptions(sources=MANIFEST))
    code, direct = report("compare", str(EXAMPLES), "--sources", str(MANIFEST), *flags)
    stored_code, stored = report("compare", "--db", str(db), *flags)
    assert stored_code == code
    assert stored["findings"] == direct["findings"]
    assert stored["summary"] == direct["summary"]


def test_selection_on_the_store_keeps_exactly_the_chosen_kinds(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    index_paths([EXAMPLES], db, IndexOptions(sources=MANIFEST))
    assert kinds(report("compare", "--db", str(db))[1]) == [
        "distinct-events",
        "distinct-events",
        "name-spelling",
        "number-mismatch",
    ]
    code, selected = report("compare", "--db", str(db), "--select", "name-spelling")
    assert (code, kinds(selected)) == (1, ["name-spelling"])
    code, warnings_only = report("compare", "--db", str(db), "--ignore", "name-spelling,number-mismatch")
    assert (code, kinds(warnings_only)) == (0, ["distinct-events", "distinct-events"])


def test_compare_db_applies_a_baseline_and_its_stale_entries_as_articles_do(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    assert run_cli("baseline", str(baseline), str(EXAMPLES), "--sources", str(MANIFEST)).code == 0
    # Three of the four articles: the baseline's entries about the fourth match nothing any more.
    folder = tmp_path / "three"
    shutil.copytree(EXAMPLES, folder, ignore=shutil.ignore_patterns("weekly-review.txt"))
    db = tmp_path / "s.db"
    assert run_cli("index", str(folder), "--sources", str(folder / "sources.json"), "--db", str(db)).code == 0
    code, direct = report(
        "compare", str(folder), "--sources", str(folder / "sources.json"), "--baseline", str(baseline)
    )
    stored_code, stored = report("compare", "--db", str(db), "--baseline", str(baseline))
    assert stored_code == code
    assert stored["findings"] == direct["findings"]
    assert stored["diagnostics"] == direct["diagnostics"]
    assert stored["summary"] == direct["summary"]
    diagnostics = stored["diagnostics"]
    assert isinstance(diagnostics, list)
    assert {d["code"] for d in diagnostics} == {"FC140"}
    assert len(diagnostics) == 3


@pytest.mark.parametrize("flags", SELECTIONS)
def test_check_db_selects_as_check_against(
    flags: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate_workdir(tmp_path, monkeypatch)
    assert run_cli("index", "archive", "--db", "archive.db", "--jobs", "1").code == 0
    code, direct = report("check", "drafts/grain-draft.md", "--against", "archive", *flags)
    stored_code, stored = report("check", "drafts/grain-draft.md", "--db", "archive.db", *flags)
    assert stored_code == code
    assert stored["findings"] == direct["findings"]
    assert stored["summary"] == direct["summary"]


def test_index_scans_directories_like_compare(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(EXAMPLES, folder)
    (folder / ".gitignore").write_text("wire-report.md\n", encoding="utf-8")
    args = ("--sources", str(folder / "sources.json"), "--jobs", "1", "-q")
    r = run_cli("index", str(folder), "--db", str(tmp_path / "a.db"), *args)
    assert (r.code, r.out, r.err) == (0, "", "")
    r = run_cli("index", str(folder), "--db", str(tmp_path / "b.db"), "--exclude", "*.txt", *args[:-1])
    assert (r.code, r.err) == (
        0,
        f"factcheck: {tmp_path / 'b.db'}: 1 added, 0 re-extracted, 0 unchanged; "
        "the store holds 1 articles, 14 claims\n",
    )
    r = run_cli("index", str(folder), "--db", str(tmp_path / "a.db"), "--no-gitignore", *args[:-1])
    assert r.code == 0
    assert r.err.startswith(f"factcheck: {tmp_path / 'a.db'}: 1 added, 0 re-extracted, 3 unchanged;")
    only_ignored = tmp_path / "ignored"
    only_ignored.mkdir()
    shutil.copy(EXAMPLES / "wire-report.md", only_ignored)
    (only_ignored / ".gitignore").write_text("*.md\n", encoding="utf-8")
    r = run_cli("index", str(only_ignored), "--db", str(tmp_path / "c.db"))
    assert (r.code, r.err) == (
        2,
        "factcheck: error: no article files found in the given paths"
        " (1 file is ignored by .gitignore; --no-gitignore reads them)\n",
    )


def test_a_store_is_compared_on_its_own(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    index_paths([EXAMPLES], db, IndexOptions(sources=MANIFEST))
    with pytest.raises(InputError, match="a claim store is compared on its own"):
        run(Inputs(articles=(EXAMPLES,), db=db))
