"""``factcheck extract``: write each article's claim records (the format of ``claims/``)."""

from __future__ import annotations

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

__all__ = ["extract"]


@app.command("extract")
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or directories.")],
    out: Annotated[Path, typer.Option("--out", help="Directory for the claim files (one per article).")],
    sources: SourcesOpt = None,
    keep_junk: KeepJunkOpt = False,
    disable: DisableOpt = None,
    exclude: ExcludeOpt = None,
    no_gitignore: NoGitignoreOpt = False,
    config: ConfigOpt = None,
    quiet: QuietOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """Extract claims from articles into DIR/<source-id>.json (editable, then `compare --claims DIR`)."""
    from factcheck.claims_io import write_claim_files
    from factcheck.pipeline import extract_paths
    from factcheck.scan import ScanOptions

    settings = cli_settings(Flags(config=config, sources=sources, disable=disable, exclude=exclude, quiet=quiet))
    scan = ScanOptions(exclude=settings.exclude, gitignore=not no_gitignore)
    files, diagnostics = extract_paths(
        paths,
        settings.sources,
        keep_junk,
        settings.disable,
        scan,
        jobs=jobs_or_default(jobs),
        max_bytes=settings.max_file_size,
    )
    bad = any(d.severity == "error" for d in diagnostics)
    if not files and not bad:
        fail("no article files found in the given paths" + ignored_hint(paths, scan))
    written = write_claim_files(files, out)
    for path in written:
        warn(f"wrote {path}")
    print_diagnostics(diagnostics)
    raise typer.Exit(ExitCode.ERROR if bad else ExitCode.OK)
