"""Number phrases in running text: digits, words, scales, hedges, vague amounts, ordinals, money, percent.

Pure functions without article context. :func:`find_numbers` turns every number phrase into a
:class:`NumberMatch` whose interval ``[low, high]`` is what the text commits to: "more than 40" is
``[40, open)``, "about 8,000" is ``8,000 ± APPROX_TOLERANCE``, "tens of thousands" is
``[10000, 99999]``. Numbers that are not quantities (years, dates, clock times, phone numbers, ages,
list numbering, names such as "Siberia 2") get a ``role`` other than ``"quantity"`` and are left out
unless ``all_roles=True``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "APPROX_TOLERANCE",
    "NumberMatch",
    "find_numbers",
    "format_number",
    "intervals_agree",
    "parse_number",
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
    role: str = "quantity"  # quantity | year | date | time | phone | age | label | list
    vague: bool = False  # "tens of thousands", "dozens"

    @property
    def is_year(self) -> bool:
        return self.role == "year"

    @property
    def is_quantity(self) -> bool:
        return self.role == "quantity"


# --- word tables -------------------------------------------------------------------------------------


def _split(words: str) -> list[str]:
    return words.split()


_UNITS = _split("one two three four five six seven eight nine")
_TEENS = _split("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
_TENS = _split("twenty thirty forty fifty sixty seventy eighty ninety")
_ORD_UNITS = _split("first second third fourth fifth sixth seventh eighth ninth")
_ORD_TEENS = _split(
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
_ORD_TENS = _split("twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth")
_BIG = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# word -> (kind, value, ordinal); kinds: unit 1-9, teen 10-19, tens, hundred, big, dozen
_WORDS: dict[str, tuple[str, float, bool]] = {
    **{w: ("unit", i + 1, False) for i, w in enumerate(_UNITS)},
    **{w: ("teen", i + 10, False) for i, w in enumerate(_TEENS)},
    **{w: ("tens", (i + 2) * 10, False) for i, w in enumerate(_TENS)},
    **{w: ("unit", i + 1, True) for i, w in enumerate(_ORD_UNITS)},
    **{w: ("teen", i + 10, True) for i, w in enumerate(_ORD_TEENS)},
    **{w: ("tens", (i + 2) * 10, True) for i, w in enumerate(_ORD_TENS)},
    **{w: ("big", v, False) for w, v in _BIG.items()},
    **{w + "th": ("big", v, True) for w, v in _BIG.items()},
    "hundred": ("hundred", 100, False),
    "hundredth": ("hundred", 100, True),
    "dozen": ("dozen", 12, False),
}
# What may follow each kind inside one number ("twenty-three", "five hundred and six thousand").
_FOLLOWS = {
    None: {"unit", "teen", "tens", "hundred", "big", "dozen"},
    "unit": {"hundred", "big", "dozen"},
    "teen": {"hundred", "big", "dozen"},
    "tens": {"unit", "big", "dozen"},
    "hundred": {"unit", "teen", "tens", "big"},
    "big": {"unit", "teen", "tens", "hundred", "big"},
    "dozen": {"big"},
}
_ARTICLE_SCALES = {"hundred", "thousand", "million", "billion", "trillion", "dozen"}
_DETERMINERS = {"the", "its", "their", "his", "her", "our", "my", "your", "this", "whose"}

_SCALES = {**_BIG, "hundred": 100.0, "lakh": 1e5, "crore": 1e7}
_SCALE_ABBR = {"bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12}
_SHORT_SCALE = {"m": 1e6, "k": 1e3, "b": 1e9}  # "$3m", "£2bn": only after a currency sign

# Hedge phrase -> how it bounds the figure (see _interval).
_HEDGES: dict[str, str] = {
    **dict.fromkeys(
        ["about", "around", "roughly", "approximately", "some", "circa", "an estimated", "estimated"],
        "approx",
    ),
    **dict.fromkeys(["nearly", "almost", "close to", "just under", "just shy of", "nearing"], "below"),
    **dict.fromkeys(["just over", "just above", "a little over", "slightly more than"], "above"),
    **dict.fromkeys(
        ["more than", "over", "above", "upwards of", "in excess of", "exceeding", "at least", "no fewer than",
         "no less than", "a minimum of", "well over", "well above", "more than an estimated"],
        "min",
    ),
    **dict.fromkeys(
        ["up to", "as many as", "as much as", "at most", "no more than", "a maximum of", "fewer than",
         "less than", "under", "below", "well under", "well below"],
        "max",
    ),
}
_HEDGE_BEFORE = re.compile(
    r"\b(" + "|".join(re.escape(h) for h in sorted(_HEDGES, key=len, reverse=True)) + r")\s+$", re.I
)
_HEDGE_AFTER = re.compile(r"\s+or\s+(more|so|fewer|less)\b|(\+)|-(plus|odd)\b", re.I)
_SUFFIX_HEDGES = {"more": "min", "so": "approx", "fewer": "max", "less": "max", "+": "min", "plus": "min",
                  "odd": "approx"}

# Vague amounts: multiplier ranges times a scale ("tens of thousands" = [10, 99.999] * 1000).
_VAGUE_MULT: dict[str, tuple[float, float]] = {
    "tens": (10, 99.999), "hundreds": (100, 999.999), "dozens": (24, 144), "scores": (40, 199)
}
_VAGUE_ALONE: dict[str, tuple[float, float]] = {
    "dozens": (24, 144), "scores": (40, 199), "hundreds": (100, 999), "thousands": (1000, 9999),
    "millions": (1e6, 1e9 - 1), "billions": (1e9, 1e12 - 1),
}
_FEW: dict[str, tuple[float, float]] = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 3)}
_PLURAL_SCALE = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}
_VAGUE = re.compile(
    r"\b(?:(tens|hundreds|dozens|scores)\s+of\s+(thousands|millions|billions)"
    r"|(several|a few|a couple of)\s+(dozen|hundred|thousand|million|billion)"
    r"|(dozens|scores|hundreds|thousands|millions|billions))\b",
    re.I,
)

_CURRENCY_CODES = ["USD", "EUR", "GBP", "JPY", "CNY", "RMB", "RUB", "INR", "CHF", "AUD", "CAD", "HKD"]
_CURRENCY_SIGNS = {"US$": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD",
                   "R$": "BRL", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB",
                   "Rs": "INR"}
_CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY",
                   "renminbi": "CNY", "rouble": "RUB", "ruble": "RUB", "rupee": "INR", "franc": "CHF"}
_CURRENCY_BEFORE = re.compile(
    r"(US\$|A\$|C\$|HK\$|NZ\$|S\$|R\$|\$|€|£|¥|₹|₽|\bRs\.?\s?|\b(?:" + "|".join(_CURRENCY_CODES) + r")\s?)$"
)
_CURRENCY_AFTER = re.compile(
    r"\s+(?:(?:US|U\.S\.|American|Hong Kong|Australian|Canadian)\s+)?"
    r"(dollars?|euros?|pounds?|yen|yuan|renminbi|roubles?|rubles?|rupees?|francs?|"
    + "|".join(_CURRENCY_CODES) + r")\b"
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_NON_QUANTITY: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("phone", re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(\d{2,4}\)\s?\d{3,4}[\s.-]?\d{3,4}")),
    ("phone", re.compile(r"\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}")),
    ("phone", re.compile(r"\b\d{3}[.-]\d{3}[.-]\d{4}\b|\b\d{3}-\d{4}\b")),
    ("date", re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")),
    ("date", re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d,.]\d)")),
    ("date", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![a-z])")),
    ("time", re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\b(?:\s*[ap]\.?m\b\.?)?")),
    ("time", re.compile(r"\b\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\.|[ap]m\b|o'clock)")),
    ("time", re.compile(r"\b\d{3,4}\s*(?:GMT|UTC|hrs)\b")),
    ("age", re.compile(r"\baged\s+\d{1,3}\b")),
    ("fraction", re.compile(r"(?<![\d/])\d{1,3}/\d{1,3}(?![\d/])")),
)
_DIGITS = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)|\d+)(\.\d+)?"
)
_ALPHA = re.compile(r"[A-Za-z]+")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_SCALE_AFTER = re.compile(rf"(?:\s*|-)({'|'.join(_SCALES)})\b|\s?({'|'.join(_SCALE_ABBR)})\b", re.I)
_PERCENT = re.compile(r"\s?(%|per\s?cent\b|pct\b)|\s(percentage points?)\b", re.I)
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to)\s*")
_AGE_AFTER = re.compile(r"(?:-|\s)years?(?:-|\s)old\b", re.I)
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:No|Nos|[Nn]umber|Art|[Aa]rticle|[Ss]ection|[Cc]hapter|[Rr]esolution|[Ff]light|[Rr]oom|[Rr]oute"
    r"|Highway|[Pp]age|[Ll]evel|[Cc]ategory|[Pp]hase|[Pp]art|Vol|Volume|Season|Episode|[Ss]tage|[Gg]ate"
    r"|[Pp]latform|[Pp]aragraph|[Cc]lause|[Ss]tep|[Ii]tem|[Bb]lock|[Uu]nit)\.?\s*|#\s*|[A-Za-z]-)$"
)
_YEAR_PRECEDERS = {"in", "since", "until", "till", "by", "during", "before", "after", "from", "through",
                   "circa", "mid", "early", "late", "the", "this", "that", "its", "their", "of", "to", "and"}
_PLURAL_NOUNS = {"people", "children", "men", "women", "police", "staff", "personnel", "troops", "cattle"}
_ADDRESS_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Way|Square)\b"
)


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


def parse_words(words: list[str], article: bool = False) -> tuple[float, int, bool] | None:
    """Value of the longest number at the start of lower-case ``words``: (value, words used, ordinal).

    "and" is taken only between a hundred/scale and what follows ("two hundred and five").
    ``article`` says an "a"/"an" came before ("a dozen", "a million").
    """
    total, current, used, ordinal = 0.0, 0.0, 0, False
    last: str | None = None
    last_big = float("inf")
    i = 0
    while i < len(words) and not ordinal:
        w = words[i]
        if w == "and" and last in ("hundred", "big") and i + 1 < len(words):
            nxt = _WORDS.get(words[i + 1])
            if nxt is None or nxt[0] not in ("unit", "teen", "tens"):
                break
            i += 1
            w = words[i]
        entry = _WORDS.get(w)
        if entry is None or entry[0] not in _FOLLOWS[last]:
            break
        kind, value, ordinal = entry
        if kind == "hundred":
            if current >= 100 or (last is None and not article):
                break
            current = (current or 1) * 100
        elif kind == "big":
            if value >= last_big:
                break
            total, current, last_big = total + (current or 1) * value, 0.0, value
        elif kind == "dozen":
            if last is None and not article:
                break
            current = (current or 1) * 12
        else:
            current += value
        last, i, used = kind, i + 1, i + 1
    if used == 0:
        return None
    return total + current, used, ordinal


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


def intervals_agree(
    a_low: float | None, a_high: float | None, b_low: float | None, b_high: float | None
) -> bool:
    """True when the two intervals overlap (None is an open end)."""
    lows = [x for x in (a_low, b_low) if x is not None]
    highs = [x for x in (a_high, b_high) if x is not None]
    if not lows or not highs:
        return True
    lo, hi = max(lows), min(highs)
    return lo <= hi + _EPS * max(1.0, abs(hi))


def format_number(value: float, grouping: bool = False) -> str:
    """"7000", "1.25" (``grouping``: "7,000"): whole numbers without a decimal point."""
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
    for role, pattern in _NON_QUANTITY:
        for m in pattern.finditer(text):
            if not _overlaps(spans, m.start(), m.end()):
                spans.append(m.span())
                found.append(_Core(m.start(), m.end(), 0.0, role=role))
    return found


def _vague_cores(text: str, taken: list[tuple[int, int]]) -> list[_Core]:
    cores: list[_Core] = []
    for m in _VAGUE.finditer(text):
        lo: float
        hi: float
        if _overlaps(taken, m.start(), m.end()):
            continue
        if m.group(1):
            lo, hi = _VAGUE_MULT[m.group(1).lower()]
            scale = _PLURAL_SCALE[m.group(2).lower()]
            low, high = lo * scale, float(round(hi * scale))
        elif m.group(3):
            lo, hi = _FEW[m.group(3).lower()]
            scale = _SCALES.get(m.group(4).lower(), 12.0)
            low, high = lo * scale, hi * scale
        else:
            low, high = _VAGUE_ALONE[m.group(5).lower()]
        cores.append(_Core(m.start(), m.end(), low, low=low, high=high, vague=True, bare=False))
    return cores


def _digit_cores(text: str, taken: list[tuple[int, int]]) -> list[_Core]:
    cores: list[_Core] = []
    for m in _DIGITS.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        integer, frac = m.group(1), m.group(2) or ""
        core = _Core(m.start(), m.end(), float(re.sub(r"\D", "", integer) + frac))
        core.bare = integer.isdigit() and not frac
        rest = text[m.end() : m.end() + 30]
        if (o := _ORDINAL_SUFFIX.match(rest)) and not frac and "," not in integer:
            core.ordinal, core.end, core.bare = True, core.end + o.end(), False
        elif rest[:1] == "s" and not rest[1:2].isalpha():
            core.end += 1
            core.role = "year" if len(integer) == 4 else "label"  # "the 1990s", "in their 40s"
        elif (s := _SCALE_AFTER.match(rest)) is not None:
            word = (s.group(1) or s.group(2)).lower()
            core.multiplier = _SCALES.get(word) or _SCALE_ABBR[word]
            core.end += s.end()
        elif rest[:1].isalpha():
            short = re.match(r"([mkb])\b", rest, re.I)
            if short and _CURRENCY_BEFORE.search(_window(text, m.start())):
                core.multiplier, core.end = _SHORT_SCALE[short.group(1).lower()], core.end + 1
            else:
                core.role = "label"  # "3D", "5G", "10km": not a count
        if core.multiplier != 1.0:
            core.value *= core.multiplier
            core.bare = False
        cores.append(core)
    return cores


def _word_cores(text: str, taken: list[tuple[int, int]]) -> list[_Core]:
    toks = [(m.start(), m.end(), m.group().lower()) for m in _ALPHA.finditer(text)]
    cores: list[_Core] = []
    i = 0
    while i < len(toks):
        first = i
        nxt_word, gap = (toks[i + 1][2], text[toks[i][1] : toks[i + 1][0]]) if i + 1 < len(toks) else ("", "")
        if toks[i][2] in ("a", "an") and nxt_word in _ARTICLE_SCALES and gap == " ":
            first = i + 1
        if toks[first][2] not in _WORDS:
            i += 1
            continue
        run = [first]
        while run[-1] + 1 < len(toks):
            nxt = toks[run[-1] + 1]
            gap = text[toks[run[-1]][1] : nxt[0]]
            if gap not in (" ", "-", "\u2011") or (nxt[2] not in _WORDS and nxt[2] != "and"):
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
        if words == ["second"] and _word_before(text, start)[0].lower() not in _DETERMINERS:
            continue  # "a second", "second-hand": not the ordinal 2
        multiplier = max((_SCALES.get(w, 1.0) for w in words), default=1.0)
        cores.append(_Core(start, end, value, ordinal=ordinal, multiplier=multiplier, bare=False))
    return cores


def _currency_code(token: str) -> str:
    token = token.strip().rstrip(".")
    if token in _CURRENCY_SIGNS:
        return _CURRENCY_SIGNS[token]
    if token.upper() in _CURRENCY_CODES:
        return "CNY" if token.upper() == "RMB" else token.upper()
    return _CURRENCY_WORDS.get(token.lower().rstrip("s"), token.upper())


def _attach_units(text: str, core: _Core) -> None:
    """Currency before or after, and percent after, extend the span and set ``unit``."""
    if not core.ordinal and (c := _CURRENCY_BEFORE.search(_window(text, core.start))) is not None:
        core.start = core.start - len(_window(text, core.start)) + c.start()
        core.unit, core.bare = _currency_code(c.group(0)), False
    rest = text[core.end : core.end + 40]
    if (p := _PERCENT.match(rest)) is not None:
        core.end += p.end()
        core.unit, core.bare = ("pp" if p.group(2) else "%"), False
    elif core.unit is None and (s := _CURRENCY_AFTER.match(rest)) is not None:
        core.end += s.end()
        core.unit, core.bare = _currency_code(s.group(1)), False


def _classify(text: str, core: _Core) -> None:
    """Set the role of a number that is not a quantity: year, age, list item, label, address."""
    if core.role != "quantity":
        return
    before, rest = _window(text, core.start), text[core.end : core.end + 40]
    prev, prev_start = _word_before(text, core.start)
    line_start = before.rstrip(" \t")[-1:] == "\n" or (core.start == len(before) and not before.strip())
    if core.bare and YEAR_MIN <= core.value <= YEAR_MAX and not core.ordinal:
        nxt = re.match(r"\s+([a-z]+)\b", rest)
        plural = nxt is not None and (nxt.group(1) in _PLURAL_NOUNS or re.search(r"[^s]s$", nxt.group(1)))
        if not plural or prev.lower() in _YEAR_PRECEDERS:
            core.role = "year"
    elif core.bare and core.value < 100 and re.search(r"\b(?:19|20)\d\d[-–]$", before):
        core.role = "year"  # "2010-15"
    elif _AGE_AFTER.match(rest):
        core.role = "age"
    elif core.bare and line_start and re.match(r"[.)]\s", rest):
        core.role = "list"
    elif _LABEL_BEFORE.search(before) and not re.search(r"\b(?:mid|early|late|pre|post)-$", before, re.I):
        core.role = "label"
    elif core.bare and _ADDRESS_AFTER.match(rest):
        core.role = "address"
    elif (
        core.bare
        and prev[:1].isupper()
        and not re.search(rf"{_MONTH}\s*$", before)
        and prev.lower() not in _HEDGES
        and not _sentence_initial(text, prev_start)
    ):
        core.role = "label"  # "Power of Siberia 2", "Apollo 11": part of a name


def _merge_ranges(text: str, cores: list[_Core]) -> list[_Core]:
    """"40 to 50", "40-50", "between 40 and 50", "two to three million" become one interval."""
    out: list[_Core] = []
    for core in cores:
        prev = out[-1] if out else None
        if prev is None or core.role != "quantity" or prev.role != "quantity" or prev.ordinal or core.ordinal:
            out.append(core)
            continue
        gap = text[prev.end : core.start]
        between = re.search(r"\bbetween\s+$", _window(text, prev.start), re.I) and re.fullmatch(r"\s+and\s+", gap)
        if not (between or _RANGE_GAP.fullmatch(gap)) or prev.vague or core.vague:
            out.append(core)
            continue
        low = prev.value
        if prev.multiplier == 1.0 and core.multiplier > 1.0 and low * core.multiplier <= core.value:
            low *= core.multiplier  # "two to three million": the scale is written once
        same_scale = prev.multiplier == core.multiplier or low != prev.value
        if low >= core.value or not same_scale:
            out.append(core)
            continue
        merged = _Core(prev.start, core.end, (low + core.value) / 2, unit=core.unit or prev.unit, low=low,
                       high=core.value, bare=False, hedge="between" if between else None)
        if between:
            merged.start = text.lower().rindex("between", 0, prev.start)
        out[-1] = merged
    return out


def _apply_hedge(text: str, core: _Core) -> None:
    if core.role != "quantity" or core.ordinal or core.hedge:
        return
    if (h := _HEDGE_BEFORE.search(_window(text, core.start))) is not None:
        core.hedge, core.hedge_kind = h.group(1).lower(), _HEDGES[h.group(1).lower()]
        core.start = core.start - len(_window(text, core.start)) + h.start()
    elif (a := _HEDGE_AFTER.match(text, core.end)) is not None:
        word = (a.group(1) or a.group(2) or a.group(3)).lower()
        core.hedge, core.hedge_kind, core.end = a.group(0).strip(" -").lower(), _SUFFIX_HEDGES[word], a.end()


def _to_match(text: str, core: _Core) -> NumberMatch:
    low, high, approximate = _interval(core.value, core.hedge_kind)
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


def find_numbers(text: str, all_roles: bool = False) -> list[NumberMatch]:
    """Every number phrase of ``text`` in order; only quantities unless ``all_roles``."""
    cores = _non_quantities(text)
    taken = [(c.start, c.end) for c in cores]
    cores += _vague_cores(text, taken)
    taken = [(c.start, c.end) for c in cores]
    digits = _digit_cores(text, taken)
    numeric = digits + _word_cores(text, taken + [(c.start, c.end) for c in digits])
    for core in numeric:
        _attach_units(text, core)
        _classify(text, core)
    cores = _merge_ranges(text, sorted(cores + numeric, key=lambda c: c.start))
    for core in cores:
        _apply_hedge(text, core)
    matches = [_to_match(text, c) for c in cores]
    return [m for m in matches if all_roles or m.is_quantity]


def parse_number(phrase: str) -> float | None:
    """The value of a phrase that is one number ("twenty-three", "$1.2bn", "7,000"), else None."""
    stripped = phrase.strip()
    matches = find_numbers(stripped, all_roles=True)
    if len(matches) == 1 and matches[0].surface == stripped and matches[0].role in ("quantity", "year"):
        return matches[0].value
    return None
