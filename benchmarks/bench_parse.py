"""Extraction cost as a ratio to spaCy's own ``nlp.pipe`` on the same text (issue: the parse is the floor).

Run: ``.venv/bin/python benchmarks/bench_parse.py [PATH ...]`` (default: examples/ and tests/corpus/, plus
../shared/seeds when present). Prints, for the same junk-free texts:

- the parse alone (``nlp.pipe``, cache cleared), in words per second;
- the rest of extraction (every extractor, on texts whose parse is cached), in words per second and as a
  ratio to the parse (target: below 1.0, the rest of extraction costs less than the parse);
- end to end (parse + extraction), in words per second and as a ratio to the parse alone.

Never fails and asserts nothing: these machines are noisy, so the ratios are read by people.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from factcheck import parse
from factcheck.extract import ArticleContext, run_extractors
from factcheck.ingest import Document, expand_paths, load_document
from factcheck.junk import find_junk
from factcheck.parse_plan import parser_input

REPO = Path(__file__).resolve().parents[1]
# Best of this many runs: the least disturbed by other work on the machine.
REPEAT = 3


def _docs(argv: list[str]) -> list[Document]:
    roots = [Path(a) for a in argv] or [REPO / "examples", REPO / "tests" / "corpus", REPO.parent / "shared" / "seeds"]
    paths = [p for p in expand_paths([r for r in roots if r.exists()]) if p.suffix in (".txt", ".md", ".html")]
    docs = [load_document(p) for p in paths]
    return [d.with_junk(find_junk(d.text)) for d in docs]


def _best(fn: object) -> float:
    best = float("inf")
    for _ in range(REPEAT):
        t0 = time.process_time()
        fn()  # type: ignore[operator]
        best = min(best, time.process_time() - t0)
    return best


def main(argv: list[str]) -> None:
    docs = _docs(argv)
    texts = [parser_input(d) for d in docs]
    words = sum(len(t.split()) for t in texts)
    pipeline = parse.nlp()
    list(pipeline.pipe(texts[:2]))  # warm up: first calls allocate

    def parse_only() -> None:
        list(pipeline.pipe(texts, batch_size=parse.BATCH_SIZE))

    def extract_cached() -> None:
        parse.parse_many(texts)
        for d in docs:
            run_extractors(ArticleContext(d))

    def end_to_end() -> None:
        parse._cache.clear()
        extract_cached()

    t_parse = _best(parse_only)
    parse.parse_many(texts)
    t_rest = _best(extract_cached)
    t_all = _best(end_to_end)
    print(f"{len(docs)} articles, {words} words, pipeline {parse.model_name()}; CPU seconds, best of {REPEAT}")
    print(f"{'stage':<34}{'words/s':>12}{'ratio to parse':>16}")
    print(f"{'parse (nlp.pipe)':<34}{words / t_parse:>12,.0f}{1.0:>16.2f}")
    print(f"{'rest of extraction (parse cached)':<34}{words / t_rest:>12,.0f}{t_rest / t_parse:>16.2f}")
    print(f"{'end to end (parse + extraction)':<34}{words / t_all:>12,.0f}{t_all / t_parse:>16.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
