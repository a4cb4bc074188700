"""The claim store: ``factcheck index``, ``compare --db`` and ``check --db`` give the findings of the
same articles given directly (and of their claim records), re-indexing skips what did not change, a
kill mid-index leaves the store consistent, and one writer at a time."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.store import IndexOptions, connect, index_paths, set_stories, writer_lock
from factcheck.store.writer import words_fingerprint
from tests.helpers import EXAMPLES, REPO, gate_workdir, run_cli

CORPUS = REPO / "tests" / "corpus"
STORIES = sorted(p.name for p in CORPUS.iterdir() if (p / "sources.json").exists())


def store_rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Everything the store holds that extraction decides, in a stable order."""
    conn = sqlite3.connect(db)
    try:
        return {
            "sources": conn.execute(
                "SELECT id, sha256, extractor, settings, n_claims, source_json, dropped_json FROM sources ORDER BY id"
            ).fetchall(),
            "claims": conn.execute(
                "SELECT source_id, seq, compare_as, subject_key, attribute, claim_json FROM claims"
                " ORDER BY source_id, seq"
            ).fetchall(),
            "entities": conn.execute("SELECT * FROM entities ORDER BY source_id, subject_key").fetchall(),
            "terms": conn.execute(
                "SELECT q.term, c.source_id, c.seq, q.n FROM quote_terms q JOIN claims c ON c.id = q.claim"
                " ORDER BY 2, 3, 1"
            ).fetchall(),
            "fingerprints": conn.execute("SELECT * FROM fingerprints ORDER BY source_id").fetchall(),
        }
    finally:
        conn.close()


def findings(*argv: str) -> list[object]:
    r = run_cli(*argv, "--format", "json", "--fail-on", "none")
    assert r.code == 0, r.err
    report = json.loads(r.out)
    assert isinstance(report, dict)
    found = report["findings"]
    assert isinstance(found, list)
    return found


def test_index_then_compare_db_equals_direct_and_claims_dir(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    r = run_cli("index", str(EXAMPLES), "--sources", str(EXAMPLES / "sources.json"), "--db", str(db), "--jobs", "1")
    assert (r.code, r.out) == (0, "")
    assert r.err == f"factcheck: {db}: 4 added, 0 re-extracted, 0 unchanged; the store holds 4 articles, 64 claims\n"
    direct = findings("compare", str(EXAMPLES), "--sources", str(EXAMPLES / "sources.json"), "--jobs", "1")
    assert (
        run_cli(
            "extract", str(EXAMPLES), "--sources", str(EXAMPLES / "sources.json"), "--out", str(tmp_path / "c")
        ).code
        == 0
    )
    assert findings("compare", "--db", str(db)) == direct
    assert findings("compare", "--claims", str(tmp_path / "c")) == direct
    assert len(direct) == 14


@pytest.mark.parametrize("story", STORIES)
def test_corpus_story_from_store_equals_direct(story: str, tmp_path: Path) -> None:
    folder, manifest = CORPUS / story, CORPUS / story / "sources.json"
    db = tmp_path / "s.db"
    assert run_cli("index", str(folder), "--sources", str(manifest), "--db", str(db), "--jobs", "1").code == 0
    direct = findings("compare", str(folder), "--sources", str(manifest), "--jobs", "1")
    assert direct
    assert findings("compare", "--db", str(db)) == direct


def test_json_report_from_store_lists_inputs_and_claim_counts(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    index_paths([EXAMPLES], db, IndexOptions(sources=EXAMPLES / "sources.json"))
    args = ("--format", "json", "--fail-on", "none")
    direct = json.loads(run_cli("compare", str(EXAMPLES), "--sources", str(EXAMPLES / "sources.json"), *args).out)
    stored = json.loads(run_cli("compare", "--db", str(db), *args).out)
    assert stored["inputs"] == direct["inputs"]
    assert stored["summary"] == direct["summary"]


def test_reindex_skips_unchanged_and_replaces_a_changed_file(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(EXAMPLES, folder)
    db = tmp_path / "s.db"
    opts = IndexOptions(sources=folder / "sources.json")
    first = index_paths([folder], db, opts)
    assert (first.added, first.replaced, first.unchanged, first.articles, first.claims) == (4, 0, 0, 4, 64)
    again = index_paths([folder], db, opts)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 4)
    report = folder / "wire-report.md"
    report.write_text(report.read_text(encoding="utf-8").replace("40-page", "45-page"), encoding="utf-8")
    changed = index_paths([folder], db, opts)
    assert (changed.added, changed.replaced, changed.unchanged, changed.articles) == (0, 1, 3, 4)
    fresh = tmp_path / "fresh.db"
    index_paths([folder], fresh, opts)
    assert store_rows(db) == store_rows(fresh)
    assert any("45 pages" in json.dumps(f) for f in findings("compare", "--db", str(db)))


def test_a_new_extractor_version_re_extracts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    opts = IndexOptions(sources=EXAMPLES / "sources.json")
    index_paths([EXAMPLES], db, opts)
    monkeypatch.setattr("factcheck.store.writer.extractor_version", lambda: "9.9.9+000000000000")
    result = index_paths([EXAMPLES], db, opts)
    assert (result.added, result.replaced, result.unchanged) == (0, 4, 0)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT DISTINCT extractor FROM sources").fetchall() == [("9.9.9+000000000000",)]
    conn.close()


def test_other_settings_re_extract(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    index_paths([EXAMPLES], db, IndexOptions(sources=EXAMPLES / "sources.json"))
    result = index_paths([EXAMPLES], db, IndexOptions(sources=EXAMPLES / "sources.json", disabled=("quote",)))
    assert (result.added, result.replaced, result.unchanged) == (0, 4, 0)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM claims WHERE compare_as = 'quote'").fetchone() == (0,)
    conn.close()


_KILL_AT_THIRD_ARTICLE = """
import os, sys
from pathlib import Path
import factcheck.store.writer as w
calls = []
def die(conn, source_id, text):
    calls.append(source_id)
    if len(calls) == 3:
        os._exit(9)  # a kill: no rollback, no cleanup, the transaction is open
    return real(conn, source_id, text)
real = w._insert_fingerprint
w._insert_fingerprint = die
w.index_paths([Path(sys.argv[1])], Path(sys.argv[2]), w.IndexOptions(sources=Path(sys.argv[3])))
"""


def _consistent(db: Path) -> list[str]:
    """Source ids of the store, after checking every article is whole (claims, entities, text)."""
    conn = connect(db)
    try:
        ids = [r[0] for r in conn.execute("SELECT id FROM sources ORDER BY id")]
        for sid in ids:
            n = conn.execute("SELECT n_claims FROM sources WHERE id = ?", (sid,)).fetchone()[0]
            assert conn.execute("SELECT count(*) FROM claims WHERE source_id = ?", (sid,)).fetchone()[0] == n
            assert conn.execute("SELECT count(*) FROM fingerprints WHERE source_id = ?", (sid,)).fetchone()[0] == 1
        orphans = conn.execute(
            "SELECT count(*) FROM claims WHERE source_id NOT IN (SELECT id FROM sources)"
        ).fetchone()[0]
        assert orphans == 0
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return ids
    finally:
        conn.close()


def test_a_kill_mid_index_leaves_whole_articles_and_a_rerun_completes(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    manifest = EXAMPLES / "sources.json"
    killed = subprocess.run(
        [sys.executable, "-c", _KILL_AT_THIRD_ARTICLE, str(EXAMPLES), str(db), str(manifest)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert killed.returncode == 9, killed.stderr
    assert _consistent(db) == ["city-paper", "evening-digest"]
    rerun = index_paths([EXAMPLES], db, IndexOptions(sources=manifest))
    assert (rerun.added, rerun.replaced, rerun.unchanged, rerun.articles) == (2, 0, 2, 4)
    fresh = tmp_path / "fresh.db"
    index_paths([EXAMPLES], fresh, IndexOptions(sources=manifest))
    assert store_rows(db) == store_rows(fresh)


def test_an_error_mid_article_rolls_it_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"

    def broken(conn: sqlite3.Connection, source_id: str, text: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("factcheck.store.writer._insert_fingerprint", broken)
    with pytest.raises(OSError, match="disk full"):
        index_paths([EXAMPLES], db, IndexOptions(sources=EXAMPLES / "sources.json"))
    assert _consistent(db) == []


def test_one_writer_at_a_time(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with writer_lock(db):
        r = run_cli("index", str(EXAMPLES), "--db", str(db))
    assert (r.code, r.out) == (2, "")
    assert r.err == f"factcheck: error: {db}: another process is indexing into this store (lock {db}.lock)\n"
    assert run_cli("index", str(EXAMPLES), "--db", str(db), "--sources", str(EXAMPLES / "sources.json")).code == 0


def test_a_bad_file_is_reported_and_the_others_indexed(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(EXAMPLES, folder)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "s.db"
    r = run_cli("index", str(folder), "--sources", str(folder / "sources.json"), "--db", str(db), "--jobs", "1")
    assert r.code == 2
    lines = r.err.splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"factcheck: {folder / 'empty.txt'}: ")
    assert lines[1] == f"factcheck: {db}: 4 added, 0 re-extracted, 0 unchanged; the store holds 4 articles, 64 claims"


def test_store_errors_are_one_line_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    r = run_cli("compare", "--db", str(missing))
    assert (r.code, r.out) == (2, "")
    expected = (
        f"factcheck: error: {missing}: no claim store here (make one with `factcheck index PATH... --db {missing}`)\n"
    )
    assert r.err == expected
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all, just bytes" * 40)
    r = run_cli("compare", "--db", str(junk))
    assert r.code == 2 and r.err.startswith(f"factcheck: error: {junk}: not a usable claim store (")
    db = tmp_path / "s.db"
    index_paths([EXAMPLES], db, IndexOptions(sources=EXAMPLES / "sources.json"))
    r = run_cli("compare", "--db", str(db), "--story", "harbour")
    assert (r.code, r.err) == (2, f"factcheck: error: {db}: no indexed article belongs to story 'harbour'\n")
    empty = tmp_path / "empty"
    empty.mkdir()
    r = run_cli("index", str(empty), "--db", str(tmp_path / "e.db"))
    assert (r.code, r.err) == (2, "factcheck: error: no article files found in the given paths\n")
    r = run_cli("compare", "--db", str(tmp_path / "e.db"))
    assert (r.code, r.err) == (2, f"factcheck: error: {tmp_path / 'e.db'}: the claim store holds no articles\n")


def test_usage_errors(tmp_path: Path) -> None:
    r = run_cli("compare", str(EXAMPLES), "--db", str(tmp_path / "s.db"))
    assert (r.code, r.err) == (2, "factcheck: error: give article PATHs or --db FILE, not both\n")
    r = run_cli("compare", str(EXAMPLES), "--story", "x")
    assert (r.code, r.err) == (2, "factcheck: error: --story needs --db FILE\n")
    r = run_cli("check", "d.md", "--claims", "c", "--db", "s.db")
    assert (r.code, r.err) == (2, "factcheck: error: give --claims DIR or --db FILE, not both\n")
    r = run_cli("index", str(EXAMPLES), "--db", "s.db", "--backend", "local", "--scheduler", "tcp://127.0.0.1:1")
    assert (r.code, r.err) == (2, "factcheck: error: --scheduler needs --backend dask (or no --backend)\n")


def test_check_db_equals_check_against_and_claims(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gate_workdir(tmp_path, monkeypatch)
    assert run_cli("index", "archive", "--db", "archive.db", "--jobs", "1").code == 0
    assert run_cli("extract", "archive", "--out", "claims", "--jobs", "1").code == 0
    for draft in ("drafts/grain-draft.md", "drafts/clean-draft.md", "drafts/grain-draft-web.html"):
        direct = findings("check", draft, "--against", "archive", "--jobs", "1")
        assert direct
        assert findings("check", draft, "--db", "archive.db") == direct
        assert findings("check", draft, "--claims", "claims") == direct


def test_check_db_exit_codes_follow_the_gate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gate_workdir(tmp_path, monkeypatch)
    assert run_cli("index", "archive", "--db", "archive.db").code == 0
    assert run_cli("check", "drafts/grain-draft.md", "--db", "archive.db", "--format", "json").code == 1
    assert run_cli("check", "drafts/clean-draft.md", "--db", "archive.db", "--format", "json").code == 0


def test_check_db_reads_only_the_rows_the_draft_touches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gate_workdir(tmp_path, monkeypatch)
    # The archive plus an unrelated story: its articles never enter the draft's report.
    shutil.copytree(EXAMPLES, Path("archive/other"), ignore=shutil.ignore_patterns("sources.json", "README.md"))
    assert run_cli("index", "archive", "--db", "archive.db", "--jobs", "1").code == 0
    r = run_cli("check", "drafts/grain-draft.md", "--db", "archive.db", "--format", "json", "--fail-on", "none")
    ids = {i["id"] for i in json.loads(r.out)["inputs"]}
    assert ids == {"grain-draft", "harbour-talks", "harbour-followup"}


@given(st.text(alphabet="abcXYZ019 \t.,-", max_size=200))
def test_words_fingerprint_ignores_case_punctuation_and_spacing(text: str) -> None:
    noisy = "  " + text.upper().replace(" ", " ,\n ") + " !"
    assert words_fingerprint(noisy) == words_fingerprint(text.lower())


def test_a_stored_article_with_the_drafts_id_is_replaced_by_the_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate_workdir(tmp_path, monkeypatch)
    shutil.copy("drafts/grain-draft.md", "archive/grain-draft.md")
    assert run_cli("index", "archive", "--db", "archive.db", "--jobs", "1").code == 0
    r = run_cli("check", "drafts/grain-draft.md", "--db", "archive.db", "--format", "json")
    assert r.code == 1
    report = json.loads(r.out)
    assert [(d["code"], d["severity"], d["message"]) for d in report["diagnostics"]] == [
        ("FC102", "info", "stored claims of 'grain-draft' are replaced by the draft being checked")
    ]
    Path("archive/grain-draft.md").unlink()
    assert report["findings"] == findings("check", "drafts/grain-draft.md", "--against", "archive")


def test_compare_one_story_equals_comparing_its_articles(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    flood, quake = CORPUS / "flood", CORPUS / "quake"
    index_paths([flood], db, IndexOptions(sources=flood / "sources.json"))
    index_paths([quake], db, IndexOptions(sources=quake / "sources.json"))
    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM sources WHERE path LIKE ?", (f"{quake}%",))]
    conn.close()
    assert len(ids) == 6
    assert set_stories(db, {**dict.fromkeys(ids, "quake"), "not-stored": "quake"}) == 6
    direct = findings("compare", str(quake), "--sources", str(quake / "sources.json"), "--jobs", "1")
    assert findings("compare", "--db", str(db), "--story", "quake") == direct
    assert findings("compare", "--db", str(db)) != direct


def test_readers_see_only_whole_articles_while_index_writes(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    index_paths([EXAMPLES], db, IndexOptions(sources=EXAMPLES / "sources.json"))
    before = findings("compare", "--db", str(db))
    writer = connect(db)
    writer.execute("BEGIN IMMEDIATE")  # an article half-written: its old rows gone, new ones not all in
    writer.execute("DELETE FROM claims WHERE source_id = 'wire-report'")
    writer.execute("DELETE FROM sources WHERE id = 'evening-digest'")
    try:
        assert findings("compare", "--db", str(db)) == before
    finally:
        writer.execute("ROLLBACK")
        writer.close()


@pytest.mark.parametrize("story", STORIES)
def test_check_a_corpus_article_against_its_story_from_the_store(story: str, tmp_path: Path) -> None:
    folder = tmp_path / story
    shutil.copytree(CORPUS / story, folder)
    manifest = folder / "sources.json"
    articles = [p for p in sorted(folder.iterdir()) if p.suffix in (".md", ".txt")]
    draft = articles[-1]
    archive = tmp_path / "archive"
    archive.mkdir()
    for p in articles[:-1]:
        shutil.move(p, archive / p.name)
    shutil.move(manifest, archive / "sources.json")
    manifest = archive / "sources.json"
    assert (
        run_cli("index", str(archive), "--sources", str(manifest), "--db", str(tmp_path / "s.db"), "--jobs", "1").code
        == 0
    )
    direct = findings("check", str(draft), "--against", str(archive), "--sources", str(manifest), "--jobs", "1")
    assert direct
    stored = findings("check", str(draft), "--db", str(tmp_path / "s.db"), "--sources", str(manifest))
    # The store brings in only the articles that share a fact with the draft, never through a name alone
    # (store/reader.py): an agreement on a name cites the articles brought in, a subset of the direct
    # path's. Every other finding is the same.
    assert [f for f in stored if not _name_agreement(f)] == [f for f in direct if not _name_agreement(f)]
    names_stored = {f["subject"]: _cited(f) for f in stored if _name_agreement(f)}  # type: ignore[index]
    names_direct = {f["subject"]: _cited(f) for f in direct if _name_agreement(f)}  # type: ignore[index]
    assert names_stored.keys() == names_direct.keys()
    assert all(names_stored[k] <= names_direct[k] for k in names_stored)


def _name_agreement(finding: object) -> bool:
    return isinstance(finding, dict) and finding.get("kind") == "name-agreement"


def _cited(finding: object) -> set[str]:
    assert isinstance(finding, dict)
    return {e["source_id"] for v in finding["values"] for e in v["sources"]}


QUOTE_ARCHIVE = {
    "storm-a.txt": 'Storm damages harbour town\n\nThe mayor, Anna Kovacs, said on Monday: "We will rebuild every '
    'home that the water destroyed this week."\n\nRepair crews arrived from three neighbouring districts.\n',
    "budget-b.txt": 'Council passes budget\n\nFinance officer Peter Lindqvist said: "The new budget keeps every '
    'library and swimming pool open next year."\n',
}
QUOTE_DRAFT = (
    'Harbour town counts storm damage\n\nDeputy mayor Lena Fischer said: "We will rebuild every home that the '
    'water destroyed this week."\n'
)


def test_check_db_finds_a_quote_given_to_another_speaker(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for name, text in QUOTE_ARCHIVE.items():
        (archive / name).write_text(text, encoding="utf-8")
    draft = tmp_path / "storm-draft.txt"
    draft.write_text(QUOTE_DRAFT, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_cli("index", str(archive), "--db", str(db), "--jobs", "1").code == 0
    direct = findings("check", str(draft), "--against", str(archive), "--jobs", "1")
    assert findings("check", str(draft), "--db", str(db)) == direct
    speaker = [f for f in direct if isinstance(f, dict) and f["kind"] == "quote-speaker"]
    assert [f["subject"] for f in speaker] == ["Anna Kovacs / Lena Fischer"]
    r = run_cli("check", str(draft), "--db", str(db), "--format", "json", "--fail-on", "none")
    assert sorted(i["id"] for i in json.loads(r.out)["inputs"]) == ["storm-a", "storm-draft"]


def test_moved_files_are_re_indexed_and_a_second_file_with_a_stored_id_is_skipped(tmp_path: Path) -> None:
    first, moved, other = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    shutil.copytree(EXAMPLES, first)
    db = tmp_path / "s.db"
    index_paths([first], db)
    shutil.move(first, moved)
    result = index_paths([moved], db)
    assert (result.added, result.replaced, result.unchanged, result.articles) == (0, 4, 0, 4)
    other.mkdir()
    shutil.copy(moved / "city-paper.md", other / "city-paper.md")
    clash = index_paths([other], db)
    assert (clash.added, clash.replaced, clash.unchanged, clash.articles) == (0, 0, 0, 4)
    assert [(d.path, d.code, d.message) for d in clash.diagnostics] == [
        (
            str(other / "city-paper.md"),
            "FC101",
            f"source id 'city-paper' is already used by {(moved / 'city-paper.md').resolve()} in the store; skipped",
        )
    ]


@given(st.text(alphabet="abc xyz'THE the we will not", max_size=80))
def test_quote_terms_are_sorted_unique_content_words(key: str) -> None:
    from factcheck.compare.quote_wording import comparison_words
    from factcheck.models import Claim, ClaimKind, CompareAs, Evidence, Normalized
    from factcheck.store.writer import quote_terms

    claim = Claim(
        id="q",
        source_id="s",
        extractor="quote.v1",
        kind=ClaimKind.QUOTE,
        subject="X",
        subject_key="speaker:x",
        attribute="quote",
        value=key,
        normalized=Normalized(key=key, display=key),
        compare_as=CompareAs.QUOTE,
        evidence=Evidence(source_id="s", sentence=key, start=0, end=len(key), text=key),
    )
    terms = quote_terms(claim)
    assert terms == sorted(set(terms))
    assert set(terms) <= set(comparison_words(key))
    assert not {"the", "we", "will", "not"} & set(terms)
