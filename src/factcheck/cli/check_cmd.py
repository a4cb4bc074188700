"""``factcheck check``: the pre-publish gate — drafts against the archive or stored claim records."""

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

__all__ = ["check"]


@app.command("check")
def check(
    drafts: Annotated[list[Path], typer.Argument(help="Draft articles (.md with front matter, .txt, .html).")],
    against: Annotated[
        list[Path] | None,
        typer.Option("--against", help="Articles or directories to check against (repeatable)."),
    ] = None,
    claims: Annotated[
        Path | None, typer.Option("--claims", help="Check against stored claim records in DIR instead.")
    ] = None,
    sources: SourcesOpt = None,
    fmt: FormatOpt = None,
    fail_on: FailOnOpt = None,
    baseline: BaselineOpt = None,
    output: OutputOpt = None,
    keep_junk: KeepJunkOpt = False,
    disable: DisableOpt = None,
) -> None:
    """Report the findings that involve the drafts, at the drafts' lines (exit 0 clean, 1 findings,
    2 usage or input error)."""
    if against and claims is not None:
        fail("give --against PATH or --claims DIR, not both")
    if not against and claims is None:
        fail("nothing to check against: give --against PATH or --claims DIR")
    from factcheck.gate import Inputs, run
    from factcheck.render import RenderOptions

    settings = cli_settings(fail_on, fmt, sources, baseline, disable)
    inputs = Inputs(articles=tuple(against or ()), drafts=tuple(drafts), claims_dir=claims)
    result = run(inputs, gate_options(settings, keep_junk))
    options = RenderOptions(draft_ids=result.draft_ids)
    code = emit_report(result.report, settings.format, output, FailOn(settings.fail_on), options)
    raise typer.Exit(code)
