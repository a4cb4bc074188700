"""Score a factcheck report against a gold file: which expected findings it holds, how precise it is.

A gold file (``tests/corpus/<story>/gold.json``, or the seeds' ``gold.json``) lists ``expected`` items
(gold values -> source ids, and a verdict per mode: ``with_dates`` / ``without_dates``), ``optional``
items (one ``verdict``) and ``must_not`` rules. The matching is the one of ``shared/tools/score_seeds.py``:

- values are compared as normalized strings (lower case, commas dropped, ``12.0`` -> ``12``, accents
  folded); a whole number matches only the same whole number, a decimal the same number, any other
  gold value matches a report value that contains it (so ``Beijing`` matches ``Great Hall ... in Beijing``);
  the gold's optional top-level ``aliases`` add accepted forms (``"Tuesday": ["2025-03-11"]``);
- a report source id matches a gold id exactly, or by its three-digit prefix (``201_diario-sur`` -> ``201``);
- an item holds when one finding with the wanted status has, for every gold value, value entries that
  match it and together cite all its sources; an ``agreement`` with one gold value is also *implied*
  by any finding with one value entry that matches it and cites all its sources; a ``conflict`` item
  with ``preferred`` also needs the finding's preferred value to equal it.

Metrics, per verdict V (conflict, agreement, distinct-events, updated):

- recall = expected items with verdict V that hold / expected items with verdict V (None if none);
- precision = report findings with status V that match some gold item (expected or optional) with
  verdict V / report findings with status V whose sources all belong to the story (the gold's source
  ids). No such findings: None when nothing was expected, else 0.0. The preferred value does not count
  for precision (the finding is right to flag the conflict) but does for recall;
- F1 = harmonic mean of the two (None when either is None).

Calibration (:mod:`.calibration`): the in-scope conflicts and agreements bucketed by confidence, with
the precision of each bucket.

``must_not`` rules with a ``type`` are checked here (vocabulary in ``tests/corpus/README.md``); rules
without one (the seeds' prose rules) are listed as unchecked, unless the caller passes
:class:`SeedChecks` it trusts. Nothing beside the gold file is ever imported or run.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from factcheck.evaluate.calibration import (
    CALIBRATED_VERDICTS,
    CONFIDENCE_BUCKETS,
    TRUSTED_CONFIDENCE,
    CalibrationRow,
    calibration_rows,
    confidence_of,
)
from factcheck.evaluate.files import (
    check_floors,
    load_floors,
    load_gold,
    load_report,
    run_pipeline,
    story_inputs,
    strip_dates,
)
from factcheck.evaluate.matching import (
    MODES,
    GoldError,
    MatchContext,
    SourceMapper,
    check_item,
    norm,
    status_of,
    value_matches,
)
from factcheck.evaluate.result import EvalResult, ItemResult, VerdictScore, Violation
from factcheck.evaluate.rules import RULE_TYPES, SeedChecks, gold_ids, rule_violations, validate_gold

__all__ = [
    "CALIBRATED_VERDICTS",
    "CONFIDENCE_BUCKETS",
    "MODES",
    "RULE_TYPES",
    "SCORED_VERDICTS",
    "TRUSTED_CONFIDENCE",
    "CalibrationRow",
    "EvalResult",
    "GoldError",
    "ItemResult",
    "SeedChecks",
    "VerdictScore",
    "Violation",
    "check_floors",
    "evaluate",
    "load_floors",
    "load_gold",
    "load_report",
    "norm",
    "run_pipeline",
    "story_inputs",
    "strip_dates",
    "validate_gold",
    "value_matches",
]

SCORED_VERDICTS = ("conflict", "agreement", "distinct-events", "different-authorities", "updated")


def evaluate(
    gold: Mapping[str, Any], report: Mapping[str, Any], mode: str, seed_checks: SeedChecks | None = None
) -> EvalResult:
    """Score ``report`` (a Report as JSON data) against ``gold`` in ``mode`` (with_dates|without_dates)."""
    if mode not in MODES:
        raise GoldError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    validate_gold(gold)
    findings = report.get("findings")
    if not isinstance(findings, list) or not all(isinstance(f, Mapping) for f in findings):
        raise GoldError("is not a factcheck report: needs a 'findings' list")
    aliases: dict[str, set[str]] = {norm(k): {norm(x) for x in v} for k, v in gold.get("aliases", {}).items()}
    for k, v in (seed_checks.aliases if seed_checks else {}).items():
        aliases.setdefault(norm(k), set()).update(norm(x) for x in v)
    ids = gold_ids(gold)
    inputs = [i for i in report.get("inputs", []) if isinstance(i, Mapping)]
    ctx = MatchContext(findings, SourceMapper(ids, inputs), aliases)

    wanted = [(it, str(it[mode]), False) for it in gold["expected"]]
    wanted += [(it, str(it["verdict"]), True) for it in gold.get("optional", [])]
    items = [ItemResult(str(it["id"]), v, *check_item(it, v, ctx), optional=opt) for it, v, opt in wanted]

    scores = {}
    calibration: list[CalibrationRow] = []
    for verdict in SCORED_VERDICTS:
        in_scope = [
            f
            for f in findings
            if status_of(f) == verdict
            and (srcs := set().union(*(ctx.mapper.sources(e) for e in f.get("values", []))))
            and srcs <= ids
        ]
        right = [f for f in in_scope if any(v == verdict and ctx.covers(it, f) for it, v, _ in wanted)]
        exp = [r for r in items if not r.optional and r.verdict == verdict]
        scores[verdict] = VerdictScore(verdict, len(exp), sum(r.ok for r in exp), len(in_scope), len(right))
        if verdict in CALIBRATED_VERDICTS:
            right_ids = {id(f) for f in right}
            calibration += calibration_rows(verdict, [(confidence_of(f), id(f) in right_ids) for f in in_scope])

    violations, unchecked = [], []
    for rule in gold.get("must_not", []):
        if "modes" in rule and mode not in rule["modes"]:
            continue
        if rule.get("type"):
            violations += [Violation(str(rule["id"]), m) for m in rule_violations(rule, ctx, inputs)]
        elif seed_checks is None:
            unchecked.append(str(rule["id"]))
    if seed_checks is not None and any(not r.get("type") for r in gold.get("must_not", [])):
        for msg in seed_checks.must_not(report):
            rule_id, _, rest = msg.partition(": ")
            violations.append(Violation(rule_id, rest or msg))
    return EvalResult(mode, items, scores, violations, unchecked, len(findings), calibration)
