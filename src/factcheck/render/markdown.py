"""``--format markdown``: an editor's note or pull-request comment.

A summary table, then each finding an editor must act on with its values, the evidence sentences
(claim text in bold) and the suggested value; accepted findings and agreements follow in collapsed
``<details>`` blocks. All article text is escaped: Markdown and HTML in a quote stay literal.
"""

from __future__ import annotations

import re

from factcheck.models import Evidence, Finding, Report, Status
from factcheck.render import RenderOptions, register_renderer
from factcheck.render._shared import STATUS_LABELS, input_paths, issues, series_text, status_counts
from factcheck.text import plural

__all__ = ["md_escape", "render_markdown", "summary_table"]

# Longest evidence sentence quoted in full; longer ones are cut around the claim text.
SENTENCE_WIDTH = 240
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def md_escape(text: str) -> str:
    """Text that renders literally in GitHub/GitLab Markdown (inline, one line)."""
    text = " ".join(text.split()).replace("&", "&amp;")
    return _SPECIAL.sub(r"\\\1", text)


def summary_table(report: Report) -> list[str]:
    """The counts table shared with the GitHub step summary."""
    s = report.summary
    rows = [
        *status_counts(report),
        ("Accepted (baseline or inline)", s.accepted),
    ]
    return ["| Status | Count |", "| --- | ---: |", *(f"| {label} | {n} |" for label, n in rows)]


def _quote(e: Evidence) -> str:
    sentence = e.sentence
    i = sentence.find(e.text)
    if i < 0:
        return md_escape(sentence[:SENTENCE_WIDTH])
    a, b = i, i + len(e.text)
    lo = max(0, a - (SENTENCE_WIDTH - len(e.text)) // 2) if len(sentence) > SENTENCE_WIDTH else 0
    hi = min(len(sentence), lo + SENTENCE_WIDTH)
    before = ("…" if lo > 0 else "") + md_escape(sentence[lo:a])
    after = md_escape(sentence[b:hi]) + ("…" if hi < len(sentence) else "")
    pad_l = " " if sentence[lo:a].endswith(" ") else ""
    pad_r = " " if sentence[b:hi].startswith(" ") else ""
    return f"{before}{pad_l}**{md_escape(e.text)}**{pad_r}{after}".strip()


def _finding(f: Finding, paths: dict[str, str], draft_ids: tuple[str, ...]) -> list[str]:
    head = f"#### {md_escape(f.subject)} — {md_escape(f.attribute)}"
    meta = f"`{f.kind}` · {f.severity.value} · confidence {f.confidence:.2f} · `{f.id}`"
    out = [head, "", meta, "", md_escape(f.explanation), "", "| Value | Sources |", "| --- | --- |"]
    for v in f.values:
        ids = sorted({e.source_id for e in v.sources})
        names = ", ".join(f"**{md_escape(i)}**" if i in draft_ids else md_escape(i) for i in ids)
        event = f" (event {md_escape(v.event)})" if v.event else ""
        out.append(f"| {md_escape(v.value)}{event} | {names} |")
    out.append("")
    for v in f.values:
        for e in v.sources:
            where = f"{paths.get(e.source_id, e.source_id)}:{e.line}:{e.column}"
            out.append(f"> `{where}` — {_quote(e)}")
            out.append(">")
    if out[-1] == ">":
        out.pop()
    if f.series:
        out += ["", f"Series: {md_escape(series_text(f))}"]
    if f.preferred is not None:
        out += ["", f"Suggested: **{md_escape(f.preferred.value)}** — {md_escape(f.preferred.reason)}"]
    if f.diff:
        out += ["", f"Wording difference: {md_escape(f.diff)}"]
    if f.accepted:
        out += ["", f"Accepted: {md_escape(f.accepted)}"]
    return [*out, ""]


def _title(report: Report, draft_ids: tuple[str, ...]) -> str:
    n = len(issues(report))
    target = f" in {', '.join(draft_ids)}" if draft_ids else ""
    if n == 0:
        return f"## factcheck: nothing to fix{target}"
    return f"## factcheck: {n} finding{'s' if n != 1 else ''} to check{target}"


@register_renderer("markdown")
def render_markdown(report: Report, options: RenderOptions) -> str:
    paths = input_paths(report)
    out = [_title(report, options.draft_ids), "", *summary_table(report), ""]
    open_issues = issues(report)
    for status in (
        Status.CONFLICT,
        Status.POSSIBLE_CONFLICT,
        Status.UPDATED,
        Status.DISTINCT_EVENTS,
        Status.DIFFERENT_AUTHORITIES,
    ):
        items = [f for f in open_issues if f.status == status]
        if items:
            out += [f"### {STATUS_LABELS[status]} ({len(items)})", ""]
            for f in items:
                out += _finding(f, paths, options.draft_ids)
    accepted = [f for f in report.findings if f.accepted]
    if accepted:
        out += [f"<details><summary>Accepted ({len(accepted)})</summary>", ""]
        for f in accepted:
            out += _finding(f, paths, options.draft_ids)
        out += ["</details>", ""]
    agreements = [f for f in report.findings if f.status == Status.AGREEMENT and not f.accepted]
    if agreements:
        out += [f"<details><summary>{STATUS_LABELS[Status.AGREEMENT]} ({len(agreements)})</summary>", ""]
        for f in agreements:
            sources = ", ".join(sorted({e.source_id for v in f.values for e in v.sources}))
            value = f.values[0].value if f.values else ""
            out.append(
                f"- {md_escape(f.subject)} — {md_escape(f.attribute)}: {md_escape(value)} ({md_escape(sources)})"
            )
        out += ["", "</details>", ""]
    if report.diagnostics:
        out += [f"### Problems with inputs ({len(report.diagnostics)})", ""]
        for d in report.diagnostics:
            line = f":{d.line}" if d.line else ""
            out.append(f"- `{d.path}{line}` {d.severity.value} {d.code}: {md_escape(d.message)}")
        out.append("")
    inputs = ", ".join(f"`{p}`" for p in sorted(paths.values()))
    out.append(f"<sub>factcheck {report.tool.version} · {plural(report.summary.inputs, 'input')}: {inputs}</sub>")
    return "\n".join(out) + "\n"
