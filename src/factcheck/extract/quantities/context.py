"""Whose figure it is and what the sentence says about it: subjects, revisions, event hints.

A helper of :mod:`.quantity` and :mod:`.doc_length`: it registers no
extractor. Subjects: the event's participants (meetings), the candidate named before a vote share
("Elena Rusu ... took 45.7 percent"), the person an age belongs to ("Jane Doe, 29,"), the shock a
magnitude measures (the main shock or an aftershock).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.analysis.clauses import in_figure_clause, in_other_clause
from factcheck.extract.analysis.participants import participants_subject, person_subject
from factcheck.extract.base import ArticleContext
from factcheck.extract.quantities.aged_person import aged_name
from factcheck.extract.quantities.lexicon import mentions
from factcheck.extract.quantities.reference_year import reference_year
from factcheck.limits import LOOKBEHIND_CHARS, text_before
from factcheck.models import EventHints, Normalized
from factcheck.normalize.numbers import NumberMatch, format_number
from factcheck.normalize.person_cues import after_thing
from factcheck.normalize.reference import country_by_word, fold, given_names, load_data
from factcheck.segment import Sentence

__all__ = [
    "RateReading",
    "age_subject",
    "candidate_subject",
    "event_hints",
    "first_person",
    "is_revised",
    "normalized_number",
    "participants_of",
    "rate_reading",
    "recent_person",
    "scoring_scope",
    "shock_of",
    "subject_of",
]

_REVISED = re.compile(
    r"\b(?:revis(?:ed|ing|ion)|correct(?:ed|ion|ing)|lowered|downgraded|scaled back|adjusted|walked back)\b"
    # a forecast changed: "raised its full-year revenue forecast to", "up from its earlier guidance of"
    r"|\b(?:rais(?:ed|es|ing)|lift(?:ed|s|ing)|upgrad(?:ed|es|ing)|cut(?:s|ting)?|trimm(?:ed|ing))\s+"
    r"(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:forecast|guidance|outlook|target|projection)s?\b"
    r"|\b(?:up|down)\s+from\s+(?:its|their|the)\s+(?:earlier|previous|prior|initial)\s+"
    r"(?:forecast|guidance|outlook|target|projection)s?\b",
    re.I,
)
_PAST = re.compile(r"\b(?:ago|last (?:year|month|week|time)|earlier this (?:year|month)|previously|back in)\b", re.I)


def is_revised(sentence: str) -> bool:
    """True when the sentence says a figure was revised, corrected or lowered."""
    return mentions(_REVISED, sentence)  # asked once per figure: found once per sentence


def event_hints(
    ctx: ArticleContext, sentence: Sentence, participants: tuple[str, ...], at: int | None = None
) -> EventHints:
    """Participants, and whether the sentence is about an earlier time ("in 2019", "six weeks ago"); with
    ``at`` (the figure's sentence offset) a look-back in a relative clause without the figure is not, nor a
    year in another clause (:func:`~factcheck.extract.analysis.clauses.in_other_clause`)."""
    years = {
        int(m.value)
        for m in ctx.numbers(sentence, all_roles=True)
        if m.is_year
        and m.value >= 1900
        and not reference_year(sentence.text, m.start)
        and (
            at is None
            or not in_other_clause(ctx, sentence.start + m.start, sentence.start + m.end, sentence.start + at)
        )
    }
    year = years.pop() if len(years) == 1 else None
    past = mentions(_PAST, sentence.text) and in_figure_clause(ctx, sentence, _PAST, at)
    if year is not None:
        past = past or ctx.published is None or year < ctx.published.year
    return EventHints(participants=participants, year=year, anchored_to_publication=not past)


def normalized_number(m: NumberMatch, unit: str | None, revised: bool, scale: float = 1.0) -> Normalized:
    """The comparable form of a figure: key is the value; low/high carry the hedge. ``scale`` converts
    the figure to ``unit`` ("half a percentage point" -> 50 basis points)."""

    def scaled(x: float | None) -> float | None:
        return None if x is None else round(x * scale, 9)

    return Normalized(
        key=format_number(round(m.value * scale, 9)),
        display=" ".join(m.surface.split()),
        low=scaled(m.low),
        high=scaled(m.high),
        unit=unit,
        revised=revised,
    )


def participants_of(ctx: ArticleContext, sentence: Sentence) -> tuple[str, ...]:
    """The event's participants; empty when the people normalizer is not available."""
    try:
        from factcheck.extract.analysis.participants import event_participants

        return event_participants(ctx, sentence)
    except ImportError:
        return ()


def subject_of(participants: tuple[str, ...]) -> tuple[str, str]:
    """Display and key of a figure's subject: the participants (keys shared across spellings of one
    person, see :func:`participants_subject`), or the news event."""
    return participants_subject(participants)


# --------------------------------------------------------------------------------------------- shocks


def shock_of(text: str, m: NumberMatch, shocks: dict[str, str]) -> str:
    """Which shock a magnitude measures: the shock noun nearest the figure in the sentence ("main" when
    none): "a 6.4-magnitude quake" -> main, "the strongest aftershock, of magnitude 4.8" -> aftershock."""
    pattern = re.compile(rf"\b({'|'.join(re.escape(s) for s in sorted(shocks, key=len, reverse=True))})\b", re.I)
    best, kind = len(text) + 1, "main"
    for s in pattern.finditer(text):
        distance = m.start - s.end() if s.end() <= m.start else s.start() - m.end
        if 0 <= distance < best:
            best, kind = distance, shocks[s.group(1).lower()]
    return kind


# --------------------------------------------------------------------------------------------- people

_AGE_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+),\s+(?:an?\s+|the\s+)?$")
_AGE_NAME_AFTER = re.compile(r"[-\s]years?[-\s]old\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)")
_AGE_OLD = re.compile(r"[-\s]years?[-\s]old\s+")
_AGE_GAP = re.compile(r",\s+(?:an?\s+|the\s+)?")


def age_subject(ctx: ArticleContext, sentence: Sentence, m: NumberMatch) -> tuple[str, str] | None:
    """The person an age belongs to: "Jane Doe, a 29-year-old nurse", "29-year-old Jane Doe", "Xi, 70,"."""
    text = sentence.text
    try:
        for p in ctx.people_starting(sentence.start - ctx.longest_mention, sentence.end + 1):
            a, b = p.start - sentence.start, p.end - sentence.start
            if (0 <= b <= m.start and _AGE_GAP.fullmatch(text[b : m.start])) or (
                a >= m.end and _AGE_OLD.fullmatch(text[m.end : a])
            ):
                return person_subject(p.canonical, p.key)
        if m.role == "age":
            aged = aged_name(ctx, sentence, m.end)  # "31-year-old school teacher Mara Lintz"
            if aged is not None:
                return aged
    except ImportError:
        pass
    before = _AGE_NAME_BEFORE.search(text_before(text, m.start))
    if before is not None and after_thing(text[: before.start()]):  # "the vessel Marit Sund, 30,"
        before = None
    after = _AGE_NAME_AFTER.match(text, m.end)
    name = before.group(1) if before else after.group(1) if after else None
    return person_subject(name, name.lower()) if name else None


def first_person(ctx: ArticleContext, sentence: Sentence, m: NumberMatch) -> tuple[str, str] | None:
    """The first person named in the sentence before the figure: whose race time it is ("Kenya's Ann Obi
    won the race in 2:21:37, ahead of ...")."""
    try:
        before = sentence.start + m.start
        people = [p for p in ctx.people_starting(sentence.start, before + 1) if p.end <= before]
    except ImportError:
        return None
    return (people[0].canonical, people[0].key) if people else None


# How many sentences back "the 23-year-old" may point to the person it describes.
AGE_ANAPHOR_SENTENCES = 2


def recent_person(ctx: ArticleContext, sentence: Sentence, m: NumberMatch) -> tuple[str, str] | None:
    """Whom "the 23-year-old" describes: of the people named in this sentence before the figure or in
    the :data:`AGE_ANAPHOR_SENTENCES` before it, the one the article names most (the nearest on a tie)."""
    index = ctx.sentence_index(sentence)
    window_start = ctx.sentences[max(0, index - AGE_ANAPHOR_SENTENCES)].start
    before = sentence.start + m.start
    try:
        near = [p for p in ctx.people_starting(window_start, before + 1) if p.end <= before]
    except ImportError:
        return None
    if not near:
        return None
    counts = ctx.mention_counts
    best = max(near, key=lambda p: (counts[p.key], p.start))
    return person_subject(best.canonical, best.key)


# --------------------------------------------------------------------------------------------- sport

_SCOPE_AFTER = re.compile(
    r"\s+(?:in|across|over|for)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(all\s+competitions)"
    r"|\d+\s+(league|cup|international|european)\s+(?:games|matches|appearances)|(league|cup)\b"
    r"|(national\s+(?:team|side)|country)\b)",
    re.I,
)
_SCOPE_WORDS = {"league": "league", "cup": "cup", "international": "national team", "european": "european"}


def scoring_scope(text: str, end: int, modifiers: list[str]) -> str | None:
    """The competition a player's tally counts: "14 league goals", "17 goals in all competitions", "four
    goals for the national team"; None when the sentence does not say (a tally of unknown scope)."""
    for w in modifiers:
        if w.lower() in _SCOPE_WORDS:
            return _SCOPE_WORDS[w.lower()]
    s = _SCOPE_AFTER.match(text, end)
    if s is None:
        return None
    scope = re.sub(r"\s+", " ", next(g for g in s.groups() if g).lower())
    return "national team" if scope in ("country", "national side") else _SCOPE_WORDS.get(scope, scope)


# ---------------------------------------------------------------------------------------------- rates

_RATE_HEAD = re.compile(
    r"\b(?:(?:key|main|benchmark|policy|base|bank|refinancing|lending|deposit|overnight|repo|discount|cash|prime)"
    r"\s+)+(?:interest\s+)?rates?\b|\binterest\s+rates?\b",
    re.I,
)
_RATE_WORD = re.compile(r"\brates?\b", re.I)
# A bare "rate" is a central bank's rate only in a sentence about monetary policy.
_RATE_CONTEXT = re.compile(
    r"\bcentral\s+bank|\bmonetary\b|\bbasis[\s-]points?\b|\brate[\s-]setters?\b|\bbank\b|\bcommittee\b"
    r"|\b(?:rate|policy)\s+(?:decision|meeting)s?\b|\beasing\b|\btightening\b|\b(?:rate\s+)?(?:cut|hike)s?\b",
    re.I,
)
# Percentages of other things: when one of these stands nearer before the figure, the figure is theirs.
_OTHER_PERCENT = re.compile(
    r"\b(?:inflation|prices|growth|GDP|unemployment|jobless|yields?|turnout|stake|share|tariffs?|tax(?:es)?|vote"
    r"|approval|support|wages|output|exports|imports)\b|\b(?:exchange|crime|mortality|birth|death|fertility"
    r"|participation|vacancy|occupancy|success|survival|response|poverty|literacy|savings|tax|VAT|mortgage)"
    r"\s+rates?\b",
    re.I,
)
# Forecasts are opinions, not checkable facts: analysts' expected rates never meet the decision.
_EXPECTATION = re.compile(
    r"\b(?:expect(?:s|ed|ing|ations?)?|forecast(?:s|ing|ers)?|predict(?:s|ed|ing|ions?)?|anticipat\w*|projected"
    r"|sees?|seeing|polled|surveyed|survey|consensus|bets?|priced\s+in)\b",
    re.I,
)
_CUT = re.compile(r"\b(?:cut|cuts|cutting|lower(?:s|ed|ing)?|reduc\w+|eas(?:e|es|ed|ing)|trim\w*|slash\w*)\b", re.I)
_RAISE = re.compile(r"\b(?:rais\w+|hik\w+|increas\w+|lift\w*|tighten\w*|rise|rises|rose)\b", re.I)
_HOLD_AT = re.compile(
    r"\b(?:keep|kept|keeps|keeping|hold|holds|held|holding|leave|leaves|left|leaving|maintain\w*|unchanged|steady)"
    r"\b[^,;:]*\bat\s+$",
    re.I,
)
EARLIER_BEFORE = re.compile(r"\b(?:following|after)\s+(?:a|an|its|the|last\s+\w+'s)\s+$", re.I)
EARLIER_ENDS = ("a", "an", "its", "the", "'s")  # what EARLIER_BEFORE's match ends with
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
# One percentage point is 100 basis points; a change given in percent ("cut by 0.5%") means points.
_TO_BASIS_POINTS = {"bp": 1.0, "pp": 100.0, "%": 100.0}


@dataclass(frozen=True)
class RateReading:
    """What a percentage in a sentence on a central bank's rate is: the attribute, its unit, the factor
    that converts the figure to that unit; ``drop`` for a forecast (no claim)."""

    attribute: str
    unit: str
    scale: float = 1.0
    drop: bool = False


def _is_rate(text: str, m: NumberMatch) -> bool:
    before = text_before(text, m.start)
    heads = [(h.end(), 0) for h in _RATE_HEAD.finditer(before)]
    if mentions(_RATE_CONTEXT, text):
        heads += [(h.end(), 0) for h in _RATE_WORD.finditer(before)]
    heads += [(h.end(), 1) for h in _OTHER_PERCENT.finditer(before)]  # "the exchange rate": not the bank's
    if heads:
        return max(heads)[1] == 0
    return m.unit in ("bp", "pp") and (mentions(_RATE_HEAD, text) or mentions(_RATE_CONTEXT, text))


def rate_reading(text: str, m: NumberMatch, noun_after: str | None) -> RateReading | None:
    """A central bank's rate: the new level ("cut its key rate to 14%"), the previous one ("from 14.5%",
    "keep the rate at 14.5%"), the size of the move in basis points ("by 50 basis points", "by half a
    percentage point", "a 25-basis-point cut"); an earlier move ("following a 25-basis-point cut") and
    forecasts ("analysts expect ... 13.5%") are told apart. None when the figure is no such rate."""
    if m.unit not in ("%", "pp", "bp") or not _is_rate(text, m):
        return None
    before = text_before(text, m.start)
    if _EXPECTATION.search(before):
        return RateReading("expected interest rate", "%", drop=True)
    earlier = "earlier " if EARLIER_BEFORE.search(before) else ""
    if m.unit in ("bp", "pp") or _BY_BEFORE.search(before) or noun_after in ("cut", "hike", "rise", "increase"):
        verbs = f"{before} {noun_after or ''}"
        cuts, raises = list(_CUT.finditer(verbs)), list(_RAISE.finditer(verbs))
        move = "change"
        if cuts or raises:
            last_cut = cuts[-1].start() if cuts else -1
            move = "cut" if last_cut > (raises[-1].start() if raises else -1) else "rise"
        return RateReading(f"{earlier}interest rate {move} (basis points)", "bp", _TO_BASIS_POINTS[m.unit or "%"])
    if _FROM_BEFORE.search(before) or _HOLD_AT.search(before):
        return RateReading("previous interest rate (%)", "%")
    return RateReading(f"{earlier}interest rate (%)", "%")


_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
# A name standing after one of these words names a party, body or place, not the candidate:
# "Elena Rusu of Civic Renewal", "mayor of Bălți", "in Chisinau".
_PLACE_BEFORE = re.compile(r"\b(?:of|in|at|for|from|to|near|across|outside|inside|into)\s+(?:the\s+)?$", re.I)
# Longest name we take as one person ("Maria del Carmen Lopez Garcia" has five words).
MAX_NAME_WORDS = 5


@cache
def _name_stopwords() -> frozenset[str]:
    return frozenset(load_data("name_stopwords.json")["words"])


def _name_runs(text: str) -> list[tuple[int, int]]:
    """Runs of capitalized words (one space apart) that may be a person's name; a possessive ends a run.

    Stopwords (sentence-initial "The", weekdays, months), countries and all-capital words (datelines)
    cut runs."""
    stop, countries = _name_stopwords(), country_by_word()
    runs: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for t in _TOKEN.finditer(text):
        word = re.sub(r"['’]s?$", "", t.group())
        joined = bool(run) and text[run[-1][1] : t.start()] == " "
        name_like = word[:1].isupper() and not word.isupper() and word not in stop and word not in countries
        if run and (not joined or not name_like):
            runs.append((run[0][0], run[-1][1]))
            run = []
        if name_like:
            run.append((t.start(), t.start() + len(word)))
            if word != t.group():  # possessive: "Volkhov's share"
                runs.append((run[0][0], run[-1][1]))
                run = []
    if run:
        runs.append((run[0][0], run[-1][1]))
    return [r for r in runs if len(text[r[0] : r[1]].split()) <= MAX_NAME_WORDS]


def _surnames(text: str) -> dict[str, str]:
    """Folded surname -> first full name (two words or more) with it in the article."""
    out: dict[str, str] = {}
    for a, b in _name_runs(text):
        name = text[a:b]
        if len(name.split()) >= 2:
            out.setdefault(fold(name.split()[-1]), name)
    return out


def _person_key(ctx: ArticleContext, name: str, start: int, end: int) -> tuple[str, str]:
    """The people normalizer's (canonical, key) for a mention, or its convention for an unknown person."""
    for p in ctx.people_starting(start - ctx.longest_mention, end):
        if start < p.end:
            return p.canonical, p.key
    from factcheck.normalize.people import resolve_name

    person, _variant = resolve_name(name)
    if person is not None:
        return person.name, person.id
    return name, f"unknown:{fold(name.split()[-1])}"


def candidate_subject(ctx: ArticleContext, sentence: Sentence, m: NumberMatch) -> tuple[str, str] | None:
    """The person a vote share belongs to: the name nearest before the figure in its sentence.

    A single word counts only as the surname of a full name elsewhere in the article ("Volkhov won
    ... with 53.4 percent"); a name after "of"/"in"/... is a party or a place ("Rusu of Civic Renewal")
    unless it starts with a known given name ("ahead of Elena Rusu")."""
    text = sentence.text
    given = given_names()
    lo = max(0, m.start - LOOKBEHIND_CHARS)
    before = [
        (lo + a, lo + b)
        for a, b in _name_runs(text[lo : m.start])
        if fold(text[lo + a : lo + b].split()[0]) in given or not _PLACE_BEFORE.search(text_before(text, lo + a))
    ]
    surnames: dict[str, str] | None = None
    for a, b in reversed(before):
        name = text[a:b]
        start = sentence.start + a
        if len(name.split()) == 1:
            surnames = surnames if surnames is not None else _surnames(ctx.text)
            full = surnames.get(fold(name))
            if full is None:
                continue
            known = _person_key(ctx, name, start, start + len(name))
            return known if not known[1].startswith("unknown:") else (full, known[1])
        return _person_key(ctx, name, start, start + len(name))
    return None
