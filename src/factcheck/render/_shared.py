"""Helpers the editor- and CI-facing reporters share: which findings to show, where they point.

A finding "points" at a draft when ``factcheck check`` named drafts (``RenderOptions.draft_ids``): its
primary location is the draft's evidence, the other sources are related locations. Without drafts the
first evidence of the first value is primary.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.models import Evidence, Finding, InputInfo, Report, Severity, Status

__all__ = [
    "ISSUE_STATUSES",
    "STATUS_LABELS",
    "Span",
    "evidence_span",
    "input_paths",
    "issues",
    "primary_and_related",
    "rule_title",
    "series_text",
    "status_counts",
    "suggestion",
]

# Statuses an editor must act on; agreements and single-source claims are context, not issues, so the
# annotation formats (sarif, github, gitlab) leave them out.
ISSUE_STATUSES = (
    Status.CONFLICT,
    Status.POSSIBLE_CONFLICT,
    Status.UPDATED,
    Status.DISTINCT_EVENTS,
    Status.DIFFERENT_AUTHORITIES,
)

STATUS_LABELS = {
    Status.CONFLICT: "Conflicts",
    Status.UPDATED: "Updated figures",
    Status.DISTINCT_EVENTS: "Different events",
    Status.DIFFERENT_AUTHORITIES: "Different authorities",
    Status.POSSIBLE_CONFLICT: "Possible conflicts",
    Status.AGREEMENT: "Agreements",
    Status.UNIQUE: "Single-source claims",
}

SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class Span:
    """A 1-based region; ``end_column`` is one past the last character (as SARIF wants it)."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int


def evidence_span(e: Evidence) -> Span:
    """The region of the evidence text, from its start line/column and its text."""
    newlines = e.text.count("\n")
    if newlines == 0:
        return Span(e.line, e.column, e.line, e.column + max(len(e.text), 1))
    tail = e.text.rsplit("\n", 1)[1]
    return Span(e.line, e.column, e.line + newlines, len(tail) + 1)


def input_paths(report: Report) -> dict[str, str]:
    """Source id -> the input path as given on the command line (forward slashes)."""
    return {i.id: i.path.replace("\\", "/") for i in report.inputs}


def inputs_by_id(report: Report) -> dict[str, InputInfo]:
    return {i.id: i for i in report.inputs}


def issues(report: Report, include_accepted: bool = False) -> list[Finding]:
    """The findings an editor must act on, in report order."""
    return [f for f in report.findings if f.status in ISSUE_STATUSES and (include_accepted or not f.accepted)]


def primary_and_related(f: Finding, draft_ids: tuple[str, ...]) -> tuple[Evidence, list[Evidence]]:
    """The evidence a finding points at and all the others.

    A draft's evidence comes first, preferring a draft whose value is not the suggested one (that is
    the line to fix); without drafts, the first evidence of the first value.
    """
    preferred = f.preferred.value if f.preferred is not None else None
    ranked = [
        (v.value == preferred, e.source_id not in draft_ids, n, e)
        for n, (v, e) in enumerate((v, e) for v in f.values for e in v.sources)
    ]
    drafts = sorted((r for r in ranked if not r[1]), key=lambda r: (r[0], r[2]))
    primary = drafts[0][3] if drafts else ranked[0][3]
    return primary, [r[3] for r in ranked if r[3] is not primary]


def rule_title(kind: str) -> str:
    """'name-spelling' -> 'Name spelling'."""
    words = kind.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def suggestion(f: Finding) -> str:
    """' Suggested: X (reason).' or ''."""
    if f.preferred is None:
        return ""
    return f" Suggested: {f.preferred.value} ({f.preferred.reason})."


def series_text(f: Finding) -> str:
    """'12 (2024-03-01: wire) → 15 revised (2024-03-02: paper, tv)' or '' for a finding without a series."""
    if not f.series:
        return ""
    return " → ".join(
        f"{p.display}{' revised' if p.revised else ''} ({p.as_of or 'time unknown'}: {', '.join(p.sources)})"
        for p in f.series
    )


def status_counts(report: Report) -> list[tuple[str, int]]:
    """The counts every summary table starts with: conflicts, updates, different events, agreements."""
    s = report.summary
    return [
        (STATUS_LABELS[Status.CONFLICT], s.conflict),
        (STATUS_LABELS[Status.UPDATED], s.updated),
        (STATUS_LABELS[Status.DISTINCT_EVENTS], s.distinct_events),
        *([(STATUS_LABELS[Status.POSSIBLE_CONFLICT], s.possible_conflict)] if s.possible_conflict else []),
        *([(STATUS_LABELS[Status.DIFFERENT_AUTHORITIES], s.different_authorities)] if s.different_authorities else []),
        (STATUS_LABELS[Status.AGREEMENT], s.agreement),
    ]
