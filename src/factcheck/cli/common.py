"""Pieces shared by the commands: settings from flags, output, the --fail-on gate, diagnostics on stderr."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.cli.app import ColorMode, ExitCode, OutputSettings, color_for, fail, output_settings, set_output, warn
from factcheck.config import Settings, load_settings
from factcheck.text import plural

if TYPE_CHECKING:  # imported when a command runs, not when the CLI starts
    from factcheck.gate import GateOptions, Progress
    from factcheck.models import Diagnostic, Report
    from factcheck.render import RenderOptions
    from factcheck.scan import ScanOptions

__all__ = [
    "STDIN",
    "FailOn",
    "Flags",
    "MinSeverity",
    "cli_settings",
    "emit_report",
    "gate_exit_code",
    "gate_options",
    "ignored_hint",
    "jobs_or_default",
    "print_diagnostics",
    "read_stdin",
    "stderr_progress",
    "write_output",
]

STDIN = "-"
DEFAULT_STDIN_NAME = "stdin.md"


class FailOn(StrEnum):
    """Which findings make the exit code 1: conflicts (default), any finding an editor must look at
    (conflicts, updated figures, different events), or none."""

    CONFLICT = "conflict"
    ANY = "any"
    NONE = "none"


class MinSeverity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Flags:
    """The settings flags of one command line (None or empty: not given)."""

    config: Path | None = None
    fail_on: FailOn | None = None
    fmt: str | None = None
    sources: Path | None = None
    baseline: Path | None = None
    disable: Sequence[str] | None = None
    exclude: Sequence[str] | None = None
    select: Sequence[str] | None = None
    ignore: Sequence[str] | None = None
    min_severity: MinSeverity | None = None
    quiet: bool = False
    color: ColorMode | None = None


def _split(values: Sequence[str] | None) -> list[str] | None:
    """Repeated flags and comma-separated lists alike: ``--select a,b --select c``."""
    if not values:
        return None
    return [p.strip() for v in values for p in v.split(",") if p.strip()]


def cli_settings(flags: Flags | None = None) -> Settings:
    """Config file < ``FACTCHECK_*`` variables < these flags; also sets -q and --color for the run."""
    flags = flags or Flags()
    set_output(OutputSettings(color=flags.color or ColorMode.AUTO, quiet=flags.quiet))
    settings = load_settings(
        {
            "fail-on": flags.fail_on.value if flags.fail_on is not None else None,
            "format": flags.fmt,
            "sources": str(flags.sources) if flags.sources is not None else None,
            "baseline": str(flags.baseline) if flags.baseline is not None else None,
            "extractors.disable": _split(flags.disable),
            "exclude": _split(flags.exclude),
            "select": _split(flags.select),
            "ignore": _split(flags.ignore),
            "min-severity": flags.min_severity.value if flags.min_severity is not None else None,
        },
        config_file=flags.config,
    )
    from factcheck.parse import use_model, use_parse_budget

    use_model(settings.nlp_model)  # the parse stage loads it lazily, only when an article is parsed
    use_parse_budget(settings.max_parse_size)
    return settings


def write_output(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from factcheck.atomic import write_atomic
    from factcheck.errors import OutputError

    try:
        write_atomic(output, text)
    except OutputError as exc:
        fail(str(exc))


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


def print_diagnostics(diagnostics: Sequence[Diagnostic]) -> None:
    """Each input problem on stderr as ``path:line: message [code]``; errors even under -q."""
    from factcheck.models import Severity

    for d in diagnostics:
        line = f"{d.path}{':' + str(d.line) if d.line else ''}: {d.message} [{d.code}]"
        if d.severity == Severity.ERROR and output_settings().quiet:
            print(f"factcheck: {line}", file=sys.stderr)
        else:
            warn(line)


def emit_report(
    report: Report, fmt: str, output: Path | None, fail_on: FailOn, options: RenderOptions | None = None
) -> ExitCode:
    """Render and write the report, print input problems on stderr, and give the exit code:
    2 when an input was bad (the others' results are still written), else the gate's code."""
    from factcheck.models import Severity
    from factcheck.render import RenderOptions, formats, render

    if fmt not in formats():
        fail(f"unknown format {fmt!r}; choose one of {', '.join(formats())}")
    color = output is None and color_for(sys.stdout)
    opts = options or RenderOptions()
    opts = RenderOptions(color=color, show_unique=opts.show_unique, draft_ids=opts.draft_ids)
    write_output(render(report, fmt, opts), output)
    print_diagnostics(report.diagnostics)
    if any(d.severity == Severity.ERROR for d in report.diagnostics):
        return ExitCode.ERROR
    return gate_exit_code(report, fail_on)


def stderr_progress() -> Progress | None:
    """A one-line progress display on stderr, only when stderr is a terminal (never under -q)."""
    if not sys.stderr.isatty() or output_settings().quiet:
        return None

    def show(i: int, n: int, path: str) -> None:
        end = "\r\x1b[K" if i == n else ""
        sys.stderr.write(f"\r\x1b[Kfactcheck: reading {i}/{n} {path}{end}")
        sys.stderr.flush()

    return show


def jobs_or_default(jobs: int | None) -> int:
    """``--jobs``, or the cores available when it is not given."""
    from factcheck.parallel import default_jobs

    return jobs if jobs is not None else default_jobs()


def read_stdin(paths: Sequence[Path], stdin_filename: str | None) -> tuple[list[Path], dict[Path, bytes]]:
    """Replace ``-`` in ``paths`` by the ``--stdin-filename`` path and read standard input for it."""
    if not any(str(p) == STDIN for p in paths):
        if stdin_filename is not None:
            fail("--stdin-filename needs '-' among the inputs")
        return list(paths), {}
    if sum(1 for p in paths if str(p) == STDIN) > 1:
        fail("'-' (standard input) can be given only once")
    name = Path(stdin_filename or DEFAULT_STDIN_NAME)
    return [name if str(p) == STDIN else p for p in paths], {name: sys.stdin.buffer.read()}


def gate_options(
    settings: Settings,
    keep_junk: bool = False,
    use_baseline: bool = True,
    *,
    output: Path | None = None,
    gitignore: bool = True,
    data: dict[Path, bytes] | None = None,
    jobs: int | None = None,
) -> GateOptions:
    """The gate's options from the effective settings (reads the baseline file when one is set)."""
    from factcheck.baseline import load_baseline
    from factcheck.gate import GateOptions
    from factcheck.models import Severity
    from factcheck.scan import ScanOptions, skip_set
    from factcheck.selection import Selection

    baseline = load_baseline(settings.baseline) if use_baseline and settings.baseline is not None else None
    return GateOptions(
        sources=settings.sources,
        keep_junk=keep_junk,
        disabled=settings.disable,
        trust=settings.trust,
        baseline=baseline,
        baseline_path=settings.baseline if baseline is not None else None,
        progress=stderr_progress(),
        jobs=jobs_or_default(jobs),
        max_bytes=settings.max_file_size,
        scan=ScanOptions(exclude=settings.exclude, gitignore=gitignore, skip=skip_set([output, settings.baseline])),
        data=data or {},
        selection=Selection(settings.select, settings.ignore, Severity(settings.min_severity)),
    )


def ignored_hint(paths: Sequence[Path], scan: ScanOptions) -> str:
    """'' or why a scan found nothing: '(3 files are ignored by .gitignore; --no-gitignore reads them)'."""
    from factcheck.scan import ScanOptions, scan_paths

    if not scan.gitignore:
        return ""
    hidden = len(scan_paths(paths, ScanOptions(exclude=scan.exclude, gitignore=False, skip=scan.skip)))
    if not hidden:
        return ""
    return (
        f" ({plural(hidden, 'file')} {'is' if hidden == 1 else 'are'} ignored by .gitignore; --no-gitignore reads them)"
    )
