"""The declared length of a measure (a state of emergency, a curfew, mourning): ``measure-length.v1``.

What: "a month-long state of emergency", "a 30-day emergency", "a week-long curfew", "three days of
national mourning", "imposed a curfew on the district for two weeks" -> ``duration of <measure> in days``,
displayed as written ("one month").

Why: an authority declares a measure for a set time and outlets copy that length, each in its own words:
the compound ("a one-month"), the "-long" adjective ("a month-long", which holds no figure, so
``quantity.v1`` never reads it), "N days of <measure>" or "<measure> for N days". Keyed by the measure and
counted in days, the wordings meet; two lengths of one measure conflict.

Unit rule (explicit): a day is 1, a week 7, a month 30 and a year 365 days, an hour 1/24. So "one month"
agrees with "30 days" (a declaration "for one month" is reported as "a 30-day" one) and conflicts with
"two weeks" or "60 days".

Precision: only a length bound to the measure noun in one of those shapes. A length after the measure
("for a month") counts only when a verb of declaring comes before the measure in the sentence, and never
after "for the past", "another" or "more" (time elapsed or an extension: a length that changes over time,
another fact). A length after "after", "following" or "since" is time elapsed, never read. A ban is no
measure here (see ``declared_measures`` in counted_nouns.json).

Example: "The governor declared a two-week curfew." -> duration of curfew in days = 14 ("two-week").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck.extract.base import ArticleContext
from factcheck.extract.quantities.context import event_hints
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized
from factcheck.normalize.number_words import WORDS
from factcheck.normalize.reference import word_mapping

__all__ = ["DAYS_PER_UNIT", "MeasureLength", "declared_lengths"]

# Days in each unit of time (see the module docstring: a month is 30 days, the length a one-month
# declaration is written as in days).
DAYS_PER_UNIT: dict[str, float] = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}
# Lower-case words allowed between a length and its measure noun ("a 30-day nationwide health emergency").
MAX_WORDS_BETWEEN = 2
# Characters between a measure and its "for <length>" ("a state of emergency across the region for six weeks").
MAX_GAP_AFTER = 40

_UNIT = r"(?P<unitw>(?P<unit>hour|day|week|month|year)s?)"
_FIGURE = r"(?P<n>\d{1,3}|[a-z]+)"
_BETWEEN = rf"(?:[a-z]+\s+){{0,{MAX_WORDS_BETWEEN}}}"
_DECLARING = re.compile(
    r"\b(?:declar|announc|impos|order|proclaim|decree|introduc|enact|put\s+in\s+place|institut)\w*", re.I
)
# What may follow a measure noun: "emergency" in "a two-day emergency summit" names no measure, so the
# noun must end its phrase (punctuation, a preposition, a conjunction or a verb of the clause).
_MEASURE_END = (
    r"(?=\s*(?:[.,;:()\-–—]|$)|\s+(?:in|on|for|across|over|throughout|that|which|and|to|after|from|at|by|until|"
    r"till|as|with|was|were|has|had|is|are|will|would|could|began|begins|ends|ended|took|takes|"
    r"declared|imposed|announced|ordered)\b)"
)
_ELAPSED = re.compile(r"\b(?:after|following|since|past|last|first|another|more|extra|additional)\s+$", re.I)


@cache
def _measures() -> dict[str, str]:
    return word_mapping("counted_nouns.json", "declared_measures")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(re.escape(n) for n in sorted(_measures(), key=len, reverse=True))
    measure = rf"(?P<measure>{nouns})\b{_MEASURE_END}"
    # "a month-long state of emergency", "a 30-day curfew", "a one-month national emergency"
    compound = re.compile(
        rf"\b(?P<length>(?P<a>an?)\s+(?P<u1>hour|day|week|month|year)[-‐‑]long|{_FIGURE}[-‐‑]{_UNIT}(?:[-‐‑]long)?)"
        rf"\s+{_BETWEEN}{measure}",
        re.I,
    )
    # "three days of national mourning", "a week of curfew"
    of = re.compile(rf"\b{_FIGURE}\s+{_UNIT}\s+of\s+{_BETWEEN}{measure}", re.I)
    # "imposed a curfew on the district for two weeks"
    after = re.compile(rf"\b{measure}[^.;:]{{0,{MAX_GAP_AFTER}}}?\bfor\s+{_FIGURE}\s+{_UNIT}\b", re.I)
    return compound, of, after


def _count(word: str) -> float | None:
    """A small whole count written in figures or words ("30", "one", "a")."""
    if word.isdigit():
        return float(word) if int(word) > 0 else None
    if word.lower() in ("a", "an"):
        return 1.0
    entry = WORDS.get(word.lower())
    return entry[1] if entry is not None and not entry[2] and entry[1] >= 1 else None


def declared_lengths(text: str) -> list[tuple[int, int, str, float, str]]:
    """Each declared length of ``text``: (start, end of the length, measure, days, the length as written)."""
    compound, of, after = _patterns()
    out: list[tuple[int, int, str, float, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in (("compound", compound), ("of", of), ("after", after)):
        for m in pattern.finditer(text):
            groups = m.groupdict()
            count = _count(groups.get("a") or m["n"])
            unit = (groups.get("u1") or m["unit"]).lower()
            measure = _measures().get(m["measure"].lower())
            if count is None or measure is None:
                continue
            start, end = m.span("length") if kind == "compound" else (m.start("n"), m.end("unitw"))
            if _ELAPSED.search(text[max(0, start - 12) : start]):
                continue  # "after three days of mourning", "for another month": elapsed, or an extension
            if kind == "after" and not _DECLARING.search(text[: m.start("measure")]):
                continue  # "the curfew, in force for a week": how long it has lasted so far
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            out.append((start, end, measure, count * DAYS_PER_UNIT[unit], text[start:end]))
    return sorted(out)


class MeasureLength:
    """``measure-length.v1``: the declared length of a measure (see the module docstring)."""

    id = "measure-length.v1"
    # "a three-day curfew" is read by quantity.v1 too, in hours; this reading, in days and keyed by the
    # measure, replaces it so that every wording of one length meets under one attribute.
    supersedes = frozenset({"quantity.v1"})

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence in ctx.sentences:
            lowered = sentence.text.lower()
            if not any(n in lowered for n in _measures()):
                continue
            for start, end, measure, days, shown in declared_lengths(sentence.text):
                yield ctx.make_claim(
                    extractor=self.id,
                    kind=ClaimKind.QUANTITY,
                    subject="the event",
                    subject_key="event",
                    attribute=f"duration of {measure} in days",
                    start=sentence.start + start,
                    end=sentence.start + end,
                    sentence=sentence,
                    normalized=Normalized(key=f"{days:g}", display=shown, low=days, high=days, unit="days"),
                    compare_as=CompareAs.NUMBER,
                    event=event_hints(ctx, sentence, (), start),
                )
