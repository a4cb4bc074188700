"""``--format github``: GitHub Actions workflow commands that annotate the draft's lines in a PR.

One ``::error`` / ``::warning`` / ``::notice`` line per open finding (conflicts, updated figures,
different events; accepted ones are left out), pointing at the draft's evidence under ``factcheck
check``. Input problems become annotations on their files. When ``GITHUB_STEP_SUMMARY`` names a file
(as it does in every Actions step) a Markdown summary table is appended to it.
"""

from __future__ import annotations

import os
from pathlib import Path

from factcheck.models import Finding, Report, Severity
from factcheck.render import RenderOptions, register_renderer
from factcheck.render._shared import evidence_span, input_paths, issues, primary_and_related, series_text
from factcheck.render.markdown import md_escape, summary_table

__all__ = ["annotation", "escape_data", "escape_property", "render_github", "write_step_summary"]

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
STEP_SUMMARY_ENV = "GITHUB_STEP_SUMMARY"


def escape_data(text: str) -> str:
    """Escape a workflow-command message (GitHub's toolkit rules)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow-command property value (message rules plus ':' and ',')."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(f: Finding, options: RenderOptions, paths: dict[str, str]) -> str:
    primary, related = primary_and_related(f, options.draft_ids)
    span = evidence_span(primary)
    props = {
        "file": paths.get(primary.source_id, primary.source_id),
        "line": str(span.start_line),
        "col": str(span.start_column),
        "endLine": str(span.end_line),
        "endColumn": str(span.end_column),
        "title": f"factcheck {f.kind}: {f.subject} — {f.attribute}",
    }
    message = f.explanation
    if f.preferred is not None:
        message += f"\nSuggested: {f.preferred.value} ({f.preferred.reason})"
    if f.series:
        message += f"\nSeries: {series_text(f)}"
    for e in related:
        message += f"\n{paths.get(e.source_id, e.source_id)}:{e.line}:{e.column}: {e.text}"
    prop_text = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{_COMMANDS[f.severity]} {prop_text}::{escape_data(message)}"


def write_step_summary(report: Report, path: Path, draft_ids: tuple[str, ...]) -> None:
    """Append the counts table and one line per open finding to the step summary file."""
    open_issues = issues(report)
    lines = ["## factcheck" + (f" — {', '.join(draft_ids)}" if draft_ids else ""), "", *summary_table(report)]
    if open_issues:
        lines += ["", "| Severity | Finding | Values |", "| --- | --- | --- |"]
        for f in open_issues:
            values = "; ".join(md_escape(v.value) for v in f.values)
            lines.append(f"| {f.severity.value} | {md_escape(f.subject)} — {md_escape(f.attribute)} | {values} |")
    with path.open("a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n\n")


@register_renderer("github")
def render_github(report: Report, options: RenderOptions) -> str:
    paths = input_paths(report)
    out = [annotation(f, options, paths) for f in issues(report)]
    for d in report.diagnostics:
        props = f"file={escape_property(d.path)}" + (f",line={d.line}" if d.line else "")
        props += f",title={escape_property('factcheck ' + d.code)}"
        out.append(f"::{_COMMANDS[d.severity]} {props}::{escape_data(d.message)}")
    summary = os.environ.get(STEP_SUMMARY_ENV)
    if summary:
        write_step_summary(report, Path(summary), options.draft_ids)
    return "".join(line + "\n" for line in out)
