"""``factcheck eval``: score a report (or a fresh run on a folder) against a gold file.

Exit codes: 0 scored (and at or above the floors); 1 below the floors, or with ``--strict`` an expected
item missed or a must_not rule broken; 2 bad input (missing or malformed gold, report or floors file).
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from factcheck.cli.app import ExitCode, app, fail, warn
from factcheck.errors import FactcheckError
from factcheck.evaluate import (
    MODES,
    EvalResult,
    GoldError,
    check_floors,
    evaluate,
    load_floors,
    load_gold,
    load_report,
    run_pipeline,
)

__all__ = ["eval_command"]


class EvalFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def _report_for(report: Path | None, run: Path | None, sources: Path | None, mode: str | None) -> dict[str, Any]:
    if (report is None) == (run is None):
        fail("give either REPORT or --run DIR")
    if report is not None:
        return load_report(report)
    assert run is not None
    if not run.is_dir():
        fail(f"{run}: --run needs a folder of articles")
    return run_pipeline(run, sources, strip=mode == "without_dates")


def _suite_floors(floors: Path, suite: str) -> dict[str, float | None]:
    table = load_floors(floors)
    if suite not in table:
        fail(f"{floors}: no suite {suite!r}; known: {', '.join(sorted(table))}")
    return table[suite]


def _check_floors(result: EvalResult, floors: Path, suite: str, minimums: dict[str, float | None]) -> bool:
    try:
        failures = check_floors(result, minimums)
    except GoldError as exc:
        fail(f"{floors}: suite {suite}: {exc}")
    for msg in failures:
        warn(f"{suite}: below floor: {msg}")
    return not failures


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold file (expected / optional / must_not).")],
    report: Annotated[Path | None, typer.Argument(help="Report JSON to score.")] = None,
    run: Annotated[Path | None, typer.Option("--run", help="Run the pipeline on this folder, then score.")] = None,
    sources: Annotated[Path | None, typer.Option("--sources", help="Sources manifest for --run.")] = None,
    mode: Annotated[
        str | None,
        typer.Option("--mode", help="with_dates or without_dates (default: from the report's with_dates)."),
    ] = None,
    fmt: Annotated[EvalFormat, typer.Option("--format", help="Output format.")] = EvalFormat.TEXT,
    floors: Annotated[Path | None, typer.Option("--floors", help="Floors file (eval/floors.json).")] = None,
    suite: Annotated[str | None, typer.Option("--suite", help="Suite name in the floors file.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on any missed item or must_not violation.")] = False,
) -> None:
    """Score a report against a gold file: items held or missed, precision/recall/F1, must_not violations."""
    if mode is not None and mode not in MODES:
        fail(f"--mode must be one of {', '.join(MODES)}, not {mode!r}")
    if (floors is None) != (suite is None):
        fail("--floors and --suite go together")
    try:
        minimums = _suite_floors(floors, suite) if floors is not None and suite is not None else None
        gold_data = load_gold(gold)
        report_data = _report_for(report, run, sources, mode)
        chosen = mode or ("without_dates" if report_data.get("with_dates") is False else "with_dates")
        result = evaluate(gold_data, report_data, chosen)
    except GoldError as exc:
        fail(f"{report or run}: {exc}")
    except FactcheckError as exc:
        fail(str(exc))
    if fmt is EvalFormat.JSON:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(result.to_text())
    ok = True
    if minimums is not None and floors is not None and suite is not None:
        ok = _check_floors(result, floors, suite, minimums)
    if strict and (result.missed() or result.violations):
        ok = False
    if not ok:
        raise typer.Exit(ExitCode.FINDINGS)
