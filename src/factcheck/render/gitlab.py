"""``--format gitlab``: a GitLab Code Quality report (``artifacts:reports:codequality``).

A JSON list with one issue per open finding (conflicts, updated figures, different events; accepted
ones are left out): ``description``, ``check_name`` (the finding kind), ``fingerprint`` (the finding
id, stable across runs), ``severity`` and ``location`` (the draft's path and line under ``factcheck
check``). Severity: conflicts are ``critical`` (they block publishing), findings to look at are
``minor``, information ``info``; ``blocker`` and ``major`` are not used.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.models import Report, Severity
from factcheck.render import RenderOptions, register_renderer
from factcheck.render._shared import input_paths, issues, primary_and_related, series_text

__all__ = ["GITLAB_SEVERITY", "code_quality", "render_gitlab"]

GITLAB_SEVERITY = {Severity.ERROR: "critical", Severity.WARNING: "minor", Severity.INFO: "info"}


def code_quality(report: Report, options: RenderOptions) -> list[dict[str, Any]]:
    paths = input_paths(report)
    out: list[dict[str, Any]] = []
    for f in issues(report):
        primary, _ = primary_and_related(f, options.draft_ids)
        series = f" Series: {series_text(f)}." if f.series else ""
        out.append(
            {
                "description": f"{f.subject} — {f.attribute}: {f.explanation}{series}",
                "check_name": f.kind,
                "fingerprint": f.id,
                "severity": GITLAB_SEVERITY[f.severity],
                "location": {
                    "path": paths.get(primary.source_id, primary.source_id),
                    "lines": {"begin": primary.line},
                },
            }
        )
    for d in report.diagnostics:
        out.append(
            {
                "description": d.message,
                "check_name": d.code,
                "fingerprint": f"{d.code}:{d.path}:{d.line or 1}",
                "severity": GITLAB_SEVERITY[d.severity],
                "location": {"path": d.path.replace("\\", "/"), "lines": {"begin": d.line or 1}},
            }
        )
    return out


@register_renderer("gitlab")
def render_gitlab(report: Report, options: RenderOptions) -> str:
    return json.dumps(code_quality(report, options), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
