"""``factcheck baseline``: write the current findings to a baseline file for an editor to accept."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import ExitCode, app, fail, warn
from factcheck.cli.common import cli_settings, gate_options

__all__ = ["baseline"]


@app.command("baseline")
def baseline(
    file: Annotated[Path, typer.Argument(help="Baseline file to write (reasons already in it are kept).")],
    paths: Annotated[list[Path] | None, typer.Argument(help="Article files or directories.")] = None,
    sources: Annotated[Path | None, typer.Option("--sources", help="Sources manifest (JSON).")] = None,
    claims: Annotated[Path | None, typer.Option("--claims", help="Use stored claim records in DIR instead.")] = None,
    keep_junk: Annotated[bool, typer.Option("--keep-junk", help="Do not remove page junk.")] = False,
    disable: Annotated[list[str] | None, typer.Option("--disable", help="Extractor id or family to turn off.")] = None,
) -> None:
    """Write a baseline of today's findings (conflicts and others at warning or above); fill in each
    entry's reason, accepted_by and accepted_on, then pass it with --baseline."""
    if claims is not None and paths:
        fail("give article PATHs or --claims DIR, not both")
    if claims is None and not paths:
        fail("no inputs: give article PATHs or --claims DIR")
    from factcheck.baseline import write_baseline
    from factcheck.gate import compare_inputs
    from factcheck.models import Severity

    settings = cli_settings(sources=sources, disable=disable)
    report = compare_inputs(paths or [], claims, gate_options(settings, keep_junk, use_baseline=False))
    for d in report.diagnostics:
        warn(f"{d.path}{':' + str(d.line) if d.line else ''}: {d.message}")
    written = write_baseline(report, file)
    filled = sum(1 for e in written.entries if e.reason)
    warn(f"wrote {len(written.entries)} entries to {file} ({filled} with a reason)")
    bad = any(d.severity == Severity.ERROR for d in report.diagnostics)
    raise typer.Exit(ExitCode.ERROR if bad else ExitCode.OK)
