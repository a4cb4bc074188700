"""``--format concise``: one line per finding, ``path:line:col: severity[kind] message``, like ruff's
concise output and compilers' errors (editors and terminals link each line to its place).

Findings an editor must act on (conflicts, updated figures, different events) are listed, the draft's
line first under ``factcheck check``; an updated figure's line ends with its series of values over time.
Accepted findings, agreements and single-source claims are left out. Input problems follow as
``path:line:1: severity[code] message``, then one summary line.
"""

from __future__ import annotations

from factcheck.models import Finding, Report, Severity, Status
from factcheck.render import RenderOptions, register_renderer
from factcheck.render._shared import input_paths, issues, primary_and_related, series_text
from factcheck.text import plural

__all__ = ["concise_line", "render_concise"]

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _value_of(f: Finding, source_id: str) -> str:
    for v in f.values:
        if any(e.source_id == source_id for e in v.sources):
            return v.display or v.value
    return ""


def concise_line(f: Finding, options: RenderOptions, paths: dict[str, str]) -> str:
    primary, _ = primary_and_related(f, options.draft_ids)
    where = f"{paths.get(primary.source_id, primary.source_id)}:{primary.line}:{primary.column}"
    level = f"{f.severity.value}[{f.kind}]"
    if options.color:
        level = f"\x1b[{_COLORS[f.severity]};1m{level}\x1b[0m"
    others = "; ".join(
        f"{v.display or v.value} ({', '.join(sorted({e.source_id for e in v.sources}))})"
        for v in f.values
        if not any(e is primary for e in v.sources)
    )
    message = f"{f.subject} — {f.attribute}: {_value_of(f, primary.source_id)}"
    if others:
        message += f"; elsewhere {others}"
    if f.preferred is not None:
        message += f"; suggested {f.preferred.value}"
    if f.series:
        message += f"; series {series_text(f)}"
    return f"{where}: {level} {message} [{f.id}]"


@register_renderer("concise")
def render_concise(report: Report, options: RenderOptions) -> str:
    paths = input_paths(report)
    found = issues(report)
    lines = [concise_line(f, options, paths) for f in found]
    for d in report.diagnostics:
        lines.append(f"{d.path}:{d.line or 1}:1: {d.severity.value}[{d.code}] {d.message}")
    by_status = {status: sum(1 for f in found if f.status == status) for status in Status}
    if found:
        counts = [
            plural(by_status[Status.CONFLICT], "conflict"),
            f"{by_status[Status.UPDATED]} updated",
            plural(by_status[Status.DISTINCT_EVENTS], "different event"),
        ]
        if by_status[Status.POSSIBLE_CONFLICT]:
            counts.append(plural(by_status[Status.POSSIBLE_CONFLICT], "possible conflict"))
        if by_status[Status.DIFFERENT_AUTHORITIES]:
            counts.append(
                plural(by_status[Status.DIFFERENT_AUTHORITIES], "different authority", "different authorities")
            )
        summary = f"Found {plural(len(found), 'finding')} ({', '.join(counts)})"
    else:
        summary = "No findings to check"
    if report.summary.accepted:
        summary += f"; {report.summary.accepted} accepted"
    return "\n".join([*lines, summary + "."]) + "\n"
