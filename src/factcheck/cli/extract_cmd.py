"""``factcheck extract``: write each article's claim records (the format of ``claims/``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.claims_io import write_claim_files
from factcheck.cli.app import ExitCode, app, fail, warn
from factcheck.cli.common import Flags, cli_settings, print_diagnostics
from factcheck.cli.options import DisableOpt, KeepJunkOpt, SourcesOpt
from factcheck.pipeline import extract_paths

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
    settings = cli_settings(Flags(sources=sources, disable=disable))
    files, diagnostics = extract_paths(paths, settings.sources, keep_junk=keep_junk, disabled=settings.disable)
    if not files and not diagnostics:
        fail("no article files found in the given paths")
    written = write_claim_files(files, out)
    for path in written:
        warn(f"wrote {path}")
    print_diagnostics(diagnostics)
    raise typer.Exit(ExitCode.ERROR if diagnostics else ExitCode.OK)
