"""Open-vocabulary figures: what a number counts when no lexicon noun names it.

A helper of :mod:`factcheck.extract.quantities.rules`: it registers no extractor. When a figure is followed
by a noun phrase the lexicon does not know, the phrase's head noun (singular) and the verb or participle
that says what happened to the counted things name the attribute: "Fourteen climbers were stranded" ->
"number of climbers stranded", "the number of tenants evicted rose to 40" -> the same attribute, "the
52 cancelled flights" -> "number of flights cancelled". Also read here (vote tallies are in
:mod:`.votes`): measurements whose noun or adverb names the dimension ("a depth of 600 metres", "600 m
below ground", "a 30-metre-high wave"), winning margins ("four seconds ahead of", "won by two minutes")
and race times ("2:07:13").
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.quantities.lexicon import Counted, Lexicon
from factcheck.extract.quantities.measure import covered_people
from factcheck.extract.quantities.severity import illness_after, severity_after
from factcheck.extract.quantities.state_words import need_state
from factcheck.limits import may_end_with, text_before
from factcheck.normalize.number_patterns import may_hold
from factcheck.normalize.numbers import NumberMatch
from factcheck.normalize.reference import load_data, word_list

__all__ = [
    "DEMAND_BEFORE",
    "clock_duration",
    "measurement",
    "open_count",
    "open_head_before",
    "race_time",
    "singular",
]

# Words between a figure and the head noun it counts: "38 scheduled surgeries", "17 Kasenga miners".
MAX_OPEN_MODIFIERS = 2
# Words of one prepositional phrase between the head noun and its verb: "240 passengers from 11
# countries were stranded", "38 operations for Saturday and Sunday were postponed".
MAX_PP_WORDS = 4
# Words between "the number of <noun> <state>" and the linking verb before the figure.
MAX_OPEN_HEAD_GAP = 10

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_GAP = re.compile(r"[ \t]*\n?[ \t]*")
# A gap and the token after it in one match (a token starts with no space, so the gap has one reading).
_GAP_TOKEN = re.compile(f"{_GAP.pattern}({_TOKEN.pattern})")
# Plural nouns that do not end in -s, and -s words that are no plural nouns.
_IRREGULAR = {"men": "man", "women": "woman", "children": "child", "people": "people", "staff": "staff",
              "police": "police", "personnel": "personnel", "crew": "crew", "cattle": "cattle"}  # fmt: skip
_NOT_PLURAL = re.compile(r"(?:ss|us|is|ous|ics|'s|’s)$")
_STOP = frozenset(
    word_list("function_words.json", "stopwords") + word_list("function_words.json", "open_head_stopwords")
)
# Heads too general to name a count on their own: "2,300 people" is employees in one sentence and the
# population served in the next; with a state ("people were evacuated") they are a count.
_GENERIC = frozenset({"people", "persons", "individuals", "others", "ones"})
# A figure after these counts the frame of another figure: "21 goals in 30 games", "3 of the 12 runners".
# ("across 11 channels" is no frame but a fact of its own: how widely something was spread or shown.)
_NOT_OPEN_BEFORE = re.compile(r"(?:\b(?:in|from|over|out\s+of)|\d\s+of\s+(?:the|all)?)\s+$", re.I)
NOT_OPEN_ENDS = ("in", "from", "over", "of", "the", "all")  # what a match of _NOT_OPEN_BEFORE ends with
_PREPOSITIONS = frozenset(["from", "in", "at", "on", "of", "for", "across", "with", "near", "inside", "outside"])
_AUX = frozenset(
    {
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "may", "might", "could", "would",
        "will", "reportedly", "reported", "confirmed", "believed", "feared", "thought", "said", "still", "now",
        "already", "also", "later", "initially", "officially", "all",
    }
)  # fmt: skip
# An active perfect ("have walked", "had worked") says what the counted did; with "been" it is a state.
_PERFECT = frozenset(["have", "has", "had"])
_PASSIVE = frozenset(["been", "being", "be"])
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en)$|(?:held|kept|left|hit|shut|cut|lost|stuck|sent|put|set|caught)$")
_ING = re.compile(r"[a-z]{3,}ing$")

# An amount demanded ("demanded 40 bitcoin", "asked for $2m"): a ransom or another demand, one attribute.
DEMAND_BEFORE = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|ask(?:s|ed|ing)\s+for|sought|seek(?:s|ing)?|want(?:s|ed)?)\s+(?:an?\s+|the\s+)?$", re.I
)

# ------------------------------------------------------------------------------------ measurements
_LENGTH_UNIT = r"(kilomet(?:re|er)s?|km|met(?:re|er)s?|m|feet|foot|ft|miles?)"
_DIMENSION_AFTER = re.compile(
    rf"\s*{_LENGTH_UNIT}\b[\s-]*(?:(deep|underground|below\s+(?:the\s+)?(?:ground|surface|sea\s+level)"
    r"|beneath\s+the\s+(?:surface|ground)|under\s*ground)|(high|tall)|(long))\b",
    re.I,
)
_DIMENSION_BEFORE = re.compile(r"\b(?:a|an|the)\s+(depth|height|length|width)\s+of\s+$", re.I)
_UNIT_AFTER = re.compile(rf"\s*{_LENGTH_UNIT}\b", re.I)
_DIMENSIONS = {"deep": "depth", "high": "height", "long": "length"}
# A margin of victory: "13 seconds ahead of", "a minute clear of", "won by 13 seconds", "margin ... was 13 sec".
_TIME_UNITS = {"s": 1.0, "sec": 1.0, "secs": 1.0, "second": 1.0, "seconds": 1.0, "min": 60.0, "mins": 60.0,
               "minute": 60.0, "minutes": 60.0}  # fmt: skip
_MARGIN_UNIT = re.compile(r"\s*(seconds?|secs?|s|minutes?|mins?)\b\.?", re.I)
_MARGIN_AFTER = re.compile(r"\s+(?:ahead\s+of|clear\s+of|in\s+front\s+of|behind)\b", re.I)
_MARGIN_BEFORE = re.compile(
    r"\b(?:won|wins|win|winning|victory|beat\w*)\s+(?:\w+\s+)?by\s+$|\bmargin\b.*\b(?:was|of)\s+$", re.I
)


def measurement(text: str, m: NumberMatch) -> tuple[Counted, int, float] | None:
    """Depth, height or length of a thing from the word that names the dimension; a winning margin in
    seconds. Returns (counted, end, scale) or None."""
    if m.ordinal or m.unit is not None:
        return None
    unit_m = _MARGIN_UNIT.match(text, m.end)
    if unit_m is not None and (
        _MARGIN_AFTER.match(text, unit_m.end()) or _MARGIN_BEFORE.search(text_before(text, m.start))
    ):
        scale = _TIME_UNITS[unit_m.group(1).lower()]
        return Counted("winning margin (seconds)", "seconds"), unit_m.end(), scale
    d = _DIMENSION_AFTER.match(text, m.end)
    if d is not None:
        what = "depth" if d.group(2) else "height" if d.group(3) else "length"
        unit = _unit_name(d.group(1))
        return Counted(f"{what} ({unit})", unit), d.end(), 1.0
    u = _UNIT_AFTER.match(text, m.end)
    before = _DIMENSION_BEFORE.search(text_before(text, m.start)) if u is not None else None  # only when needed
    if before is not None and u is not None:
        what = before.group(1).lower()
        unit = _unit_name(u.group(1))
        return Counted(f"{what} ({unit})", unit), u.end(), 1.0
    return None


def _unit_name(word: str) -> str:
    w = word.lower()
    if w in ("m",) or w.startswith("met"):
        return "metres"
    if w in ("ft", "feet", "foot"):
        return "feet"
    return "km" if w == "km" or w.startswith("kilo") else "miles"


# ------------------------------------------------------------------------------------ race times
_PREVIOUS = re.compile(r"\b(?:previous|old|former|earlier)\s+(?:\w+\s+)?(?:record|best)\b[^.;]{0,12}$", re.I)
_WIN = re.compile(
    r"\b(?:won|wins|win|winning|victory|triumph\w*)\b|\b(?:new|set|sets|setting|broke)\b[^.;]*\brecord\b", re.I
)
_RECORD = re.compile(r"\brecord\b", re.I)
_TIMED_HEAD = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?)\s+([a-z]+)\b[^,;.]{0,30}\b(?:was|of|in)\s+$"
)
_TIMED_STOP = frozenset(["time", "his", "her", "their", "the", "a", "an", "in", "of", "was", "record", "best"])
# What a window holds (any case) where _PREVIOUS matches, and ends with where _TIMED_HEAD does: tested first.
PREVIOUS_WORDS = ("record", "best")
TIMED_HEAD_ENDS = ("was", "of", "in")


def clock_duration(seconds: float) -> str:
    """ "7541" -> "2:05:41": the key of a race time (h:mm:ss, decimals of a second kept)."""
    whole = int(seconds)
    frac = format(seconds - whole, ".3f").rstrip("0").rstrip(".")[1:] if seconds != whole else ""
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}{frac}"


def race_time(text: str, m: NumberMatch) -> str | None:
    """What an h:mm:ss duration times: "previous record", "winning time", "time of debut"; None for a
    duration the sentence does not name."""
    before = text_before(text, m.start)
    if may_hold(before, PREVIOUS_WORDS) and _PREVIOUS.search(before):
        return "previous record (time)"
    if _WIN.search(before) or _RECORD.search(before[-40:]):
        return "winning time"
    head = _TIMED_HEAD.search(before) if may_end_with(before, TIMED_HEAD_ENDS) else None
    if head is not None and head.group(1) not in _TIMED_STOP and not head.group(1).endswith("ly"):
        return f"time of {head.group(1)}"
    return None


# ------------------------------------------------------------------------------- open noun counts


def singular(word: str) -> str:
    """ "miners" -> miner, "surgeries" -> surgery, "boxes" -> box, "men" -> man."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if re.search(r"(?:ss|x|ch|sh)es$", w):
        return w[:-2]
    return w[:-1] if w.endswith("s") else w


def plural_of(word: str) -> str:
    """The name a plural head noun gets in attributes: lower case ("Miners" -> miners, "men")."""
    return word.lower()


def _words_lower(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)}


# A verb of taking part whose object is an event noun: "39,000 runners from 90 countries started the race".
_PARTICIPATION = re.compile(
    r"(?:\s+(?:from|of)(?:\s+[\w,]+){1,3}?)?\s+(?:started|entered|ran|competed|contested|joined|finished)\b", re.I
)


def _plural_noun(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR:
        return True
    return word.islower() and len(w) > 3 and w.endswith("s") and not _NOT_PLURAL.search(w)


def _unit_like(lex: Lexicon, word: str) -> bool:
    """Units of time, measure, documents and compounds ("points", "members"): they never head an open count."""
    w, one = word.lower(), singular(word)
    units = (lex.time_units, lex.measure_units, lex.document_units, lex.compound_units, lex.scored)
    return any(w in table or one in table for table in units)


def _tokens(text: str, pos: int, limit: int) -> list[tuple[str, int, int]]:
    """Up to ``limit`` words or numbers from ``pos`` while only spaces separate them."""
    out: list[tuple[str, int, int]] = []
    while len(out) < limit:
        t = _GAP_TOKEN.match(text, pos)  # one match per token: this runs for figures of every sentence
        if t is None:
            break
        out.append((t.group(1), t.start(1), t.end(1)))
        pos = t.end()
    return out


@cache
def _states() -> tuple[dict[str, str], frozenset[str]]:
    raw = load_data("counted_nouns.json")["open_states"]
    return dict(raw["synonyms"]), frozenset(raw["changing"])


# Participles that introduce a measure or a list of the counted things, never a state of theirs:
# "3 satellites weighing 186 kg", "12 crates containing", "40 cars carrying".
_NOT_STATE = frozenset(["weighing", "measuring", "costing", "totalling", "totaling", "containing", "including",
                        "carrying", "holding", "worth"])  # fmt: skip


# Words ending like a participle ("-en") that are no verb: "3.3 million viewers ... between 11:45 and 14:00".
_NOT_PARTICIPLES = frozenset({"between", "often", "even", "seven", "eleven", "then", "when", "than", "open", "ten"})


def _state_word(word: str) -> str | None:
    w = word.lower()
    synonyms, _ = _states()
    if w in synonyms:
        return synonyms[w]
    if w in _NOT_STATE or w in _NOT_PARTICIPLES or w in _STOP:
        return None
    if word.islower() and (_PARTICIPLE.fullmatch(w) or _ING.fullmatch(w)):
        return w
    return None


def _known_state(word: str) -> str | None:
    """A state named by a modifier before the noun ("affected patients"): only the states of the data."""
    synonyms, changing = _states()
    state = synonyms.get(word.lower(), word.lower())
    return state if state in changing or word.lower() in synonyms else None


def _state_after(lex: Lexicon, text: str, pos: int) -> tuple[str, int] | None:
    """The participle or verb right after a head noun (after auxiliaries, or one prepositional phrase):
    "were trapped", "may have been accessed", "from 11 countries were stranded", "abstained"."""
    toks = _tokens(text, pos, MAX_PP_WORDS + 6)
    if (need := need_state(toks, 0)) is not None:
        return need
    i = 0
    if toks and toks[0][0].lower() in _PREPOSITIONS:
        j = 1
        while j < len(toks) and j <= MAX_PP_WORDS and toks[j][0].lower() not in _AUX:
            if _state_word(toks[j][0]) and toks[j][0].lower().endswith(("ed", "en")) and j > 1:
                break
            j += 1
        i = j
    first_aux = i
    while i < len(toks) and (toks[i][0].lower() in _AUX or toks[i][0].lower() in lex.auxiliaries):
        i += 1
    if (need := need_state(toks, i)) is not None:
        return need
    aux = {t[0].lower() for t in toks[first_aux:i]}
    if aux & _PERFECT and not aux & _PASSIVE and i < len(toks) and toks[i][0].lower() not in _states()[0]:
        return None  # "140 firefighters had worked through the night": what they did, no state of theirs
    if i < len(toks) and (state := _state_word(toks[i][0])) is not None and not illness_after(text, toks[i][2]):
        if (grave := severity_after(text, toks[i][2])) is not None:  # "treated in critical care": the gravest
            return f"{state} {grave[0]}", grave[1]
        return state, toks[i][2]
    return None


@cache
def _takers() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """Verbs of taking right before a figure ("escaped with 14 pieces" -> stolen), and one name for nouns
    of one kind of thing ("pieces", "items" -> objects)."""
    raw = load_data("counted_nouns.json")["open_states"]
    verbs: dict[str, str] = dict(raw["verbs_before"])
    alternation = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(verbs, key=len, reverse=True))
    pattern = re.compile(rf"\b({alternation})\s+(?:(?:about|some|around|nearly|almost|at\s+least)\s+)?$", re.I)
    return pattern, verbs, dict(raw["noun_synonyms"])


def _state_before(text: str, m: NumberMatch) -> str | None:
    """The state a taking verb right before the figure gives its things: "stole 14 paintings" -> stolen."""
    pattern, verbs, _ = _takers()
    found = pattern.search(text_before(text, m.start))
    if found is None:
        return None
    return verbs[" ".join(found.group(1).lower().split())]


@cache
def _people_nouns() -> frozenset[str]:
    return frozenset(load_data("counted_nouns.json")["people_nouns"])


def _open_counted(noun: str, state: str | None) -> Counted:
    _, changing = _states()
    noun = _takers()[2].get(noun, noun)
    if state is not None and noun in _people_nouns():
        from factcheck.extract.qualifiers import toll_words

        toll = toll_words().get(state)
        if toll is not None:  # "the number of people unaccounted for" is the toll of the missing, whatever the wording
            return Counted(toll, toll, "event", True)
    attribute = f"number of {noun}" + (f" {state}" if state else "")
    return Counted(attribute, noun, "event", state in changing)


def open_count(lex: Lexicon, text: str, m: NumberMatch) -> tuple[Counted, int, int] | None:
    """A figure counting a plural noun phrase the lexicon does not know: "Fourteen climbers were
    stranded" -> "number of climber stranded" (``number of <singular head> [<state>]``), with the end of
    the phrase and the end of the head noun."""
    before = text_before(text, m.start)
    if may_end_with(before, NOT_OPEN_ENDS) and _NOT_OPEN_BEFORE.search(before):
        return None
    toks = _tokens(text, m.end, MAX_OPEN_MODIFIERS + 1)
    if toks and toks[0][0] == "of" and (m.vague or m.surface.lower().endswith(("thousand", "million"))):
        toks = _tokens(text, toks[0][2], MAX_OPEN_MODIFIERS + 1)
    modifiers: list[str] = []
    for word, _start, end in toks:
        if word.lower() in _STOP or word[:1].isdigit():
            return None
        if _plural_noun(word):
            if _unit_like(lex, word):
                return None  # "90 pages", "3 points", "60 members": units and scores, not things counted
            state = next((s for w in modifiers if (s := _known_state(w)) is not None), None)
            after = _state_after(lex, text, end)
            noun_end = end
            if after is not None:
                state, end = after[0], max(end, after[1])
            if state is None:
                state = _state_before(text, m)
            if state is None and word.lower() in _GENERIC and covered_people(text, m.start, m.value):
                state = "affected"  # "239 towns, home to about 6 million people"; "an emergency for six million people"
            if state is None and word.lower() in _GENERIC:
                return None  # "about 2,300 people": whom the sentence does not say
            if _PARTICIPATION.match(text, noun_end) and lex.event_nouns & _words_lower(text[noun_end : end + 60]):
                return Counted("attendance", "people"), end, noun_end  # "300 crews started the regatta"
            return _open_counted(plural_of(word), state), end, noun_end
        modifiers.append(word)
    return None


_OPEN_HEAD = re.compile(
    r"\b(?:number|count|tally|total)\s+of\s+(?:the\s+)?(?:([a-z]+)\s+)?([a-z]+s|men|women|children|people)\b"
    r"(?:\s+(?:whose\s+\w+\s+|who\s+|that\s+)?(?:(?:were|was|are|is|had|have|has)\s+)?(?:been\s+)?([a-z]+(?:ed|en)))?"
)
OPEN_HEAD_NOUNS = ("number", "count", "tally", "total")  # one is in every match of _OPEN_HEAD (case-sensitive)
_LINK = re.compile(
    rf"^(?:\s+[A-Za-z'’-]+){{0,{MAX_OPEN_HEAD_GAP}}}?\s+(?:rose|rises|risen|climbed|jumped|increased|fell|dropped"
    r"|was|is|stood|stands|reached|hit|put|puts|at|to|revised|down\s+to|up\s+to)\b[^,;]{0,40}?\s+$"
)


def open_head_before(text: str, m: NumberMatch) -> tuple[Counted, int] | None:
    """ "The number of tenants evicted ... rose to 40", "put the number of affected patients at 900"."""
    before = text_before(text, m.start)
    if not any(word in before for word in OPEN_HEAD_NOUNS):
        return None  # no search through the window (it tries every position of it) for every figure
    best = None
    for h in _OPEN_HEAD.finditer(before):
        if _LINK.match(before[h.end() :]) or re.fullmatch(r"\s+(?:at|to|was|is|of)\s+", before[h.end() :]):
            best = h
    if best is None or not _plural_noun(best.group(2)):
        return None
    modifier, noun, participle = best.group(1), best.group(2), best.group(3)
    state = _state_word(participle) if participle else None
    if state is None and modifier is not None:
        state = _known_state(modifier)
    return _open_counted(plural_of(noun), state), m.end
