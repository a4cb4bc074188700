"""``factcheck config``: the effective settings and where each one came from."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import app
from factcheck.cli.common import FailOn, cli_settings

__all__ = ["config"]


@app.command("config")
def config(
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help="As for compare/check.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="As for compare/check.")] = None,
    sources: Annotated[Path | None, typer.Option("--sources", help="As for compare/check.")] = None,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="As for compare/check.")] = None,
    disable: Annotated[list[str] | None, typer.Option("--disable", help="As for compare/check.")] = None,
) -> None:
    """Print the effective settings (default < factcheck.toml or [tool.factcheck] < FACTCHECK_* <
    flags), each with where it came from."""
    from factcheck.config import settings_text

    settings = cli_settings(fail_on, fmt, sources, baseline, disable)
    print(settings_text(settings), end="")
