"""The number cores of a text: each number phrase's span and value before units, roles and hedges.

A helper of :mod:`factcheck.normalize.numbers` (:func:`~factcheck.normalize.numbers.find_numbers` attaches
units, classifies and hedges the cores found here): digits ("8,000", "3.5m", "38th"), number words
("forty-three", "a hundred"), vague amounts ("tens of thousands", "a few dozen"), fractions of a point
("half a percentage point") and numbers that are no quantities (clock times, phone numbers, durations).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.normalize import number_patterns as pat
from factcheck.normalize.number_words import ARTICLE_SCALES, NUMBER_DETERMINERS, WORDS, parse_words

__all__ = [
    "Core",
    "digit_cores",
    "fraction_cores",
    "non_quantities",
    "overlaps",
    "sentence_initial",
    "vague_cores",
    "window",
    "word_before",
    "word_cores",
]


@dataclass
class Core:
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


# How far back the context of a number is read (hedges, currency, labels): the longest hedge
# ("more than an estimated") is 23 characters; 60 leaves room for spaces and a currency sign.
_LOOKBEHIND = 60


# Compiled once: both run once per figure (a pattern given as a string is looked up in re's cache each call).
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]*$")
_NOT_DIGIT = re.compile(r"\D")
# After "one": a hyphenated noun ("one-day") or a cent ("a one cent dividend") makes it a figure.
_ONE_COUNTS = re.compile(r"-[A-Za-z]|\s+cents?\b")


def window(text: str, pos: int) -> str:
    """The text just before ``pos``: reading the whole prefix would make the scan quadratic."""
    return text[max(0, pos - _LOOKBEHIND) : pos]


def overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(a < e and b > s for s, e in spans)


def word_before(text: str, pos: int) -> tuple[str, int]:
    """The word right before ``pos`` (across spaces or a hyphen) and its start offset."""
    m = _WORD_BEFORE.search(text[max(0, pos - 30) : pos])
    return (m.group(1), max(0, pos - 30) + m.start(1)) if m else ("", pos)


# A list item's bullet starts a sentence as a full stop does ("• Another 12 people remain missing"): the
# capital after it is the sentence's, not a name's.
_BULLETS = "•◦▪▫●○■□►▸‣⁃"


def sentence_initial(text: str, pos: int) -> bool:
    before = window(text, pos).rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:;" + _BULLETS


def non_quantities(text: str) -> list[Core]:
    found: list[Core] = []
    spans: list[tuple[int, int]] = []
    for (role, pattern), may in zip(pat.NON_QUANTITY, pat.NON_QUANTITY_MAY, strict=True):
        if may.search(text) is None:
            continue
        for m in pattern.finditer(text):
            if not overlaps(spans, m.start(), m.end()):
                spans.append(m.span())
                found.append(Core(m.start(), m.end(), 0.0, role=role))
                if role == "duration":  # h:mm:ss -> seconds
                    h, mi, sec = m.groups()
                    seconds = int(h) * 3600 + int(mi) * 60 + float(sec)
                    found[-1] = Core(m.start(), m.end(), seconds, unit="s", low=seconds, high=seconds, role=role)
    return found


def vague_cores(text: str, taken: list[tuple[int, int]]) -> list[Core]:
    cores: list[Core] = []
    for m in pat.VAGUE.finditer(text) if pat.may_hold(text, pat.VAGUE_WORDS) else ():
        lo: float
        hi: float
        if overlaps(taken, m.start(), m.end()):
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
        cores.append(Core(m.start(), m.end(), low, low=low, high=high, vague=True, bare=False))
    return cores


def _spaced_thousands(text: str, taken: list[tuple[int, int]]) -> list[re.Match[str]]:
    """ "2, 200 structures": a thousands separator followed by a stray space (a scraper's or typist's slip),
    read as one figure. Not after a month or weekday ("March 24, 200 people" is a date and a count), not
    inside a list of numbers ("1, 2, 300"), not where a date or other reading already took the text."""
    out = []
    for m in pat.SPACED_THOUSANDS.finditer(text):
        if overlaps(taken, m.start(), m.end()) or pat.SPACED_THOUSANDS_NOT_AFTER.search(window(text, m.start())):
            continue
        out.append(m)
    return out


def digit_cores(text: str, taken: list[tuple[int, int]]) -> list[Core]:
    cores: list[Core] = []
    joined = _spaced_thousands(text, taken) if ", " in text else []
    if "," in text:
        joined += [j for j in pat.DECIMAL_COMMA_PERCENT.finditer(text) if not overlaps(taken, j.start(), j.end())]
    joined_spans = [(j.start(), j.end()) for j in joined]
    digits = [m for m in pat.DIGITS.finditer(text) if not overlaps(joined_spans, m.start(), m.end())]
    for m in sorted([*digits, *joined], key=lambda x: x.start()):
        if overlaps(taken, m.start(), m.end()):
            continue
        integer, frac = m.group(1), (m.group(2) or "").replace(",", ".")  # "49,51%": a decimal comma
        plain = integer if integer.isdecimal() else _NOT_DIGIT.sub("", integer)  # no regex for plain digits
        core = Core(m.start(), m.end(), float(plain + frac))
        core.bare = plain == integer.replace(", ", "") and not frac
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
            before = window(text, m.start())
            if short and pat.may_end_with_currency(before) and pat.CURRENCY_BEFORE.search(before):
                core.multiplier, core.end = pat.SHORT_SCALE[short.group(1).lower()], core.end + 1
            elif not any(p.match(rest) for p in (pat.TEMPERATURE, pat.BASIS_POINTS, pat.GLUED_UNIT)):
                core.role = "label"  # "3D", "5G": not a count
        if core.multiplier != 1.0:
            core.value *= core.multiplier
            core.bare = False
        cores.append(core)
    return cores


def fraction_cores(text: str) -> list[Core]:
    """ "half a percentage point" (0.5), "a quarter of a percentage point" (0.25)."""
    return [
        Core(m.start(), m.end(), pat.POINT_FRACTIONS[re.sub(r"[\s-]+", " ", m.group(1).lower())], bare=False)
        for m in (pat.POINT_FRACTION.finditer(text) if pat.may_hold(text, pat.POINT_FRACTION_WORDS) else ())
    ]


def word_cores(text: str, taken: list[tuple[int, int]]) -> list[Core]:
    toks = [(m.start(), m.end(), m.group().lower()) for m in pat.ALPHA.finditer(text)]
    cores: list[Core] = []
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
        if overlaps(taken, start, end):
            continue
        if words == ["one"] and not _ONE_COUNTS.match(text, end):
            continue  # "one of the", "One Belt": an article or pronoun, not a count ("one-day", "one cent" are)
        if words == ["second"] and word_before(text, start)[0].lower() not in NUMBER_DETERMINERS:
            continue  # "a second", "second-hand": not the ordinal 2
        multiplier = max((pat.SCALES.get(w, 1.0) for w in words), default=1.0)
        cores.append(Core(start, end, value, ordinal=ordinal, multiplier=multiplier, bare=False))
    return cores
