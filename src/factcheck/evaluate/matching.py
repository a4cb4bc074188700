"""Matching of gold items to report findings: the semantics of ``shared/tools/score_seeds.py``.

Values are normalized strings; whole numbers match by numeric equality only, decimals by number or as a
stand-alone token, anything else by substring. Report source ids map to gold ids by exact id, input path
stem or three-digit prefix. See :mod:`factcheck.evaluate` for the whole scoring contract.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["MODES", "VERDICTS", "GoldError", "SourceMapper", "check_item", "norm", "status_of", "value_matches"]

MODES = ("with_dates", "without_dates")
VERDICTS = (
    "conflict",
    "possible-conflict",
    "agreement",
    "distinct-events",
    "different-authorities",
    "updated",
    "unique",
)
_INT = re.compile(r"\d+")
_DECIMAL = re.compile(r"\d+\.\d+")
_PREFIX = re.compile(r"(\d{3})")


class GoldError(ValueError):
    """A gold, report or floors document that does not have the expected shape."""


def norm(value: object) -> str:
    """score_seeds.py's normalization, plus accent folding (``Echeverría`` == ``Echeverria``)."""
    s = unicodedata.normalize("NFKD", str(value))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace(",", "").strip()
    s = re.sub(r"\s+", " ", s)
    if re.fullmatch(r"\d+(\.0+)?", s):
        s = str(int(float(s)))
    return s


def status_of(finding: Mapping[str, Any]) -> str:
    return str(finding.get("status", "")).lower().replace("_", "-").replace(" ", "-")


def _strings(entry: Mapping[str, Any]) -> set[str]:
    out = set()
    for key in ("value", "text", "normalized", "display"):
        raw = entry.get(key)
        if raw is not None:
            out.add(norm(json.dumps(raw) if isinstance(raw, dict) else raw))
    return out


def _number(s: str) -> float | None:
    return float(s) if _INT.fullmatch(s) or _DECIMAL.fullmatch(s) else None


def value_matches(gold_value: str, entry: Mapping[str, Any], aliases: Mapping[str, set[str]] | None = None) -> bool:
    """Whether a report value entry (``{"value", "text", ...}``) matches a gold value."""
    g = norm(gold_value)
    wanted = {g} | (aliases or {}).get(g, set())
    for s in _strings(entry):
        for w in wanted:
            if s == w:
                return True
            if _INT.fullmatch(w):  # whole numbers: numeric equality only (7000 is not 7000-word)
                if _INT.fullmatch(s) and int(s) == int(w):
                    return True
            elif _DECIMAL.fullmatch(w):  # decimals: same number, or standing alone inside the text
                if _number(s) == float(w) or re.search(rf"(?<![\d.]){re.escape(w)}(?!\d)", s):
                    return True
            elif w in s:
                return True
    return False


class SourceMapper:
    """Maps report source ids to gold source ids: exact id, input path stem, or three-digit prefix."""

    def __init__(self, gold_ids: Iterable[str], inputs: Sequence[Mapping[str, Any]] = ()) -> None:
        self.gold_ids = set(gold_ids)
        self.by_input: dict[str, str] = {}
        for inp in inputs:
            raw = str(inp.get("id"))
            for cand in (raw, Path(str(inp.get("path", ""))).stem):
                if (hit := self._direct(cand)) is not None:
                    self.by_input[raw] = hit
                    break

    def _direct(self, s: str) -> str | None:
        if s in self.gold_ids:
            return s
        m = _PREFIX.match(s)
        return m.group(1) if m and m.group(1) in self.gold_ids else None

    def __call__(self, raw: object) -> str:
        s = str(raw)
        if s in self.by_input:
            return self.by_input[s]
        m = _PREFIX.match(s)
        return m.group(1) if m else s

    def sources(self, entry: Mapping[str, Any]) -> set[str]:
        evidence = entry.get("sources", entry.get("evidence", []))
        return {self(e.get("source_id", e.get("source", ""))) for e in evidence if isinstance(e, Mapping)}


@dataclass
class MatchContext:
    findings: list[Mapping[str, Any]]
    mapper: SourceMapper
    aliases: dict[str, set[str]]

    def covers(self, item: Mapping[str, Any], finding: Mapping[str, Any]) -> bool:
        """Every gold value is matched by value entries that together cite all its sources."""
        entries = finding.get("values", [])
        for gv, gsrc in item["values"].items():
            got: set[str] = set()
            for e in entries:
                if value_matches(gv, e, self.aliases):
                    got |= self.mapper.sources(e)
            if not set(gsrc) <= got:
                return False
        return True

    def implied(self, item: Mapping[str, Any], finding: Mapping[str, Any]) -> bool:
        if len(item["values"]) != 1:
            return False
        ((gv, gsrc),) = item["values"].items()
        return any(
            value_matches(gv, e, self.aliases) and set(gsrc) <= self.mapper.sources(e)
            for e in finding.get("values", [])
        )


def check_item(item: Mapping[str, Any], verdict: str, ctx: MatchContext) -> tuple[bool, str]:
    """score_seeds.py's check_item: whether the report holds the item, and why (not)."""
    best = ""
    for f in ctx.findings:
        st = status_of(f)
        if not ctx.covers(item, f):
            continue
        if verdict == "agreement":
            if st == "agreement":
                return True, f"agreement in {f.get('id')}"
            if ctx.implied(item, f):
                return True, f"implied agreement inside {st} {f.get('id')}"
            best = best or f"found as {st}"
            continue
        if st == verdict:
            pref = item.get("preferred")
            if pref and verdict == "conflict":
                p = f.get("preferred") or {}
                pv = p.get("value") if isinstance(p, Mapping) else p
                if pv is None or norm(pv) != norm(pref):
                    best = f"{verdict} but preferred={pv!r}"
                    continue
            return True, f"{st} in {f.get('id')}"
        best = best or f"values found, status {st}"
    return False, best or "no finding with these values and sources"
