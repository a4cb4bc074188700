"""The typer application, the exit-code contract, output settings and error translation at the boundary.

Every usage error, whether found by factcheck or by click (an unknown option, a missing argument, a bad
choice), is printed the same way: one line ``factcheck: error: …`` on stderr, exit code 2.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Annotated, NoReturn, TextIO

import typer

from factcheck._version import __version__
from factcheck.errors import FactcheckError

__all__ = [
    "ColorMode",
    "ExitCode",
    "OutputSettings",
    "app",
    "color_for",
    "fail",
    "main",
    "one_line",
    "output_settings",
    "set_output",
    "warn",
]


class ExitCode(IntEnum):
    """Linter-style exit codes (README, 'Exit codes')."""

    OK = 0
    FINDINGS = 1
    ERROR = 2


class ColorMode(StrEnum):
    """``--color``: ``auto`` colours a terminal unless ``NO_COLOR`` is set; ``always``/``never`` decide."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


@dataclass(frozen=True)
class OutputSettings:
    """How this invocation talks: colour mode and whether warnings and progress are silenced (-q)."""

    color: ColorMode = ColorMode.AUTO
    quiet: bool = False


_OUTPUT: list[OutputSettings] = [OutputSettings()]


def set_output(settings: OutputSettings) -> None:
    """Set the output settings of this invocation (each command calls it once with its flags)."""
    _OUTPUT[0] = settings


def output_settings() -> OutputSettings:
    return _OUTPUT[0]


def color_for(stream: TextIO) -> bool:
    """Whether to colour ``stream``: ``--color always``/``never``, else a terminal without ``NO_COLOR``."""
    mode = _OUTPUT[0].color
    if mode is ColorMode.ALWAYS:
        return True
    if mode is ColorMode.NEVER:
        return False
    return stream.isatty() and not os.environ.get("NO_COLOR")


CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(
    name="factcheck",
    help="Check news articles against each other: conflicts and agreements with exact evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings=CONTEXT_SETTINGS,
)


def one_line(message: str) -> str:
    """``message`` with line breaks and other control characters escaped (``\\n``): a file name or a key
    taken from an input can hold them, and every message stays one line."""
    return "".join(c if c.isprintable() or c == "\t" else repr(c)[1:-1] for c in message)


def warn(message: str) -> None:
    """A one-line message on stderr (never stdout: stdout carries data); silenced by ``-q``."""
    if _OUTPUT[0].quiet:
        return
    prefix = "\x1b[33mfactcheck:\x1b[0m" if color_for(sys.stderr) else "factcheck:"
    print(f"{prefix} {one_line(message)}", file=sys.stderr)


def error_line(message: str) -> str:
    prefix = "\x1b[31mfactcheck: error:\x1b[0m" if color_for(sys.stderr) else "factcheck: error:"
    return f"{prefix} {one_line(message)}"


def fail(message: str) -> NoReturn:
    """Print a one-line error on stderr and exit 2 (never silenced)."""
    print(error_line(message), file=sys.stderr)
    raise typer.Exit(ExitCode.ERROR)


def _version(value: bool) -> None:
    if value:
        print(f"factcheck {__version__}")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Check news articles against each other."""


def usage_message(exc: typer.TyperException) -> str:
    """A click usage error in factcheck's words: lower-case start, and where to read the usage."""
    format_message = getattr(exc, "format_message", None)
    raw = format_message() if callable(format_message) else str(exc)
    text = " ".join(str(raw).split()).replace("Value error, ", "").rstrip(".")
    text = text[:1].lower() + text[1:]
    ctx = getattr(exc, "ctx", None)
    command = getattr(ctx, "command_path", None) or "factcheck"
    return f"{text} (see '{command} -h')"


def _help_of(exc: typer.TyperException) -> str:
    ctx = getattr(exc, "ctx", None)
    get_help = getattr(ctx, "get_help", None)
    return str(get_help()) if callable(get_help) else ""


def main() -> None:
    """Console entry point: usage errors exit 2, library errors become one line, never a traceback."""
    set_output(OutputSettings())
    try:
        code = app(standalone_mode=False, prog_name="factcheck")
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        print(error_line("aborted"), file=sys.stderr)
        sys.exit(ExitCode.ERROR)
    except FactcheckError as exc:
        print(error_line(str(exc)), file=sys.stderr)
        sys.exit(ExitCode.ERROR)
    except typer.TyperException as exc:  # click's usage errors: unknown option or command, bad value
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `factcheck`: the help, then the error line
            print(_help_of(exc), file=sys.stderr)
            print(error_line("missing command (see 'factcheck -h')"), file=sys.stderr)
        else:
            print(error_line(usage_message(exc)), file=sys.stderr)
        sys.exit(ExitCode.ERROR)
    except Exception as exc:  # the boundary: any other exception is a bug, but still one line
        print(f"factcheck: internal error: {type(exc).__name__}: {one_line(str(exc))}", file=sys.stderr)
        sys.exit(ExitCode.ERROR)
    sys.exit(code if isinstance(code, int) else ExitCode.OK)
