"""``factcheck config``: the effective settings and where each one came from."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import app
from factcheck.cli.common import FailOn, Flags, cli_settings
from factcheck.cli.options import ConfigOpt, ExcludeOpt, IgnoreOpt, MinSeverityOpt, SelectOpt

__all__ = ["config"]


@app.command("config")
def config(
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help="As for compare/check.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="As for compare/check.")] = None,
    sources: Annotated[Path | None, typer.Option("--sources", help="As for compare/check.")] = None,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="As for compare/check.")] = None,
    disable: Annotated[list[str] | None, typer.Option("--disable", help="As for compare/check.")] = None,
    exclude: ExcludeOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    min_severity: MinSeverityOpt = None,
    config_file: ConfigOpt = None,
) -> None:
    """Print the effective settings (default < factcheck.toml or [tool.factcheck] < FACTCHECK_* <
    flags), each with where it came from."""
    from factcheck.config import settings_text

    flags = Flags(config_file, fail_on, fmt, sources, baseline, disable, exclude, select, ignore, min_severity)
    print(settings_text(cli_settings(flags)), end="")
