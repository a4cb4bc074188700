"""Options shared by several commands, declared once so their names and help stay the same."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.common import FailOn

__all__ = [
    "BaselineOpt",
    "DbOpt",
    "DisableOpt",
    "FailOnOpt",
    "FormatOpt",
    "JobsOpt",
    "KeepJunkOpt",
    "OutputOpt",
    "SourcesOpt",
]

SourcesOpt = Annotated[Path | None, typer.Option("--sources", help="Sources manifest (JSON) with titles and dates.")]
FormatOpt = Annotated[
    str | None, typer.Option("--format", "-f", help="text, json, markdown, sarif, github, gitlab, html.")
]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here instead of stdout.")]
FailOnOpt = Annotated[FailOn | None, typer.Option("--fail-on", help="Exit 1 on: conflict (default), any, none.")]
BaselineOpt = Annotated[
    Path | None, typer.Option("--baseline", help="Accept the findings listed in this baseline file.")
]
KeepJunkOpt = Annotated[bool, typer.Option("--keep-junk", help="Do not remove page junk before extraction.")]
DisableOpt = Annotated[list[str] | None, typer.Option("--disable", help="Extractor id or family to turn off.")]
JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Extraction processes (default: the cores available)."),
]
DbOpt = Annotated[Path | None, typer.Option("--db", help="Claim store (SQLite) written by `factcheck index`.")]
