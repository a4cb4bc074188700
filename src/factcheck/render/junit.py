"""``--format junit``: JUnit XML, the test-report format every CI server shows (Jenkins, GitLab, Azure,
GitHub test-report actions).

One ``<testsuite>`` per file a finding points at (the draft under ``factcheck check``), one
``<testcase>`` per finding an editor must act on (conflicts, updated figures, different events) with a
``<failure>`` whose type is the finding kind (an updated figure's text ends with its series); accepted
findings are ``<skipped>`` with the reason. An input that could not be read is a test case with an
``<error>``; warnings about inputs go to the suite's ``<system-err>``. A run with nothing to fix has one
passing test case per input, so the report is never empty. Tests validate the output against the JUnit
XSD Jenkins' xUnit plugin uses and read it with ``junitparser``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from factcheck.models import Diagnostic, Finding, Report, Severity
from factcheck.render import RenderOptions, register_renderer
from factcheck.render._shared import input_paths, issues, primary_and_related, series_text

__all__ = ["junit_tree", "render_junit"]


def _case_text(f: Finding, paths: dict[str, str], options: RenderOptions) -> str:
    primary, related = primary_and_related(f, options.draft_ids)
    lines = [f"{paths.get(primary.source_id, primary.source_id)}:{primary.line}:{primary.column}: {f.explanation}"]
    if f.preferred is not None:
        lines.append(f"Suggested: {f.preferred.value} ({f.preferred.reason})")
    if f.series:
        lines.append(f"Series: {series_text(f)}")
    lines += [f"{paths.get(e.source_id, e.source_id)}:{e.line}:{e.column}: {e.text}" for e in related]
    return "\n".join(lines)


def _finding_case(f: Finding, path: str, paths: dict[str, str], options: RenderOptions) -> ET.Element:
    case = ET.Element("testcase", {"name": f"{f.kind}: {f.subject} — {f.attribute} [{f.id}]", "classname": path})
    if f.accepted:
        ET.SubElement(case, "skipped", {"message": f"accepted: {f.accepted}"})
    else:
        failure = ET.SubElement(case, "failure", {"type": f.kind, "message": f"{f.subject} — {f.attribute}"})
        failure.text = _case_text(f, paths, options)
    return case


def _error_case(d: Diagnostic) -> ET.Element:
    case = ET.Element("testcase", {"name": f"{d.code}: {d.path}", "classname": d.path})
    error = ET.SubElement(case, "error", {"type": d.code, "message": d.message})
    error.text = f"{d.path}:{d.line or 1}:1: {d.message}"
    return case


def junit_tree(report: Report, options: RenderOptions) -> ET.Element:
    """The ``<testsuites>`` element."""
    paths = input_paths(report)
    cases: dict[str, list[ET.Element]] = defaultdict(list)
    for f in issues(report, include_accepted=True):
        primary, _ = primary_and_related(f, options.draft_ids)
        path = paths.get(primary.source_id, primary.source_id)
        cases[path].append(_finding_case(f, path, paths, options))
    notes: dict[str, list[str]] = defaultdict(list)
    for d in report.diagnostics:
        if d.severity == Severity.ERROR:
            cases[d.path].append(_error_case(d))
        else:
            notes[d.path].append(f"{d.path}:{d.line or 1}:1: {d.severity.value} {d.code}: {d.message}")
    shown = [paths[i] for i in options.draft_ids if i in paths] if options.draft_ids else sorted(paths.values())
    for path in [*shown, *notes]:
        if not cases[path]:
            cases[path].append(ET.Element("testcase", {"name": "no findings", "classname": path}))
    root = ET.Element("testsuites", {"name": "factcheck"})
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for path in sorted(cases):
        items = cases[path]
        counts = {
            "tests": len(items),
            "failures": sum(1 for c in items if c.find("failure") is not None),
            "errors": sum(1 for c in items if c.find("error") is not None),
            "skipped": sum(1 for c in items if c.find("skipped") is not None),
        }
        suite = ET.SubElement(root, "testsuite", {"name": path, **{k: str(v) for k, v in counts.items()}})
        suite.extend(items)
        if notes.get(path):
            ET.SubElement(suite, "system-err").text = "\n".join(notes[path])
        for key in totals:
            totals[key] += counts[key]
    root.attrib.update({k: str(v) for k, v in totals.items()})
    return root


@register_renderer("junit")
def render_junit(report: Report, options: RenderOptions) -> str:
    root = junit_tree(report, options)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
