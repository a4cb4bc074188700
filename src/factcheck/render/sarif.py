"""``--format sarif``: SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, GitLab, IDEs).

One rule per finding ``kind``; one result per finding an editor must act on (conflicts, updated
figures, different events). The location is the draft's evidence under ``factcheck check`` (else the
first source's), the other sources are ``relatedLocations``. Columns count Unicode code points
(``run.columnKind``), lines and columns are 1-based, ``endColumn`` is one past the last character.
Accepted findings (baseline or inline) carry a SARIF ``suppressions`` entry. Each rule carries the
``help`` text of ``factcheck rule KIND`` and a ``helpUri`` to the README's "Finding kinds" section.
``partialFingerprints`` holds the finding id so dashboards keep an alert's history across runs.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.models import Evidence, Finding, Report, Severity
from factcheck.render import RenderOptions, register_renderer
from factcheck.render._shared import (
    evidence_span,
    input_paths,
    issues,
    primary_and_related,
    rule_title,
    series_text,
)
from factcheck.rules import get_rule, help_uri

__all__ = ["FINGERPRINT_KEY", "SARIF_SCHEMA_URI", "render_sarif", "sarif_log"]

SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "factcheck/v1"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _location(e: Evidence, paths: dict[str, str], index: dict[str, int]) -> dict[str, Any]:
    span = evidence_span(e)
    uri = paths.get(e.source_id, e.source_id)
    artifact: dict[str, Any] = {"uri": uri}
    if uri in index:
        artifact["index"] = index[uri]
    return {
        "physicalLocation": {
            "artifactLocation": artifact,
            "region": {
                "startLine": span.start_line,
                "startColumn": span.start_column,
                "endLine": span.end_line,
                "endColumn": span.end_column,
                "snippet": {"text": e.text},
            },
        }
    }


def _value_of(f: Finding, e: Evidence) -> str:
    for v in f.values:
        if any(s is e for s in v.sources):
            return v.value
    return ""


def _result(
    f: Finding, rule_index: int, options: RenderOptions, paths: dict[str, str], index: dict[str, int]
) -> dict[str, Any]:
    primary, related = primary_and_related(f, options.draft_ids)
    text = f"{f.subject} — {f.attribute}: {f.explanation}"
    if f.preferred is not None:
        text += f" Suggested: {f.preferred.value}."
    if f.series:
        text += f" Series: {series_text(f)}."
    result: dict[str, Any] = {
        "ruleId": f.kind,
        "ruleIndex": rule_index,
        "level": _LEVELS[f.severity],
        "message": {"text": text},
        "locations": [_location(primary, paths, index)],
        "partialFingerprints": {FINGERPRINT_KEY: f.id},
        "properties": {
            "status": f.status.value,
            "subject": f.subject,
            "attribute": f.attribute,
            "confidence": f.confidence,
            "value": _value_of(f, primary),
        },
    }
    if related:
        result["relatedLocations"] = [
            {
                "id": n,
                **_location(e, paths, index),
                "message": {"text": f"{e.source_id}: {_value_of(f, e)}"},
            }
            for n, e in enumerate(related, start=1)
        ]
    if f.accepted:
        kind = "inSource" if f.accepted.startswith("inline:") else "external"
        result["suppressions"] = [{"kind": kind, "justification": f.accepted}]
    return result


def _rule(kind: str) -> dict[str, Any]:
    """A reportingDescriptor: names, the help text of ``factcheck rule KIND`` and the README link."""
    rule = get_rule(kind)
    out: dict[str, Any] = {
        "id": kind,
        "name": "".join(w.capitalize() for w in kind.replace("_", "-").split("-")),
        "shortDescription": {"text": rule.title if rule else rule_title(kind)},
        "helpUri": help_uri(kind),
    }
    if rule is not None:
        out["fullDescription"] = {"text": rule.summary}
        out["help"] = {
            "text": f"{rule.summary} Example: {rule.example}",
            "markdown": f"{rule.summary}\n\n**Example:** {rule.example}\n\n"
            f"Accept one in a draft: `<!-- factcheck: ignore[{kind}] reason -->`",
        }
        out["defaultConfiguration"] = {"level": _LEVELS[rule.severity]}
    return out


def sarif_log(report: Report, options: RenderOptions) -> dict[str, Any]:
    """The SARIF log as a dict (one run)."""
    findings = issues(report, include_accepted=True)
    kinds = sorted({f.kind for f in findings})
    rule_index = {k: i for i, k in enumerate(kinds)}
    paths = input_paths(report)
    uris = sorted(set(paths.values()))
    index = {u: i for i, u in enumerate(uris)}
    rules = [_rule(k) for k in kinds]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": report.tool.name,
                "version": report.tool.version,
                "rules": rules,
            }
        },
        "columnKind": "unicodeCodePoints",
        "artifacts": [{"location": {"uri": u}} for u in uris],
        "results": [_result(f, rule_index[f.kind], options, paths, index) for f in findings],
    }
    if report.diagnostics:
        run["invocations"] = [
            {
                "executionSuccessful": not any(d.severity == Severity.ERROR for d in report.diagnostics),
                "toolExecutionNotifications": [
                    {
                        "level": _LEVELS[d.severity],
                        "message": {"text": d.message},
                        "descriptor": {"id": d.code},
                        "locations": [
                            {
                                "physicalLocation": {
                                    "artifactLocation": {"uri": d.path.replace("\\", "/")},
                                    **({"region": {"startLine": d.line}} if d.line else {}),
                                }
                            }
                        ],
                    }
                    for d in report.diagnostics
                ],
            }
        ]
    return {"$schema": SARIF_SCHEMA_URI, "version": "2.1.0", "runs": [run]}


@register_renderer("sarif")
def render_sarif(report: Report, options: RenderOptions) -> str:
    return json.dumps(sarif_log(report, options), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
