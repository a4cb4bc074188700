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

from factcheck.normalize import number_patterns as pat
from factcheck.normalize.number_words import ARTICLE_SCALES, NUMBER_DETERMINERS, WORDS, parse_words

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


@dataclass
class _Core:
    """A number while it is being built: span, value and what was found around it."""

    start: int
    end: int
    value: float
    ordinal: bool = False
    multiplier: float = 1.0
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    bare: bool = True  # digits only: no separators, decimals, scale, unit or suffix
    role: str = "quantity"
    hedge: str | None = None
    hedge_kind: str | None = None


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


# How far back the context of a number is read (hedges, currency, labels): the longest hedge
# ("more than an estimated") is 23 characters; 60 leaves room for spaces and a currency sign.
_LOOKBEHIND = 60


def _window(text: str, pos: int) -> str:
    """The text just before ``pos``: reading the whole prefix would make the scan quadratic."""
    return text[max(0, pos - _LOOKBEHIND) : pos]


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(a < e and b > s for s, e in spans)


def _word_before(text: str, pos: int) -> tuple[str, int]:
    """The word right before ``pos`` (across spaces or a hyphen) and its start offset."""
    m = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, pos - 30) : pos])
    return (m.group(1), max(0, pos - 30) + m.start(1)) if m else ("", pos)


def _sentence_initial(text: str, pos: int) -> bool:
    before = _window(text, pos).rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:;"


def _non_quantities(text: str) -> list[_Core]:
    found: list[_Core] = []
    spans: list[tuple[int, int]] = []
    for role, pattern in pat.NON_QUANTITY:
        for m in pattern.finditer(text):
            if not _overlaps(spans, m.start(), m.end()):
                spans.append(m.span())
                found.append(_Core(m.start(), m.end(), 0.0, role=role))
                if role == "duration":  # h:mm:ss -> seconds
                    h, mi, sec = m.groups()
                    seconds = int(h) * 3600 + int(mi) * 60 + float(sec)
                    found[-1] = _Core(m.start(), m.end(), seconds, unit="s", low=seconds, high=seconds, role=role)
    return found


def _vague_cores(text: str, taken: list[tuple[int, int]]) -> list[_Core]:
    cores: list[_Core] = []
    for m in pat.VAGUE.finditer(text):
        lo: float
        hi: float
        if _overlaps(taken, m.start(), m.end()):
            continue
        if m.group(1):
            lo, hi = pat.VAGUE_MULT[m.group(1).lower()]
            scale = pat.PLURAL_SCALE[m.group(2).lower()]
            low, high = lo * scale, float(round(hi * scale))
        elif m.group(3):
            lo, hi = pat.FEW[m.group(3).lower()]
            scale = pat.SCALES.get(m.group(4).lower(), 12.0)
            low, high = lo * scale, hi * scale
        else:
            low, high = pat.VAGUE_ALONE[m.group(5).lower()]
        cores.append(_Core(m.start(), m.end(), low, low=low, high=high, vague=True, bare=False))
    return cores


def _digit_cores(text: str, taken: list[tuple[int, int]]) -> list[_Core]:
    cores: list[_Core] = []
    for m in pat.DIGITS.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        integer, frac = m.group(1), m.group(2) or ""
        core = _Core(m.start(), m.end(), float(re.sub(r"\D", "", integer) + frac))
        core.bare = integer.isdigit() and not frac
        rest = text[m.end() : m.end() + 30]
        if (o := pat.ORDINAL_SUFFIX.match(rest)) and not frac and "," not in integer:
            core.ordinal, core.end, core.bare = True, core.end + o.end(), False
        elif rest[:1] == "s" and not rest[1:2].isalpha():
            core.end += 1
            core.role = "year" if len(integer) == 4 else "label"  # "the 1990s", "in their 40s"
        elif (s := pat.SCALE_AFTER.match(rest)) is not None:
            word = (s.group(1) or s.group(2)).lower()
            core.multiplier = pat.SCALES.get(word) or pat.SCALE_ABBR[word]
            core.end += s.end()
        elif rest[:1].isalpha():
            short = re.match(r"([mkb])\b", rest, re.I)
            if short and pat.CURRENCY_BEFORE.search(_window(text, m.start())):
                core.multiplier, core.end = pat.SHORT_SCALE[short.group(1).lower()], core.end + 1
            elif not pat.TEMPERATURE.match(rest) and not pat.BASIS_POINTS.match(rest):
                core.role = "label"  # "3D", "5G", "10km": not a count
        if core.multiplier != 1.0:
            core.value *= core.multiplier
            core.bare = False
        cores.append(core)
    return cores


def _fraction_cores(text: str) -> list[_Core]:
    """ "half a percentage point" (0.5), "a quarter of a percentage point" (0.25)."""
    return [
        _Core(m.start(), m.end(), pat.POINT_FRACTIONS[re.sub(r"[\s-]+", " ", m.group(1).lower())], bare=False)
        for m in pat.POINT_FRACTION.finditer(text)
    ]


def _word_cores(text: str, taken: list[tuple[int, int]]) -> list[_Core]:
    toks = [(m.start(), m.end(), m.group().lower()) for m in pat.ALPHA.finditer(text)]
    cores: list[_Core] = []
    i = 0
    while i < len(toks):
        first = i
        nxt_word, gap = (toks[i + 1][2], text[toks[i][1] : toks[i + 1][0]]) if i + 1 < len(toks) else ("", "")
        if toks[i][2] in ("a", "an") and nxt_word in ARTICLE_SCALES and gap == " ":
            first = i + 1
        if toks[first][2] not in WORDS:
            i += 1
            continue
        run = [first]
        while run[-1] + 1 < len(toks):
            nxt = toks[run[-1] + 1]
            gap = text[toks[run[-1]][1] : nxt[0]]
            if gap not in (" ", "-", "\u2011") or (nxt[2] not in WORDS and nxt[2] != "and"):
                break
            run.append(run[-1] + 1)
        parsed = parse_words([toks[k][2] for k in run], article=first != i)
        if parsed is None:
            i = first + 1
            continue
        value, used, ordinal = parsed
        start, end = toks[i][0], toks[run[used - 1]][1]
        words = [toks[k][2] for k in run[:used]]
        i = run[used - 1] + 1
        if _overlaps(taken, start, end):
            continue
        if words == ["one"] and not re.match(r"-[A-Za-z]", text[end : end + 2]):
            continue  # "one of the", "One Belt": an article or pronoun, not a count
        if words == ["second"] and _word_before(text, start)[0].lower() not in NUMBER_DETERMINERS:
            continue  # "a second", "second-hand": not the ordinal 2
        multiplier = max((pat.SCALES.get(w, 1.0) for w in words), default=1.0)
        cores.append(_Core(start, end, value, ordinal=ordinal, multiplier=multiplier, bare=False))
    return cores


def _attach_units(text: str, core: _Core) -> None:
    """Currency before or after, and percent after, extend the span and set ``unit``."""
    if not core.ordinal and (c := pat.CURRENCY_BEFORE.search(_window(text, core.start))) is not None:
        core.start = core.start - len(_window(text, core.start)) + c.start()
        core.unit, core.bare = pat.currency_code(c.group(0)), False
    rest = text[core.end : core.end + 40]
    if (p := pat.PERCENT.match(rest)) is not None:
        core.end += p.end()
        core.unit, core.bare = ("pp" if p.group(2) else "%"), False
    elif core.unit is None and (s := pat.CURRENCY_AFTER.match(rest)) is not None:
        core.end += s.end()
        core.unit, core.bare = pat.currency_code(s.group(1)), False
    elif core.unit is None and not core.ordinal and (b := pat.BASIS_POINTS.match(rest)) is not None:
        core.end += b.end()
        core.unit, core.bare = "bp", False
    elif core.unit is None and not core.ordinal and (t := pat.TEMPERATURE.match(rest)) is not None:
        scale = (t.group(1) or t.group(2) or "").upper()[:1]
        core.end += t.end()
        core.unit, core.bare = ("°" + scale if scale else "degrees"), False


def _classify(text: str, core: _Core) -> None:
    """Set the role of a number that is not a quantity: year, age, list item, label, address."""
    if core.role != "quantity":
        return
    before, rest = _window(text, core.start), text[core.end : core.end + 40]
    prev, prev_start = _word_before(text, core.start)
    line_start = before.rstrip(" \t")[-1:] == "\n" or (core.start == len(before) and not before.strip())
    if core.bare and YEAR_MIN <= core.value <= YEAR_MAX and not core.ordinal:
        nxt = re.match(r"\s+([a-z]+)\b", rest)
        plural = nxt is not None and (nxt.group(1) in pat.PLURAL_NOUNS or re.search(r"[^s]s$", nxt.group(1)))
        if not plural or prev.lower() in pat.YEAR_PRECEDERS:
            core.role = "year"
    elif core.bare and core.value < 100 and re.search(r"\b(?:19|20)\d\d[-–]$", before):
        core.role = "year"  # "2010-15"
    elif pat.AGE_AFTER.match(rest):
        core.role = "age"
    elif core.bare and line_start and re.match(r"[.)]\s", rest):
        core.role = "list"
    elif pat.LABEL_BEFORE.search(before) and not re.search(r"\b(?:mid|early|late|pre|post)-$", before, re.I):
        core.role = "label"
    elif core.bare and pat.ADDRESS_AFTER.match(rest):
        core.role = "address"
    elif (
        core.bare
        and prev[:1].isupper()
        and not re.search(rf"{pat.MONTH}\s*$", before)
        and prev.lower() not in pat.HEDGES
        and not _sentence_initial(text, prev_start)
    ):
        core.role = "label"  # "Power of Siberia 2", "Apollo 11": part of a name


def _merge_ranges(text: str, cores: list[_Core]) -> list[_Core]:
    """ "40 to 50", "40-50", "between 40 and 50", "two to three million" become one interval."""
    out: list[_Core] = []
    for core in cores:
        prev = out[-1] if out else None
        if prev is None or core.role != "quantity" or prev.role != "quantity" or prev.ordinal or core.ordinal:
            out.append(core)
            continue
        gap = text[prev.end : core.start]
        between = re.search(r"\bbetween\s+$", _window(text, prev.start), re.I) and re.fullmatch(r"\s+and\s+", gap)
        units_differ = prev.unit is not None and core.unit is not None and prev.unit != core.unit
        if not (between or pat.RANGE_GAP.fullmatch(gap)) or prev.vague or core.vague or units_differ:
            out.append(core)  # "rose 9% to 412 million dirhams": a change and a level, not a range
            continue
        low = prev.value
        if prev.multiplier == 1.0 and core.multiplier > 1.0 and low * core.multiplier <= core.value:
            low *= core.multiplier  # "two to three million": the scale is written once
        same_scale = prev.multiplier == core.multiplier or low != prev.value
        if low >= core.value or not same_scale:
            out.append(core)
            continue
        merged = _Core(
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


def _apply_hedge(text: str, core: _Core) -> None:
    if core.role != "quantity" or core.ordinal or core.hedge:
        return
    if (h := pat.HEDGE_BEFORE.search(_window(text, core.start))) is not None:
        core.hedge, core.hedge_kind = h.group(1).lower(), pat.HEDGES[h.group(1).lower()]
        core.start = core.start - len(_window(text, core.start)) + h.start()
    elif (a := pat.HEDGE_AFTER.match(text, core.end)) is not None:
        word = (a.group(1) or a.group(2) or a.group(3)).lower()
        core.hedge, core.hedge_kind, core.end = a.group(0).strip(" -").lower(), pat.SUFFIX_HEDGES[word], a.end()


_SCALE_WORDS = {"million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12}
_SCALED_DECIMAL = re.compile(r"\d\.(\d+)\s*-?(million|billion|trillion|mn|bn|tn|m)\b", re.IGNORECASE)


def _to_match(text: str, core: _Core) -> NumberMatch:
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
    cores = _non_quantities(text)
    taken = [(c.start, c.end) for c in cores]
    cores += _vague_cores(text, taken)
    taken = [(c.start, c.end) for c in cores]
    digits = _digit_cores(text, taken) + _fraction_cores(text)
    numeric = digits + _word_cores(text, taken + [(c.start, c.end) for c in digits])
    for core in numeric:
        _attach_units(text, core)
        _classify(text, core)
    cores = _merge_ranges(text, sorted(cores + numeric, key=lambda c: c.start))
    for core in cores:
        _apply_hedge(text, core)
    matches = [_to_match(text, c) for c in cores]
    # A figure too large for a float ("9" written 400 times) is no claim, and would not be valid JSON.
    return tuple(m for m in matches if (all_roles or m.is_quantity) and _finite(m))


def _finite(m: NumberMatch) -> bool:
    return all(v is None or math.isfinite(v) for v in (m.value, m.low, m.high))


def parse_number(phrase: str) -> float | None:
    """The value of a phrase that is one number ("twenty-three", "$1.2bn", "7,000"), else None."""
    stripped = phrase.strip()
    matches = find_numbers(stripped, all_roles=True)
    if len(matches) == 1 and matches[0].surface == stripped and matches[0].role in ("quantity", "year"):
        return matches[0].value
    return None
