"""Number phrases in running text: digits, words, scales, hedges, vague amounts, ordinals, money, percent.

Pure functions without article context. :func:`find_numbers` turns every number phrase into a
:class:`NumberMatch` whose interval ``[low, high]`` is what the text commits to: "more than 40" is
``[40, open)``, "about 8,000" is ``8,000 ± APPROX_TOLERANCE``, "tens of thousands" is
``[10000, 99999]``. Numbers that are not quantities (years, dates, clock times, phone numbers, ages,
list numbering, names such as "Siberia 2") get a ``role`` other than ``"quantity"`` and are left out
unless ``all_roles=True``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.limits import may_end_with
from factcheck.normalize import number_patterns as pat
from factcheck.normalize.number_cores import (
    Core,
    digit_cores,
    fraction_cores,
    non_quantities,
    sentence_initial,
    vague_cores,
    window,
    word_before,
    word_cores,
)
from factcheck.normalize.number_words import parse_words

__all__ = [
    "APPROX_TOLERANCE",
    "NumberMatch",
    "clear_number_cache",
    "find_numbers",
    "format_number",
    "intervals_agree",
    "parse_number",
    "parse_words",
]

# "about 8,000", "roughly 50": news copy rounds figures to one or two significant digits, so a rounded
# figure is within 5% of the true value; 10% doubles that for the writer's own estimating.
APPROX_TOLERANCE = 0.10

# Relative slack for interval ends computed in floating point (8000 * 1.1 is not exactly 8800).
_EPS = 1e-9

# A bare four-digit whole number in this range is read as a year ("in 2019") unless a plural noun
# follows it ("2000 people").
YEAR_MIN, YEAR_MAX = 1900, 2100


@dataclass(frozen=True)
class NumberMatch:
    """One number phrase; ``text[start:end] == surface``. ``low``/``high`` None means open."""

    start: int
    end: int
    surface: str
    value: float
    low: float | None
    high: float | None
    hedge: str | None = None
    ordinal: bool = False
    approximate: bool = False
    unit: str | None = None  # "%", "pp" (percentage points) or a currency code ("USD")
    role: str = (
        "quantity"  # quantity | duration (h:mm:ss, in seconds) | year | date | time | phone | age | label | list
    )
    vague: bool = False  # "tens of thousands", "dozens"

    @property
    def is_year(self) -> bool:
        return self.role == "year"

    @property
    def is_quantity(self) -> bool:
        return self.role == "quantity"


def _interval(value: float, kind: str | None) -> tuple[float | None, float | None, bool]:
    """Interval and approximate flag of ``value`` under a hedge kind (None: exact)."""
    t = APPROX_TOLERANCE
    if kind == "approx":
        return value * (1 - t), value * (1 + t), True
    if kind == "below":
        return value * (1 - t), value, True
    if kind == "above":
        return value, value * (1 + t), True
    if kind == "min":
        return value, None, False
    if kind == "max":
        return None, value, False
    return value, value, False


def intervals_agree(a_low: float | None, a_high: float | None, b_low: float | None, b_high: float | None) -> bool:
    """True when the two intervals overlap (None is an open end)."""
    lows = [x for x in (a_low, b_low) if x is not None]
    highs = [x for x in (a_high, b_high) if x is not None]
    if not lows or not highs:
        return True
    lo, hi = max(lows), min(highs)
    return lo <= hi + _EPS * max(1.0, abs(hi))


def format_number(value: float, grouping: bool = False) -> str:
    """ "7000", "1.25" (``grouping``: "7,000"): whole numbers without a decimal point."""
    if value == int(value):
        return f"{int(value):,}" if grouping else str(int(value))
    text = f"{value:,.6f}" if grouping else f"{value:.6f}"
    return text.rstrip("0").rstrip(".")


def _attach_units(text: str, core: Core) -> None:
    """Currency before or after, and percent after, extend the span and set ``unit``."""
    before = window(text, core.start)
    if not core.ordinal and pat.may_end_with_currency(before) and (c := pat.CURRENCY_BEFORE.search(before)):
        core.start = core.start - len(window(text, core.start)) + c.start()
        core.unit, core.bare = pat.currency_code(c.group(0)), False
    rest = text[core.end : core.end + 40]
    if (p := pat.PERCENT.match(rest)) is not None:
        core.end += p.end()
        core.unit, core.bare = ("pp" if p.group(2) else "%"), False
    elif core.unit is None and (s := pat.CURRENCY_AFTER.match(rest)) is not None:
        core.end += s.end()
        core.unit, core.bare = pat.currency_code(s.group(1)), False
    elif core.unit is None and not core.ordinal and core.multiplier == 1.0 and (ct := pat.CENTS.match(rest)):
        core.end += ct.end()
        core.value /= 100
        core.unit, core.bare = pat.CENT_CURRENCY, False
    elif core.unit is None and not core.ordinal and (b := pat.BASIS_POINTS.match(rest)) is not None:
        core.end += b.end()
        core.unit, core.bare = "bp", False
    elif core.unit is None and not core.ordinal and (t := pat.TEMPERATURE.match(rest)) is not None:
        scale = (t.group(1) or t.group(2) or "").upper()[:1]
        core.end += t.end()
        core.unit, core.bare = ("°" + scale if scale else "degrees"), False


# Patterns of _classify and _merge_ranges, compiled once: they run for figures of every sentence.
_YEAR_RANGE_BEFORE = re.compile(r"\b(?:19|20)\d\d[-–]$")  # "2010-15": searched only after a dash
_DASH_ENDS = ("-", "–", "-\n", "–\n")  # what a window ends with where it matches ($ passes a final newline)
_LIST_MARK_AFTER = re.compile(r"[.)]\s")
_AND_GAP = re.compile(r"\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
# "from X to Y" after a verb or noun of change ("raised ... from $0.04 to $0.10", "an increase from 4 to 6"):
# the level before and the level after, not a range of estimates ("ranged from 40 to 50" stays a range).
_CHANGE_FROM = re.compile(
    r"\b(?:rais|increas|boost|lift|hik|cut|lower|reduc|decreas|ris|rose|fell|fall|drop|climb|jump|grew|grow"
    r"|surg|soar|doubl|tripl|slash|declin|plung|tumbl|revis|chang|mov)\w*[^.;:]*\bfrom\s+$",
    re.I,
)
_TO_GAP = re.compile(r"\s+to\s+")


def _classify(text: str, core: Core) -> None:
    """Set the role of a number that is not a quantity: year, age, list item, label, address."""
    if core.role != "quantity":
        return
    before, rest = window(text, core.start), text[core.end : core.end + 40]
    prev, prev_start = word_before(text, core.start)
    line_start = before.rstrip(" \t")[-1:] == "\n" or (core.start == len(before) and not before.strip())
    if core.bare and YEAR_MIN <= core.value <= YEAR_MAX and not core.ordinal:
        nxt = re.match(r"\s+([a-z]+)\b", rest)
        plural = nxt is not None and (nxt.group(1) in pat.PLURAL_NOUNS or re.search(r"[^s]s$", nxt.group(1)))
        if not plural or prev.lower() in pat.YEAR_PRECEDERS:
            core.role = "year"
    elif core.bare and core.value < 100 and before.endswith(_DASH_ENDS) and _YEAR_RANGE_BEFORE.search(before):
        core.role = "year"  # "2010-15"
    elif pat.AGE_AFTER.match(rest):
        core.role = "age"
    elif core.bare and line_start and _LIST_MARK_AFTER.match(rest):
        core.role = "list"
    elif (
        pat.may_end_with_label(before)
        and pat.LABEL_BEFORE.search(before)
        and not re.search(r"\b(?:mid|early|late|pre|post)-$", before, re.I)
    ):
        core.role = "label"
    elif core.bare and pat.ADDRESS_AFTER.match(rest):
        core.role = "address"
    elif (
        core.bare
        and prev[:1].isupper()
        and not pat.MONTH_END.search(before)
        and prev.lower() not in pat.HEDGES
        and not sentence_initial(text, prev_start)
    ):
        core.role = "label"  # "Power of Siberia 2", "Apollo 11": part of a name


def _merge_ranges(text: str, cores: list[Core]) -> list[Core]:
    """ "40 to 50", "40-50", "between 40 and 50", "two to three million" become one interval."""
    out: list[Core] = []
    for core in cores:
        prev = out[-1] if out else None
        if prev is None or core.role != "quantity" or prev.role != "quantity" or prev.ordinal or core.ordinal:
            out.append(core)
            continue
        gap = text[prev.end : core.start]
        # The gap first: "between" is searched (at every position of the window) only before an "and".
        between = _AND_GAP.fullmatch(gap) and _BETWEEN_BEFORE.search(window(text, prev.start))
        units_differ = prev.unit is not None and core.unit is not None and prev.unit != core.unit
        if not (between or pat.RANGE_GAP.fullmatch(gap)) or prev.vague or core.vague or units_differ:
            out.append(core)  # "rose 9% to 412 million dirhams": a change and a level, not a range
            continue
        if _CHANGE_FROM.search(window(text, prev.start)) and _TO_GAP.fullmatch(gap):
            out.append(core)  # "lifted its payout by 25%, from $0.40 to $0.50": the old and the new level
            continue
        low = prev.value
        if prev.multiplier == 1.0 and core.multiplier > 1.0 and low * core.multiplier <= core.value:
            low *= core.multiplier  # "two to three million": the scale is written once
        same_scale = prev.multiplier == core.multiplier or low != prev.value
        if low >= core.value or not same_scale:
            out.append(core)
            continue
        merged = Core(
            prev.start,
            core.end,
            (low + core.value) / 2,
            unit=core.unit or prev.unit,
            low=low,
            high=core.value,
            bare=False,
            hedge="between" if between else None,
        )
        if between:
            merged.start = text.lower().rindex("between", 0, prev.start)
        out[-1] = merged
    return out


def _apply_hedge(text: str, core: Core) -> None:
    if core.role != "quantity" or core.ordinal or core.hedge:
        return
    before = window(text, core.start)
    if may_end_with(before, pat.HEDGE_ENDS) and (h := pat.HEDGE_BEFORE.search(before)) is not None:
        core.hedge, core.hedge_kind = h.group(1).lower(), pat.HEDGES[h.group(1).lower()]
        core.start = core.start - len(window(text, core.start)) + h.start()
    elif (a := pat.HEDGE_AFTER.match(text, core.end)) is not None:
        word = (a.group(1) or a.group(2) or a.group(3)).lower()
        core.hedge, core.hedge_kind, core.end = a.group(0).strip(" -").lower(), pat.SUFFIX_HEDGES[word], a.end()


_SCALE_WORDS = {"million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12}
_SCALED_DECIMAL = re.compile(r"\d\.(\d+)\s*-?(million|billion|trillion|mn|bn|tn|m)\b", re.IGNORECASE)


def _to_match(text: str, core: Core) -> NumberMatch:
    low, high, approximate = _interval(core.value, core.hedge_kind)
    rounded = _SCALED_DECIMAL.search(text, core.start, core.end)
    if core.hedge_kind is None and rounded is not None:
        # "2.1 billion" is rounded to its last decimal: it stands for 2.05-2.15 billion, so it agrees
        # with "2.13 billion" (a figure with a scale word and decimals is never given to the unit).
        step = 10.0 ** -len(rounded.group(1)) * _SCALE_WORDS[rounded.group(2).lower()] / 2
        low, high = core.value - step, core.value + step
    if core.vague or core.low is not None or core.high is not None:
        low, high, approximate = core.low, core.high, core.vague
        if core.hedge_kind in ("min", "above"):
            high = None
        elif core.hedge_kind in ("max", "below"):
            low = None
    return NumberMatch(
        start=core.start,
        end=core.end,
        surface=text[core.start : core.end],
        value=core.value,
        low=low,
        high=high,
        hedge=core.hedge,
        ordinal=core.ordinal,
        approximate=approximate,
        unit=core.unit,
        role=core.role,
        vague=core.vague,
    )


# Sentences whose numbers are kept: every extractor reads the numbers of every sentence, several times.
_NUMBER_CACHE_SIZE = 4096


def find_numbers(text: str, all_roles: bool = False) -> list[NumberMatch]:
    """Every number phrase of ``text`` in order; only quantities unless ``all_roles``."""
    return list(_find_numbers(text, all_roles))


def clear_number_cache() -> None:
    """Forget the cached numbers of sentences (for measurements that must start cold)."""
    _find_numbers.cache_clear()


@lru_cache(maxsize=_NUMBER_CACHE_SIZE)
def _find_numbers(text: str, all_roles: bool) -> tuple[NumberMatch, ...]:
    if not all_roles:  # the quantities among all figures: every sentence is asked both ways, read once
        return tuple(m for m in _find_numbers(text, True) if m.is_quantity)
    cores = non_quantities(text)
    taken = [(c.start, c.end) for c in cores]
    cores += vague_cores(text, taken)
    taken = [(c.start, c.end) for c in cores]
    digits = digit_cores(text, taken) + fraction_cores(text)
    numeric = digits + word_cores(text, taken + [(c.start, c.end) for c in digits])
    for core in numeric:
        _attach_units(text, core)
        _classify(text, core)
    cores = _merge_ranges(text, sorted(cores + numeric, key=lambda c: c.start))
    for core in cores:
        _apply_hedge(text, core)
    matches = [_to_match(text, c) for c in cores]
    # A figure too large for a float ("9" written 400 times) is no claim, and would not be valid JSON.
    return tuple(m for m in matches if _finite(m))


def _finite(m: NumberMatch) -> bool:
    return all(v is None or math.isfinite(v) for v in (m.value, m.low, m.high))


def parse_number(phrase: str) -> float | None:
    """The value of a phrase that is one number ("twenty-three", "$1.2bn", "7,000"), else None."""
    stripped = phrase.strip()
    matches = find_numbers(stripped, all_roles=True)
    if len(matches) == 1 and matches[0].surface == stripped and matches[0].role in ("quantity", "year"):
        return matches[0].value
    return None
