"""Extraction on several cores: a process pool over documents, results in input order.

Every worker calls :func:`factcheck.pipeline.extract_batch`, the same function a single process
calls, so ``--jobs N`` gives exactly the claim records of ``--jobs 1``; only the wall-clock time
differs. Documents are sent to the pool in batches so an archive of any size never sits in memory
twice.
"""

from __future__ import annotations

import itertools
import multiprocessing
import multiprocessing.context
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from factcheck.ingest import Document
from factcheck.models import ClaimFile
from factcheck.pipeline import extract_batch

__all__ = ["BATCH", "CHUNK", "MIN_POOL_DOCS", "Extracted", "default_jobs", "extract_documents", "iter_extracted"]

Extracted = tuple[ClaimFile, str]
"""One article's claim records and its text without page junk (what syndication detection reads)."""

# A pool starts only when each worker gets at least this many documents: forking and shipping the
# documents costs more than it saves on a handful of articles.
MIN_POOL_DOCS = 4
# Documents parsed together (one nlp.pipe batch) in one worker task.
CHUNK = 16
# Documents handed to the pool at a time: enough to keep every worker busy, few enough that a large
# archive is read from disk as extraction proceeds.
BATCH = 64


def default_jobs() -> int:
    """The cores this process may run on (``--jobs`` default)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - platforms without sched_getaffinity
        return max(1, os.cpu_count() or 1)


def _extract_chunk(args: tuple[list[Document], bool, tuple[str, ...]]) -> list[Extracted]:
    docs, keep_junk, disabled = args
    return extract_batch(docs, keep_junk, disabled)


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(islice(it, size)):
        yield batch


def iter_extracted(
    docs: Iterable[Document],
    keep_junk: bool = False,
    disabled: Iterable[str] = (),
    jobs: int = 1,
) -> Iterator[tuple[Document, Extracted]]:
    """Each document with its extraction, in input order; ``jobs > 1`` extracts in a process pool.

    Documents go through :func:`factcheck.pipeline.extract_batch` in chunks (one batched parse per
    chunk), here or in a worker. The first document is extracted here before the pool starts: the
    workers are forked from this process and inherit the loaded language pipeline, gazetteers and
    compiled patterns instead of each loading them again. A stream too short to keep the workers busy
    is extracted here as well."""
    disabled = tuple(disabled)
    it = iter(docs)
    first = next(it, None)
    if first is None:
        return
    yield first, extract_batch([first], keep_junk, disabled)[0]
    head = list(islice(it, MIN_POOL_DOCS * jobs)) if jobs > 1 else []
    rest = itertools.chain(head, it)
    if jobs <= 1 or len(head) < MIN_POOL_DOCS * jobs:
        for batch in _batches(rest, CHUNK):
            yield from zip(batch, extract_batch(batch, keep_junk, disabled), strict=True)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
        for batch in _batches(rest, BATCH * jobs):
            size = max(1, min(CHUNK, len(batch) // jobs))
            chunks = [batch[i : i + size] for i in range(0, len(batch), size)]
            for chunk, results in zip(
                chunks, pool.map(_extract_chunk, [(c, keep_junk, disabled) for c in chunks]), strict=True
            ):
                yield from zip(chunk, results, strict=True)


def _context() -> multiprocessing.context.BaseContext:
    """Fork where the platform has it (workers share the warmed-up state), else the default."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()  # pragma: no cover - platforms without fork


def extract_documents(
    docs: Sequence[Document],
    keep_junk: bool = False,
    disabled: Iterable[str] = (),
    jobs: int = 1,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[Extracted]:
    """Claim records and junk-free text of every document, in order (``progress(i, n, path)`` before
    each result is taken)."""
    out: list[Extracted] = []
    for i, (doc, extracted) in enumerate(iter_extracted(docs, keep_junk, disabled, jobs), start=1):
        if progress is not None:
            progress(i, len(docs), doc.source.path)
        out.append(extracted)
    return out
