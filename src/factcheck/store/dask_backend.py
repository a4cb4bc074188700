"""Extraction on a Dask cluster for ``factcheck index --backend dask [--scheduler ADDRESS]``.

The client (the process running ``index``) reads the articles and holds the store; the workers run
:func:`factcheck.pipeline.extract_batch`, the function a local process pool runs, with the client's
language pipeline, so the claims are the same. Documents go out in chunks, :data:`BATCH_PER_WORKER` per
worker thread at a time, and come back in order;
the client writes each article in its own transaction as its result arrives. Needs the optional extra
``newsroom-factcheck[dask]`` (dask and distributed) on the client and on every worker.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

from factcheck.errors import BackendError
from factcheck.ingest import Document
from factcheck.parallel import CHUNK, Extracted
from factcheck.pipeline import extract_batch
from factcheck.store.writer import Extract, IndexOptions

__all__ = ["BATCH_PER_WORKER", "dask_extract"]

# Articles in flight per worker thread: keeps every worker busy while the client writes results.
BATCH_PER_WORKER = 32


def _extract_chunk(
    docs: list[Document], keep_junk: bool, disabled: tuple[str, ...], model: str, budget: int
) -> list[Extracted]:
    from factcheck.parse import use_model, use_parse_budget

    use_model(model)  # the client's language pipeline and parse budget, whatever the worker's own settings
    use_parse_budget(budget)
    return extract_batch(docs, keep_junk, disabled)


def _client(scheduler: str | None) -> tuple[Any, Any]:
    try:
        distributed: Any = importlib.import_module("distributed")
    except ImportError as exc:
        raise BackendError("--backend dask needs dask and distributed: pip install 'newsroom-factcheck[dask]'") from exc
    if scheduler is None or scheduler == "local":
        cluster = distributed.LocalCluster(processes=True, dashboard_address=None)
        return distributed.Client(cluster), cluster
    try:
        return distributed.Client(scheduler, timeout="30s"), None
    except OSError as exc:
        raise BackendError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc


def _threads(client: Any) -> int:
    info = client.scheduler_info()
    return max(1, sum(int(w.get("nthreads", 1)) for w in info.get("workers", {}).values()))


@contextmanager
def dask_extract(options: IndexOptions, scheduler: str | None = None, client: Any = None) -> Iterator[Extract]:
    """An :data:`~factcheck.store.writer.Extract` that runs on Dask: on ``client`` when given, else on
    the scheduler at ``scheduler``, else on a new ``LocalCluster`` (closed on exit)."""
    own_cluster = None
    if client is None:
        client, own_cluster = _client(scheduler)
        owned = True
    else:
        owned = False

    from factcheck.parse import model_name, parse_budget

    model, budget = model_name(), parse_budget()

    def run(docs: Iterable[Document]) -> Iterator[tuple[Document, Extracted]]:
        it = iter(docs)
        size = BATCH_PER_WORKER * _threads(client)
        while batch := list(islice(it, size)):
            chunks = [batch[i : i + CHUNK] for i in range(0, len(batch), CHUNK)]
            futures = client.map(
                _extract_chunk,
                chunks,
                keep_junk=options.keep_junk,
                disabled=options.disabled,
                model=model,
                budget=budget,
                pure=False,
            )
            for chunk, results in zip(chunks, client.gather(futures), strict=True):
                yield from zip(chunk, results, strict=True)

    try:
        yield run
    finally:
        if owned:
            client.close()
            if own_cluster is not None:
                own_cluster.close()
