"""Figures with a unit: percentages and money with the thing they measure, vote shares, temperatures, areas.

A helper of :mod:`.rules`: it registers no extractor. "45% of voters" -> share of voters (%), "a $3bn
loan" -> amount of loan (USD), "took 45.7 percent" -> vote share (%), "40C" -> temperature (°C), "had
burned about 800 hectares" -> area burned (hectares).
"""

from __future__ import annotations

import re

from factcheck.extract.quantities import lexicon as ql
from factcheck.extract.quantities.context import rate_reading
from factcheck.extract.quantities.found import Found, Word, noun_after, phrase_at, words_at
from factcheck.extract.quantities.lexicon import Counted, Lexicon, alternation, mentions
from factcheck.extract.quantities.money import FORECAST_SUFFIX, money_head, negotiation_side, skip_paren
from factcheck.extract.quantities.open_counts import DEMAND_BEFORE
from factcheck.limits import text_before
from factcheck.normalize.numbers import NumberMatch
from factcheck.normalize.reference import word_list

__all__ = ["UNIT_HEAD_GAP", "area_claim", "unit_claim"]

# Percent heads that an offer or a demand of a percentage names ("offering a 6% increase").
_RISE_HEADS = frozenset({"increase", "rise", "hike", "raise"})
# How many words may stand between a percentage's or an amount's head noun and the figure: "turnout
# stood at 38.6 percent", "the loan, worth ... $3bn": five keeps the head in the same clause.
UNIT_HEAD_GAP = 5
_COUNTING = re.compile(r"\s+(?:counted|tallied|processed|reported)\b", re.I)
# "99.8% of the votes were counted", "with 98% of voting machines counted": how far a count has got, a
# figure of the count's progress, not a share anyone won.
_PROGRESS = re.compile(
    r"\s+of\s+(?:the\s+|all\s+)?(?:votes?|ballots?|ballot\s+boxes|(?:electronic\s+)?voting\s+machines|precincts|"
    r"polling\s+stations|returns|districts|constituencies|results)\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:counted|tallied|processed|reported|declared)\b",
    re.I,
)
# "the value of the stolen objects at", "the estimate of their value is": the noun "value" a few words
# before an amount, joined by a linking word (a value head only when no other money head names it).
# Determiners skipped before the noun of "N per cent of <noun>": "14 per cent of its capacity" -> capacity.
_OF_DETERMINERS = frozenset(["the", "a", "an", "all", *word_list("function_words.json", "possessives")])
# Words that say how wide a share is, not what it is a share of ("80% of global emissions", "a third of
# world trade"): the noun after them is the counted thing, else two shares of different things look alike.
_SCOPE_WORDS = frozenset(
    ["global", "world", "worldwide", "total", "national", "annual", "overall", "domestic", "international"]
)
_VALUE_HEAD = re.compile(r"\bvalue\b(?:\s+[A-Za-z'’-]+){0,5}?\s+(?:is|was|at|of|to|stood\s+at)\s+$", re.I)


# A winning verb denied in its own clause ("neither of them received more than 50 percent", "did not win
# 40 percent"): the figure is a threshold nobody reached, no one's share nor any other claim.
_DENIED = re.compile(r"\b(?:neither|none|never|not|no|nobody)\b[^.,;:]{0,24}$|n['’]t\s+$", re.I)


def _vote_share(lex: Lexicon, text: str, m: NumberMatch, words: list[Word]) -> Found | None:
    """ "54.3 percent of the votes cast", "took 45.7 percent", "with 33.5 percent" (in a sentence on a vote)."""
    vs = lex.vote_share
    share = Counted("vote share (%)", "%", "candidate")
    before = text_before(text, m.start)
    verb = vs.verb_before.search(before)
    if verb is not None and _DENIED.search(before, 0, verb.start()):
        return Found(Counted("", "%"), m.end)  # read, and no claim: no other rule makes it a share of something
    if words and words[0][0] == "of":
        rest = [w for w in words[1:] if w[0].lower() not in ("the", "a", "an", "all")]
        of = phrase_at(rest, vs.of_nouns)
        if of is None or _COUNTING.match(text, of[1]):
            return None  # "99 percent of ballots counted": the count's progress, not anyone's share
        return Found(share, of[1])
    if m.unit != "%" or (words and words[0][0].lower() not in ("and", "or", "but", "while", "in")):
        return None
    if verb is None:
        return None
    context = mentions(vs.context, text)
    if verb.group(1).lower() in vs.context_verbs and not context:
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


def unit_claim(lex: Lexicon, text: str, m: NumberMatch) -> Found | None:
    """Percentages and money need the thing they measure: "45% of voters", "a $3bn loan"."""
    if m.unit in ql.TEMPERATURE_UNITS:
        return _temperature(text, m)
    after = skip_paren(text, m.end)
    words = words_at(text, after, 5)
    percent = m.unit in ("%", "pp", "bp")
    if percent and _PROGRESS.match(text, m.end):
        return None
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
        named = noun_after([(w.lower(), a, b) for w, a, b in words], lex.percent_heads)
        if named is None or named[0] in _RISE_HEADS:  # "is offering a 6% increase"; "a 20% discount" stays
            return Found(Counted(f"{side} (%)", "%"), named[2] if named else m.end)
    heads = lex.percent_heads if percent else lex.money_heads
    label = "(%)" if m.unit == "%" else "(percentage points)" if percent else f"({m.unit})"
    if percent and words and words[0][0] == "of":
        of = [w for w in words_at(text, words[0][2], 4) if w[0].lower() not in _OF_DETERMINERS]
        if len(of) > 1 and of[0][0] in _SCOPE_WORDS and of[1][0][:1].islower() and of[0][2] + 1 == of[1][1]:
            of = of[1:]  # "of global trade": a share of trade
        if of and of[0][0][:1].islower():
            return Found(Counted(f"share of {of[0][0]} {label}", m.unit or "%"), of[0][2])
    lowered = [(w.lower(), a, b) for w, a, b in words]
    found = noun_after(lowered, heads)
    if found is None and words and words[0][0] == "in":
        found = noun_after(lowered[1:], heads)
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


def area_claim(text: str, m: NumberMatch) -> Found | None:
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
