"""``factcheck extract``: write each article's claim records (the format of ``claims/``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import ExitCode, app, fail, warn
from factcheck.cli.common import cli_settings
from factcheck.cli.options import DisableOpt, KeepJunkOpt, SourcesOpt

__all__ = ["extract"]


@app.command("extract")
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or directories.")],
    out: Annotated[Path, typer.Option("--out", help="Directory for the claim files (one per article).")],
    sources: SourcesOpt = None,
    keep_junk: KeepJunkOpt = False,
    disable: DisableOpt = None,
) -> None:
    """Extract claims from articles into DIR/<source-id>.json (editable, then `compare --claims DIR`)."""
    from factcheck.claims_io import write_claim_files
    from factcheck.pipeline import extract_paths

    settings = cli_settings(sources=sources, disable=disable)
    files, diagnostics = extract_paths(paths, settings.sources, keep_junk=keep_junk, disabled=settings.disable)
    if not files and not diagnostics:
        fail("no article files found in the given paths")
    written = write_claim_files(files, out)
    for path in written:
        warn(f"wrote {path}")
    for d in diagnostics:
        warn(f"{d.path}{':' + str(d.line) if d.line else ''}: {d.message}")
    raise typer.Exit(ExitCode.ERROR if diagnostics else ExitCode.OK)
