"""Gold validation and the machine-checkable ``must_not`` rules (vocabulary: tests/corpus/README.md).

Rules without a ``type`` (the seeds' prose rules) are listed as unchecked: ``factcheck eval`` never
imports or runs code found beside a gold file. A caller that trusts a scorer script may pass its checks
as :class:`SeedChecks` (the tests do so for the seeds; CI runs the seeds' ``score_seeds.py`` directly).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from factcheck.evaluate.matching import MODES, VERDICTS, GoldError, MatchContext, status_of, value_matches

__all__ = ["RULE_TYPES", "SeedChecks", "gold_ids", "rule_violations", "validate_gold"]

RULE_TYPES = frozenset(
    {"no-conflict-between", "no-finding-between", "no-place-from", "no-finding-mentions", "no-double-count"}
)
# Attributes whose values are places: the same markers score_seeds.py uses for its metonymy rule.
PLACE_ATTRIBUTE_MARKERS = ("location", "place")


def validate_gold(gold: object) -> None:
    """Raise :class:`GoldError` naming the first problem of a gold document."""
    if not isinstance(gold, dict) or not isinstance(gold.get("expected"), list):
        raise GoldError("is not a gold file: needs an 'expected' list")
    for section in ("expected", "optional"):
        for n, item in enumerate(gold.get(section, [])):
            where = f"{section}[{n}]"
            if not isinstance(item, dict) or "id" not in item:
                raise GoldError(f"{where} needs an 'id'")
            vals = item.get("values")
            if not isinstance(vals, dict) or not vals or not all(isinstance(s, list) for s in vals.values()):
                raise GoldError(f"{where} ({item['id']}): 'values' must map each value to a list of source ids")
            keys = MODES if section == "expected" else ("verdict",)
            for key in keys:
                if item.get(key) not in VERDICTS:
                    raise GoldError(f"{where} ({item['id']}): '{key}' must be one of {', '.join(VERDICTS)}")
    for n, rule in enumerate(gold.get("must_not", [])):
        if not isinstance(rule, dict) or "id" not in rule:
            raise GoldError(f"must_not[{n}] needs an 'id'")
        kind = rule.get("type")
        if kind is not None and kind not in RULE_TYPES:
            raise GoldError(f"must_not[{n}] ({rule['id']}): unknown type {kind!r}")
        if kind in ("no-conflict-between", "no-finding-between") and not (rule.get("values") or rule.get("groups")):
            raise GoldError(f"must_not[{n}] ({rule['id']}): needs 'values' or 'groups'")


def gold_ids(gold: Mapping[str, Any]) -> set[str]:
    ids: set[str] = set()
    for item in [*gold["expected"], *gold.get("optional", [])]:
        for srcs in item["values"].values():
            ids.update(str(s) for s in srcs)
    for rule in gold.get("must_not", []):
        ids.update(str(s) for s in rule.get("sources", []))
    return ids


def _opposed_pair(rule: Mapping[str, Any], f: Mapping[str, Any], ctx: MatchContext) -> tuple[str, str] | None:
    """Two values of different groups, each matched by a different value entry of the finding."""
    groups: list[list[str]] = rule.get("groups") or [[v] for v in rule["values"]]
    hits = [
        [(g, v) for g, group in enumerate(groups) for v in group if value_matches(v, e, ctx.aliases)]
        for e in f.get("values", [])
    ]
    for i, ha in enumerate(hits):
        for hb in hits[i + 1 :]:
            for ga, va in ha:
                for gb, vb in hb:
                    if ga != gb:
                        return va, vb
    return None


def rule_violations(rule: Mapping[str, Any], ctx: MatchContext, inputs: Sequence[Mapping[str, Any]]) -> list[str]:
    kind, out = rule["type"], []
    wanted = {str(s) for s in rule.get("sources", [])}
    if kind == "no-double-count":
        present = {ctx.mapper(i.get("id")): i for i in inputs if ctx.mapper(i.get("id")) in wanted}
        linked = any(
            i.get("duplicate_of") is not None and ctx.mapper(i["duplicate_of"]) in wanted for i in present.values()
        )
        if len(present) >= 2 and not linked:
            out.append(f"inputs {sorted(present)} are copies but none is marked duplicate_of the other")
        return out
    for f in ctx.findings:
        fid, st = f.get("id"), status_of(f)
        if kind in ("no-conflict-between", "no-finding-between"):
            pair = _opposed_pair(rule, f, ctx) if kind == "no-finding-between" or st == "conflict" else None
            if pair is not None:
                out.append(f"{st} {fid} ({f.get('attribute')}) puts {pair[0]!r} against {pair[1]!r}")
        elif kind == "no-place-from":
            attr = str(f.get("attribute", "")).lower()
            if any(m in attr for m in PLACE_ATTRIBUTE_MARKERS):
                for e in f.get("values", []):
                    bad = ctx.mapper.sources(e) & wanted
                    if value_matches(rule["value"], e, ctx.aliases) and bad:
                        out.append(f"{fid} takes {rule['value']} as a place from {sorted(bad)}")
        elif kind == "no-finding-mentions":
            needle = str(rule["text"]).lower()
            for e in f.get("values", []):
                for ev in e.get("sources", []):
                    src = ctx.mapper(ev.get("source_id", ""))
                    blob = f"{ev.get('text', '')} {ev.get('sentence', '')}".lower()
                    if needle in blob and (not wanted or src in wanted):
                        out.append(f"{fid} has evidence from {src} mentioning {rule['text']!r}")
    return sorted(set(out))


@dataclass(frozen=True)
class SeedChecks:
    """Checks of the prose ``must_not`` rules and extra value aliases, supplied by a trusted caller (never
    loaded by factcheck itself)."""

    aliases: dict[str, set[str]]
    must_not: Callable[[Mapping[str, Any]], list[str]]
