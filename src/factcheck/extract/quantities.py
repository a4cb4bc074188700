"""Figures together with the thing they count.

What: ``quantity.v1`` — a number and what it counts, named precisely enough that figures counting
different things never share an attribute: "43 people were killed" / "killing at least 40" / "the
death toll rose to 43" (deaths), "12,000 displaced", "tens of thousands of soldiers" (number of
troops), "their 38th meeting" and "more than 40 meetings" (number of meetings: an ordinal is a
count), "a three-day visit" (duration of visit in days), "a 6.1-magnitude quake" (magnitude),
"45% of voters" (share of voters (%)), "a $3 billion loan" (amount of loan (USD)), "Jane Doe, a
29-year-old nurse" (age of Jane Doe).

Why: figures are the facts sources most often disagree on, and the ones most often wrongly
compared: a 38th meeting, a three-day visit and "changes not seen for 100 years" must never meet in
one comparison. Years, dates, clock times, phone numbers, list numbering, names ("Siberia 2") and
bare numbers with no counted noun yield nothing. Tolls are marked ``changes_over_time``; a sentence
saying the figure was revised marks it ``revised``.

Example: "Officials said at least 40 people were killed." -> subject "the event", attribute "deaths",
value "at least 40" (low 40, open high), unit "deaths", changes_over_time True.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from factcheck.extract.base import ArticleContext
from factcheck.extract.registry import register
from factcheck.models import Claim, ClaimKind, CompareAs, EventHints, Normalized, Scope
from factcheck.normalize.numbers import NumberMatch, find_numbers, format_number
from factcheck.normalize.reference import load_data
from factcheck.segment import Sentence

__all__ = ["QuantityExtractor", "counted_lexicon", "event_hints", "is_revised", "normalized_number"]

# How many modifier words may stand between a figure and its noun: "38th in-person meeting",
# "12,000 newly displaced people"; more than two and the noun usually belongs to another phrase.
MAX_MODIFIERS = 2
# How many words a head noun may stand before its figure: "trade between the two countries reached".
MAX_HEAD_GAP = 5

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_STOP = {"the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but",
         "that", "which", "who", "this", "these", "those", "than", "as", "since", "over", "after", "before"}
_DETERMINERS = {"the", "these", "those", "both", "their", "its", "our", "his", "her", "my", "your", "all"}
_REVISED = re.compile(
    r"\b(?:revis(?:ed|ing|ion)|correct(?:ed|ion|ing)|lowered|downgraded|scaled back|adjusted|walked back)\b", re.I
)
_PAST = re.compile(r"\b(?:ago|last (?:year|month|week|time)|earlier this (?:year|month)|previously|back in)\b", re.I)


@dataclass(frozen=True)
class Counted:
    """What a figure counts: the claim attribute, its unit, whose count it is, and whether it changes."""

    attribute: str
    unit: str
    subject: str = "event"  # "participants" | "event"
    casualty: bool = False
    ordinal_only: bool = False


@dataclass(frozen=True)
class Lexicon:
    nouns: dict[str, Counted]  # noun form right after a figure
    people: frozenset[str]
    auxiliaries: frozenset[str]
    cues_after: tuple[tuple[str, Counted], ...]
    cue_before: re.Pattern[str]
    cue_before_map: dict[str, Counted]
    head_before: re.Pattern[str]
    head_map: dict[str, Counted]
    time_units: dict[str, str]
    compound_units: dict[str, str]
    dimensions: dict[str, str]
    interactions: frozenset[str]
    documents: dict[str, str]
    document_units: dict[str, str]
    money_heads: frozenset[str]
    percent_heads: frozenset[str]


def _alternation(phrases: Any) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@cache
def counted_lexicon() -> Lexicon:
    """The lexicon of ``data/counted_nouns.json``, compiled once."""
    raw = load_data("counted_nouns.json")
    nouns: dict[str, Counted] = {}
    cues_after: list[tuple[str, Counted]] = []
    cue_before: dict[str, Counted] = {}
    heads: dict[str, Counted] = {}
    for c in raw["counted"]:
        counted = Counted(c["attribute"], c["unit"], c.get("subject", "event"), False, c.get("ordinal_only", False))
        nouns.update(dict.fromkeys(c["nouns"], counted))
    for c in raw["casualties"]:
        counted = Counted(c["attribute"], c["unit"], "event", c.get("changes", True))
        nouns.update(dict.fromkeys(c["nouns"], counted))
        cues_after += [(p, counted) for p in c["after"]]
        cue_before.update(dict.fromkeys(c["before"], counted))
        heads.update(dict.fromkeys(c["heads"], counted))
    for head, attribute in raw["value_heads"].items():
        heads.setdefault(head, Counted(attribute, attribute))
    links = _alternation(raw["link_words"])
    return Lexicon(
        nouns=nouns,
        people=frozenset(raw["people_nouns"]),
        auxiliaries=frozenset(raw["auxiliaries"]),
        cues_after=tuple(sorted(cues_after, key=lambda pc: -len(pc[0]))),
        cue_before=re.compile(rf"\b({_alternation(cue_before)})\s+$", re.I),
        cue_before_map={k.lower(): v for k, v in cue_before.items()},
        head_before=re.compile(
            rf"\b({_alternation(heads)})\b(?:\s+[A-Za-z'’-]+){{0,{MAX_HEAD_GAP}}}?\s+(?:{links})\s+$", re.I
        ),
        head_map={k.lower(): v for k, v in heads.items()},
        time_units=raw["time_units"],
        compound_units=raw["compound_units"],
        dimensions=raw["measure_dimensions"],
        interactions=frozenset(raw["interaction_nouns"]),
        documents=raw["documents"],
        document_units=raw["document_units"],
        money_heads=frozenset(h.lower() for h in raw["money_heads"]),
        percent_heads=frozenset(h.lower() for h in raw["percent_heads"]),
    )


def _words(text: str, pos: int, limit: int = 6) -> list[tuple[str, int, int]]:
    """Up to ``limit`` words from ``pos`` while only spaces separate them (a comma ends the phrase)."""
    out: list[tuple[str, int, int]] = []
    while len(out) < limit:
        m = _WORD.match(text, pos + (len(text[pos:]) - len(text[pos:].lstrip(" "))))
        if m is None or (out and text[pos : m.start()].strip()):
            break
        out.append((m.group(), m.start(), m.end()))
        pos = m.end()
    return out


def _noun_after(lex: Lexicon, words: list[tuple[str, int, int]], table: Any) -> tuple[str, int, int] | None:
    """The first phrase of ``table`` among the next words, allowing MAX_MODIFIERS modifiers before it."""
    for skip in range(min(MAX_MODIFIERS, len(words) - 1) + 1):
        if skip and words[skip - 1][0].lower() in _STOP:
            return None
        for size in (3, 2, 1):
            chunk = words[skip : skip + size]
            if len(chunk) == size and " ".join(w for w, _, _ in chunk) in table:
                return " ".join(w for w, _, _ in chunk), chunk[0][1], chunk[-1][2]
    return None


def _cue_after(lex: Lexicon, text: str, pos: int) -> tuple[Counted, int] | None:
    """A casualty cue after optional auxiliaries: "were killed", "have died", "remain missing"."""
    words = _words(text, pos, 8)
    i = 0
    while i < len(words) and words[i][0].lower() in lex.auxiliaries:
        i += 1
    if i == len(words):
        return None
    rest = text[words[i][1] :].lower()
    for phrase, counted in lex.cues_after:
        if rest.startswith(phrase) and not rest[len(phrase) : len(phrase) + 1].isalpha():
            return counted, words[i][1] + len(phrase)
    return None


def is_revised(sentence: str) -> bool:
    """True when the sentence says a figure was revised, corrected or lowered."""
    return bool(_REVISED.search(sentence))


def event_hints(ctx: ArticleContext, sentence: Sentence, participants: tuple[str, ...]) -> EventHints:
    """Participants, and whether the sentence is about an earlier time ("in 2019", "six weeks ago")."""
    years = {int(m.value) for m in find_numbers(sentence.text, all_roles=True) if m.is_year and m.value >= 1900}
    year = years.pop() if len(years) == 1 else None
    past = bool(_PAST.search(sentence.text))
    if year is not None:
        past = past or ctx.published is None or year < ctx.published.year
    return EventHints(participants=participants, year=year, anchored_to_publication=not past)


def normalized_number(m: NumberMatch, unit: str | None, revised: bool) -> Normalized:
    """The comparable form of a figure: key is the value; low/high carry the hedge."""
    return Normalized(
        key=format_number(m.value),
        display=" ".join(m.surface.split()),
        low=m.low,
        high=m.high,
        unit=unit,
        revised=revised,
    )


def participants_of(ctx: ArticleContext, sentence: Sentence) -> tuple[str, ...]:
    """The event's participants; empty when the people normalizer is not available."""
    try:
        from factcheck.extract.participants import event_participants

        return event_participants(ctx, sentence)
    except ImportError:
        return ()


def subject_of(participants: tuple[str, ...]) -> tuple[str, str]:
    if not participants:
        return "the event", "event"
    ordered = sorted(participants)
    return "–".join(ordered), "|".join(p.lower() for p in ordered)


@dataclass(frozen=True)
class _Found:
    """What one figure counts, and where its phrase ends (the counted noun, when it follows)."""

    counted: Counted
    end: int


_COMPOUND = re.compile(r"[-‐‑]([A-Za-z]+)(?:[-‐‑]([A-Za-z]+))?")
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+of)?[\s:-]*$|\bmeasuring\s+$", re.I)
_MAGNITUDE_AFTER = re.compile(r"[\s-]+magnitude\b|\s+on the Richter scale\b", re.I)


def _head(lex: Lexicon, words: list[tuple[str, int, int]]) -> tuple[str, int] | None:
    """The noun a compound modifies: "a three-day state visit to" -> visit."""
    run = []
    for w in words[:3]:
        if w[0].lower() in _STOP or w[0][:1].isupper():
            break
        run.append(w)
    known = [w for w in run if w[0].lower() in lex.interactions or w[0].lower() in lex.nouns]
    if known:
        return known[0][0].lower(), known[0][2]
    return (run[0][0].lower(), run[0][2]) if run else None


def _compound(lex: Lexicon, text: str, m: NumberMatch) -> _Found | None:
    """ "a three-day visit", "a 15-member delegation", "a 2,000-strong force", "6.1-magnitude"."""
    c = _COMPOUND.match(text, m.end)
    if c is None:
        return None
    unit = c.group(1).lower()
    if unit == "magnitude":
        return _Found(Counted("magnitude", "magnitude"), c.end())
    if unit in lex.document_units:
        return None  # "a 7,000-word statement": doc-length.v1
    head = _head(lex, _words(text, c.end(), 4))
    if head is None:
        return None
    noun, end = head
    subject = "participants" if noun in lex.interactions else "event"
    if unit in lex.time_units:
        units = lex.time_units[unit]
        return _Found(Counted(f"duration of {noun} in {units}", units, subject), end)
    if unit in lex.compound_units:
        units = lex.compound_units[unit]
        attribute = f"number of {units} in {noun}"
        if units == "size" or units in lex.dimensions:
            attribute = f"{lex.dimensions.get(units, 'size')} of {noun}" + (f" in {units}" if units != "size" else "")
        return _Found(Counted(attribute, units, subject), end)
    return None


def _unit_claim(lex: Lexicon, text: str, m: NumberMatch) -> _Found | None:
    """Percentages and money need the thing they measure: "45% of voters", "a $3bn loan"."""
    words = _words(text, m.end, 5)
    percent = m.unit in ("%", "pp")
    heads = lex.percent_heads if percent else lex.money_heads
    label = "(%)" if m.unit == "%" else "(percentage points)" if percent else f"({m.unit})"
    if percent and words and words[0][0] == "of":
        of = [w for w in _words(text, words[0][2], 4) if w[0].lower() not in ("the", "a", "an", "all")]
        if of and of[0][0][:1].islower():
            return _Found(Counted(f"share of {of[0][0]} {label}", m.unit or "%"), of[0][2])
    found = _noun_after(lex, [(w.lower(), a, b) for w, a, b in words], heads)
    if found is None and words and words[0][0] == "in":
        found = _noun_after(lex, [(w.lower(), a, b) for w, a, b in words[1:]], heads)
    if found is not None:
        return _Found(Counted(f"{'' if percent else 'amount of '}{found[0]} {label}", m.unit or ""), found[2])
    before = re.search(
        rf"\b({_alternation(heads)})\b(?:\s+[A-Za-z'’-]+){{0,{MAX_HEAD_GAP}}}?\s+$", text[: m.start], re.I
    )
    if before is not None:
        noun = before.group(1).lower()
        return _Found(Counted(f"{'' if percent else 'amount of '}{noun} {label}", m.unit or ""), m.end)
    return None


def _count(lex: Lexicon, text: str, m: NumberMatch) -> _Found | None:
    """Cardinals and ordinals with a counted noun or a casualty cue."""
    words = _words(text, m.end, 6)
    if words and words[0][0] == "of" and (m.vague or m.surface.lower().endswith(("thousand", "million"))):
        words = words[1:]  # "tens of thousands of soldiers"
    lowered = [(w.lower(), a, b) for w, a, b in words]
    if words and words[0][0].lower() in lex.time_units:
        return None  # "for 100 years", "six weeks ago", "in nine years"
    noun = _noun_after(lex, lowered, lex.nouns)
    if m.ordinal:
        if noun is None or m.value < 2 or lex.nouns[noun[0]].casualty:
            return None  # "the first time", "first meeting since": not a count
        return _Found(lex.nouns[noun[0]], noun[2])
    if noun is not None and lex.nouns[noun[0]].ordinal_only:
        noun = None
    if noun is not None and lex.nouns[noun[0]].casualty:
        return _Found(lex.nouns[noun[0]], noun[2])
    people = _noun_after(lex, lowered, lex.people)
    after = people[2] if people else (noun[2] if noun else m.end)
    cue = _cue_after(lex, text, after)
    if cue is not None:
        return _Found(cue[0], cue[1])
    if (b := lex.cue_before.search(text[: m.start])) is not None:
        return _Found(lex.cue_before_map[b.group(1).lower()], noun[2] if noun else m.end)
    if (h := lex.head_before.search(text[: m.start])) is not None:
        return _Found(lex.head_map[h.group(1).lower()], m.end)
    if noun is not None:
        return _Found(lex.nouns[noun[0]], noun[2])
    return None


def _resolve(lex: Lexicon, text: str, m: NumberMatch) -> _Found | None:
    if _MAGNITUDE_BEFORE.search(text[: m.start]) or (_MAGNITUDE_AFTER.match(text, m.end) and m.value < 10):
        return _Found(Counted("magnitude", "magnitude"), m.end)
    if (found := _compound(lex, text, m)) is not None or _COMPOUND.match(text, m.end):
        return found
    if m.unit is not None:
        return _unit_claim(lex, text, m)
    if m.surface.split()[0].isalpha() and not m.ordinal:
        prev = re.search(r"([A-Za-z]+)\s+$", text[: m.start])
        if prev and prev.group(1).lower() in _DETERMINERS:
            return None  # "the two nations", "both sides": a reference, not a figure
    return _count(lex, text, m)


_AGE_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+),\s+(?:an?\s+|the\s+)?$")
_AGE_NAME_AFTER = re.compile(r"[-\s]years?[-\s]old\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)")
_AGE_OLD = re.compile(r"[-\s]years?[-\s]old\s+")
_AGE_GAP = re.compile(r",\s+(?:an?\s+|the\s+)?")


def _age_subject(ctx: ArticleContext, sentence: Sentence, m: NumberMatch) -> tuple[str, str] | None:
    """The person an age belongs to: "Jane Doe, a 29-year-old nurse", "29-year-old Jane Doe", "Xi, 70,"."""
    text = sentence.text
    try:
        for p in ctx.people:
            a, b = p.start - sentence.start, p.end - sentence.start
            if (0 <= b <= m.start and _AGE_GAP.fullmatch(text[b : m.start])) or (
                a >= m.end and _AGE_OLD.fullmatch(text[m.end : a])
            ):
                return p.canonical, p.key
    except ImportError:
        pass
    before = _AGE_NAME_BEFORE.search(text[: m.start])
    after = _AGE_NAME_AFTER.match(text, m.end)
    name = before.group(1) if before else after.group(1) if after else None
    return (name, name.lower()) if name else None


class QuantityExtractor:
    """``quantity.v1``: figures with the thing they count (see the module docstring)."""

    id = "quantity.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        lex = counted_lexicon()
        for sentence in ctx.sentences:
            matches = [m for m in find_numbers(sentence.text, all_roles=True) if m.role in ("quantity", "age")]
            if not matches:
                continue
            revised = is_revised(sentence.text)
            for m in matches:
                claim = self._claim(ctx, lex, sentence, m, revised)
                if claim is not None:
                    yield claim

    def _claim(
        self, ctx: ArticleContext, lex: Lexicon, sentence: Sentence, m: NumberMatch, revised: bool
    ) -> Claim | None:
        base = sentence.start
        comma_age = m.surface.isdigit() and m.value < 120 and sentence.text[m.end : m.end + 1] == ","
        person = _age_subject(ctx, sentence, m) if m.role == "age" or comma_age else None
        if m.role == "age" or person is not None:
            if person is None or m.surface.startswith("aged"):
                return None
            return ctx.make_claim(
                extractor=self.id, kind=ClaimKind.QUANTITY, subject=person[0], subject_key=person[1],
                attribute="age", start=base + m.start, end=base + m.end, sentence=sentence,
                normalized=normalized_number(m, "years", revised), compare_as=CompareAs.NUMBER,
                scope=Scope.ENTITY,
            )
        found = _resolve(lex, sentence.text, m)
        if found is None:
            return None
        participants = participants_of(ctx, sentence)
        subject, key = subject_of(participants if found.counted.subject == "participants" else ())
        return ctx.make_claim(
            extractor=self.id,
            kind=ClaimKind.QUANTITY,
            subject=subject,
            subject_key=key,
            attribute=found.counted.attribute,
            start=base + m.start,
            end=base + max(m.end, found.end),
            sentence=sentence,
            normalized=normalized_number(m, found.counted.unit or m.unit, revised),
            compare_as=CompareAs.NUMBER,
            changes_over_time=found.counted.casualty,
            event=event_hints(ctx, sentence, participants),
            confidence=0.8 if m.vague else 1.0,
        )


register(QuantityExtractor())
