"""``factcheck baseline``: write the current findings to a baseline file for an editor to accept."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import ExitCode, app, fail, warn
from factcheck.cli.common import Flags, cli_settings, gate_options, print_diagnostics
from factcheck.cli.options import ConfigOpt, DisableOpt, ExcludeOpt, KeepJunkOpt, NoGitignoreOpt, QuietOpt, SourcesOpt
from factcheck.text import plural

__all__ = ["baseline"]


@app.command("baseline")
def baseline(
    file: Annotated[Path, typer.Argument(help="Baseline file to write (reasons already in it are kept).")],
    paths: Annotated[list[Path] | None, typer.Argument(help="Article files or directories.")] = None,
    sources: SourcesOpt = None,
    claims: Annotated[Path | None, typer.Option("--claims", help="Use stored claim records in DIR instead.")] = None,
    prune: Annotated[
        bool, typer.Option("--prune", help="Only remove the entries that match no finding any more; add none.")
    ] = False,
    keep_junk: KeepJunkOpt = False,
    disable: DisableOpt = None,
    exclude: ExcludeOpt = None,
    no_gitignore: NoGitignoreOpt = False,
    config: ConfigOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Write a baseline of today's findings (conflicts and others at warning or above); fill in each
    entry's reason, accepted_by and accepted_on, then pass it with --baseline. With --prune, remove the
    entries that no longer match a finding instead."""
    from factcheck.baseline import prune_baseline, write_baseline
    from factcheck.gate import compare_inputs
    from factcheck.models import Severity

    settings = cli_settings(Flags(config=config, sources=sources, disable=disable, exclude=exclude, quiet=quiet))
    if claims is not None and paths:
        fail("give article PATHs or --claims DIR, not both")
    if claims is None and not paths:
        fail("no inputs: give article PATHs or --claims DIR")
    if prune and not file.exists():
        fail(f"{file}: no such baseline file to prune")
    options = gate_options(settings, keep_junk, use_baseline=False, gitignore=not no_gitignore)
    report = compare_inputs(paths or [], claims, options)
    print_diagnostics(report.diagnostics)
    if prune:
        pruned, removed = prune_baseline(file, report.findings)
        warn(f"removed {plural(removed, 'stale entry', 'stale entries')} from {file}; {len(pruned.entries)} kept")
    else:
        written = write_baseline(report, file)
        filled = sum(1 for e in written.entries if e.reason)
        warn(f"wrote {plural(len(written.entries), 'entry', 'entries')} to {file} ({filled} with a reason)")
    bad = any(d.severity == Severity.ERROR for d in report.diagnostics)
    raise typer.Exit(ExitCode.ERROR if bad else ExitCode.OK)
