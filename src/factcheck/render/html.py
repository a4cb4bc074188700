"""``--format html``: one self-contained page for an editor (inline CSS and JS, no network, no assets).

Each finding shows its values side by side with the evidence sentences, the claim text in ``<mark>``
(a Markdown heading shown as a heading, not as ``#``); a finding appears once: an agreement already shown
inside a conflict's or different events' card gets no card of its own;
buttons filter the findings by status; a table lists the sources with titles and dates. Every piece of
article text is HTML-escaped. The page template is ``templates/report.html`` (``string.Template``).
"""

from __future__ import annotations

import html
import re
from functools import cache
from importlib import resources
from string import Template

from factcheck.models import Evidence, Finding, Report, Status
from factcheck.render import RenderOptions, register_renderer
from factcheck.render._shared import ISSUE_STATUSES, STATUS_LABELS, input_paths, issues, series_text, status_counts
from factcheck.render.series_svg import series_svg

__all__ = ["highlight", "render_html"]


_MD_HEADING = re.compile(r"#{1,6}[ \t]+")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


@cache
def _template() -> Template:
    text = resources.files("factcheck.render").joinpath("templates/report.html").read_text(encoding="utf-8")
    return Template(text)


def highlight(e: Evidence) -> str:
    """The evidence sentence, escaped, with the claim text in ``<mark>``; a Markdown heading line
    (``## Title``) is shown as a heading, without its ``#`` marks."""
    sentence, heading = e.sentence, _MD_HEADING.match(e.sentence)
    if heading is not None:
        sentence = sentence[heading.end() :]
    i = sentence.find(e.text) if e.text else -1
    if i < 0:
        body = _e(sentence)
    else:
        j = i + len(e.text)
        body = f"{_e(sentence[:i])}<mark>{_e(e.text)}</mark>{_e(sentence[j:])}"
    return f'<span class="md-heading">{body}</span>' if heading is not None else body


def _filters_of(f: Finding) -> str:
    tags = [f.status.value]
    if f.accepted:
        tags.append("accepted")
    return " ".join(tags)


def _finding(f: Finding, paths: dict[str, str], draft_ids: tuple[str, ...]) -> str:
    parts = [
        f'<article class="finding {_e(f.status.value)}" id="{_e(f.id)}" data-filters="{_e(_filters_of(f))}">',
        f'<h2><span class="badge">{_e(f.status.value)}</span>{_e(f.subject)} — {_e(f.attribute)}</h2>',
        f'<p class="meta">{_e(f.kind)} · {_e(f.severity.value)} · confidence {f.confidence:.2f} · {_e(f.id)}</p>',
        f'<p class="explanation">{_e(f.explanation)}</p>',
        '<div class="values">',
    ]
    for v in f.values:
        is_draft = any(e.source_id in draft_ids for e in v.sources)
        ids = ", ".join(sorted({e.source_id for e in v.sources}))
        event = f' <span class="meta">event {_e(v.event)}</span>' if v.event else ""
        parts.append(f'<div class="value{" draft" if is_draft else ""}">')
        parts.append(f"<h3>{_e(v.value)}{event}</h3>")
        parts.append(f'<p class="meta">{_e(ids)}</p>')
        for e in v.sources:
            where = f"{paths.get(e.source_id, e.source_id)}:{e.line}:{e.column}"
            parts.append(f"<blockquote><cite>{_e(where)}</cite>{highlight(e)}</blockquote>")
        parts.append("</div>")
    parts.append("</div>")
    if f.series:
        parts.append(f'<figure class="series">{series_svg(f)}<figcaption>{_e(series_text(f))}</figcaption></figure>')
    if f.preferred is not None:
        parts.append(
            f'<p class="preferred">Suggested: <strong>{_e(f.preferred.value)}</strong> — {_e(f.preferred.reason)}</p>'
        )
    if f.diff:
        parts.append(f'<p class="diff">Wording difference: {_e(f.diff)}</p>')
    if f.accepted:
        parts.append(f'<p class="accepted">Accepted: {_e(f.accepted)}</p>')
    parts.append("</article>")
    return "\n".join(parts)


def _shown(report: Report, options: RenderOptions) -> list[Finding]:
    """The findings to show, each once: an agreement or single-source claim whose evidence is all shown
    inside a conflict, update or different-events card on the same subject and attribute is not shown
    again as a card of its own."""
    in_issue: dict[tuple[str, str], set[tuple[str, int]]] = {}
    for f in report.findings:
        if f.status in ISSUE_STATUSES:
            in_issue.setdefault((f.subject, f.attribute), set()).update(_evidence_keys(f))
    return [
        f
        for f in report.findings
        if (f.status != Status.UNIQUE or options.show_unique)
        and (f.status in ISSUE_STATUSES or not _evidence_keys(f) <= in_issue.get((f.subject, f.attribute), set()))
    ]


def _evidence_keys(f: Finding) -> set[tuple[str, int]]:
    return {(e.source_id, e.start) for v in f.values for e in v.sources}


def _filters(findings: list[Finding]) -> str:
    buttons = [f'<button type="button" data-filter="all" aria-pressed="true">All ({len(findings)})</button>']
    for status in STATUS_LABELS:
        n = sum(1 for f in findings if f.status == status)
        if n:
            buttons.append(
                f'<button type="button" data-filter="{_e(status.value)}" aria-pressed="false">'
                f"{_e(STATUS_LABELS[status])} ({n})</button>"
            )
    accepted = sum(1 for f in findings if f.accepted)
    if accepted:
        buttons.append(
            f'<button type="button" data-filter="accepted" aria-pressed="false">Accepted ({accepted})</button>'
        )
    return "\n".join(buttons)


def _sources(report: Report, draft_ids: tuple[str, ...]) -> str:
    rows = []
    for i in report.inputs:
        mark = " (draft)" if i.id in draft_ids else ""
        rows.append(
            f"<tr><td>{_e(i.id)}{mark}</td><td>{_e(i.title or '')}</td>"
            f"<td>{_e(i.published.isoformat() if i.published else '')}</td><td>{_e(i.outlet or '')}</td>"
            f'<td>{_e(i.path)}</td><td class="n">{i.claims}</td></tr>'
        )
    return "\n".join(rows)


def _summary(report: Report) -> str:
    s = report.summary
    rows = [
        *status_counts(report),
        ("Accepted", s.accepted),
        ("Inputs", s.inputs),
        ("Claims", s.claims),
    ]
    return "\n".join(f'<tr><th>{_e(k)}</th><td class="n">{n}</td></tr>' for k, n in rows)


def _diagnostics(report: Report) -> str:
    if not report.diagnostics:
        return ""
    items = "\n".join(
        f"<li>{_e(d.path)}{_e(':' + str(d.line)) if d.line else ''} — {_e(d.severity.value)} "
        f"{_e(d.code)}: {_e(d.message)}</li>"
        for d in report.diagnostics
    )
    return f'<section id="diagnostics">\n<h2>Problems with inputs</h2>\n<ul>\n{items}\n</ul>\n</section>'


@register_renderer("html")
def render_html(report: Report, options: RenderOptions) -> str:
    paths = input_paths(report)
    shown = _shown(report, options)
    n = len(issues(report))
    target = f" — {', '.join(options.draft_ids)}" if options.draft_ids else ""
    title = f"factcheck: {n} finding{'s' if n != 1 else ''} to check{target}"
    body = "\n".join(_finding(f, paths, options.draft_ids) for f in shown) or "<p>No findings.</p>"
    return _template().substitute(
        title=_e(title),
        version=_e(report.tool.version),
        summary=_summary(report),
        filters=_filters(shown),
        findings=body,
        sources=_sources(report, options.draft_ids),
        diagnostics=_diagnostics(report),
    )
