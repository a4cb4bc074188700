"""Options shared by several commands, declared once so their names and help stay the same."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import ColorMode
from factcheck.cli.common import FailOn, MinSeverity

__all__ = [
    "BaselineOpt",
    "ColorOpt",
    "ConfigOpt",
    "DbOpt",
    "DisableOpt",
    "ExcludeOpt",
    "FailOnOpt",
    "FormatOpt",
    "IgnoreOpt",
    "JobsOpt",
    "KeepJunkOpt",
    "MinSeverityOpt",
    "NoGitignoreOpt",
    "OutputOpt",
    "QuietOpt",
    "SelectOpt",
    "SourcesOpt",
    "StdinFilenameOpt",
]

SourcesOpt = Annotated[Path | None, typer.Option("--sources", help="Sources manifest (JSON) with titles and dates.")]
FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="text, concise, json, markdown, html, sarif, github, gitlab, junit, checkstyle, rdjson.",
    ),
]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here instead of stdout.")]
FailOnOpt = Annotated[FailOn | None, typer.Option("--fail-on", help="Exit 1 on: conflict (default), any, none.")]
BaselineOpt = Annotated[
    Path | None, typer.Option("--baseline", help="Accept the findings listed in this baseline file.")
]
KeepJunkOpt = Annotated[bool, typer.Option("--keep-junk", help="Do not remove page junk before extraction.")]
DisableOpt = Annotated[list[str] | None, typer.Option("--disable", help="Extractor id or family to turn off.")]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="Read settings from this TOML file instead of searching for one.")
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="Print the report only: no warnings or progress (errors still show).")
]
ColorOpt = Annotated[
    ColorMode | None,
    typer.Option("--color", help="Colour: auto (a terminal without NO_COLOR; default), always, never."),
]
ExcludeOpt = Annotated[
    list[str] | None,
    typer.Option("--exclude", help="Leave files matching this glob out of directory scans (repeatable)."),
]
NoGitignoreOpt = Annotated[
    bool, typer.Option("--no-gitignore", help="Scan directories without honouring .gitignore files.")
]
SelectOpt = Annotated[
    list[str] | None, typer.Option("--select", help="Report only these finding kinds or prefixes (repeatable).")
]
IgnoreOpt = Annotated[
    list[str] | None, typer.Option("--ignore", help="Leave out these finding kinds or prefixes (repeatable).")
]
MinSeverityOpt = Annotated[
    MinSeverity | None, typer.Option("--min-severity", help="Report findings at or above: error, warning, info.")
]
StdinFilenameOpt = Annotated[
    str | None,
    typer.Option("--stdin-filename", help="The file name of the text read from '-' (its type and its path)."),
]
JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Extraction processes (default: the cores available)."),
]
DbOpt = Annotated[Path | None, typer.Option("--db", help="Claim store (SQLite) written by `factcheck index`.")]
