"""The report contract: the committed schema equals the generated one; public names are honest."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

import factcheck
from factcheck.errors import ReportSchemaError
from factcheck.report import SCHEMA_FILE, generate_schema, load_schema, validate_report

SCHEMA_PATH = Path(factcheck.__file__).parent / "schemas" / SCHEMA_FILE


def test_committed_schema_matches_models() -> None:
    """After changing the models, regenerate with `python -m factcheck.report`."""
    assert load_schema() == generate_schema(), "models and committed schema drifted: run `python -m factcheck.report`"


def test_schema_is_versioned_draft_2020_12() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith("report.v1.schema.json")


def test_validation_rejects_a_broken_report() -> None:
    with pytest.raises(ReportSchemaError, match=r"schema_version|required"):
        validate_report({"tool": {"name": "factcheck", "version": "0"}})


@pytest.mark.parametrize(
    "module",
    [
        "factcheck",
        "factcheck.models",
        "factcheck.errors",
        "factcheck.pipeline",
        "factcheck.report",
        "factcheck.compare",
    ],
)
def test_all_is_honest(module: str) -> None:
    mod = importlib.import_module(module)
    names = getattr(mod, "__all__", [])
    for name in names:
        assert hasattr(mod, name), f"{module}.__all__ names missing {name}"
