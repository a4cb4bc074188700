"""What an amount of money measures: the money head before it, and whether it is a forecast.

A helper of :mod:`factcheck.extract.quantities.rules`: it registers no extractor. "a bid of €30m" -> bid;
"net profit rose 9% to 412 million dirhams" -> profit (the head is the subject of a change verb, however
far back in the clause); "raised its full-year revenue forecast to 8.5 billion" and "expects 2025 revenue
of about 8.5 billion" -> revenue forecast, a figure that is revised as news comes in and never the
quarter's revenue.
"""

from __future__ import annotations

import calendar
import re

from factcheck.extract.quantities.lexicon import PAREN_AFTER, Lexicon, alternation
from factcheck.limits import LOOKBEHIND_CHARS, text_before
from factcheck.normalize.numbers import NumberMatch

__all__ = ["FORECAST_SUFFIX", "money_head", "negotiation_side", "skip_paren", "with_segment"]

# How many words may stand between a money head and the amount in one clause: "the loan, worth ... $3bn".
MONEY_HEAD_GAP = 5
# A money head may stand this many words back when a value word ("worth", "valued at") precedes the
# amount: "the move from Portugal, reported to be worth 42 million euros" has six, across a comma.
VALUE_HEAD_GAP = 8
# How far back (characters, one clause) a head may stand as the subject of a change verb: "Revenue for the
# three months to September climbed 14% to 2.1 billion dirhams" has 57 between the head and "to".
CHANGE_HEAD_CHARS = 90

# One word between a head and its amount: a word, or a figure such as the change before it ("rose 9% to").
_GAP_WORD = r"(?:[A-Za-z'’-]+|\d[\d.,]*%?)"
_CHANGE_VERB = (
    r"(?:rose|climbed|grew|jumped|increased|surged|soared|fell|dropped|declined|slipped|slumped|decreased"
    r"|came\s+in|reached|totall?ed|stood|amounted)"
)
# What follows the head and makes it a forecast ("revenue forecast", "profit guidance").
_FORECAST_AFTER = re.compile(r"\s+(?:forecast|guidance|outlook|target|projection|estimate)s?\b", re.I)
# What precedes the head in its clause and makes it a forecast ("expects 2025 revenue of", "forecast for
# full-year revenue of").
_FORECAST_BEFORE = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasting|projects?|projected|predicts?|predicted|sees"
    r"|guidance|outlook|target(?:s|ing)?)\b[^,;:.!?]{0,40}$",
    re.I,
)
FORECAST_SUFFIX = " forecast"


def skip_paren(text: str, pos: int) -> int:
    """After "£36million (€42m)" or "€42m)": the position past the bracketed conversion."""
    p = PAREN_AFTER.match(text, pos)
    return p.end() if p else pos


def _forecast(text: str, head: re.Match[str]) -> str:
    """`` forecast`` when the head names a forecast ("revenue forecast", "expects ... revenue"), else ''."""
    if _FORECAST_AFTER.match(text, head.end(1)) or _FORECAST_BEFORE.search(text_before(text, head.start(1))):
        return FORECAST_SUFFIX
    return ""


def money_head(lex: Lexicon, text: str, m: NumberMatch) -> str | None:
    """The money head before an amount: in the same clause ("a bid of €30m"), further back across a
    comma when a value word stands right before the amount ("his move from Portugal, said to be worth"),
    or the subject of a change verb ("Revenue for the quarter climbed 14% to"). A forecast head ends in
    " forecast"."""
    heads = alternation(lex.money_heads)
    gap = MONEY_HEAD_GAP
    if lex.value_before.search(text_before(text, m.start)):
        gap = VALUE_HEAD_GAP
    head_before = re.compile(rf"\b({heads})\b:?(?:,?\s+{_GAP_WORD}){{0,{gap}}}?\s+$", re.I)
    before = head_before.search(text, max(0, m.start - LOOKBEHIND_CHARS), m.start)  # offsets into text
    if before is None or (gap == MONEY_HEAD_GAP and "," in text[before.end(1) + 1 : m.start]):
        window = text[max(0, m.start - CHANGE_HEAD_CHARS) : m.start]
        change = re.search(
            rf"\b({heads})\b[^,;:()]*?\b{_CHANGE_VERB}\b(?:\s+{_GAP_WORD}){{0,2}}?\s+(?:to|at)\s+$", window, re.I
        )
        if change is None:
            return None
        offset = max(0, m.start - CHANGE_HEAD_CHARS)
        head = change.group(1).lower()
        segment = _segment(text, offset + change.start(1), head)
        return with_segment(segment, head) + _forecast(text, _shift(change, offset, text))
    head = before.group(1).lower()
    return with_segment(_segment(text, before.start(1), head), head) + _forecast(text, before)


# A product line or business named right before the head ("iPhone revenue", "Cloud sales", "Mac PC
# revenues"): a part of the company's amount, not the whole. Only a capitalized word (or one with a capital
# inside) is such a name; lower-case words before a head say which period or measure ("quarterly revenue",
# "net profit") and stay out.
_SEGMENT = re.compile(r"(?<![\w'’.-])((?:[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)(?:\s+[A-Z][A-Za-z0-9]*)?)\s+$")
_RESULT_HEADS = frozenset({"revenue", "revenues", "sales", "profit", "profits", "earnings", "income"})
# How far back (characters) the segment name may start before the head: two short names.
_SEGMENT_CHARS = 30
# Capitalized only because they open the sentence: words that qualify an amount, not name a part.
_NOT_SEGMENTS = frozenset(
    {"total", "net", "gross", "quarterly", "annual", "overall", "operating", "record", "its", "their", "the",
     "company", "group", "core", "underlying", "adjusted", "reported", "revenue", "sales"}
)  # fmt: skip
# Words that name a period, not a part of the business: "Q4 revenue", "FY2024 sales", "September sales".
_PERIOD = re.compile(
    r"Q[1-4]|H[12]|FY\d*|" + "|".join(calendar.month_name[1:]) + "|" + "|".join(calendar.month_abbr[1:]), re.I
)


def _segment(text: str, head_start: int, head: str) -> str:
    """The segment name before a money head of a company's results, lower-cased with a trailing space
    ("iphone "), or ''. Before a bid or a fee a capitalized name is the bidder, not a part: left alone."""
    if head not in _RESULT_HEADS:
        return ""
    m = _SEGMENT.search(text, max(0, head_start - _SEGMENT_CHARS), head_start)
    if m is None:
        return ""
    words = [w for w in m.group(1).split() if not _PERIOD.fullmatch(w)]  # "Q4 revenue": a period, no part
    if words and words[0].lower() in _NOT_SEGMENTS:
        words = words[1:]  # "Quarterly revenue", "Total Cloud revenue"
    return " ".join(words).lower() + " " if words else ""


def with_segment(segment: str, head: str) -> str:
    """A segment's head in the singular ("ipad revenues" = "ipad revenue"): one part, one key."""
    return segment + _RESULT_SINGULAR.get(head, head) if segment else head


_RESULT_SINGULAR = {"revenues": "revenue", "profits": "profit"}


def _shift(match: re.Match[str], offset: int, text: str) -> re.Match[str]:
    """The head match of a window, found again in the whole text (same span shifted by ``offset``)."""
    again = re.compile(f"({re.escape(match.group(1))})", re.I).match(text, offset + match.start(1))
    assert again is not None
    return again


# A percentage offered or demanded in a negotiation: "has offered 6%", "is offering a 6% increase",
# "has put 8% on the table" -> offer; "is demanding a 15% pay rise", "wants 15%", "a demand of 15%" -> demand.
_OFFER_BEFORE = re.compile(r"\b(?:offer(?:s|ed|ing)?|propos(?:es|ed|ing))\s+(?:an?\s+|its\s+)?$", re.I)
_TABLE_AFTER = re.compile(r"\s+on\s+the\s+table\b", re.I)
_DEMAND_BEFORE = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|want(?:s|ed|ing)?)\s+(?:an?\s+)?$"
    r"|\bdemand\s+(?:of|for)\s+(?:an?\s+)?$",
    re.I,
)


def negotiation_side(text: str, m: NumberMatch) -> str | None:
    """ "offer" or "demand" for a percentage a side of a negotiation puts forward, else None."""
    before = text_before(text, m.start)
    if _OFFER_BEFORE.search(before) or _TABLE_AFTER.match(text, m.end):
        return "offer"
    if _DEMAND_BEFORE.search(before):
        return "demand"
    return None
