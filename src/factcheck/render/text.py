"""``--format text``: a readable report for terminals, grouped by status, with evidence snippets.

Each evidence line starts with ``path:line:column`` (the input file's path as given), which terminals
and editors turn into a link to the place, as they do for compilers' and ruff's output.
"""

from __future__ import annotations

from factcheck.models import Finding, Report, Status
from factcheck.render import RenderOptions, register_renderer
from factcheck.render._shared import input_paths, series_text
from factcheck.text import plural

__all__ = ["render_text", "summary_line"]

# Findings below this confidence are marked "?" in the text report (see compare.events).
LOW_CONFIDENCE = 0.7
SNIPPET_WIDTH = 100

_HEADINGS = {
    Status.CONFLICT: "CONFLICTS",
    Status.POSSIBLE_CONFLICT: "POSSIBLE CONFLICTS",
    Status.UPDATED: "UPDATED FIGURES",
    Status.DISTINCT_EVENTS: "DIFFERENT EVENTS",
    Status.DIFFERENT_AUTHORITIES: "DIFFERENT AUTHORITIES",
    Status.AGREEMENT: "AGREEMENTS",
    Status.UNIQUE: "SINGLE-SOURCE CLAIMS",
}
_COLORS = {
    Status.CONFLICT: "31",
    Status.UPDATED: "33",
    Status.DISTINCT_EVENTS: "36",
    Status.DIFFERENT_AUTHORITIES: "35",
    Status.POSSIBLE_CONFLICT: "33",
    Status.AGREEMENT: "32",
}


def _snippet(sentence: str, text: str) -> str:
    i = sentence.find(text)
    if i < 0 or len(sentence) <= SNIPPET_WIDTH:
        return sentence if len(sentence) <= SNIPPET_WIDTH else sentence[: SNIPPET_WIDTH - 1] + "…"
    a = max(0, i - (SNIPPET_WIDTH - len(text)) // 2)
    b = min(len(sentence), a + SNIPPET_WIDTH)
    return ("…" if a > 0 else "") + sentence[a:b] + ("…" if b < len(sentence) else "")


def _finding(f: Finding, color: bool, paths: dict[str, str], stories: bool = False) -> list[str]:
    mark = " ?" if f.confidence < LOW_CONFIDENCE else ""
    story = f", {f.story}" if stories and f.story else ""
    head = f"{f.subject} — {f.attribute}{mark}  [{f.kind}, confidence {f.confidence:.2f}, {f.id}{story}]"
    lines = [f"\x1b[1m{head}\x1b[0m" if color else head]
    for v in f.values:
        sources = ", ".join(sorted({e.source_id for e in v.sources}))
        event = f" (event {v.event})" if v.event else ""
        lines.append(f"  • {v.display or v.value}{event}: {sources}")
        for e in v.sources:
            where = f"{paths.get(e.source_id, e.source_id)}:{e.line}:{e.column}"
            lines.append(f"      {where}  “{_snippet(e.sentence, e.text)}”")
    if f.series:
        lines.append(f"  series: {series_text(f)}")
    if f.preferred is not None:
        lines.append(f"  → suggested: {f.preferred.value} ({f.preferred.reason})")
    if f.diff:
        lines.append(f"  diff: {f.diff}")
    if f.accepted:
        lines.append(f"  accepted: {f.accepted}")
    lines.append(f"  {f.explanation}")
    return lines


def summary_line(report: Report) -> str:
    """'2 conflicts, 0 updated, 1 different event, 6 agreements, 3 single-source[, 1 accepted]'."""
    s = report.summary
    return (
        f"{plural(s.conflict, 'conflict')}, {s.updated} updated, {plural(s.distinct_events, 'different event')}, "
        + (f"{plural(s.possible_conflict, 'possible conflict')}, " if s.possible_conflict else "")
        + (
            f"{plural(s.different_authorities, 'different authority', 'different authorities')}, "
            if s.different_authorities
            else ""
        )
        + f"{plural(s.agreement, 'agreement')}, {s.unique} single-source"
        + (f", {s.accepted} accepted" if s.accepted else "")
    )


@register_renderer("text")
def render_text(report: Report, options: RenderOptions) -> str:
    s = report.summary
    paths = input_paths(report)
    out = [
        f"factcheck {report.tool.version} — {plural(s.inputs, 'input')}, {plural(s.claims, 'claim')}"
        + ("" if report.with_dates else " (no publication dates: events cannot be told apart by time)"),
        summary_line(report),
    ]
    # With several stories in the input, each finding says which story it is about.
    stories = len({i.story for i in report.inputs if i.story}) > 1
    if stories:
        out[0] += f", {len({i.story for i in report.inputs if i.story})} stories"
    for status in _HEADINGS:
        items = [f for f in report.findings if f.status == status]
        if not items or (status == Status.UNIQUE and not options.show_unique):
            continue
        heading = f"{_HEADINGS[status]} ({len(items)})"
        out += ["", f"\x1b[{_COLORS.get(status, '0')};1m{heading}\x1b[0m" if options.color else heading]
        for f in items:
            out += _finding(f, options.color, paths, stories)
    if report.diagnostics:
        out += ["", f"PROBLEMS WITH INPUTS ({len(report.diagnostics)})"]
        out += [f"  {d.path}:{d.line or 1}:1: {d.message} [{d.code}]" for d in report.diagnostics]
    return "\n".join(out) + "\n"
