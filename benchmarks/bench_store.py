"""The claim store at archive scale: ``check --db`` time against 1,000 / 10,000 / 100,000 articles,
``compare --db`` time and peak memory on 10,000, and index ``--jobs 2`` against ``--jobs 1``.

Run: ``.venv/bin/python benchmarks/bench_store.py [--sizes 1000,10000,100000] [--rss-size 10000]
[--shared 0.01] [--workdir DIR]``. Prints figures and ratios; asserts nothing (the machines are noisy).

The stores are built quickly by inserting synthetic claim rows directly, not by extracting: the
project's own articles (examples/ and tests/corpus/) are extracted once, and their claim records are
copied into many stories of ~6 articles each. Every synthetic story gets its own subject keys and quote
words (different stories are about different people and places), except a ``--shared`` fraction of
claims that keep the original keys, like generic subjects ("the event") that many stories share. Story 0
keeps the original keys of the draft's story: the draft (a corpus article) meets its real siblings
plus the shared rows, as a draft meets an archive.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.gate import check_drafts
from factcheck.ingest import expand_paths, load_document
from factcheck.models import ClaimFile, CompareAs
from factcheck.parallel import extract_documents
from factcheck.store import connect, extractor_version
from factcheck.store.writer import quote_terms, words_fingerprint, write_article

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus"
DRAFT_STORY = "flood"
DRAFT = CORPUS / DRAFT_STORY / "301_valley-courier.md"
BATCH_ARTICLES = 5_000


@dataclass
class Template:
    """One extracted article: its source, claims (as JSON dicts) and compressed text."""

    story: str
    source: dict[str, Any]
    claims: list[dict[str, Any]]
    terms: list[list[str]]  # per claim: quote content words (empty for other claims)
    text_zlib: bytes
    words_sha: str
    record: ClaimFile
    text: str


def _templates() -> dict[str, list[Template]]:
    out: dict[str, list[Template]] = {}
    folders = [p for p in sorted(CORPUS.iterdir()) if p.is_dir()] + [REPO / "examples"]
    for folder in folders:
        docs = [load_document(p) for p in expand_paths([folder]) if p != DRAFT]
        for cf, text in extract_documents(docs):
            out.setdefault(folder.name, []).append(_template(folder.name, cf, text))
    return out


def _template(story: str, cf: ClaimFile, text: str) -> Template:
    claims = [c.model_dump(mode="json", exclude_defaults=True) for c in cf.claims]
    terms = [quote_terms(c) if c.compare_as == CompareAs.QUOTE else [] for c in cf.claims]
    return Template(
        story,
        cf.source.model_dump(mode="json"),
        claims,
        terms,
        zlib.compress(text.encode()),
        words_fingerprint(text),
        cf,
        text,
    )


def _rows(i: int, story_no: int, t: Template, shared_every: int, version: str) -> dict[str, list[tuple[Any, ...]]]:
    sid = f"a{i:07d}"
    real = story_no == 0
    source = dict(t.source, id=sid, path=f"synthetic/{sid}.txt")
    rows: dict[str, list[tuple[Any, ...]]] = {"claims": [], "entities": [], "terms": []}
    seen: set[str] = set()
    for seq, (c, terms) in enumerate(zip(t.claims, t.terms, strict=True)):
        keep = real or (shared_every > 0 and (i * 31 + seq) % shared_every == 0)
        suffix = "" if keep else f"#s{story_no}"
        claim = dict(c, id=f"{sid}-{seq}", source_id=sid, subject_key=c["subject_key"] + suffix)
        claim["evidence"] = dict(c["evidence"], source_id=sid)
        rows["claims"].append(
            (
                sid,
                seq,
                claim["compare_as"],
                claim["subject_key"],
                claim["attribute"],
                json.dumps(claim, ensure_ascii=False),
            )
        )
        if claim["subject_key"] not in seen:
            seen.add(claim["subject_key"])
            rows["entities"].append((sid, claim["subject_key"], claim["subject"]))
        rows["terms"].append(tuple(w + suffix for w in terms))
    rows["source"] = [
        (
            sid,
            source["path"],
            source["sha256"] or sid,
            version,
            "synthetic",
            source.get("published"),
            f"s{story_no}",
            len(t.claims),
            json.dumps(source, ensure_ascii=False),
            "[]",
        )
    ]
    rows["fingerprint"] = [(sid, t.words_sha, t.text_zlib)]
    return rows


def build_store(db: Path, n: int, templates: dict[str, list[Template]], shared: float) -> float:
    """A store of ``n`` synthetic articles; returns the seconds it took."""
    t0 = time.perf_counter()
    db.unlink(missing_ok=True)
    conn = connect(db, create=True)
    version = extractor_version()
    stories = [DRAFT_STORY, *sorted(s for s in templates if s != DRAFT_STORY)]
    shared_every = round(1 / shared) if shared > 0 else 0
    i, story_no = 0, 0
    conn.execute("BEGIN")
    while i < n:
        for t in templates[stories[story_no % len(stories)]]:
            if i >= n:
                break
            rows = _rows(i, story_no, t, shared_every, version)
            conn.executemany("INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?,?)", rows["source"])
            for claim_row, terms in zip(rows["claims"], rows["terms"], strict=True):
                cur = conn.execute(
                    "INSERT INTO claims (source_id, seq, compare_as, subject_key, attribute, claim_json)"
                    " VALUES (?,?,?,?,?,?)",
                    claim_row,
                )
                conn.executemany(
                    "INSERT INTO quote_terms VALUES (?,?,?,?)",
                    [(w, cur.lastrowid, claim_row[0], len(terms)) for w in terms],
                )
            conn.executemany("INSERT INTO entities VALUES (?,?,?)", rows["entities"])
            conn.executemany("INSERT INTO fingerprints VALUES (?,?,?)", rows["fingerprint"])
            i += 1
            if i % BATCH_ARTICLES == 0:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
        story_no += 1
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return time.perf_counter() - t0


def _best(fn: Any, repeat: int = 3) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def time_check(db: Path) -> tuple[float, float, int, int]:
    """Seconds for the store lookup alone and for the whole check (extraction of the draft included),
    with the number of stored claims read and findings reported."""
    from factcheck.store import store_neighbours

    draft_cf = extract_documents([load_document(DRAFT)])[0][0]
    t_lookup, found = _best(lambda: store_neighbours(db, [draft_cf], [draft_cf.source.id]))
    t_check, result = _best(lambda: check_drafts([DRAFT], db=db))
    return t_lookup, t_check, sum(len(f.claims) for f in found.files), len(result.report.findings)


_RSS_CHILD = """
import sys, time
from pathlib import Path
t0 = time.perf_counter()
if sys.argv[2] == "store":
    from factcheck.store import compare_store
    report = compare_store(Path(sys.argv[1]))
else:  # every claim held in memory, as compare --claims DIR does
    from factcheck.store.reader import load_articles
    from factcheck.store import connect
    from factcheck.models import Claim
    from factcheck.pipeline import compare_claim_files
    conn = connect(Path(sys.argv[1]))
    stored = load_articles(conn)
    claims = {}
    for sid, j in conn.execute("SELECT source_id, claim_json FROM claims ORDER BY source_id, seq"):
        claims.setdefault(sid, []).append(Claim.model_validate_json(j))
    files = [f.model_copy(update={"claims": tuple(claims.get(f.source.id, ()))}) for f in stored.files]
    report = compare_claim_files(files, texts=stored.texts)
hwm = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(time.perf_counter() - t0, hwm, len(report.findings))
"""


def compare_rss(db: Path, mode: str) -> tuple[float, float, int]:
    """(seconds, peak RSS in MiB, findings) of comparing the whole store in a fresh process (its own
    high-water mark, VmHWM: ``ru_maxrss`` would carry over the RSS of this process across fork)."""
    out = subprocess.run([sys.executable, "-c", _RSS_CHILD, str(db), mode], capture_output=True, text=True, check=True)
    seconds, rss_kib, n = out.stdout.split()
    return float(seconds), int(rss_kib) / 1024, int(n)


def write_rate(workdir: Path, templates: dict[str, list[Template]], n: int = 2_000) -> float:
    """Articles the indexing client writes per CPU second (one transaction each, as ``index`` does)."""
    db = workdir / "write-rate.db"
    db.unlink(missing_ok=True)
    conn = connect(db, create=True)
    records = [t for ts in templates.values() for t in ts]
    t0 = time.process_time()
    for i in range(n):
        t = records[i % len(records)]
        source = t.record.source.model_copy(update={"id": f"w{i:06d}"})
        claims = tuple(c.model_copy(update={"source_id": source.id}) for c in t.record.claims)
        write_article(
            conn,
            f"/synthetic/w{i:06d}",
            "bench",
            t.record.model_copy(update={"source": source, "claims": claims}),
            t.text,
        )
    rate = n / (time.process_time() - t0)
    conn.close()
    return rate


_INDEX_CHILD = """
import resource, sys, time
from pathlib import Path
from factcheck.store import IndexOptions, index_paths
t0, c0 = time.perf_counter(), time.process_time()
index_paths([Path(p) for p in sys.argv[3:]], Path(sys.argv[1]), IndexOptions(jobs=int(sys.argv[2])))
children = resource.getrusage(resource.RUSAGE_CHILDREN)
print(time.perf_counter() - t0, time.process_time() - c0, children.ru_utime + children.ru_stime)
"""


def index_jobs(workdir: Path, jobs: int) -> tuple[float, float, float, int]:
    """``index`` of the project's articles (examples, corpus, held-out sets) in a fresh process with
    ``jobs`` processes: wall seconds, CPU seconds of the indexing process and of its workers, articles."""
    roots = [REPO / "examples", CORPUS, *sorted(REPO.glob("tests/heldout*"))]
    n = len([p for p in expand_paths(roots) if p.suffix in (".md", ".txt", ".html")])
    db = workdir / f"jobs{jobs}.db"
    db.unlink(missing_ok=True)
    cmd = [sys.executable, "-c", _INDEX_CHILD, str(db), str(jobs), *map(str, roots)]
    wall, own, workers = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split()
    return float(wall), float(own), float(workers), n


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--rss-size", type=int, default=10_000)
    parser.add_argument("--shared", type=float, default=0.01)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--skip-memory-baseline", action="store_true", help="Skip the all-in-memory comparison.")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="factcheck-bench-store-"))
    workdir.mkdir(parents=True, exist_ok=True)
    templates = _templates()
    n_templates = sum(len(v) for v in templates.values())
    print(f"templates: {n_templates} articles in {len(templates)} stories; shared-subject fraction {args.shared}")
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[int, tuple[float, float, int, int]] = {}
    print(
        f"{'articles':>9} {'claims':>9} {'build s':>8} {'MB':>7} {'lookup s':>9} {'check s':>8} "
        f"{'rows read':>9} {'findings':>8}"
    )
    for n in sizes:
        db = workdir / f"store-{n}.db"
        build = build_store(db, n, templates, args.shared)
        conn = sqlite3.connect(db)
        claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        conn.close()
        results[n] = time_check(db)
        lookup, check, read, found = results[n]
        mb = db.stat().st_size / 2**20
        print(f"{n:>9,} {claims:>9,} {build:>8.1f} {mb:>7.0f} {lookup:>9.3f} {check:>8.3f} {read:>9,} {found:>8}")
    for a, b in itertools.pairwise(sizes):
        ratio = results[b][0] / results[a][0]
        print(
            f"check lookup growth {a:,} -> {b:,} articles: {ratio:.2f}x "
            f"(whole check {results[b][1] / results[a][1]:.2f}x)"
        )
    big = max(sizes)
    print(f"check against {big:,} articles: {results[big][1]:.3f} s (target < 1 s: ratio {results[big][1] / 1.0:.2f})")
    rss_db = workdir / f"store-{args.rss_size}.db"
    if not rss_db.exists():
        build_store(rss_db, args.rss_size, templates, args.shared)
    seconds, rss, found = compare_rss(rss_db, "store")
    print(f"compare --db, {args.rss_size:,} articles: {seconds:.1f} s, peak RSS {rss:.0f} MiB, {found:,} findings")
    if not args.skip_memory_baseline:
        seconds_m, rss_m, found_m = compare_rss(rss_db, "memory")
        print(
            f"same comparison with every claim in memory: {seconds_m:.1f} s, peak RSS {rss_m:.0f} MiB "
            f"(streaming uses {rss / rss_m:.2f}x the memory; findings equal: {found == found_m})"
        )
    print(f"index client writes {write_rate(workdir, templates):,.0f} articles per CPU second (one transaction each)")
    for jobs in (1, 2):
        wall, own, workers, n = index_jobs(workdir, jobs)
        print(
            f"index of {n} articles, --jobs {jobs}: {wall:.1f} s wall, CPU {own:.1f} s in the indexing process"
            f" + {workers:.1f} s in workers"
        )
    print(f"peak RSS of this benchmark process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main(sys.argv[1:])
