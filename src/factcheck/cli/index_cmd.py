"""``factcheck index``: extract an archive once into a claim store (SQLite)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import ExitCode, app, fail, warn
from factcheck.cli.common import Flags, cli_settings, ignored_hint, jobs_or_default, print_diagnostics
from factcheck.cli.options import (
    ConfigOpt,
    DisableOpt,
    ExcludeOpt,
    JobsOpt,
    KeepJunkOpt,
    NoGitignoreOpt,
    QuietOpt,
    SourcesOpt,
)
from factcheck.scan import ScanOptions

__all__ = ["Backend", "index"]


class Backend(StrEnum):
    """Where extraction runs: this machine's process pool, or a Dask cluster."""

    LOCAL = "local"
    DASK = "dask"


def _progress() -> Callable[[int, str], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, path: str) -> None:
        sys.stderr.write(f"\r\x1b[Kfactcheck: indexed {done} {path}")
        sys.stderr.flush()

    return show


@app.command("index")
def index(
    paths: Annotated[list[Path], typer.Argument(help="Article files or directories.")],
    db: Annotated[Path, typer.Option("--db", help="Claim store to create or update (SQLite file).")],
    sources: SourcesOpt = None,
    keep_junk: KeepJunkOpt = False,
    disable: DisableOpt = None,
    jobs: JobsOpt = None,
    backend: Annotated[Backend | None, typer.Option("--backend", help="local (process pool, default) or dask.")] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786), or 'local' for a LocalCluster."),
    ] = None,
    exclude: ExcludeOpt = None,
    no_gitignore: NoGitignoreOpt = False,
    config: ConfigOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Extract each article once into the claim store; unchanged articles are skipped, changed ones
    replaced (exit 0, or 2 when an input was bad: the others are still indexed)."""
    from factcheck.store import IndexOptions, index_paths

    if backend == Backend.LOCAL and scheduler is not None:
        fail("--scheduler needs --backend dask (or no --backend)")
    settings = cli_settings(Flags(config=config, sources=sources, disable=disable, exclude=exclude, quiet=quiet))
    scan = ScanOptions(exclude=settings.exclude, gitignore=not no_gitignore)
    progress = None if quiet else _progress()
    options = IndexOptions(
        sources=settings.sources,
        keep_junk=keep_junk,
        disabled=settings.disable,
        jobs=jobs_or_default(jobs),
        progress=progress,
        scan=scan,
    )
    if backend == Backend.DASK or scheduler is not None:
        from factcheck.store.dask_backend import dask_extract

        with dask_extract(options, scheduler) as extract:
            result = index_paths(paths, db, options, extract)
    else:
        result = index_paths(paths, db, options)
    if progress is not None:
        sys.stderr.write("\r\x1b[K")
    print_diagnostics(result.diagnostics)
    if result.added + result.replaced + result.unchanged == 0 and not result.diagnostics:
        fail("no article files found in the given paths" + ignored_hint(paths, scan))
    warn(
        f"{db}: {result.added} added, {result.replaced} re-extracted, {result.unchanged} unchanged; "
        f"the store holds {result.articles} articles, {result.claims} claims"
    )
    raise typer.Exit(ExitCode.ERROR if result.diagnostics else ExitCode.OK)
