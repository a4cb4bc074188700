"""``factcheck check``: the pre-publish gate — drafts against the archive or stored claim records."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import app, fail
from factcheck.cli.common import FailOn, Flags, cli_settings, emit_report, gate_options, read_stdin
from factcheck.cli.options import (
    BaselineOpt,
    ColorOpt,
    ConfigOpt,
    DbOpt,
    DisableOpt,
    ExcludeOpt,
    FailOnOpt,
    FormatOpt,
    IgnoreOpt,
    JobsOpt,
    KeepJunkOpt,
    MinSeverityOpt,
    NoGitignoreOpt,
    OutputOpt,
    QuietOpt,
    SelectOpt,
    SourcesOpt,
    StdinFilenameOpt,
)

__all__ = ["check"]


@app.command("check")
def check(
    drafts: Annotated[
        list[Path], typer.Argument(help="Draft articles (.md with front matter, .txt, .html); '-' reads stdin.")
    ],
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
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    min_severity: MinSeverityOpt = None,
    exclude: ExcludeOpt = None,
    no_gitignore: NoGitignoreOpt = False,
    stdin_filename: StdinFilenameOpt = None,
    config: ConfigOpt = None,
    quiet: QuietOpt = False,
    color: ColorOpt = None,
    db: DbOpt = None,
    jobs: JobsOpt = None,
) -> None:
    """Report the findings that involve the drafts, at the drafts' lines (exit 0 clean, 1 findings,
    2 usage or input error)."""
    from factcheck.gate import Inputs, run
    from factcheck.render import RenderOptions

    flags = Flags(config, fail_on, fmt, sources, baseline, disable, exclude, select, ignore, min_severity, quiet, color)
    settings = cli_settings(flags)
    given = [
        name for name, on in (("--against PATH", bool(against)), ("--claims DIR", claims), ("--db FILE", db)) if on
    ]
    if len(given) > 1:
        fail(f"give {' or '.join(given)}, not both" if len(given) == 2 else f"give only one of {', '.join(given)}")
    if not given:
        fail("nothing to check against: give --against PATH, --claims DIR or --db FILE")
    inputs, data = read_stdin(drafts, stdin_filename)
    options = gate_options(settings, keep_junk, output=output, gitignore=not no_gitignore, data=data, jobs=jobs)
    to_check = Inputs(articles=tuple(against or ()), drafts=tuple(inputs), claims_dir=claims, db=db)
    result = run(to_check, options)
    render_options = RenderOptions(draft_ids=result.draft_ids)
    code = emit_report(result.report, settings.format, output, FailOn(settings.fail_on), render_options)
    raise typer.Exit(code)
