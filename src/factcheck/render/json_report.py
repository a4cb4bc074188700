"""``--format json``: the versioned report, validated against its schema before it is written (the one
place a report is validated)."""

from __future__ import annotations

import json

from factcheck.errors import ReportSchemaError
from factcheck.models import Report
from factcheck.render import RenderOptions, register_renderer
from factcheck.report import report_json, validate_report

__all__ = ["render_json"]


@register_renderer("json")
def render_json(report: Report, options: RenderOptions) -> str:
    data = report_json(report)
    validate_report(data)
    try:
        return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    except ValueError as exc:  # NaN or Infinity: most JSON parsers reject them, so never write them
        raise ReportSchemaError(f"refusing to write invalid JSON ({exc})") from exc
