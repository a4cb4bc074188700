"""Stage 7: the report — built from findings; validated against the committed JSON Schema once, when
it is written as JSON (:mod:`factcheck.render.json_report`): the models already guarantee the types,
and validating a large report costs as much as comparing it."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from factcheck._version import __version__
from factcheck.errors import ReportSchemaError

if TYPE_CHECKING:
    import jsonschema

from factcheck.models import (
    SCHEMA_VERSION,
    ClaimFile,
    Diagnostic,
    Finding,
    InputInfo,
    Report,
    Status,
    Summary,
    ToolInfo,
)

__all__ = ["SCHEMA_ID", "build_report", "generate_schema", "load_schema", "report_json", "validate_report"]

SCHEMA_ID = f"https://factcheck.invalid/schemas/report.v{SCHEMA_VERSION.split('.')[0]}.schema.json"
SCHEMA_FILE = f"report.v{SCHEMA_VERSION.split('.')[0]}.schema.json"


def generate_schema() -> dict[str, Any]:
    """The report schema generated from the models (what ``schemas/`` must hold)."""
    schema = Report.model_json_schema(by_alias=True, mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"factcheck report, schema version {SCHEMA_VERSION}",
        **{k: v for k, v in schema.items() if k != "title"},
    }


@cache
def _schema_text() -> str:
    return resources.files("factcheck.schemas").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """The committed schema."""
    data: dict[str, Any] = json.loads(_schema_text())
    return data


@cache
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema

    return jsonschema.Draft202012Validator(load_schema())


def report_json(report: Report) -> dict[str, Any]:
    data: dict[str, Any] = report.model_dump(mode="json", by_alias=True)
    return data


def validate_report(data: dict[str, Any]) -> None:
    """Raise :class:`ReportSchemaError` when ``data`` does not validate against the committed schema."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.path))
    if errors:
        e = errors[0]
        where = "/".join(str(p) for p in e.path) or "(root)"
        raise ReportSchemaError(f"report does not match its schema at {where}: {e.message}")


def _with_dates(files: Sequence[ClaimFile]) -> bool:
    """Every article had a publication date. An undated non-article file given by name (a README) does
    not set the run's mode."""
    from factcheck.scan import NOT_ARTICLES

    articles = [f for f in files if PurePath(f.source.path).name.lower() not in NOT_ARTICLES]
    return bool(articles) and all(f.source.published is not None for f in articles)


def build_report(
    files: Sequence[ClaimFile],
    findings: Sequence[Finding],
    diagnostics: Sequence[Diagnostic],
    duplicate_of: dict[str, str] | None = None,
    claim_counts: Mapping[str, int] | None = None,
    story_of: dict[str, str] | None = None,
) -> Report:
    """The report (validated once, when written as JSON: see the module docstring); ``duplicate_of``
    maps a syndicated copy to the input it copies, ``story_of`` each input to its story.

    ``claim_counts`` gives each input's number of claims when ``files`` carry none (a report on the
    claim store, whose claims were streamed rather than held)."""

    def n_claims(cf: ClaimFile) -> int:
        return claim_counts.get(cf.source.id, 0) if claim_counts is not None else len(cf.claims)

    counts = {s: 0 for s in Status}
    for f in findings:
        counts[f.status] += 1
    accepted = sum(1 for f in findings if f.accepted)
    duplicate_of = duplicate_of or {}
    story_of = story_of or {}
    inputs = tuple(
        InputInfo(
            id=cf.source.id,
            title=cf.source.title,
            published=cf.source.published,
            published_from=cf.source.published_from,
            path=cf.source.path,
            sha256=cf.source.sha256,
            url=cf.source.url,
            outlet=cf.source.outlet,
            trust=cf.source.trust,
            duplicate_of=duplicate_of.get(cf.source.id),
            story=story_of.get(cf.source.id),
            claims=n_claims(cf),
            dropped=cf.dropped,
        )
        for cf in sorted(files, key=lambda f: f.source.id)
    )
    summary = Summary(
        conflict=counts[Status.CONFLICT],
        agreement=counts[Status.AGREEMENT],
        distinct_events=counts[Status.DISTINCT_EVENTS],
        different_authorities=counts[Status.DIFFERENT_AUTHORITIES],
        possible_conflict=counts[Status.POSSIBLE_CONFLICT],
        updated=counts[Status.UPDATED],
        unique=counts[Status.UNIQUE],
        accepted=accepted,
        claims=sum(n_claims(f) for f in files),
        inputs=len(files),
    )
    return Report(
        tool=ToolInfo(name="factcheck", version=__version__),
        with_dates=_with_dates(files),
        inputs=inputs,
        summary=summary,
        findings=tuple(findings),
        diagnostics=tuple(diagnostics),
    )


def _write_committed_schema() -> None:  # pragma: no cover - developer tool
    """``python -m factcheck.report`` rewrites the committed schema from the models."""
    from pathlib import Path

    from factcheck.atomic import write_atomic

    path = Path(__file__).parent / "schemas" / SCHEMA_FILE
    write_atomic(path, json.dumps(generate_schema(), indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":  # pragma: no cover
    _write_committed_schema()
