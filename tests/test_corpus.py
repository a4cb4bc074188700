"""The labelled corpus (tests/corpus/): shape checks, and the pipeline scored against the floors.

The pipeline runs on every story in both modes (with the front matter / manifest dates, and on a copy
with the dates stripped); each result must be at least the floors of its suite in eval/floors.json.
Missed items are printed by name (``pytest -s`` shows them), so a regression names what it lost.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.evaluate import (
    MODES,
    RULE_TYPES,
    check_floors,
    evaluate,
    load_floors,
    load_gold,
    run_pipeline,
    story_inputs,
    strip_dates,
)
from tests.seed_checks import load_seed_checks

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
FLOORS = ROOT / "eval" / "floors.json"
STORIES = sorted(p.name for p in CORPUS.iterdir() if (p / "gold.json").is_file())
SEEDS = ROOT.parent / "shared" / "seeds"
# Article length bounds of the corpus brief (short news items).
MIN_WORDS, MAX_WORDS = 80, 250


def _body(path: Path) -> tuple[dict[str, Any], str]:
    text = path.read_text(encoding="utf-8")
    m = re.match(r"\A---\n(.*?\n)---\n", text, re.DOTALL)
    if not m:
        return {}, text
    return yaml.safe_load(m.group(1)) or {}, text[m.end() :]


def _manifest(story: str) -> Path | None:
    path = CORPUS / story / "sources.json"
    return path if path.is_file() else None


# --- the corpus itself ------------------------------------------------------------------------


def test_corpus_size_and_stories() -> None:
    articles = [p for s in STORIES for p in story_inputs(CORPUS / s)]
    assert len(STORIES) >= 5
    assert len(articles) >= 30
    assert {p.suffix for p in articles} == {".md", ".txt"}
    txt_only = [s for s in STORIES if {p.suffix for p in story_inputs(CORPUS / s)} == {".txt"}]
    assert txt_only and all(_manifest(s) is not None for s in txt_only)


@pytest.mark.parametrize("story", STORIES)
def test_articles_are_short_dated_and_well_formed(story: str) -> None:
    manifest = _manifest(story)
    entries = json.loads(manifest.read_text(encoding="utf-8"))["sources"] if manifest else []
    by_file = {e["file"]: e for e in entries}
    for path in story_inputs(CORPUS / story):
        meta, body = _body(path)
        words = len(body.split())
        assert MIN_WORDS <= words <= MAX_WORDS, f"{path.name}: {words} words"
        assert re.match(r"\d{3}_", path.name), path.name
        if path.suffix == ".md":
            assert {"title", "published", "outlet"} <= set(meta), path.name
        else:
            entry = by_file[path.name]
            assert entry["id"] == path.name[:3] and {"title", "published", "outlet"} <= set(entry)


def test_source_ids_unique_across_corpus() -> None:
    ids = [p.name[:3] for s in STORIES for p in story_inputs(CORPUS / s)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("story", STORIES)
def test_gold_is_valid_and_names_only_its_sources(story: str) -> None:
    gold = load_gold(CORPUS / story / "gold.json")
    ids = {p.name[:3] for p in story_inputs(CORPUS / story)}
    for item in [*gold["expected"], *gold["optional"]]:
        for sources in item["values"].values():
            assert set(sources) <= ids, item["id"]
    assert gold["must_not"] and all(r["type"] in RULE_TYPES for r in gold["must_not"])
    assert {"conflict", "agreement"} & {i[m] for i in gold["expected"] for m in MODES}


def test_corpus_never_copies_seed_sentences() -> None:
    if not SEEDS.is_dir():
        pytest.skip("shared/seeds is not present")
    seed_sentences = set()
    for path in SEEDS.glob("*.txt"):
        for sentence in re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8")):
            words = " ".join(sentence.split())
            if len(words.split()) >= 8:
                seed_sentences.add(words.lower())
    corpus = " ".join(
        " ".join(p.read_text(encoding="utf-8").split()).lower() for s in STORIES for p in story_inputs(CORPUS / s)
    )
    assert not [s for s in seed_sentences if s in corpus]


def test_strip_dates_removes_every_publication_date(tmp_path: Path) -> None:
    for story in STORIES:
        dest = tmp_path / story
        dest.mkdir()
        copies, manifest = strip_dates(CORPUS / story, dest, _manifest(story))
        assert [p.name for p in copies] == [p.name for p in story_inputs(CORPUS / story)]
        for path in copies:
            meta, body = _body(path)
            assert "published" not in meta and body.strip()
        if manifest is not None:
            assert all("published" not in e for e in json.loads(manifest.read_text())["sources"])


# --- the pipeline against the floors ----------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("story", STORIES)
def test_pipeline_meets_floors(story: str, mode: str) -> None:
    gold = load_gold(CORPUS / story / "gold.json")
    suite = f"corpus-{story}-{mode.replace('_', '-')}"
    floors = load_floors(FLOORS)
    assert suite in floors, f"add suite {suite} to eval/floors.json"
    report = run_pipeline(CORPUS / story, _manifest(story), strip=mode == "without_dates")
    assert report["with_dates"] is (mode == "with_dates")
    result = evaluate(gold, report, mode)
    for item in result.missed():
        print(f"{suite}: MISS {item.id}: want {item.verdict}; {item.reason}")
    for violation in result.violations:
        print(f"{suite}: MUST-NOT {violation.rule}: {violation.message}")
    assert check_floors(result, floors[suite]) == []


@pytest.mark.parametrize("mode", MODES)
def test_seeds_meet_floors(mode: str) -> None:
    """The seeds (read from shared/seeds at run time) against their suite, with score_seeds' own rules."""
    if not (SEEDS / "gold.json").is_file():
        pytest.skip("shared/seeds is not present")
    suite = f"seeds-{mode.replace('_', '-')}"
    manifest = SEEDS / "sources.json" if mode == "with_dates" else None
    report = run_pipeline(SEEDS, manifest)
    result = evaluate(load_gold(SEEDS / "gold.json"), report, mode, load_seed_checks(SEEDS / "gold.json"))
    for item in result.missed():
        print(f"{suite}: MISS {item.id}: want {item.verdict}; {item.reason}")
    assert check_floors(result, load_floors(FLOORS)[suite]) == []
