"""What a figure counts, read from the words around it: the rules of ``quantity.v1``.

A helper of :mod:`factcheck.extract.quantities.quantity`: it registers no extractor. :func:`resolve` takes a
number found in a sentence and returns what it counts (:class:`Found`) or None when it is no checkable
figure. The order of the rules matters: a magnitude, then a compound ("a three-day visit"), then
percentages and money (:mod:`.units`), then counts (casualty nouns and cues, head nouns before the figure, counted
nouns after it).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.quantities import lexicon as ql
from factcheck.extract.quantities.aboard import aboard_count, travellers_moved
from factcheck.extract.quantities.context import (
    EARLIER_BEFORE,
    EARLIER_ENDS,
    scoring_scope,
    shock_of,
)
from factcheck.extract.quantities.found import (
    MAX_MODIFIERS,
    STOPWORDS,
    Found,
    Word,
    candidates,
    iter_words,
    noun_after,
    phrase_at,
    words_at,
)
from factcheck.extract.quantities.lexicon import Counted, Lexicon, alternation, leading_letters, mentions
from factcheck.extract.quantities.measure import per_person, spaced_measure
from factcheck.extract.quantities.open_counts import (
    measurement,
    open_count,
    open_head_before,
)
from factcheck.extract.quantities.phrases import phrase_count
from factcheck.extract.quantities.recent import in_new_casualties, in_recent_window, recipients
from factcheck.extract.quantities.severity import illness_after, severity_after, still_in_care
from factcheck.extract.quantities.speed import speed
from factcheck.extract.quantities.units import area_claim, unit_claim
from factcheck.extract.quantities.votes import vote_count
from factcheck.limits import may_end_with, text_before
from factcheck.normalize.numbers import NumberMatch, find_numbers
from factcheck.normalize.reference import word_list

__all__ = ["MAX_MODIFIERS", "Found", "resolve"]

# Hours in a day: a duration in days of an event counted in hours ("a two-day strike") is 48 hours.
HOURS_PER_DAY = 24
# Units of time short enough to be an event's length ("over three days"); "over 100 years" is a
# look-back, not a duration of the news event.
EVENT_TIME_UNITS = frozenset({"hours", "days", "nights", "weeks"})

_POSSESSIVES = word_list("function_words.json", "possessives")
_DETERMINERS = frozenset({"the", "these", "those", "both", "all", *_POSSESSIVES})
_COMPOUND = re.compile(r"[-‐‑]([A-Za-z]+)(?:[-‐‑]([A-Za-z]+))?")
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+of)?[\s:-]*$|\bmeasuring\s+$", re.I)
# One of these words (any case) is in every match of _MAGNITUDE_BEFORE: a window without them is not searched
# (a search tries every position of the window, for every figure).
_MAGNITUDE_WORDS = ("magnitude", "measuring")
_MAGNITUDE_AFTER = re.compile(r"[\s-]+magnitude\b|\s+on the Richter scale\b", re.I)
_STRONGEST = re.compile(r"\b(?:strongest|largest|biggest|most powerful)\b", re.I)
_SPAN_BEFORE = re.compile(r"\b(?:over|across|throughout|during)\s+(?:the\s+)?$", re.I)
_SPAN_ENDS = ("over", "across", "throughout", "during", "the")
# The last word of a window that ends with spaces (searched only when it does: \s is str.isspace).
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")
_RANGE_SURFACE = re.compile(r"\d\s*(?:to|-|–)\s*\d")


# Hedges between a verb of a state and the figure of its object: "destroyed more than 2,200 homes".
_HEDGE = r"(?:(?:more\s+than|over|about|around|some|nearly|almost|at\s+least|roughly|an\s+estimated|up\s+to)\s+)?"
# Characters before a figure read for the verb of its state (the verb, a coordinated one, a hedge).
QUALIFIER_VERB_WINDOW = 60


@cache
def _qualifier_verb() -> re.Pattern[str]:
    """ "destroyed 300 homes", "damaged or destroyed more than 2,200 buildings": a one-word state of the
    lexicon right before the figure (with a coordinated one, the first names it, as after the noun)."""
    words = alternation(w for w in ql.counted_lexicon().qualifiers if " " not in w)
    return re.compile(rf"\b({words})(?:\s+(?:or|and)\s+(?:{words}))?\s+{_HEDGE}$", re.I)


def _qualifier(lex: Lexicon, text: str, end: int, modifiers: list[str], start: int) -> tuple[str, int] | None:
    """The state of counted things: "1,800 damaged homes", "61 boats finished", "43 villages still cut off",
    or the verb whose object they are: "the fire destroyed 300 homes" (the figure starts at ``start``)."""
    for w in modifiers:
        if w.lower() in lex.qualifiers:
            return lex.qualifiers[w.lower()], end
    words = words_at(text, end, 8)
    i = 0
    while i < len(words) and words[i][0].lower() in lex.qualifier_fillers:
        i += 1
    found = phrase_at(words[i:], lex.qualifiers)
    if found:
        return lex.qualifiers[found[0]], found[1]
    verb = _qualifier_verb().search(text[max(0, start - QUALIFIER_VERB_WINDOW) : start])
    return (lex.qualifiers[verb.group(1).lower()], end) if verb else None


# An aside naming part of the counted people between the count and its verb (pool 5).
_ASIDE = re.compile(r",\s+(?:including|among\s+them|of\s+whom)\b[^,;:.]{1,60},\s*", re.I)


def _cue_after(lex: Lexicon, text: str, pos: int) -> tuple[Counted, int] | None:
    """A casualty cue after optional auxiliaries: "were killed", "have died", "who lost their lives"."""
    # "11 people, including the four gunmen, were detained": the cue comes after the aside.
    if (aside := _ASIDE.match(text, pos)) is not None:
        pos = aside.end()
    # The first word that is no auxiliary, among the next 8 (read one at a time: it is most often the first).
    skipped: list[str] = []
    first = None
    for w in iter_words(text, pos, 8):
        if w[0].lower() not in lex.auxiliaries:
            first = w
            break
        skipped.append(w[0].lower())
    if first is None:
        return None
    # Only the cues that start with the letters the text starts with can match (see leading_letters),
    # and only the next few characters are compared: looping over every cue, on the rest of the
    # sentence lowered, cost the most of a figure on figure-dense text.
    start = first[1]
    rest = text[start : start + lex.longest_cue + 2].lower()
    for phrase, counted in lex.cues_by_lead.get(leading_letters(rest), ()):
        if rest.startswith(phrase) and not rest[len(phrase) : len(phrase) + 1].isalpha():
            if illness_after(text, start + len(phrase)):
                return None  # "treated for waterborne illnesses": patients, no toll
            if (grave := severity_after(text, start + len(phrase))) is not None:  # "treated in critical care"
                return Counted(
                    f"{counted.attribute} {grave[0]}", counted.unit, counted.subject, counted.casualty
                ), grave[1]
            if (still := still_in_care(counted.attribute, skipped)) is not None:  # "101 remain hospitalized"
                return Counted(still, counted.unit, counted.subject, counted.casualty), start + len(phrase)
            return counted, start + len(phrase)
    return None


def _head(lex: Lexicon, words: list[Word]) -> tuple[str, int] | None:
    """The noun a compound modifies: "a three-day state visit to" -> visit."""
    run = []
    for w in words[:3]:
        if w[0].lower() in STOPWORDS or w[0][:1].isupper():
            break
        run.append(w)
    known = [w for w in run if w[0].lower() in lex.interactions or w[0].lower() in lex.nouns]
    known += [w for w in run if w[0].lower() in lex.event_nouns]
    if known:
        return known[0][0].lower(), known[0][2]
    return (run[0][0].lower(), run[0][2]) if run else None


def _duration(lex: Lexicon, noun: str, units: str, end: int) -> Found:
    """ "duration of visit in days" (participants); the news event itself for event nouns (regatta)."""
    if noun in lex.event_nouns:
        return Found(Counted(f"duration of event in {units}", units, "event"), end)
    subject = "participants" if noun in lex.interactions else "event"
    return Found(Counted(f"duration of {noun} in {units}", units, subject), end)


def _compound(lex: Lexicon, text: str, m: NumberMatch) -> Found | None:
    """ "a three-day visit", "a 15-member delegation", "a 2,000-strong force", "6.1-magnitude"."""
    c = _COMPOUND.match(text, m.end)
    if c is None:
        return None
    unit = c.group(1).lower()
    if unit == "magnitude":
        return _magnitude(lex, text, m, c.end())
    if unit in lex.document_units:
        return None  # "a 7,000-word statement": doc-length.v1
    head = _head(lex, words_at(text, c.end(), 4))
    if head is None and lex.compound_units.get(unit) == "storeys":
        return Found(Counted("number of storeys", "storeys"), c.end())  # "the 12-story Harbour View Towers"
    if head is None:
        return None
    noun, end = head
    if unit in lex.time_units:
        units = lex.time_units[unit]
        if units == "days" and noun in lex.hour_heads:
            # "a three-day strike" is "a 72-hour strike": a strike's length is counted in hours
            found = _duration(lex, lex.duration_synonyms.get(noun, noun), "hours", end)
            return Found(found.counted, found.end, scale=HOURS_PER_DAY)
        return _duration(lex, lex.duration_synonyms.get(noun, noun), units, end)
    subject = "participants" if noun in lex.interactions else "event"
    if unit in lex.compound_units:
        units = lex.compound_units[unit]
        # Storeys are always a building's, whatever noun the writer uses for it ("a 12-story condominium",
        # "the 12-story building", "the 13-story structure"): the noun would keep one fact apart.
        attribute = f"number of {units}" if units == "storeys" else f"number of {units} in {noun}"
        if units == "size" or units in lex.dimensions:
            attribute = f"{lex.dimensions.get(units, 'size')} of {noun}" + (f" in {units}" if units != "size" else "")
        return Found(Counted(attribute, units, subject), end)
    return None


def _magnitude(lex: Lexicon, text: str, m: NumberMatch, end: int) -> Found:
    """The main shock's magnitude, or an aftershock's (another attribute: never compared)."""
    shock = shock_of(text, m, lex.shocks)
    if shock == "main":
        return Found(Counted("magnitude", "magnitude"), end)
    strongest = "strongest " if mentions(_STRONGEST, text) else ""
    return Found(Counted(f"magnitude of {strongest}{shock}", "magnitude"), end)


def _time_span(lex: Lexicon, text: str, m: NumberMatch, words: list[Word]) -> Found | None:
    """ "three days of racing" (the event's length), "over three days" in a sentence about an event;
    other figures of time ("for 100 years", "six weeks ago") are no claim."""
    units = lex.time_units[words[0][0].lower()]
    if len(words) > 1 and words[1][0] == "of":
        noun = noun_after([(w.lower(), a, b) for w, a, b in words[2:]], lex.event_nouns | lex.interactions)
        return _duration(lex, noun[0], units, noun[2]) if noun is not None else None
    before = text_before(text, m.start)
    spanned = m.hedge == "over" or (may_end_with(before, _SPAN_ENDS) and _SPAN_BEFORE.search(before))
    mentions_event = mentions(re.compile(rf"\b(?:{alternation(lex.event_nouns)})\b", re.I), text)
    if (
        spanned
        and units in EVENT_TIME_UNITS
        and mentions_event
        and not re.match(r"\s+(?:ago|earlier)\b", text[words[0][2] :])
    ):
        return _duration(lex, "event", units, words[0][2])
    return None


def _count(lex: Lexicon, text: str, m: NumberMatch) -> Found | None:
    """Cardinals and ordinals with a counted noun or a casualty cue."""
    words = words_at(text, m.end, 6)
    if words and words[0][0] == "of" and (m.vague or m.surface.lower().endswith(("thousand", "million"))):
        words = words[1:]  # "tens of thousands of soldiers"
    lowered = [(w.lower(), a, b) for w, a, b in words]
    if (measured := measurement(text, m)) is not None:
        return Found(measured[0], measured[1], scale=measured[2])  # "a depth of 420 metres", "13 seconds ahead"
    if words and words[0][0].lower() in lex.time_units:
        return None if m.ordinal else _time_span(lex, text, m, words)
    if (area := area_claim(text, m)) is not None:
        return area
    if (d := ql.DISTANCE_AFTER.match(text, m.end)) is not None:
        unit = ql.length_unit(d.group(1))
        return Found(Counted(f"distance ({unit})", unit), d.end(1))  # "two kilometres from the port"
    if (spaced := spaced_measure(text, m.start, m.end, lex.compound_units, lex.dimensions)) is not None:
        return Found(Counted(spaced[0], spaced[1]), spaced[2])  # "a 520 km orbit" = "a 520-km orbit"
    if (ration := per_person(text, m.end)) is not None:
        return Found(Counted(ration[0], ration[1]), ration[2])  # "160 litres per person a day"
    if words and words[0][0].lower() in lex.measure_units:
        return None  # "at more than 3,000 metres": a measurement, not a count
    before = text_before(text, m.start)
    if ql.MORE_AFTER.match(text, m.end) or ql.after_another(before):
        return None  # an increment ("nine more bodies"), not the total
    if may_end_with(before, ("other",)) and ql.OTHER_BEFORE.search(before):
        return None  # the rest of a group ("the other two suspects"), not the group
    tried = candidates(lowered)  # the same phrases are looked up in three tables
    noun = noun_after(lowered, lex.nouns, tried)
    if m.ordinal:
        if noun is None or m.value < 2 or lex.nouns[noun[0]].casualty:
            return None  # "the first time", "first meeting since": not a count
        return Found(lex.nouns[noun[0]], noun[2])
    if noun is not None and lex.nouns[noun[0]].ordinal_only:
        noun = None
    if noun is not None and lex.nouns[noun[0]].casualty:
        moved = travellers_moved(text, m, noun[2], lex.nouns[noun[0]].attribute)  # "12 crew were evacuated"
        return moved or Found(lex.nouns[noun[0]], noun[2])
    if (tally := noun_after(lowered, lex.scored, tried)) is not None:
        scope = scoring_scope(text, tally[2], tally[3])
        return Found(Counted(f"{lex.scored[tally[0]]} ({scope})", lex.scored[tally[0]]), tally[2]) if scope else None
    people = noun_after(lowered, lex.people, tried)
    if people is not None and (next_word := next(iter_words(text, people[2], 1), None)) is not None:
        known = lex.nouns.get(next_word[0].lower())
        if known is not None and known.casualty:
            return Found(known, next_word[2])  # "five coast guard crew lives": the people name whose lives
    if people is not None and (aboard := aboard_count(text, m, people[2])) is not None:
        return aboard
    after = people[2] if people else (noun[2] if noun else m.end)
    cue = _cue_after(lex, text, after)
    if cue is not None:
        group = people or noun
        moved = travellers_moved(text, m, group[2], cue[0].attribute) if group else None
        return moved or Found(cue[0], cue[1])
    animals = bool(lowered) and lowered[0][0] in ql.ANIMALS  # "killed 900 goats": no toll
    b = lex.cue_before.search(before) if may_end_with(before, lex.cue_before_ends) and not animals else None
    if b is not None:
        return Found(lex.cue_before_map[b.group(1).lower()], noun[2] if noun else m.end)
    # A head far before ("the toll ... has reached 41") yields to a counted noun right after ("12 countries").
    if (
        (noun is None or noun[0] in lex.people)
        and may_end_with(before, lex.head_before_ends)
        and (h := lex.head_before.search(before)) is not None
    ):
        return Found(lex.head_map[h.group(1).lower()], m.end)
    if (noun is None or noun[0] in lex.people) and (head := open_head_before(text, m)) is not None:
        known = lex.nouns.get(head[0].unit)
        if known is not None and head[0].attribute == f"number of {head[0].unit}":
            return Found(known, head[1])  # "the number of vessels ... rose to 26": the lexicon's name (ships)
        return Found(*head, open_vocabulary=True)  # "the number of tenants evicted ... rose to 40"
    if noun is None:
        return _open(lex, text, m)
    counted = lex.nouns[noun[0]]
    state = _qualifier(lex, text, noun[2], noun[3], m.start)
    if state is not None:
        return Found(Counted(f"{counted.attribute} {state[0]}", counted.unit, counted.subject), max(noun[2], state[1]))
    return Found(counted, noun[2])


def _open(lex: Lexicon, text: str, m: NumberMatch) -> Found | None:
    """A noun the lexicon does not know: a participation cue after it ("40,000 runners took part"), else
    its head noun and state (see :mod:`.open_counts`)."""
    found = open_count(lex, text, m)
    if found is None:
        return None
    head = text[: found[2]].split()[-1].lower()
    cue = _cue_after(lex, text, found[2]) if head not in ql.ANIMALS else None  # "400 cattle died": no toll
    return Found(cue[0], cue[1]) if cue is not None else Found(found[0], found[1], open_vocabulary=True)


def resolve(lex: Lexicon, text: str, m: NumberMatch) -> Found | None:
    """What the figure ``m`` of sentence ``text`` counts, or None (see the module docstring).

    The old value of a change ("to 72 from the 80") is the "previous" figure, and a figure of an earlier
    move ("following a 25-basis-point cut") an "earlier" one: neither meets the current value."""
    before = text_before(text, m.start)
    old = (
        ql.FROM_OLD.search(before)
        if may_end_with(before, ("from", "the")) and not _RANGE_SURFACE.search(m.surface)
        else None
    )
    found = _resolve(lex, text, m)
    if found is None and old is not None:
        new = [n for n in find_numbers(text) if old.start() < n.start < m.start and n.unit == m.unit]
        found = _resolve(lex, text, new[0]) if new else None  # "to 3.1% in March from 3.4%": inflation
        found = Found(found.counted, m.end, scale=found.scale) if found is not None else None
    if found is None or not found.counted.attribute:
        return None
    if found.counted.casualty and (in_recent_window(text, m.start, m.end) or recipients(text, m.start, m.vague)):
        return None  # "31 people died in the past 24 hours"; "brought food to hundreds of displaced families"
    if in_new_casualties(text, m.start):
        return None  # "the latest deaths include 12 children": the day's deaths broken down
    attribute = found.counted.attribute
    if not attribute.startswith(("previous ", "earlier ")):
        if old is not None:
            attribute = f"previous {attribute}"
        elif (
            may_end_with(before, EARLIER_ENDS)
            and EARLIER_BEFORE.search(before)
            and not attribute.startswith(("duration of", "number of storeys"))
        ):
            attribute = f"earlier {attribute}"
    if attribute == found.counted.attribute:
        return found
    c = found.counted
    return Found(
        Counted(attribute, c.unit, c.subject, False, c.ordinal_only),
        found.end,
        found.needs_subject,
        found.scale,
        found.open_vocabulary,
    )


# A percentage keyed by its change noun alone measures nothing named: under one key, the rises of users,
# costs and revenue in one results page collided (pool 6). metric.v1 (a fallback) keys it by its metric.
_BARE_CHANGES = frozenset(f"{noun} (%)" for noun in ("increase", "rise", "drop", "decline", "fall"))


def may_name_magnitude(before: str) -> bool:
    """False only when _MAGNITUDE_BEFORE cannot match ``before`` (see _MAGNITUDE_WORDS). Text that is not
    ASCII is always searched: some letters match case-insensitively in patterns and not under ``str.lower``."""
    if not before.isascii():
        return True
    lowered = before.lower()
    return any(word in lowered for word in _MAGNITUDE_WORDS)


def _resolve(lex: Lexicon, text: str, m: NumberMatch) -> Found | None:
    before = text_before(text, m.start)
    if (may_name_magnitude(before) and _MAGNITUDE_BEFORE.search(before)) or (
        _MAGNITUDE_AFTER.match(text, m.end) and m.value < 10
    ):
        return _magnitude(lex, text, m, m.end)
    if (found := _compound(lex, text, m)) is not None or _COMPOUND.match(text, m.end):
        return found
    if (vote := vote_count(text, m)) is not None:
        return Found(Counted(vote[0], "votes"), vote[1])
    if m.unit is not None:
        found = unit_claim(lex, text, m)  # a bare change ("an increase of 8%") names no metric: metric.v1's
        return None if found is not None and found.counted.attribute in _BARE_CHANGES else found
    if (fast := speed(text, m)) is not None:
        return Found(fast[0], fast[1])
    if (named := phrase_count(text, m)) is not None:
        return Found(*named)  # "1,430 of its members stopped work": strikers
    found = _count(lex, text, m)
    if m.surface.split()[0].isalpha() and not m.ordinal:
        prev = _LAST_WORD.search(before) if before[-1:].isspace() else None
        if prev and prev.group(1).lower() in _DETERMINERS and (found is None or not found.counted.casualty):
            return None  # "the two nations", "both sides": a reference; "the twelve people who died" counts
    return found
