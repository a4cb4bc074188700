"""Pieces shared by the commands: output, the --fail-on gate, diagnostics on stderr."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path

from factcheck.cli.app import ExitCode, fail, warn
from factcheck.models import Report, Severity, Status
from factcheck.render import RenderOptions, formats, render

__all__ = ["FailOn", "emit_report", "gate_exit_code", "write_output"]


class FailOn(StrEnum):
    """Which findings make the exit code 1: conflicts (default), any finding an editor must look at
    (conflicts, updated figures, different events), or none."""

    CONFLICT = "conflict"
    ANY = "any"
    NONE = "none"


def write_output(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"{output}: cannot write the report ({exc.strerror or exc})")


def gate_exit_code(report: Report, fail_on: FailOn) -> ExitCode:
    """0 when no finding at or above ``fail_on`` (accepted findings never count), else 1."""
    if fail_on == FailOn.NONE:
        return ExitCode.OK
    levels = {Severity.ERROR} if fail_on == FailOn.CONFLICT else {Severity.ERROR, Severity.WARNING}
    for f in report.findings:
        if f.accepted:
            continue
        if f.severity in levels and f.status != Status.AGREEMENT:
            return ExitCode.FINDINGS
    return ExitCode.OK


def emit_report(
    report: Report, fmt: str, output: Path | None, fail_on: FailOn, options: RenderOptions | None = None
) -> ExitCode:
    """Render and write the report, print input problems on stderr, and give the exit code:
    2 when an input was bad (the others' results are still written), else the gate's code."""
    if fmt not in formats():
        fail(f"unknown format {fmt!r}; choose one of {', '.join(formats())}")
    color = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    opts = options or RenderOptions()
    opts = RenderOptions(color=color and fmt == "text", show_unique=opts.show_unique, draft_ids=opts.draft_ids)
    write_output(render(report, fmt, opts), output)
    for d in report.diagnostics:
        warn(f"{d.path}{':' + str(d.line) if d.line else ''}: {d.message}")
    if any(d.severity == Severity.ERROR for d in report.diagnostics):
        return ExitCode.ERROR
    return gate_exit_code(report, fail_on)
