"""The typer application, the exit-code contract and error translation at the boundary."""

from __future__ import annotations

import os
import sys
from enum import IntEnum
from typing import Annotated, NoReturn

import typer

from factcheck._version import __version__
from factcheck.errors import FactcheckError

__all__ = ["ExitCode", "app", "fail", "main", "one_line", "warn"]


class ExitCode(IntEnum):
    """Linter-style exit codes (README, 'Exit codes')."""

    OK = 0
    FINDINGS = 1
    ERROR = 2


app = typer.Typer(
    name="factcheck",
    help="Check news articles against each other: conflicts and agreements with exact evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _color_allowed() -> bool:
    return sys.stderr.isatty() and "NO_COLOR" not in os.environ


def one_line(message: str) -> str:
    """``message`` with line breaks and other control characters escaped (``\\n``): a file name or a key
    taken from an input can hold them, and every message stays one line."""
    return "".join(c if c.isprintable() or c == "\t" else repr(c)[1:-1] for c in message)


def warn(message: str) -> None:
    """A one-line message on stderr (never stdout: stdout carries data)."""
    prefix = "\x1b[33mfactcheck:\x1b[0m" if _color_allowed() else "factcheck:"
    print(f"{prefix} {one_line(message)}", file=sys.stderr)


def fail(message: str) -> NoReturn:
    """Print a one-line error on stderr and exit 2."""
    prefix = "\x1b[31mfactcheck: error:\x1b[0m" if _color_allowed() else "factcheck: error:"
    print(f"{prefix} {one_line(message)}", file=sys.stderr)
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


def main() -> None:
    """Console entry point: usage errors exit 2, library errors become one line, never a traceback."""
    try:
        code = app(standalone_mode=False)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        print("factcheck: aborted", file=sys.stderr)
        sys.exit(ExitCode.ERROR)
    except FactcheckError as exc:
        print(f"factcheck: error: {one_line(str(exc))}", file=sys.stderr)
        sys.exit(ExitCode.ERROR)
    except typer.TyperException as exc:  # usage errors: unknown option, missing argument
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:
            print(f"factcheck: error: {exc}", file=sys.stderr)
        sys.exit(ExitCode.ERROR)
    except Exception as exc:  # the boundary: any other exception is a bug, but still one line
        print(f"factcheck: internal error: {type(exc).__name__}: {one_line(str(exc))}", file=sys.stderr)
        sys.exit(ExitCode.ERROR)
    sys.exit(code if isinstance(code, int) else ExitCode.OK)
