"""Words per second for each pipeline stage, and each stage's measured/target ratio.

Run: ``.venv/bin/python benchmarks/bench_stages.py [PATH ...]`` (default: examples/ and tests/corpus/,
plus ../shared/seeds when present). Prints a table; never fails: these machines are noisy, so targets are
read as ratios by people, not asserted by tests.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from factcheck.compare import compare_claims
from factcheck.extract import ArticleContext, all_extractors, run_extractors
from factcheck.ingest import expand_paths, load_document
from factcheck.junk import find_junk
from factcheck.models import ClaimFile
from factcheck.segment import segment

REPO = Path(__file__).resolve().parents[1]
REPEAT = 5
# Targets in words per second on one core of the 2-core CI machine: a newsroom desk compares tens of
# articles of ~1,000 words; at 20,000 words/s end to end that is well under a second per story.
TARGETS = {"ingest": 2_000_000, "junk": 500_000, "segment": 100_000, "extract (all)": 20_000, "compare": 50_000}

T = TypeVar("T")


def _timed(fn: Callable[[], T]) -> tuple[float, T]:
    best = float("inf")
    result: T | None = None
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    assert result is not None
    return best, result


def main(argv: list[str]) -> None:
    roots = [Path(a) for a in argv] or [REPO / "examples", REPO / "tests" / "corpus", REPO.parent / "shared" / "seeds"]
    paths = [p for p in expand_paths([r for r in roots if r.exists()]) if p.suffix in (".txt", ".md", ".html")]
    t_ingest, docs = _timed(lambda: [load_document(p) for p in paths])
    words = sum(len(d.text.split()) for d in docs)
    t_junk, junk = _timed(lambda: [find_junk(d.text) for d in docs])
    docs = [d.with_junk(j) for d, j in zip(docs, junk, strict=True)]
    t_segment, _ = _timed(lambda: [segment(d.text, d.junk) for d in docs])
    rows: list[tuple[str, float]] = [("ingest", t_ingest), ("junk", t_junk), ("segment", t_segment)]
    total_extract = 0.0
    for ext in all_extractors():
        t, _ = _timed(lambda ext=ext: [list(ext.extract(ArticleContext(d))) for d in docs])  # type: ignore[misc]
        rows.append((f"  {ext.id}", t))
        total_extract += t
    t_all, files = _timed(
        lambda: [ClaimFile(source=d.source, claims=tuple(run_extractors(ArticleContext(d)))) for d in docs]
    )
    rows.append(("extract (all)", t_all))
    texts = {d.source.id: d.text for d in docs}
    t_compare, _ = _timed(lambda: compare_claims(files, texts))
    rows.append(("compare", t_compare))
    print(f"{len(docs)} articles, {words} words, best of {REPEAT} runs")
    print(f"{'stage':<24}{'seconds':>10}{'words/s':>14}{'target':>12}{'ratio':>8}")
    for name, t in rows:
        wps = words / t if t > 0 else float("inf")
        target = TARGETS.get(name)
        ratio = f"{wps / target:8.2f}" if target else ""
        print(f"{name:<24}{t:10.4f}{wps:14,.0f}{(f'{target:,}' if target else ''):>12}{ratio}")


if __name__ == "__main__":
    main(sys.argv[1:])
