"""Titles and person cues next to a name, as patterns built from ``titles.json`` and ``countries.json``.

"Chilean President X", "the President of Chile, X", "X, the chairman of the commission", "Mines Minister
X": :func:`find_title` reads the role and country a sentence gives a name; :func:`title_patterns` holds
the compiled patterns (built once from :mod:`factcheck.normalize.reference`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.normalize.reference import (
    country_by_word,
    role_by_form,
    role_forms,
    role_modifiers,
    title_words,
)

__all__ = ["TitleMatch", "TitlePatterns", "find_title", "may_cue_before", "title_patterns", "without_portfolio"]


@dataclass(frozen=True)
class TitlePatterns:
    """Regular expressions for a title or another person cue next to a name (groups ``role``,
    ``country``, ``country2``; see :func:`title_patterns`)."""

    before: re.Pattern[str]  # right before the name: "Chilean President ", "President of Chile "
    before_comma: re.Pattern[str]  # "the President of Chile, " / "Chile's newly elected mayor, "
    after: re.Pattern[str]  # apposition: ", the chairman of the commission" / ", Chile's president,"
    # An apposition without a determiner, closed by "of"/"at"/"for": ", chairman of the union,".
    after_bare: re.Pattern[str]
    cue_before: re.Pattern[str]  # a person noun or honorific: "skipper ", "Capt. ", "the defeated candidate, "
    leading_cue: re.Pattern[str]  # such a word or a one-word role starting a capitalized run: "Skipper X"
    # A minister of a portfolio that is not a listed role: "Mines Minister ", "the Minister of Mines and
    # Minerals Development, " (groups ``portfolio``, ``office``, ``country``).
    portfolio_short: re.Pattern[str]
    portfolio_long: re.Pattern[str]
    # "Minister of Mines and " before a capitalized run: the run's first words are still the portfolio.
    portfolio_lead: re.Pattern[str]
    # What the text before a name, trailing spaces and comma stripped and lowered, must end with for
    # ``before`` (a role, a country of "of <country>", a rank) and for ``portfolio_long`` (a portfolio
    # word) to match there: a cheap test that spares most names the patterns' search (see find_title).
    before_ends: tuple[str, ...] = ()
    portfolio_ends: tuple[str, ...] = ()


_DETERMINER = r"(?i:the|its|their|his|her|our)"


def _alternation(words: tuple[str, ...] | list[str] | set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@cache
def _cue_ends() -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = title_words()
    return tuple(w.lower() for w in words["person_nouns"]), tuple(words["honorifics"])


def may_cue_before(before: str) -> bool:
    """False only when ``cue_before`` cannot match ``before``: every match ends with a person noun (any
    case), an honorific or a comma, then whitespace to the end. Tested first: a search tries every position
    of the window (some 50 us on 60 characters, for every unknown name). Text that is not ASCII is always
    searched (some letters match case-insensitively in patterns and not under ``str.lower``)."""
    if not before[-1:].isspace():
        return False
    if not before.isascii():
        return True
    stripped = before.rstrip()
    nouns, honorifics = _cue_ends()
    return stripped.endswith(",") or stripped.lower().endswith(nouns) or stripped.endswith(honorifics)


@cache
def title_patterns() -> TitlePatterns:
    """Title and person-cue patterns from ``titles.json`` and ``countries.json``.

    Role forms match in any case ("Commission chairman", "the president of Chile") except the
    ``case_sensitive`` ones, which are ordinary words in lower case ("general", "chair")."""
    words = title_words()
    country = _alternation(set(country_by_word()))
    sensitive = set(words["case_sensitive"])
    role = (
        rf"(?P<role>(?i:{_alternation([f for f in role_forms() if f not in sensitive])})"
        rf"|{_alternation(sensitive)})"
    )
    modifier = rf"(?:\b(?i:{_alternation(words['modifiers'])})\s+){{0,2}}"
    # A rank between the title and the name ("police spokesman Superintendent X") belongs to neither.
    rank = rf"(?:\s+(?:{_alternation(words['ranks'])}))?"
    bare_ranks = {r.rstrip(".") for r in words["ranks"] if " " not in r}
    of_country = rf"(?:\s+of\s+(?:the\s+)?(?P<country2>{country}))"
    # Where a comma closes the title, "of" may name any body: "the mayor of Porto, X", "the chairman of
    # the commission, X" (the country, when it is one, is kept).
    of_any = (
        rf"(?:\s+of\s+(?:the\s+)?(?:(?P<country2>{country})(?![\w-])"
        rf"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}|[a-z]+))"
    )
    possessor = rf"(?:(?P<country>{country})(?:['’]s)?\s+)"
    nouns = _alternation(words["person_nouns"])
    honorifics = _alternation(words["honorifics"])
    field = rf"(?i:{_alternation(words['portfolio_words'])})"
    portfolio = rf"{field}(?:(?:\s+(?:and|&)|,)?\s+{field}){{0,5}}"
    office = r"(?P<office>(?i:minister|secretary))"
    before_ends = {w.lower() for w in (*role_forms(), *sensitive, *country_by_word(), *words["ranks"])}
    return TitlePatterns(
        before_ends=tuple(sorted(before_ends)),
        portfolio_ends=tuple(sorted({w.lower() for w in words["portfolio_words"]})),
        portfolio_short=re.compile(rf"{modifier}{possessor}?\b(?P<portfolio>{portfolio})\s+{office}\s*,?\s+$"),
        portfolio_long=re.compile(
            rf"{modifier}{possessor}?\b{office}\s+(?:of|for)\s+(?:the\s+)?(?P<portfolio>{portfolio})\s*,?\s+$"
        ),
        portfolio_lead=re.compile(
            rf"\b(?i:minister|ministry|secretary|department)\s+(?:of|for)\s+(?:the\s+)?"
            rf"(?:{field}(?:\s+|,\s+|\s+(?:and|&)\s+))*(?:and|&)?\s*$"
        ),
        before=re.compile(rf"{modifier}{possessor}?\b{role}{of_country}?{rank}\s+$"),
        before_comma=re.compile(
            rf"(?:^|\b{_DETERMINER}\s+|(?P<country0>{country})['’]s\s+|[\w-]+['’]s\s+)"
            rf"{modifier}{possessor}?{role}{of_any}?\s*,\s+$"
        ),
        after=re.compile(
            rf"\s*,\s+(?:(?i:the|an?)\s+|(?P<country0>{country})['’]s\s+|[\w-]+['’]s\s+)"
            rf"{modifier}{possessor}?{role}{of_country}?(?=\s*[,.;:)]|\s+(?:of|in|at|for|and)\b)"
        ),
        after_bare=re.compile(rf"\s*,\s+{modifier}{role}(?=\s+(?:of|at|for)\s)"),
        cue_before=re.compile(
            rf"(?:\b(?i:{nouns})|(?<![\w.])(?:{honorifics}))\s+$"
            rf"|\b{_DETERMINER}\s+(?:[\w-]+\s+){{0,2}}(?i:{nouns}),\s+$"
        ),
        leading_cue=re.compile(
            rf"(?:(?i:{nouns}|{_alternation([f for f in role_forms() if ' ' not in f])})|{honorifics}"
            rf"|{_alternation(bare_ranks)})$"
        ),
    )


@dataclass(frozen=True)
class TitleMatch:
    """A title found next to a name: canonical role, its country, the words as written and their span."""

    role: str
    country: str | None
    text: str
    start: int
    end: int
    display: str | None = None  # the title as news writes it, when it says more than the role


# The longest title form with its country and modifiers ("the newly appointed Deputy Minister of Foreign
# Affairs of the Russian Federation, ") is under 120 characters.
TITLE_WINDOW = 160


def find_title(text: str, start: int, end: int, a: int, b: int) -> TitleMatch | None:
    """The title of the name at ``text[a:b]`` in the sentence ``text[start:end]``: before the name
    ("Chilean President", "the President of Chile,") or in apposition after it (", the chairman of
    the commission")."""
    pats = title_patterns()
    # A title stands right before its name: looking further back only costs time on long sentences.
    start = max(start, a - TITLE_WINDOW)
    before = text[start:a]
    # Each "before" pattern ends at the name (``\s+$``), so what the text ends with says which of them
    # can match at all; searching a pattern from every position costs some 150 us a name.
    spaced = before[-1:].isspace()
    tail = before.rstrip()
    bare = tail.rstrip(",").rstrip().lower()  # the text before ``\s*,?\s+$``
    short = spaced and bare.endswith(("minister", "secretary"))
    long = spaced and bare.endswith(pats.portfolio_ends)
    for pattern in (pats.portfolio_short, pats.portfolio_long):
        m = pattern.search(before) if (short if pattern is pats.portfolio_short else long) else None
        if m is not None:
            found = _portfolio_title(m, start)
            if found is not None:
                return found
    for pattern in (pats.before, pats.before_comma):
        possible = tail.lower().endswith(pats.before_ends) if pattern is pats.before else tail.endswith(",")
        m = pattern.search(before) if spaced and possible else None
        if m is not None:
            # The title ends with the role or its country, before a rank ("spokesman Superintendent X").
            stop = max(m.end("role"), m.end("country2")) if pattern is pats.before else len(before)
            written = before[m.start() : stop].rstrip(" ,\n")
            return _title_match(m, written, start + m.start(), start + m.start() + len(written))
    m = pats.after.match(text, b, end) or pats.after_bare.match(text, b, end)
    if m is not None:
        lead = len(m.group()) - len(m.group().lstrip(" ,\n"))
        return _title_match(m, m.group()[lead:], m.start() + lead, m.end())
    return None


def _title_match(m: re.Match[str], written: str, start: int, end: int) -> TitleMatch | None:
    role = _modified_role(m)
    if role is None:
        return None
    groups = m.groupdict()
    word = groups.get("country") or groups.get("country2") or groups.get("country0")
    country = country_by_word().get(word) if word else None
    return TitleMatch(role, country, written, start, end)


def _modified_role(m: re.Match[str]) -> str | None:
    """The canonical role of a title match, with a role-changing modifier before it ("Deputy
    Governor"); a modifier that forms a listed role with the title is that role ("Vice Premier")."""
    written = m.group("role")
    forms = role_by_form()
    role = forms.get(written.lower())
    if role is None:
        return None
    lead = m.string[m.start() : m.start("role")].lower().split()
    changing = [w for w in lead if w in role_modifiers()]
    if not changing:
        return role
    joined = forms.get(f"{changing[-1]} {written.lower()}")
    if joined is not None:
        return joined
    return f"{role_modifiers()[changing[-1]]} {role}"


def _portfolio_title(m: re.Match[str], offset: int) -> TitleMatch | None:
    """A minister's title with a portfolio: the listed role when the written form or one of its fields
    is one ("Minister of Health and Wellness" -> Health Minister), else the head word of the first field
    ("Minister of Water Development and Sanitation" -> Water Minister; a modifier keeps the next word:
    "Public Works Minister" -> Public Works Minister). The written form is the display when it says more."""
    office = m.group("office").title()
    portfolio = " ".join(m.group("portfolio").split())
    written = m.string[m.start() : m.end()].rstrip(" ,\n")
    role_written = " ".join(written[min(m.start("portfolio"), m.start("office")) - m.start() :].split())
    fields = re.split(r"\s*(?:,|\band\b|&)\s*", portfolio)
    words = fields[0].split()
    head = " ".join(words[:2] if words[0].lower() in _portfolio_modifiers() else words[:1])
    forms = role_by_form()
    candidates = [role_written] + [
        f for x in (*fields, head) for f in (f"{x} {office}", f"{office} of {x}", f"{office} for {x}")
    ]
    role = next((forms[c.lower()] for c in candidates if c.lower() in forms), None)
    if role is None:
        if office == "Secretary" and head.lower() == "state":
            return None
        role = f"{head.title()} {office}"
    modifier = [w for w in m.string[m.start() : m.start("portfolio")].lower().split() if w in role_modifiers()]
    if modifier:
        role = f"{role_modifiers()[modifier[-1]]} {role}"
    display = None if head == portfolio else role_written
    word = m.groupdict().get("country")
    country = country_by_word().get(word) if word else None
    return TitleMatch(role, country, written, offset + m.start(), offset + m.start() + len(written), display)


@cache
def _portfolio_modifiers() -> frozenset[str]:
    return frozenset(w.lower() for w in title_words()["portfolio_modifiers"])


# ---------------------------------------------------------------- name boundaries next to titles


@cache
def _portfolio_words() -> frozenset[str]:
    return frozenset(w.lower() for w in title_words()["portfolio_words"])


def without_portfolio(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A run after "Minister of Mines and" starts with the rest of the portfolio ("Minerals Development
    Charity Banda"): its portfolio words are the title's, not the name's."""
    # Nothing is dropped unless the run's first word is a portfolio word: only then is the lead searched
    # for (a search of 120 characters before every capitalised run cost a tenth of finding people).
    if len(tokens) < 2 or text[tokens[0][0] : tokens[0][1]].lower() not in _portfolio_words():
        return tokens
    if title_patterns().portfolio_lead.search(text, max(0, tokens[0][0] - 120), tokens[0][0]) is None:
        return tokens
    out = list(tokens)
    while len(out) > 1 and text[out[0][0] : out[0][1]].lower() in _portfolio_words():
        out.pop(0)
    return out
