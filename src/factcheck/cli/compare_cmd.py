"""``factcheck compare``: the conflict-and-agreement report on several articles."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import app, fail
from factcheck.cli.common import FailOn, cli_settings, emit_report, gate_options
from factcheck.gate import compare_inputs
from factcheck.render import RenderOptions

__all__ = ["compare"]


@app.command("compare")
def compare(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Article files (.txt .md .html .json) or directories.")
    ] = None,
    sources: Annotated[
        Path | None, typer.Option("--sources", help="Sources manifest (JSON) with titles and dates.")
    ] = None,
    claims: Annotated[
        Path | None, typer.Option("--claims", help="Compare stored claim records in DIR instead.")
    ] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help="text, json, markdown, sarif, github, gitlab, html.")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report here instead of stdout.")
    ] = None,
    fail_on: Annotated[
        FailOn | None, typer.Option("--fail-on", help="Exit 1 on: conflict (default), any, none.")
    ] = None,
    baseline: Annotated[
        Path | None, typer.Option("--baseline", help="Accept the findings listed in this baseline file.")
    ] = None,
    keep_junk: Annotated[bool, typer.Option("--keep-junk", help="Do not remove page junk before extraction.")] = False,
    show_unique: Annotated[
        bool, typer.Option("--show-unique", help="Text format: list single-source claims too.")
    ] = False,
    disable: Annotated[list[str] | None, typer.Option("--disable", help="Extractor id or family to turn off.")] = None,
) -> None:
    """Compare articles and report conflicts and agreements (exit 0 clean, 1 findings, 2 error)."""
    if claims is not None and paths:
        fail("give article PATHs or --claims DIR, not both")
    if claims is None and not paths:
        fail("no inputs: give article PATHs or --claims DIR")
    settings = cli_settings(fail_on, fmt, sources, baseline, disable)
    report = compare_inputs(paths or [], claims, gate_options(settings, keep_junk))
    if report.summary.inputs == 0 and not report.diagnostics:
        fail("no article files found in the given paths")
    options = RenderOptions(show_unique=show_unique)
    code = emit_report(report, settings.format, output, FailOn(settings.fail_on), options)
    raise typer.Exit(code)
