"""Pieces shared by the commands: output, the --fail-on gate, diagnostics on stderr."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.cli.app import ExitCode, fail, warn
from factcheck.config import Settings, load_settings

if TYPE_CHECKING:  # the pipeline is imported when a command runs, not when the CLI starts
    from factcheck.gate import GateOptions, Progress
    from factcheck.models import Report
    from factcheck.render import RenderOptions

__all__ = [
    "FailOn",
    "cli_settings",
    "emit_report",
    "gate_exit_code",
    "gate_options",
    "stderr_progress",
    "write_output",
]


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
    from factcheck.models import Severity, Status

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
    from factcheck.models import Severity
    from factcheck.render import RenderOptions, formats, render

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


def cli_settings(
    fail_on: FailOn | None = None,
    fmt: str | None = None,
    sources: Path | None = None,
    baseline: Path | None = None,
    disable: list[str] | None = None,
) -> Settings:
    """Config file < ``FACTCHECK_*`` variables < these flags (None: the flag was not given)."""
    return load_settings(
        {
            "fail-on": fail_on.value if fail_on is not None else None,
            "format": fmt,
            "sources": str(sources) if sources is not None else None,
            "baseline": str(baseline) if baseline is not None else None,
            "extractors.disable": disable or None,
        }
    )


def stderr_progress() -> Progress | None:
    """A one-line progress display on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(i: int, n: int, path: str) -> None:
        end = "\r\x1b[K" if i == n else ""
        sys.stderr.write(f"\r\x1b[Kfactcheck: reading {i}/{n} {path}{end}")
        sys.stderr.flush()

    return show


def gate_options(settings: Settings, keep_junk: bool = False, use_baseline: bool = True) -> GateOptions:
    """The gate's options from the effective settings (reads the baseline file when one is set)."""
    from factcheck.baseline import load_baseline
    from factcheck.gate import GateOptions

    baseline = load_baseline(settings.baseline) if use_baseline and settings.baseline is not None else None
    return GateOptions(
        sources=settings.sources,
        keep_junk=keep_junk,
        disabled=settings.disable,
        trust=settings.trust,
        baseline=baseline,
        progress=stderr_progress(),
    )
