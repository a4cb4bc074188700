"""What a figure counts, read from the words around it: the rules of ``quantity.v1``.

A helper of :mod:`factcheck.extract.quantities`: it registers no extractor. :func:`resolve` takes a
number found in a sentence and returns what it counts (:class:`Found`) or None when it is no checkable
figure. The order of the rules matters: a magnitude, then a compound ("a three-day visit"), then
percentages and money, then counts (casualty nouns and cues, head nouns before the figure, counted
nouns after it).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from factcheck.extract import quantity_lexicon as ql
from factcheck.extract.quantity_context import (
    EARLIER_BEFORE,
    rate_reading,
    scoring_scope,
    shock_of,
)
from factcheck.extract.quantity_lexicon import Counted, Lexicon, alternation, mentions
from factcheck.extract.quantity_measure import per_person, spaced_measure
from factcheck.extract.quantity_money import FORECAST_SUFFIX, money_head, negotiation_side, skip_paren
from factcheck.extract.quantity_open import DEMAND_BEFORE, measurement, open_count, open_head_before, vote_count
from factcheck.extract.quantity_phrases import phrase_count
from factcheck.extract.quantity_speed import speed
from factcheck.limits import text_before
from factcheck.normalize.numbers import NumberMatch, find_numbers

__all__ = ["MAX_MODIFIERS", "Found", "resolve"]

# How many modifier words may stand between a figure and its noun: "38th in-person meeting",
# "12,000 newly displaced people"; more than two and the noun usually belongs to another phrase.
MAX_MODIFIERS = 2
# Percent heads that an offer or a demand of a percentage names ("offering a 6% increase").
_RISE_HEADS = frozenset({"increase", "rise", "hike", "raise"})
# Hours in a day: a duration in days of an event counted in hours ("a two-day strike") is 48 hours.
HOURS_PER_DAY = 24
# How many words may stand between a percentage's or an amount's head noun and the figure: "turnout
# stood at 38.6 percent", "the loan, worth ... $3bn": five keeps the head in the same clause.
UNIT_HEAD_GAP = 5
# Units of time short enough to be an event's length ("over three days"); "over 100 years" is a
# look-back, not a duration of the news event.
EVENT_TIME_UNITS = frozenset({"hours", "days", "nights", "weeks"})

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Spaces between two words of one phrase: a hard-wrapped line break is a space, a blank line is not.
_GAP = re.compile(r"[ \t]*\n?[ \t]*")
_STOP = {"the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but", "that",
         "which", "who", "this", "these", "those", "than", "as", "since", "over", "after", "before"}  # fmt: skip
_DETERMINERS = {"the", "these", "those", "both", "their", "its", "our", "his", "her", "my", "your", "all"}
_COMPOUND = re.compile(r"[-‐‑]([A-Za-z]+)(?:[-‐‑]([A-Za-z]+))?")
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+of)?[\s:-]*$|\bmeasuring\s+$", re.I)
_MAGNITUDE_AFTER = re.compile(r"[\s-]+magnitude\b|\s+on the Richter scale\b", re.I)
_STRONGEST = re.compile(r"\b(?:strongest|largest|biggest|most powerful)\b", re.I)
_COUNTING = re.compile(r"\s+(?:counted|tallied|processed|reported)\b", re.I)
_SPAN_BEFORE = re.compile(r"\b(?:over|across|throughout|during)\s+(?:the\s+)?$", re.I)

Word = tuple[str, int, int]


@dataclass(frozen=True)
class Found:
    """What one figure counts, and where its phrase ends (the counted noun, when it follows).

    ``needs_subject``: a vote share with no vote word in its sentence is kept only when a candidate is
    named before it ("Rusu took 45.7 percent" yes, "the fund took 30 percent" no). A ``counted`` with an
    empty attribute means the figure was read and is no claim (a forecast)."""

    counted: Counted
    end: int
    needs_subject: bool = False
    scale: float = 1.0  # converts the figure to the counted unit (percentage points -> basis points)
    # The counted thing was read from an open vocabulary (a noun the lexicon does not know): the key is
    # weaker, and a disagreement on it is only a possible conflict.
    open_vocabulary: bool = False


# "the value of the stolen objects at", "the estimate of their value is": the noun "value" a few words
# before an amount, joined by a linking word (a value head only when no other money head names it).
# Determiners skipped before the noun of "N per cent of <noun>": "14 per cent of its capacity" -> capacity.
_OF_DETERMINERS = frozenset(["the", "a", "an", "all", "its", "their", "his", "her", "our", "your", "my"])
_VALUE_HEAD = re.compile(r"\bvalue\b(?:\s+[A-Za-z'’-]+){0,5}?\s+(?:is|was|at|of|to|stood\s+at)\s+$", re.I)


def words_at(text: str, pos: int, limit: int = 6) -> list[Word]:
    """Up to ``limit`` words from ``pos`` while only spaces (or one line break) separate them: a comma
    ends the phrase."""
    out: list[Word] = []
    while len(out) < limit:
        gap = _GAP.match(text, pos)
        m = _WORD.match(text, gap.end() if gap else pos)
        if m is None:
            break
        out.append((m.group(), m.start(), m.end()))
        pos = m.end()
    return out


def _noun_after(words: list[Word], table: Collection[str]) -> tuple[str, int, int, list[str]] | None:
    """The first phrase of ``table`` among the next words, allowing MAX_MODIFIERS modifiers before it;
    with the modifiers it skipped."""
    for skip in range(min(MAX_MODIFIERS, len(words) - 1) + 1):
        if skip and words[skip - 1][0].lower() in _STOP:
            return None
        for size in (3, 2, 1):
            chunk = words[skip : skip + size]
            if len(chunk) == size and " ".join(w for w, _, _ in chunk) in table:
                return " ".join(w for w, _, _ in chunk), chunk[0][1], chunk[-1][2], [w for w, _, _ in words[:skip]]
    return None


def _phrase_at(words: list[Word], table: Collection[str]) -> tuple[str, int] | None:
    """The longest phrase of ``table`` (up to three words) at the start of ``words``, and its end."""
    for size in (3, 2, 1):
        chunk = words[:size]
        if len(chunk) == size and (phrase := " ".join(w.lower() for w, _, _ in chunk)) in table:
            return phrase, chunk[-1][2]
    return None


def _qualifier(lex: Lexicon, text: str, end: int, modifiers: list[str]) -> tuple[str, int] | None:
    """The state of counted things: "1,800 damaged homes", "61 boats finished", "43 villages still cut off"."""
    for w in modifiers:
        if w.lower() in lex.qualifiers:
            return lex.qualifiers[w.lower()], end
    words = words_at(text, end, 8)
    i = 0
    while i < len(words) and words[i][0].lower() in lex.qualifier_fillers:
        i += 1
    found = _phrase_at(words[i:], lex.qualifiers)
    return (lex.qualifiers[found[0]], found[1]) if found else None


def _cue_after(lex: Lexicon, text: str, pos: int) -> tuple[Counted, int] | None:
    """A casualty cue after optional auxiliaries: "were killed", "have died", "who lost their lives"."""
    words = words_at(text, pos, 8)
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


def _head(lex: Lexicon, words: list[Word]) -> tuple[str, int] | None:
    """The noun a compound modifies: "a three-day state visit to" -> visit."""
    run = []
    for w in words[:3]:
        if w[0].lower() in _STOP or w[0][:1].isupper():
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
        attribute = f"number of {units} in {noun}"
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


def _vote_share(lex: Lexicon, text: str, m: NumberMatch, words: list[Word]) -> Found | None:
    """ "54.3 percent of the votes cast", "took 45.7 percent", "with 33.5 percent" (in a sentence on a vote)."""
    vs = lex.vote_share
    share = Counted("vote share (%)", "%", "candidate")
    if words and words[0][0] == "of":
        rest = [w for w in words[1:] if w[0].lower() not in ("the", "a", "an", "all")]
        of = _phrase_at(rest, vs.of_nouns)
        if of is None or _COUNTING.match(text, of[1]):
            return None  # "99 percent of ballots counted": the count's progress, not anyone's share
        return Found(share, of[1])
    if m.unit != "%" or (words and words[0][0].lower() not in ("and", "or", "but", "while", "in")):
        return None
    verb = vs.verb_before.search(text_before(text, m.start))
    if verb is None:
        return None
    context = mentions(vs.context, text)
    if verb.group(1).lower() == "with" and not context:
        return None
    return Found(share, m.end, needs_subject=not context)


def _temperature(text: str, m: NumberMatch) -> Found | None:
    """ "40C", "104F", "40 degrees Celsius"; bare "degrees" only in a sentence on the weather or heat."""
    unit = m.unit or ""
    if unit == "degrees":
        if not mentions(ql.TEMPERATURE_CONTEXT, text):
            return None
        unit = "°F" if re.search(r"\bFahrenheit\b", text, re.I) else "°C"
    return Found(Counted(f"temperature ({unit})", unit), m.end)


def _unit_claim(lex: Lexicon, text: str, m: NumberMatch) -> Found | None:
    """Percentages and money need the thing they measure: "45% of voters", "a $3bn loan"."""
    if m.unit in ql.TEMPERATURE_UNITS:
        return _temperature(text, m)
    after = skip_paren(text, m.end)
    words = words_at(text, after, 5)
    percent = m.unit in ("%", "pp", "bp")
    if percent:
        rate = rate_reading(text, m, words[0][0].lower() if words else None)
        if rate is not None:
            counted = Counted("" if rate.drop else rate.attribute, rate.unit)
            return Found(counted, m.end, scale=rate.scale)
    if m.unit == "bp":
        return None
    if percent and (share := _vote_share(lex, text, m, words)) is not None:
        return share
    if m.unit == "%" and (side := negotiation_side(text, m)) is not None:
        named = _noun_after([(w.lower(), a, b) for w, a, b in words], lex.percent_heads)
        if named is None or named[0] in _RISE_HEADS:  # "is offering a 6% increase"; "a 20% discount" stays
            return Found(Counted(f"{side} (%)", "%"), named[2] if named else m.end)
    heads = lex.percent_heads if percent else lex.money_heads
    label = "(%)" if m.unit == "%" else "(percentage points)" if percent else f"({m.unit})"
    if percent and words and words[0][0] == "of":
        of = [w for w in words_at(text, words[0][2], 4) if w[0].lower() not in _OF_DETERMINERS]
        if of and of[0][0][:1].islower():
            return Found(Counted(f"share of {of[0][0]} {label}", m.unit or "%"), of[0][2])
    lowered = [(w.lower(), a, b) for w, a, b in words]
    found = _noun_after(lowered, heads)
    if found is None and words and words[0][0] == "in":
        found = _noun_after(lowered[1:], heads)
    if found is not None:
        noun = found[0] if percent else lex.money_synonyms.get(found[0], found[0])
        end = m.end if text[m.end : m.end + 1] == ")" else found[2]  # "(€42m) move": the figure only
        return Found(Counted(f"{'' if percent else 'amount of '}{noun} {label}", m.unit or ""), end)
    if not percent:
        head = money_head(lex, text, m)
        if head is not None:
            # A forecast is revised as news comes in ("raised its revenue forecast to"): it changes over time.
            forecast = head.endswith(FORECAST_SUFFIX)
            base = head.removesuffix(FORECAST_SUFFIX)
            name = lex.money_synonyms.get(base, base) + (FORECAST_SUFFIX if forecast else "")
            return Found(Counted(f"amount of {name} {label}", m.unit or "", casualty=forecast), m.end)
        if DEMAND_BEFORE.search(text_before(text, m.start)):
            return Found(Counted(f"amount of demand {label}", m.unit or ""), m.end)  # "demanded 40 bitcoin"
        if lex.transaction_before.search(text_before(text, m.start)):
            return Found(Counted(f"amount of fee {label}", m.unit or ""), m.end)  # "signed X for €40m"
        if lex.funding_before.search(text_before(text, m.start)):
            return Found(Counted(f"amount of funding {label}", m.unit or ""), m.end)  # "released 20 million euros"
        if lex.value_before.search(text_before(text, m.start)) or _VALUE_HEAD.search(text_before(text, m.start)):
            # "silver worth more than €4 million", "the haul is valued at €4.3 million", "put the total value
            # of the objects at 4.3 million euros": with no other money head, the amount is a value.
            return Found(Counted(f"amount of value {label}", m.unit or ""), m.end)
        return None
    before = re.search(
        rf"\b({alternation(heads)})\b,?(?:\s+[A-Za-z'’-]+){{0,{UNIT_HEAD_GAP}}}?\s+$", text_before(text, m.start), re.I
    )
    if before is None:
        return None
    noun = before.group(1).lower()
    if noun in lex.vote_share.heads and mentions(lex.vote_share.context, text):
        return Found(Counted("vote share (%)", "%", "candidate"), m.end)
    return Found(Counted(f"{noun} {label}", m.unit or ""), m.end)


def _area(text: str, m: NumberMatch) -> Found | None:
    """ "had burned about 800 hectares", "3,400 ha", "20 square kilometres flooded": the area a fire or a
    flood covers (it grows as news comes in). An area in a sentence about neither is no claim."""
    a = ql.AREA_UNIT.match(text, m.end)
    if a is None:
        return None
    unit = "hectares" if a.group(1) else "acres" if a.group(2) else "km²" if a.group(3) or a.group(5) else "sq miles"
    if mentions(ql.BURNED, text):
        what = "burned"
    elif mentions(ql.FLOODED, text):
        what = "flooded"
    else:
        return None
    return Found(Counted(f"area {what} ({unit})", unit, "event", True), a.end())


def _aboard(lex: Lexicon, text: str, m: NumberMatch, people_end: int) -> Found | None:
    """ "80 passengers on board", "a ferry carrying about 80 people" (people on board: revised as the
    passenger list is checked); "licensed to carry no more than 60 people" is the vessel's capacity."""
    before = text_before(text, m.start)
    if ql.CAPACITY_BEFORE.search(before):
        return Found(Counted("capacity (people)", "people"), people_end)
    on_board = ql.ON_BOARD_AFTER.match(text, people_end)
    if on_board is None and not ql.CARRYING_BEFORE.search(before):
        return None
    return Found(Counted("people on board", "people", "event", True), on_board.end() if on_board else people_end)


def _time_span(lex: Lexicon, text: str, m: NumberMatch, words: list[Word]) -> Found | None:
    """ "three days of racing" (the event's length), "over three days" in a sentence about an event;
    other figures of time ("for 100 years", "six weeks ago") are no claim."""
    units = lex.time_units[words[0][0].lower()]
    if len(words) > 1 and words[1][0] == "of":
        noun = _noun_after([(w.lower(), a, b) for w, a, b in words[2:]], lex.event_nouns | lex.interactions)
        return _duration(lex, noun[0], units, noun[2]) if noun is not None else None
    spanned = m.hedge == "over" or _SPAN_BEFORE.search(text_before(text, m.start))
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
    if (area := _area(text, m)) is not None:
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
    if ql.MORE_AFTER.match(text, m.end) or ql.ANOTHER_BEFORE.search(text_before(text, m.start)):
        return None  # an increment ("nine more bodies"), not the total
    noun = _noun_after(lowered, lex.nouns)
    if m.ordinal:
        if noun is None or m.value < 2 or lex.nouns[noun[0]].casualty:
            return None  # "the first time", "first meeting since": not a count
        return Found(lex.nouns[noun[0]], noun[2])
    if noun is not None and lex.nouns[noun[0]].ordinal_only:
        noun = None
    if noun is not None and lex.nouns[noun[0]].casualty:
        return Found(lex.nouns[noun[0]], noun[2])
    if (tally := _noun_after(lowered, lex.scored)) is not None:
        scope = scoring_scope(text, tally[2], tally[3])
        return Found(Counted(f"{lex.scored[tally[0]]} ({scope})", lex.scored[tally[0]]), tally[2]) if scope else None
    people = _noun_after(lowered, lex.people)
    if people is not None and (aboard := _aboard(lex, text, m, people[2])) is not None:
        return aboard
    after = people[2] if people else (noun[2] if noun else m.end)
    cue = _cue_after(lex, text, after)
    if cue is not None:
        return Found(cue[0], cue[1])
    if (b := lex.cue_before.search(text_before(text, m.start))) is not None:
        return Found(lex.cue_before_map[b.group(1).lower()], noun[2] if noun else m.end)
    # A head far before ("the toll ... has reached 41") yields to a counted noun right after ("12 countries").
    if (noun is None or noun[0] in lex.people) and (
        h := lex.head_before.search(text_before(text, m.start))
    ) is not None:
        return Found(lex.head_map[h.group(1).lower()], m.end)
    if (noun is None or noun[0] in lex.people) and (head := open_head_before(text, m)) is not None:
        known = lex.nouns.get(head[0].unit)
        if known is not None and head[0].attribute == f"number of {head[0].unit}":
            return Found(known, head[1])  # "the number of vessels ... rose to 26": the lexicon's name (ships)
        return Found(*head, open_vocabulary=True)  # "the number of tenants evicted ... rose to 40"
    if noun is None:
        return _open(lex, text, m)
    counted = lex.nouns[noun[0]]
    state = _qualifier(lex, text, noun[2], noun[3])
    if state is not None:
        return Found(Counted(f"{counted.attribute} {state[0]}", counted.unit, counted.subject), max(noun[2], state[1]))
    return Found(counted, noun[2])


def _open(lex: Lexicon, text: str, m: NumberMatch) -> Found | None:
    """A noun the lexicon does not know: a participation cue after it ("40,000 runners took part"), else
    its head noun and state (see :mod:`quantity_open`)."""
    found = open_count(lex, text, m)
    if found is None:
        return None
    cue = _cue_after(lex, text, found[2])
    return Found(cue[0], cue[1]) if cue is not None else Found(found[0], found[1], open_vocabulary=True)


def resolve(lex: Lexicon, text: str, m: NumberMatch) -> Found | None:
    """What the figure ``m`` of sentence ``text`` counts, or None (see the module docstring).

    The old value of a change ("to 72 from the 80") is the "previous" figure, and a figure of an earlier
    move ("following a 25-basis-point cut") an "earlier" one: neither meets the current value."""
    before = text_before(text, m.start)
    old = ql.FROM_OLD.search(before) if not re.search(r"\d\s*(?:to|-|–)\s*\d", m.surface) else None
    found = _resolve(lex, text, m)
    if found is None and old is not None:
        new = [n for n in find_numbers(text) if old.start() < n.start < m.start and n.unit == m.unit]
        found = _resolve(lex, text, new[0]) if new else None  # "to 3.1% in March from 3.4%": inflation
        found = Found(found.counted, m.end, scale=found.scale) if found is not None else None
    if found is None or not found.counted.attribute:
        return None
    attribute = found.counted.attribute
    if not attribute.startswith(("previous ", "earlier ")):
        if old is not None:
            attribute = f"previous {attribute}"
        elif EARLIER_BEFORE.search(before) and not attribute.startswith("duration of"):
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


def _resolve(lex: Lexicon, text: str, m: NumberMatch) -> Found | None:
    if _MAGNITUDE_BEFORE.search(text_before(text, m.start)) or (_MAGNITUDE_AFTER.match(text, m.end) and m.value < 10):
        return _magnitude(lex, text, m, m.end)
    if (found := _compound(lex, text, m)) is not None or _COMPOUND.match(text, m.end):
        return found
    if (vote := vote_count(text, m)) is not None:
        return Found(Counted(vote[0], "votes"), vote[1])
    if m.unit is not None:
        return _unit_claim(lex, text, m)
    if (fast := speed(text, m)) is not None:
        return Found(fast[0], fast[1])
    if (named := phrase_count(text, m)) is not None:
        return Found(*named)  # "1,430 of its members stopped work": strikers
    found = _count(lex, text, m)
    if m.surface.split()[0].isalpha() and not m.ordinal:
        prev = re.search(r"([A-Za-z]+)\s+$", text_before(text, m.start))
        if prev and prev.group(1).lower() in _DETERMINERS and (found is None or not found.counted.casualty):
            return None  # "the two nations", "both sides": a reference; "the twelve people who died" counts
    return found
