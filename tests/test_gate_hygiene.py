"""What the gate reads and what it warns about: --exclude, .gitignore, its own reports never read back,
warnings for unknown and unused suppressions and stale baseline entries, `baseline --prune`, undated
drafts checked as of today, an undated README that does not set the run's mode, byte-order marks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.gate import GateOptions, check_drafts
from factcheck.ingest import load_document
from factcheck.pipeline import compare_paths
from factcheck.scan import ScanOptions, is_factcheck_output, scan_paths
from tests.helpers import gate_workdir, run_cli

ARTICLE = "US Secretary of State Antony Blinken met Sergei Lavrov in Geneva on Tuesday.\n"


@pytest.fixture(autouse=True)
def gate_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return gate_workdir(tmp_path, monkeypatch)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- which files a directory scan reads ----------------------------------------------------------


def _tree(root: Path) -> None:
    for name in ("a.md", "old/b.md", "old/keep.md", "web/c.html", "notes/d.txt", ".hidden/e.md", "build/f.md"):
        _write(root / name, ARTICLE)
    _write(root / "README.md", "# About\n")
    _write(root / ".gitignore", "build/\nnotes/*.txt\n")
    _write(root / "old" / ".gitignore", "*.md\n!keep.md\n")


def test_scan_honours_gitignore_and_skips_hidden(tmp_path: Path) -> None:
    root = tmp_path / "news"
    _tree(root)
    got = [p.relative_to(root).as_posix() for p in scan_paths([root])]
    assert got == ["a.md", "old/keep.md", "web/c.html"]
    every = [p.relative_to(root).as_posix() for p in scan_paths([root], ScanOptions(gitignore=False))]
    assert every == ["a.md", "build/f.md", "notes/d.txt", "old/b.md", "old/keep.md", "web/c.html"]


def test_gitignore_above_the_scanned_folder_applies_inside_a_work_tree(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    _write(tmp_path / ".gitignore", "drafts/private/\n")
    _write(tmp_path / "drafts" / "private" / "x.md", ARTICLE)
    _write(tmp_path / "drafts" / "y.md", ARTICLE)
    assert [p.name for p in scan_paths([tmp_path / "drafts"])] == ["y.md"]


def test_an_all_ignored_folder_says_why_it_is_empty(gate_dir: Path) -> None:
    _write(gate_dir / "pages" / ".gitignore", "*.txt\n")
    _write(gate_dir / "pages" / "one.txt", ARTICLE)
    _write(gate_dir / "pages" / "two.txt", ARTICLE)
    r = run_cli("compare", "pages")
    assert (r.code, r.out) == (2, "")
    assert r.err == (
        "factcheck: error: no article files found in the given paths "
        "(2 files are ignored by .gitignore; --no-gitignore reads them)\n"
    )
    assert run_cli("compare", "pages", "--no-gitignore", "-f", "json").code == 0
    r = run_cli("extract", "pages", "--out", "claims-out", "-q")
    assert (r.code, r.err) == (
        2,
        "factcheck: error: no article files found in the given paths "
        "(2 files are ignored by .gitignore; --no-gitignore reads them)\n",
    )
    r = run_cli("extract", "pages", "--out", "claims-out", "-q", "--no-gitignore", "--exclude", "two.txt")
    assert (r.code, r.err) == (0, "")
    assert sorted(p.name for p in (gate_dir / "claims-out").iterdir()) == ["one.json"]


def test_exclude_globs(tmp_path: Path) -> None:
    root = tmp_path / "news"
    _tree(root)
    got = scan_paths([root], ScanOptions(exclude=("*.html", "old/")))
    assert [p.relative_to(root).as_posix() for p in got] == ["a.md"]


def test_a_file_named_directly_is_always_read(tmp_path: Path) -> None:
    root = tmp_path / "news"
    _tree(root)
    assert scan_paths([root / "build" / "f.md"], ScanOptions(exclude=("*.md",))) == [root / "build" / "f.md"]


def test_exclude_flag_and_config(gate_dir: Path) -> None:
    r = run_cli("compare", "archive", "drafts", "-f", "json", "--exclude", "drafts/*.html", "--fail-on", "none")
    ids = [i["id"] for i in json.loads(r.out)["inputs"]]
    assert "grain-draft-web" not in ids and "grain-draft" in ids
    _write(gate_dir / "factcheck.toml", 'exclude = ["*.html", "suppressed-*"]\n')
    r = run_cli("compare", "archive", "drafts", "-f", "json", "--fail-on", "none")
    ids = [i["id"] for i in json.loads(r.out)["inputs"]]
    assert ids == ["clean-draft", "grain-draft", "harbour-followup", "harbour-talks"]


@pytest.mark.parametrize("fmt", ["json", "sarif", "rdjson", "gitlab", "html", "markdown"])
def test_a_report_written_into_a_scanned_folder_is_not_read_back(gate_dir: Path, fmt: str) -> None:
    suffix = {"sarif": "json", "rdjson": "json", "gitlab": "json", "markdown": "md"}.get(fmt, fmt)
    out = f"archive/report.{suffix}"
    first = run_cli("compare", "archive", "-f", fmt, "-o", out)
    assert (first.code, first.err) == (0, "")
    assert is_factcheck_output(Path(out))
    again = run_cli("compare", "archive", "-f", "json", "--fail-on", "none")
    assert (again.code, again.err) == (0, "")
    assert [i["id"] for i in json.loads(again.out)["inputs"]] == ["harbour-followup", "harbour-talks"]


def test_baseline_and_claim_records_in_a_scanned_folder_are_not_articles(gate_dir: Path) -> None:
    assert run_cli("baseline", "archive/factcheck-baseline.json", "archive", "drafts/grain-draft.md").code == 0
    assert run_cli("extract", "archive", "--out", "archive/claims").code == 0
    r = run_cli("compare", "archive", "-f", "json", "--fail-on", "none")
    assert (r.code, r.err) == (0, "")
    assert [i["id"] for i in json.loads(r.out)["inputs"]] == ["harbour-followup", "harbour-talks"]


def test_an_article_is_not_mistaken_for_a_report(tmp_path: Path) -> None:
    page = _write(tmp_path / "page.html", '<html><head><meta name="generator" content="WordPress"></head></html>')
    record = _write(tmp_path / "record.json", '{"id": "x", "title": "factcheck of the week", "text": "..."}')
    assert not is_factcheck_output(page) and not is_factcheck_output(record)


# --- warnings: suppressions and baselines --------------------------------------------------------

SUPPRESSED = (
    "---\nid: sup\npublished: 2024-03-13\n---\n"
    "<!-- factcheck: ignore[name-speling] typo in the kind -->\n"
    "US Secretary of State Anthony Blinken met Sergei Lavrov in Vienna on Tuesday.\n\n"
    "<!-- factcheck: ignore[quote-wording] nothing to suppress here -->\n"
    "The weather was mild.\n"
)


def test_unknown_kind_and_unused_suppressions_are_warnings(gate_dir: Path) -> None:
    _write(gate_dir / "drafts" / "sup.md", SUPPRESSED)
    r = run_cli("check", "drafts/sup.md", "--against", "archive", "-f", "concise", "--select", "name,place")
    assert r.code == 1
    assert r.out.splitlines()[-4:] == [
        "drafts/sup.md:5:1: warning[FC132] ignore[name-speling] names no finding kind; did you mean 'name-spelling'?",
        "drafts/sup.md:5:1: warning[FC133] unused suppression: ignore[name-speling] matched no finding; "
        "remove the comment",
        "drafts/sup.md:8:1: warning[FC133] unused suppression: ignore[quote-wording] matched no finding; "
        "remove the comment",
        "Found 2 findings (2 conflicts, 0 updated, 0 different events).",
    ]


def test_a_used_suppression_is_not_reported(gate_dir: Path) -> None:
    r = run_cli("check", "drafts/suppressed-draft.md", "--against", "archive", "-f", "json")
    codes = [d["code"] for d in json.loads(r.out)["diagnostics"]]
    assert codes == ["FC130"]


def test_stale_baseline_entries_warn_and_prune_removes_them(gate_dir: Path) -> None:
    r = run_cli("baseline", "bl.json", "archive", "drafts/grain-draft.md")
    assert (r.code, r.err) == (0, "factcheck: wrote 3 entries to bl.json (0 with a reason)\n")
    data = json.loads(Path("bl.json").read_text(encoding="utf-8"))
    data["entries"][0]["reason"] = "the desk's spelling"
    Path("bl.json").write_text(json.dumps(data), encoding="utf-8")
    fixed = Path("drafts/grain-draft.md").read_text(encoding="utf-8").replace("Around 60", "Around 40")
    Path("drafts/grain-draft.md").write_text(fixed, encoding="utf-8")

    check = run_cli("check", "drafts/grain-draft.md", "--against", "archive", "--baseline", "bl.json", "-f", "concise")
    assert check.code == 0
    assert check.out.splitlines() == [
        "bl.json:1:1: warning[FC140] baseline entry fc-10f6371523cc8273 (the event — number of ships) matches no "
        "finding; 'factcheck baseline --prune' removes it",
        "No findings to check; 2 accepted.",
    ]
    pruned = run_cli("baseline", "bl.json", "archive", "drafts/grain-draft.md", "--prune")
    assert (pruned.code, pruned.err) == (0, "factcheck: removed 1 stale entry from bl.json; 2 kept\n")
    after = json.loads(Path("bl.json").read_text(encoding="utf-8"))
    assert [(e["id"], e["reason"]) for e in after["entries"]] == [
        ("fc-8c2e0286411bec13", "the desk's spelling"),
        ("fc-4927dd297ab264ca", ""),
    ]
    again = run_cli("check", "drafts/grain-draft.md", "--against", "archive", "--baseline", "bl.json", "-f", "concise")
    assert (again.code, again.out) == (0, "No findings to check; 2 accepted.\n")


def test_prune_needs_an_existing_baseline() -> None:
    r = run_cli("baseline", "none.json", "archive", "--prune")
    assert (r.code, r.err) == (2, "factcheck: error: none.json: no such baseline file to prune\n")


# --- dates: undated drafts and non-articles ------------------------------------------------------

UNDATED = "---\nid: undated\n---\nUS Secretary of State Anthony Blinken met Sergei Lavrov in Vienna on Tuesday.\n"


def test_an_undated_draft_counts_as_published_today(gate_dir: Path) -> None:
    _write(gate_dir / "drafts" / "undated.md", UNDATED)
    today = dt.date(2024, 3, 14)
    archive = [Path("archive/harbour-talks.md")]
    result = check_drafts([Path("drafts/undated.md")], archive, options=GateOptions(today=today))
    report = result.report
    assert report.with_dates is True
    [draft] = [i for i in report.inputs if i.id == "undated"]
    assert (draft.published, draft.published_from) == (today, "check date")
    [note] = report.diagnostics
    assert (note.code, note.severity.value, note.message) == (
        "FC103",
        "info",
        "no publication date: checked as published today (2024-03-14)",
    )
    conflicts = {f.kind: f.confidence for f in report.findings if f.status.value == "conflict"}
    assert conflicts == {"name-spelling": 1.0, "place-mismatch": 1.0}


def test_an_undated_readme_does_not_set_the_mode(gate_dir: Path) -> None:
    _write(gate_dir / "archive" / "README.md", "# Archive\n\nStories about Antony Blinken and Sergei Lavrov.\n")
    report = compare_paths([Path("archive/harbour-talks.md"), Path("archive/README.md")])
    assert report.summary.inputs == 2
    assert report.with_dates is True
    r = run_cli("compare", "archive/harbour-talks.md", "archive/README.md", "--fail-on", "none")
    assert "no publication dates" not in r.out.splitlines()[0]


# --- byte-order marks ----------------------------------------------------------------------------

BOM = "\ufeff"


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("a.txt", "Emanuel Macron met Olaf Scholz in Paris on Tuesday.\n"),
        ("b.md", "---\ntitle: T\npublished: 2025-03-12\n---\nEmanuel Macron met Olaf Scholz in Paris on Tuesday.\n"),
        ("c.html", "<html><body><p>Emanuel Macron met Olaf Scholz in Paris on Tuesday.</p></body></html>"),
    ],
)
def test_offsets_are_exact_with_a_byte_order_mark(tmp_path: Path, name: str, body: str) -> None:
    path = tmp_path / name
    path.write_bytes((BOM + body).encode("utf-8"))
    doc = load_document(path)
    original = path.read_text(encoding="utf-8")  # a reader keeps the mark as a character
    assert original.startswith(BOM) and doc.original == original
    i = doc.text.index("Emanuel")
    e = doc.evidence(i, i + len("Emanuel Macron"), 0, len(doc.text))
    assert original[e.start : e.end] == e.text == "Emanuel Macron"
    line_text = original.splitlines()[e.line - 1].lstrip(BOM)
    assert line_text[e.column - 1 :].startswith("Emanuel Macron")  # the mark takes no column


@settings(max_examples=50, deadline=None)
@given(
    lead=st.text(alphabet=" \nabcé", max_size=20),
    word=st.text(alphabet="abcdefgéü", min_size=1, max_size=10),
    bom=st.booleans(),
)
def test_bom_offsets_property(tmp_path_factory: pytest.TempPathFactory, lead: str, word: str, bom: bool) -> None:
    path = tmp_path_factory.mktemp("bom") / "x.txt"
    text = f"{lead}Zeta {word} end.\n"
    path.write_bytes(((BOM if bom else "") + text).encode("utf-8"))
    doc = load_document(path)
    i = doc.text.index(f"Zeta {word}") + 5
    e = doc.evidence(i, i + len(word), 0, len(doc.text))
    assert path.read_text(encoding="utf-8")[e.start : e.end] == word
    line = text.split("\n")[e.line - 1]
    assert line[e.column - 1 : e.column - 1 + len(word)] == word
