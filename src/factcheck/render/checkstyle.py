"""``--format checkstyle``: Checkstyle XML, read by reviewdog (``-f=checkstyle``), Jenkins' Warnings
plugin, SonarQube and many editors' linter integrations.

``<checkstyle version="4.3">`` with one ``<file name="path">`` per file a finding points at (the draft
under ``factcheck check``) and one ``<error line column severity message source>`` per open finding
(conflicts, updated figures, different events; accepted ones are left out). ``source`` is
``factcheck.<kind>``; an updated figure's message ends with its series; severity is ``error``,
``warning`` or ``info``; columns count characters from 1. Input problems are errors on their files with
``source="factcheck.<code>"``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from factcheck.models import Report
from factcheck.render import RenderOptions, register_renderer
from factcheck.render._shared import input_paths, issues, primary_and_related, series_text, suggestion

__all__ = ["CHECKSTYLE_VERSION", "checkstyle_tree", "render_checkstyle"]

CHECKSTYLE_VERSION = "4.3"


def checkstyle_tree(report: Report, options: RenderOptions) -> ET.Element:
    """The ``<checkstyle>`` element."""
    paths = input_paths(report)
    errors: dict[str, list[dict[str, str]]] = defaultdict(list)
    for f in issues(report):
        primary, _ = primary_and_related(f, options.draft_ids)
        series = f" Series: {series_text(f)}." if f.series else ""
        errors[paths.get(primary.source_id, primary.source_id)].append(
            {
                "line": str(primary.line),
                "column": str(primary.column),
                "severity": f.severity.value,
                "message": f"{f.subject} — {f.attribute}: {f.explanation}{suggestion(f)}{series} [{f.id}]",
                "source": f"factcheck.{f.kind}",
            }
        )
    for d in report.diagnostics:
        errors[d.path.replace("\\", "/")].append(
            {
                "line": str(d.line or 1),
                "severity": d.severity.value,
                "message": d.message,
                "source": f"factcheck.{d.code}",
            }
        )
    root = ET.Element("checkstyle", {"version": CHECKSTYLE_VERSION})
    for path in sorted(errors):
        file_el = ET.SubElement(root, "file", {"name": path})
        for attrs in errors[path]:
            ET.SubElement(file_el, "error", attrs)
    return root


@register_renderer("checkstyle")
def render_checkstyle(report: Report, options: RenderOptions) -> str:
    root = checkstyle_tree(report, options)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
