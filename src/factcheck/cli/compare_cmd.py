"""``factcheck compare``: the conflict-and-agreement report on several articles."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import app, fail
from factcheck.cli.common import FailOn, cli_settings, emit_report, gate_options
from factcheck.cli.options import (
    BaselineOpt,
    DisableOpt,
    FailOnOpt,
    FormatOpt,
    KeepJunkOpt,
    OutputOpt,
    SourcesOpt,
)

__all__ = ["compare"]


@app.command("compare")
def compare(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Article files (.txt .md .html .json) or directories.")
    ] = None,
    sources: SourcesOpt = None,
    claims: Annotated[
        Path | None, typer.Option("--claims", help="Compare stored claim records in DIR instead.")
    ] = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    fail_on: FailOnOpt = None,
    baseline: BaselineOpt = None,
    keep_junk: KeepJunkOpt = False,
    show_unique: Annotated[
        bool, typer.Option("--show-unique", help="Text format: list single-source claims too.")
    ] = False,
    disable: DisableOpt = None,
) -> None:
    """Compare articles and report conflicts and agreements (exit 0 clean, 1 findings, 2 error)."""
    if claims is not None and paths:
        fail("give article PATHs or --claims DIR, not both")
    if claims is None and not paths:
        fail("no inputs: give article PATHs or --claims DIR")
    from factcheck.gate import Inputs, run
    from factcheck.render import RenderOptions

    settings = cli_settings(fail_on, fmt, sources, baseline, disable)
    report = run(Inputs(articles=tuple(paths or ()), claims_dir=claims), gate_options(settings, keep_junk)).report
    if report.summary.inputs == 0 and not report.diagnostics:
        fail("no article files found in the given paths")
    options = RenderOptions(show_unique=show_unique)
    code = emit_report(report, settings.format, output, FailOn(settings.fail_on), options)
    raise typer.Exit(code)
