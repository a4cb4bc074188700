"""``factcheck compare``: the conflict-and-agreement report on several articles."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import app, fail
from factcheck.cli.common import FailOn, cli_settings, emit_report, gate_options
from factcheck.cli.options import (
    BaselineOpt,
    DbOpt,
    DisableOpt,
    FailOnOpt,
    FormatOpt,
    JobsOpt,
    KeepJunkOpt,
    OutputOpt,
    SourcesOpt,
)
from factcheck.gate import compare_inputs
from factcheck.render import RenderOptions

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
    db: DbOpt = None,
    story: Annotated[str | None, typer.Option("--story", help="With --db: compare only this story's articles.")] = None,
    jobs: JobsOpt = None,
) -> None:
    """Compare articles and report conflicts and agreements (exit 0 clean, 1 findings, 2 error)."""
    given = [name for name, on in (("article PATHs", bool(paths)), ("--claims DIR", claims), ("--db FILE", db)) if on]
    if len(given) > 1:
        fail(f"give {' or '.join(given)}, not both" if len(given) == 2 else f"give only one of {', '.join(given)}")
    if not given:
        fail("no inputs: give article PATHs, --claims DIR or --db FILE")
    if story is not None and db is None:
        fail("--story needs --db FILE")
    settings = cli_settings(fail_on, fmt, sources, baseline, disable)
    report = compare_inputs(paths or [], claims, gate_options(settings, keep_junk, jobs=jobs), db, story)
    if report.summary.inputs == 0 and not report.diagnostics:
        fail(
            f"{db}: the claim store holds no articles"
            if db is not None
            else "no article files found in the given paths"
        )
    options = RenderOptions(show_unique=show_unique)
    code = emit_report(report, settings.format, output, FailOn(settings.fail_on), options)
    raise typer.Exit(code)
