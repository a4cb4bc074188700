"""``--jobs N`` and the Dask backend extract exactly what one process extracts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.ingest import load_document
from factcheck.parallel import default_jobs, extract_documents
from factcheck.store import IndexOptions, index_paths
from tests.helpers import EXAMPLES, REPO, run_cli
from tests.test_store import store_rows

CORPUS = REPO / "tests" / "corpus"


@pytest.fixture(autouse=True)
def pool_for_few_documents(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Start the pool even for these few articles, and count the pools started."""
    import factcheck.parallel as parallel

    started: list[int] = []
    real = parallel.ProcessPoolExecutor

    def counting(*args: Any, **kwargs: Any) -> Any:
        started.append(int(kwargs.get("max_workers", 0)))
        return real(*args, **kwargs)

    monkeypatch.setattr(parallel, "MIN_POOL_DOCS", 1)
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", counting)
    return started


def test_default_jobs_is_the_cores_available() -> None:
    import os

    assert default_jobs() == len(os.sched_getaffinity(0))


def test_compare_jobs_2_equals_jobs_1() -> None:
    story, manifest = CORPUS / "flood", CORPUS / "flood" / "sources.json"
    args = ("compare", str(story), "--sources", str(manifest), "--format", "json", "--fail-on", "none")
    one, two = run_cli(*args, "--jobs", "1"), run_cli(*args, "--jobs", "2")
    assert (one.code, two.code) == (0, 0)
    assert two.out == one.out


def test_extract_jobs_2_writes_the_same_files(tmp_path: Path) -> None:
    for jobs in ("1", "2"):
        r = run_cli(
            "extract",
            str(EXAMPLES),
            "--sources",
            str(EXAMPLES / "sources.json"),
            "--out",
            str(tmp_path / jobs),
            "--jobs",
            jobs,
        )
        assert r.code == 0
    names = sorted(p.name for p in (tmp_path / "1").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "2").iterdir())
    for name in names:
        assert (tmp_path / "2" / name).read_bytes() == (tmp_path / "1" / name).read_bytes()


def test_extract_documents_keeps_input_order_in_a_pool(pool_for_few_documents: list[int]) -> None:
    docs = [
        load_document(p) for p in sorted((CORPUS / "quake").glob("*.*")) if p.name not in ("gold.json", "sources.json")
    ]
    assert len(docs) >= 4
    one = extract_documents(docs, jobs=1)
    assert pool_for_few_documents == []
    two = extract_documents(docs, jobs=2)
    assert pool_for_few_documents == [2]
    assert [cf.source.id for cf, _ in two] == [d.source.id for d in docs]
    assert two == one


def test_index_jobs_2_writes_the_same_rows(tmp_path: Path, pool_for_few_documents: list[int]) -> None:
    folder, manifest = CORPUS / "quake", CORPUS / "quake" / "sources.json"
    index_paths([folder], tmp_path / "1.db", IndexOptions(sources=manifest, jobs=1))
    index_paths([folder], tmp_path / "2.db", IndexOptions(sources=manifest, jobs=2))
    assert pool_for_few_documents == [2]
    assert store_rows(tmp_path / "2.db") == store_rows(tmp_path / "1.db")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None, scheduler_port=0
    ) as c:
        yield c


def test_dask_backend_writes_the_rows_of_a_local_index(tmp_path: Path, cluster: Any) -> None:
    distributed = pytest.importorskip("distributed")
    from factcheck.store.dask_backend import dask_extract

    manifest = EXAMPLES / "sources.json"
    opts = IndexOptions(sources=manifest, jobs=1)
    with distributed.Client(cluster) as client, dask_extract(opts, client=client) as extract:
        result = index_paths([EXAMPLES], tmp_path / "dask.db", opts, extract)
    assert (result.added, result.articles, result.claims) == (4, 4, 64)
    index_paths([EXAMPLES], tmp_path / "local.db", opts)
    assert store_rows(tmp_path / "dask.db") == store_rows(tmp_path / "local.db")


def test_index_cli_on_a_dask_scheduler(tmp_path: Path, cluster: Any) -> None:
    db = tmp_path / "s.db"
    r = run_cli(
        "index",
        str(EXAMPLES),
        "--sources",
        str(EXAMPLES / "sources.json"),
        "--db",
        str(db),
        "--scheduler",
        cluster.scheduler_address,
    )
    assert (r.code, r.out) == (0, "")
    assert r.err == f"factcheck: {db}: 4 added, 0 re-extracted, 0 unchanged; the store holds 4 articles, 64 claims\n"
    again = run_cli(
        "index",
        str(EXAMPLES),
        "--sources",
        str(EXAMPLES / "sources.json"),
        "--db",
        str(db),
        "--backend",
        "dask",
        "--scheduler",
        cluster.scheduler_address,
    )
    assert again.err.endswith("0 added, 0 re-extracted, 4 unchanged; the store holds 4 articles, 64 claims\n")


def test_dask_backend_without_dask_installed_is_one_line_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    real = importlib.import_module

    def no_distributed(name: str, package: str | None = None) -> Any:
        if name == "distributed":
            raise ImportError("No module named 'distributed'")
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", no_distributed)
    r = run_cli("index", str(EXAMPLES), "--db", str(tmp_path / "s.db"), "--backend", "dask")
    assert (r.code, r.out) == (2, "")
    assert r.err == (
        "factcheck: error: --backend dask needs dask and distributed: pip install 'newsroom-factcheck[dask]'\n"
    )
    assert not (tmp_path / "s.db").exists()
