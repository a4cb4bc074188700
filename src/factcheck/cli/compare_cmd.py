"""``factcheck compare``: the conflict-and-agreement report on several articles."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import app, fail
from factcheck.cli.common import FailOn, Flags, cli_settings, emit_report, gate_options, ignored_hint, read_stdin
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

__all__ = ["compare"]


@app.command("compare")
def compare(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Article files (.txt .md .html .json) or directories; '-' reads stdin.")
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
    story: Annotated[str | None, typer.Option("--story", help="With --db: compare only this story's articles.")] = None,
    jobs: JobsOpt = None,
) -> None:
    """Compare articles and report conflicts and agreements (exit 0 clean, 1 findings, 2 error)."""
    from factcheck.gate import Inputs, run
    from factcheck.render import RenderOptions

    flags = Flags(config, fail_on, fmt, sources, baseline, disable, exclude, select, ignore, min_severity, quiet, color)
    settings = cli_settings(flags)
    given = [name for name, on in (("article PATHs", bool(paths)), ("--claims DIR", claims), ("--db FILE", db)) if on]
    if len(given) > 1:
        fail(f"give {' or '.join(given)}, not both" if len(given) == 2 else f"give only one of {', '.join(given)}")
    if not given:
        fail("no inputs: give article PATHs, --claims DIR or --db FILE")
    if story is not None and db is None:
        fail("--story needs --db FILE")
    inputs, data = read_stdin(paths or [], stdin_filename)
    options = gate_options(settings, keep_junk, output=output, gitignore=not no_gitignore, data=data, jobs=jobs)
    report = run(Inputs(articles=tuple(inputs), claims_dir=claims, db=db, story=story), options).report
    if report.summary.inputs == 0 and not any(d.severity == "error" for d in report.diagnostics):
        if db is not None:
            fail(f"{db}: the claim store holds no articles")
        fail("no article files found in the given paths" + ignored_hint(inputs, options.scan))
    render_options = RenderOptions(show_unique=show_unique)
    code = emit_report(report, settings.format, output, FailOn(settings.fail_on), render_options)
    raise typer.Exit(code)
