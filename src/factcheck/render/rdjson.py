"""``--format rdjson``: reviewdog's Diagnostic Format (``reviewdog -f=rdjson``), which posts review
comments and suggested changes on pull requests in GitHub, GitLab, Gitea and Bitbucket.

``{"source": {"name": "factcheck", "url"}, "diagnostics": [...]}`` with one diagnostic per open finding
(conflicts, updated figures, different events; accepted ones are left out): ``message``, ``location``
(path and range; columns are UTF-8 byte counts from 1, as the format defines them), ``severity``
(``ERROR``, ``WARNING``, ``INFO``), ``code`` (the finding kind and the URL of its documentation) and
``related_locations`` (the other sources' evidence). A misspelt name comes with a ``suggestions`` entry
that replaces it with the suggested spelling. Input problems are diagnostics on their files. An updated
figure's message ends with its series of values. Tests validate the output against reviewdog's published
JSON Schema (``tests/vendor``).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from factcheck.models import Evidence, Finding, Report, Severity
from factcheck.render import RenderOptions, register_renderer
from factcheck.render._shared import evidence_span, input_paths, issues, primary_and_related, series_text
from factcheck.rules import DOCS_URL, help_uri

__all__ = ["byte_column", "rdjson_result", "render_rdjson"]

_SEVERITY = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}
# Kinds whose suggested value can replace the evidence text word for word.
_REPLACEABLE = frozenset({"name-spelling"})


@cache
def _lines(path: str) -> tuple[str, ...] | None:
    try:
        return tuple(Path(path).read_text(encoding="utf-8-sig").replace("\r\n", "\n").split("\n"))
    except (OSError, UnicodeDecodeError):
        return None


def byte_column(path: str, line: int, column: int) -> int:
    """The 1-based UTF-8 byte column of the character at ``line``/``column`` (code points) in ``path``;
    the code-point column when the file cannot be read (e.g. text read from stdin)."""
    lines = _lines(path)
    if lines is None or not 1 <= line <= len(lines):
        return column
    return len(lines[line - 1][: column - 1].encode("utf-8")) + 1


def _location(e: Evidence, paths: dict[str, str]) -> dict[str, Any]:
    path = paths.get(e.source_id, e.source_id)
    span = evidence_span(e)
    return {
        "path": path,
        "range": {
            "start": {"line": span.start_line, "column": byte_column(path, span.start_line, span.start_column)},
            "end": {"line": span.end_line, "column": byte_column(path, span.end_line, span.end_column)},
        },
    }


def _diagnostic(f: Finding, options: RenderOptions, paths: dict[str, str]) -> dict[str, Any]:
    primary, related = primary_and_related(f, options.draft_ids)
    message = f"{f.subject} — {f.attribute}: {f.explanation}"
    if f.preferred is not None:
        message += f" Suggested: {f.preferred.value} ({f.preferred.reason})."
    if f.series:
        message += f" Series: {series_text(f)}."
    location = _location(primary, paths)
    out: dict[str, Any] = {
        "message": message,
        "location": location,
        "severity": _SEVERITY[f.severity],
        "code": {"value": f.kind, "url": help_uri(f.kind)},
        "original_output": f.id,
    }
    if f.kind in _REPLACEABLE and f.preferred is not None and primary.text != f.preferred.value:
        out["suggestions"] = [{"range": location["range"], "text": f.preferred.value}]
    if related:
        out["related_locations"] = [
            {"message": f"{e.source_id}: {e.text}", "location": _location(e, paths)} for e in related
        ]
    return out


def rdjson_result(report: Report, options: RenderOptions) -> dict[str, Any]:
    """The DiagnosticResult as a dict."""
    paths = input_paths(report)
    diagnostics = [_diagnostic(f, options, paths) for f in issues(report)]
    for d in report.diagnostics:
        diagnostics.append(
            {
                "message": d.message,
                "location": {"path": d.path.replace("\\", "/"), "range": {"start": {"line": d.line or 1}}},
                "severity": _SEVERITY[d.severity],
                "code": {"value": d.code},
            }
        )
    return {"source": {"name": report.tool.name, "url": DOCS_URL}, "diagnostics": diagnostics}


@register_renderer("rdjson")
def render_rdjson(report: Report, options: RenderOptions) -> str:
    _lines.cache_clear()  # files may have changed since an earlier report in this process
    return json.dumps(rdjson_result(report, options), indent=2, ensure_ascii=False) + "\n"
