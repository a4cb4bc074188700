"""Ingest: formats, metadata, manifest, and the evidence-offset invariant on every input we have."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import InputError, ManifestError
from factcheck.ingest import expand_paths, load_document, load_manifest
from factcheck.pipeline import extract_document
from tests.helpers import EXAMPLES, REPO, SEEDS

ARTICLE = "French President Emmanuel Macron met German Chancellor Olaf Scholz in Lyon on Monday.\n"


def test_txt_title_is_first_line_and_id_is_stem(tmp_path: Path) -> None:
    p = tmp_path / "wire-1.txt"
    p.write_text("\n  Leaders meet in Lyon\n\n" + ARTICLE, encoding="utf-8")
    doc = load_document(p)
    assert (doc.source.id, doc.source.title, doc.source.published, doc.source.format) == (
        "wire-1",
        "Leaders meet in Lyon",
        None,
        "txt",
    )
    assert len(doc.source.sha256) == 64


def test_markdown_front_matter(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text(
        "---\ntitle: Lyon talks\npublished: 2025-03-10\noutlet: Wire\nurl: https://example.org/a\ntrust: 2\n---\n"
        + ARTICLE,
        encoding="utf-8",
    )
    doc = load_document(p)
    s = doc.source
    assert (s.title, s.published, s.outlet, s.url, s.trust, s.format) == (
        "Lyon talks",
        dt.date(2025, 3, 10),
        "Wire",
        "https://example.org/a",
        2.0,
        "md",
    )
    assert doc.text == ARTICLE


def test_markdown_bad_date(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("---\npublished: someday\n---\n" + ARTICLE, encoding="utf-8")
    with pytest.raises(InputError, match="'published' is not a date"):
        load_document(p)


def test_json_record(tmp_path: Path) -> None:
    p = tmp_path / "rec.json"
    p.write_text('{"id": "r1", "title": "T", "published": "2025-03-10", "text": "' + ARTICLE.strip() + '"}')
    doc = load_document(p)
    assert (doc.source.id, doc.source.published, doc.text) == ("r1", dt.date(2025, 3, 10), ARTICLE.strip())


def test_json_record_without_text(tmp_path: Path) -> None:
    p = tmp_path / "rec.json"
    p.write_text('{"title": "T"}')
    with pytest.raises(InputError, match="no 'text' string field"):
        load_document(p)


def test_manifest_keys_by_resolved_path_and_rejects_duplicates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    m = tmp_path / "sources.json"
    m.write_text('{"sources": [{"id": "x", "file": "a.txt", "published": "2025-03-10", "trust": 0.5}]}')
    entries = load_manifest(m)
    entry = entries[(tmp_path / "a.txt").resolve()]
    assert (entry.id, entry.published, entry.trust) == ("x", dt.date(2025, 3, 10), 0.5)
    m.write_text('{"sources": [{"id": "x", "file": "a.txt"}, {"id": "x", "file": "b.txt"}]}')
    with pytest.raises(ManifestError, match="appears twice"):
        load_manifest(m)


def test_expand_paths_skips_manifest_and_readme() -> None:
    names = [p.name for p in expand_paths([EXAMPLES])]
    assert "sources.json" not in names and "README.md" not in names and len(names) == 4


def _all_inputs() -> list[Path]:
    paths = list(expand_paths([EXAMPLES]))
    if SEEDS.exists():
        paths += sorted(SEEDS.glob("0*.txt"))
    for folder in ("corpus", "heldout", "heldout2", "heldout3"):
        corpus = REPO / "tests" / folder
        if corpus.exists():
            paths += [p for p in expand_paths([corpus]) if p.suffix in (".txt", ".md", ".html")]
    fixtures = REPO / "tests" / "fixtures"
    if fixtures.exists():
        paths += [p for p in expand_paths([fixtures]) if p.suffix in (".txt", ".md", ".html")]
    return paths


@pytest.mark.parametrize("path", _all_inputs(), ids=lambda p: p.name)
def test_every_claim_points_at_its_exact_text(path: Path) -> None:
    try:
        doc = load_document(path)
    except InputError:
        pytest.skip("not a loadable article (a negative fixture)")
    for claim in extract_document(doc).claims:
        ev = claim.evidence
        assert doc.original[ev.start : ev.end] == ev.text, claim
        line, col = doc.line_column(ev.start)
        assert (ev.line, ev.column) == (line, col)


_WORDS = st.sampled_from(
    [
        "Emmanuel Macron",
        "met",
        "Olaf Scholz",
        "in",
        "Lyon",
        "at",
        "the Kremlin",
        "a",
        "meeting",
        "summit",
        "on",
        "Tuesday",
        "“Europe is strong,”",
        "said",
        "President",
        "7,000-word",
        "statement",
        "\n",
        "\n\n",
        ".",
        ",",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_WORDS, min_size=3, max_size=60), st.booleans())
def test_offsets_hold_for_generated_markdown(tmp_path: Path, words: list[str], front: bool) -> None:
    body = " ".join(words) + "\n"
    text = ("---\ntitle: x\npublished: 2025-03-10\n---\n" if front else "") + body
    p = tmp_path / "gen.md"
    p.write_text(text, encoding="utf-8")
    try:
        doc = load_document(p)
    except InputError:
        return
    for claim in extract_document(doc).claims:
        assert doc.original[claim.evidence.start : claim.evidence.end] == claim.evidence.text
