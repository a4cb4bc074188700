"""Growth of the comparison on synthetic archives: 1,000 and 10,000 articles (``--full``: 100,000 too).

Run: ``.venv/bin/python benchmarks/bench_archive.py [--sizes 1000 10000] [--full] [--work DIR]``.
Each archive is generated once by ``benchmarks/synth.py`` and extracted once (claim records and
junk-free texts are cached in ``DIR/<size>/extracted.jsonl``; extraction runs on every core). Then, for
each size, the script times (CPU seconds of this process):

* ``compare``: the whole comparison (syndication, stories, every block, quotes);
* ``syndication``, ``stories``: the two grouping steps alone;
* ``quote clusters``: quote clustering of every story; ``name clusters``: name-spelling findings of
  every story;
* ``report``: building the report and validating it against the schema (once);

and prints the growth of each per 10x articles (target for compare: at most 12x; linear is 10x),
words per second end to end (extraction + compare + report) and the peak RSS. Never fails: the
figures are for people to read, not for tests to assert (the machines are noisy).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import itertools

from synth import generate

from factcheck.compare import compare_claims
from factcheck.compare.context import build_context
from factcheck.compare.entities import name_findings
from factcheck.compare.quotes import quote_findings
from factcheck.compare.stories import article_features, cluster_stories
from factcheck.compare.syndication import Text, syndication_groups
from factcheck.ingest import expand_paths, load_document
from factcheck.models import ClaimFile, CompareAs
from factcheck.pipeline import extract_article
from factcheck.report import build_report, report_json, validate_report

T = TypeVar("T")
TARGET_GROWTH = 12.0


def _cpu(fn: Callable[[], T]) -> tuple[float, T]:
    t0 = time.process_time()
    out = fn()
    return time.process_time() - t0, out


def _extract_one(path: str) -> str:
    doc = load_document(Path(path))
    cf, text = extract_article(doc)
    return json.dumps({"claims": cf.model_dump(mode="json"), "text": text, "words": len(doc.text.split())})


def _extracted(size: int, work: Path) -> tuple[list[ClaimFile], dict[str, str], int, float]:
    """Claim records, texts and words of the archive of ``size`` articles, and the extraction's
    seconds (wall clock on every core, measured when the cache was written)."""
    folder = work / str(size)
    cache = folder / "extracted.jsonl"
    meta = folder / "extraction.json"
    if not cache.is_file():
        if not (folder / "stories.json").is_file():
            generate(size, folder)
        paths = [str(p) for p in expand_paths([folder / "articles"])]
        t0 = time.perf_counter()
        with ProcessPoolExecutor(os.cpu_count() or 1) as pool:
            lines = list(pool.map(_extract_one, paths, chunksize=32))
        seconds = time.perf_counter() - t0
        cache.write_text("\n".join(lines) + "\n", encoding="utf-8")
        meta.write_text(json.dumps({"seconds": seconds, "workers": os.cpu_count()}))
    files, texts, words = [], {}, 0
    for line in cache.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        cf = ClaimFile.model_validate(record["claims"])
        files.append(cf)
        texts[cf.source.id] = record["text"]
        words += record["words"]
    return files, texts, words, float(json.loads(meta.read_text())["seconds"])


def measure(size: int, work: Path) -> dict[str, float]:
    files, texts, words, extraction = _extracted(size, work)
    row: dict[str, float] = {"articles": len(files), "words": words, "extraction (wall)": extraction}
    row["syndication"], copies = _cpu(
        lambda: syndication_groups([Text(f.source.id, texts[f.source.id], f.source.published) for f in files])
    )
    feats = [article_features(f, texts[f.source.id]) for f in files]
    row["stories"], story_of = _cpu(lambda: cluster_stories(feats, copies))
    ctx = build_context(files, texts)
    by_story: dict[str, list[ClaimFile]] = {}
    for f in files:
        by_story.setdefault(story_of[f.source.id], []).append(f)
    quotes = [[c for f in fs for c in f.claims if c.compare_as == CompareAs.QUOTE] for fs in by_story.values()]
    row["quote clusters"], _ = _cpu(lambda: [quote_findings(q, ctx) for q in quotes])
    name_blocks: list[list] = []  # type: ignore[type-arg]
    for fs in by_story.values():
        blocks: dict[str, list] = {}  # type: ignore[type-arg]
        for f in fs:
            for c in f.claims:
                if c.compare_as == CompareAs.NAME:
                    blocks.setdefault(c.subject_key, []).append(c)
        name_blocks.extend(blocks.values())
    row["name clusters"], _ = _cpu(lambda: [name_findings(b, ctx) for b in name_blocks])
    row["compare"], result = _cpu(lambda: compare_claims(files, texts))
    row["report"], _ = _cpu(
        lambda: validate_report(
            report_json(build_report(files, result.findings, (), result.duplicate_of, story_of=result.story_of))
        )
    )
    row["stories found"] = len(set(result.story_of.values()))
    row["stories generated"] = len(set(json.loads((work / str(size) / "stories.json").read_text()).values()))
    row["findings"] = len(result.findings)
    row["words/s end to end"] = words / (extraction + row["compare"] + row["report"])
    row["peak RSS (MB)"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return row


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description="Growth of compare on synthetic archives.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--full", action="store_true", help="also 100,000 articles (takes hours to extract)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/factcheck-bench"))
    args = parser.parse_args(argv)
    sizes = sorted(set(args.sizes + ([100_000] if args.full else [])))
    rows = {}
    for size in sizes:
        rows[size] = measure(size, args.work)
        print(f"{size:>7} articles: " + ", ".join(f"{k} {v:,.2f}" for k, v in rows[size].items()), flush=True)
    timed = ["compare", "syndication", "stories", "quote clusters", "name clusters", "report"]
    print(f"\n{'step':<18}" + "".join(f"{s:>12,}" for s in sizes) + "   growth per 10x")
    for step in timed:
        growth = []
        for a, b in itertools.pairwise(sizes):
            ratio = rows[b][step] / rows[a][step] if rows[a][step] > 0 else float("inf")
            growth.append(ratio ** (1 / max(1e-9, __import__("math").log10(b / a))))
        target = f" (target <= {TARGET_GROWTH:g}x)" if step == "compare" else ""
        print(
            f"{step:<18}"
            + "".join(f"{rows[s][step]:>11.2f}s" for s in sizes)
            + "   "
            + ", ".join(f"{g:.1f}x" for g in growth)
            + target
        )
    for key in ("words/s end to end", "peak RSS (MB)", "stories found", "stories generated", "findings"):
        print(f"{key:<18}" + "".join(f"{rows[s][key]:>12,.0f}" for s in sizes))


if __name__ == "__main__":
    main(sys.argv[1:])
