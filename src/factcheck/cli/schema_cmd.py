"""``factcheck schema``: print the report's JSON Schema."""

from __future__ import annotations

import json

from factcheck.cli.app import app

__all__ = ["schema"]


@app.command("schema")
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) every JSON report validates against."""
    from factcheck.report import load_schema

    print(json.dumps(load_schema(), indent=2, ensure_ascii=False))
