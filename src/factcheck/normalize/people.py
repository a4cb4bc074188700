"""People: find name mentions with their titles, and resolve them to a person.

A mention is resolved in this order:

1. a spelling listed for a known public figure (``data/people.json``): canonical name or a listed
   variant (a transliteration such as Sergei/Sergey) -> that person, ``variant`` "canonical" or
   "transliteration";
2. a close spelling of a known figure (same surname, given name within :data:`GIVEN_NAME_SIMILARITY`)
   that is not listed -> that person, ``variant`` "misspelling" (Anthony Blinken for Antony Blinken),
   unless the two forms are the same under transliteration rules (:func:`translit_key`);
3. a surname alone (or a known alias) after the full name in the same article -> that person;
4. any other full name with a person cue (a title, an apposition, a speech verb) -> an unknown person
   whose key is the folded surname; the comparison stage links unknown people across articles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from factcheck.normalize.known_people import (
    family_initials,
    known_by_surname,
    person_block,
    person_identity,
    resolve_name,
    split_name,
)
from factcheck.normalize.person_cues import has_person_cue, is_place, joins_known_people
from factcheck.normalize.reference import (
    country_by_word,
    fold,
    load_data,
    organisation_heads,
    organisation_suffix,
    people,
)
from factcheck.normalize.titles import TitleMatch, find_title, title_patterns, without_portfolio
from factcheck.normalize.transliteration import (
    GIVEN_NAME_SIMILARITY,
    same_person_spelling,
    short_surname_slip,
    translit_key,
)
from factcheck.segment import Sentence, title_abbreviations

__all__ = [
    "GIVEN_NAME_SIMILARITY",
    "PersonMention",
    "family_initials",
    "find_people",
    "person_block",
    "person_identity",
    "resolve_name",
    "same_person_spelling",
    "short_surname_slip",
    "translit_key",
]


@dataclass(frozen=True)
class PersonMention:
    """One mention of a person in the clean text."""

    start: int
    end: int
    text: str
    canonical: str  # the name to show: known canonical spelling, or as written for unknown people
    key: str  # person id ("antony-blinken") or "unknown:<folded surname>"
    known: bool
    variant: str  # canonical | transliteration | misspelling | unknown | surname (or a titled given name)
    full: bool  # the mention has given name and surname
    role: str | None = None  # canonical role from a title next to the name
    country: str | None = None  # country of that title
    title_text: str | None = None
    title_start: int | None = None
    title_end: int | None = None  # end of the title: the name's end, or later for an apposition
    role_display: str | None = None  # the title as written when it says more than the role (a portfolio)


# ---------------------------------------------------------------- finding mentions


def _letters(upper: bool) -> str:
    """Latin letters with diacritics (Latin-1 to Latin Extended-B, Latin Extended Additional) of one case."""
    chars = [chr(c) for r in (range(0xC0, 0x250), range(0x1E00, 0x1F00)) for c in r]
    return "".join(c for c in chars if (c.isupper() if upper else c.islower()))


_UP = "A-Z" + _letters(upper=True)
_LOW = "a-z" + _letters(upper=False)
_NAME_TOKEN = rf"[{_UP}][{_UP}{_LOW}'’\-]*[{_LOW}][{_UP}{_LOW}'’\-]*|[{_UP}]\.(?:[{_UP}]\.)?"
_PARTICLE = r"(?:bin|ibn|al|el|van|von|der|den|de|da|del|di|la|le|dos|das)"
# Tokens of one name are separated by a space or a single line break (hard-wrapped text).
_GAP = r"(?:[ ]|\n(?!\n))"
_NAME = re.compile(rf"(?<![\w’'])(?:{_NAME_TOKEN})(?:{_GAP}(?:{_PARTICLE}[ -])?(?:{_NAME_TOKEN})){{0,7}}(?![\w])")
# A name of more tokens than this is a headline or an organisation, not a person.
MAX_NAME_TOKENS = 4
# A line whose longer words (4+ letters, so "of", "the", "and" do not count) are capitalized at least
# this often is a Title Case headline ("Storm Hits Coastal Towns"): 0.75 leaves news sentences with
# two titled names in them (about 0.6) alone. Only lines with TITLE_CASE_MIN_WORDS such words count.
TITLE_CASE_SHARE = 0.75
TITLE_CASE_MIN_WORDS = 4
# A line that starts like a byline and is no longer than this is one (a sentence opening "By the end of
# the day, Mayor X said ..." runs longer, and does not start with a capitalized name after "By").
BYLINE_MAX_CHARS = 100
_BYLINE = re.compile(
    r"\s*\(?(?:(?:By|BY)\s+[A-Z][\w’'.-]+\s+[A-Z]|(?:Reporting|Writing|Editing|Additional reporting)\s+by\b)"
)
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(load_data("name_stopwords.json")["words"])


_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+counterparts?,?\s+$")


# Compiled once: _candidate_spans runs for every sentence, and a pattern given as a string is looked up in
# the re module's cache on every call.
_NON_SPACE = re.compile(r"\S+")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _candidate_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Capitalized-token runs, cut at stopwords (sentence-initial 'The', 'Council', weekdays...) and
    without leading person nouns or honorifics ("Skipper Ivana Matić" -> "Ivana Matić")."""
    out: list[tuple[int, int]] = []
    stop = _stopwords()
    countries = country_by_word()
    leading = title_patterns().leading_cue
    for m in _NAME.finditer(text, start, end):
        tokens = [(t.start() + m.start(), t.end() + m.start()) for t in _NON_SPACE.finditer(m.group())]
        tokens = without_portfolio(text, tokens)
        run: list[tuple[int, int]] = []
        padded = [*tokens, (-1, -1)]
        for i, (a, b) in enumerate(padded):
            word = _POSSESSIVE_END.sub("", text[a:b]) if a >= 0 else ""
            abbreviated = a >= 0 and f"{text[a:b].rstrip('.')}." in title_abbreviations()  # "Hawaii Gov. Jane Roe"
            bad = (
                a < 0
                or abbreviated
                or word in stop
                or word in countries
                or (not run and leading.match(word) is not None and not _family_first(text, padded, i))
            )
            if bad:
                if run:
                    out.append((run[0][0], _strip_possessive(text, run[0][0], run[-1][1])))
                run = []
            else:
                run.append((a, b))
                if text[a:b].endswith(("'s", "’s", "s'", "s’")):  # "Lionel Messi's Inter Miami": the name ends
                    out.append((run[0][0], b - (2 if text[b - 1] == "s" else 1)))
                    run = []
    return [(a, b) for a, b in out if b > a]


# A romanized given name of two syllables joined by a hyphen, the second in lower case ("Je-han",
# "Min-jae"): written after the family name, which may be a person noun ("Son Je-han" is no son).
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _family_first(text: str, tokens: Sequence[tuple[int, int]], i: int) -> bool:
    """Whether token ``i`` is a family name written first, before a hyphenated given name, rather than a
    person noun or honorific leading a name ("Son Je-han", not "Skipper Ivana Matić")."""
    a, b = tokens[i + 1] if i + 1 < len(tokens) else (-1, -1)
    return a >= 0 and _HYPHENATED_GIVEN.fullmatch(_POSSESSIVE_END.sub("", text[a:b])) is not None


def _strip_possessive(text: str, a: int, b: int) -> int:
    if text[a:b].endswith(("'s", "’s")):
        return b - 2
    if text[a:b].endswith(("'", "’")):
        return b - 1
    return b


def _with_parser(text: str, a: int, b: int, recognised: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """A candidate name checked against the parser's person entities: words before a person it tags are
    a place or a title glued to the name ("Canterbury Jane Roe" -> "Jane Roe"); a run across a line break
    is two lines, no name (None). (The small pipeline tags too many foreign names as organisations or
    places for those tags to rule a name out.)"""
    if "\n" in text[a:b]:
        return None
    inner = [(x, y) for x, y in recognised if a < x < y == b and " " in text[x:y]]
    return inner[0] if inner else (a, b)


def find_people(
    text: str,
    sentences: list[Sentence],
    recognised: Sequence[tuple[int, int]] = (),
    places: Sequence[tuple[int, int]] = (),
    organisations: Sequence[tuple[int, int]] = (),
) -> list[PersonMention]:
    """Every person mention in ``text`` (within ``sentences``), in text order. ``recognised``: spans the
    statistical parser tagged as persons; a full name inside one is a person's without another cue, and
    words glued before it are no part of the name (see :func:`_with_parser`). ``places``: spans it tagged
    as places or buildings; a name inside one needs a title to be a person's (an apposition or a speech
    verb after it, "Port Alden, the agency said", are no cue there). ``organisations``: spans it tagged
    as organisations ending in an organisation's head word (``Kestrel People's Party``); a name inside
    one is no person's (other organisation tags are not trusted: the small pipeline tags many foreign
    personal names as organisations)."""
    spans = []
    for s in sentences:
        for a, b in _candidate_spans(text, s.start, s.end):
            if _in_byline(text, a):
                continue
            checked = _with_parser(text, a, b, recognised)
            if checked is None and resolve_name(" ".join(text[a:b].split()))[0] is None:
                continue
            spans.append((s, *(checked or (a, b))))
    # Words written alone somewhere in the article: a full name whose surname is one of them is a person
    # named again by surname ("Dmitry Volkhov ... Volkhov said") -- organisations and places rarely are.
    lone = {fold(text[a:b]) for _s, a, b in spans if " " not in text[a:b] and "\n" not in text[a:b]}
    mentions: list[PersonMention] = []
    by_surname: dict[str, PersonMention] = {}
    by_given: dict[str, PersonMention] = {}  # titled people by given name, when the article has one such
    sole_given = _sole_given_names(text, spans)
    last_role: tuple[str | None, str | None] = (None, None)
    for sentence, a, b in spans:
        name = text[a:b]
        tokens = name.split()
        if organisation_suffix().match(text, b) or tokens[-1] in organisation_heads():
            continue  # "Coast Sound FM", "Kestrel Maritime said": a broadcaster, a company, not a person
        if any(x <= a and b <= y for x, y in organisations):
            continue
        title = find_title(text, sentence.start, sentence.end, a, b)
        role, country = (title.role, title.country) if title is not None else (None, None)
        counterpart = _COUNTERPART.search(text[sentence.start : a])
        if title is None and counterpart is not None and last_role[0] is not None:
            role = last_role[0]
            country = country_by_word().get(counterpart.group("country"))
            start = sentence.start + counterpart.start()
            title = TitleMatch(role, country, counterpart.group(0).strip(), start, a)
        tagged = any(x <= a and b <= y for x, y in recognised)
        placed = not tagged and any(x <= a and b <= y for x, y in places)
        cued = title is not None or (
            len(tokens) >= 2 and (tagged or has_person_cue(text, sentence, a, b, lone, placed))
        )
        headline = _is_title_case(sentence.text)
        mention = _resolve(a, b, name, tokens, by_surname, cued, title is not None, headline)
        if mention is None and len(tokens) == 1 and fold(name) in by_given and not headline:
            earlier = by_given[fold(name)]
            mention = PersonMention(a, b, name, earlier.canonical, earlier.key, earlier.known, "surname", False)
        if mention is None:
            continue
        if title is not None:
            mention = replace(
                mention,
                role=role,
                country=country,
                title_text=title.text,
                title_start=title.start,
                title_end=title.end,
                role_display=title.display,
            )
            last_role = (role, country)
        mentions.append(mention)
        if mention.full:
            by_surname.setdefault(split_name(name)[1], mention)
            given = fold(tokens[0])
            if mention.role is not None and given in sole_given and given not in by_surname:
                by_given.setdefault(given, mention)
            for p in people():
                if mention.key == p.id:
                    by_surname.setdefault(fold(p.surname), mention)
    return mentions


def _sole_given_names(text: str, spans: Sequence[tuple[Sentence, int, int]]) -> frozenset[str]:
    """First words of full names that go with one family name only in the article: a ruler or a
    cleric introduced with title and full name ("King Aldric Venn") is named again by given name alone
    ("Aldric said"), which is his only when no other name in the article begins with it."""
    lasts: dict[str, set[str]] = {}
    for _s, a, b in spans:
        words = text[a:b].split()
        if len(words) >= 2:
            lasts.setdefault(fold(words[0]), set()).add(fold(words[-1]))
    return frozenset(g for g, ls in lasts.items() if len(ls) == 1)


def _resolve(
    a: int,
    b: int,
    name: str,
    tokens: list[str],
    by_surname: dict[str, PersonMention],
    cued: bool,
    titled: bool,
    headline: bool = False,
) -> PersonMention | None:
    if len(tokens) >= 2:
        person, variant = resolve_name(name)
        if person is not None:
            return PersonMention(a, b, name, person.name, person.id, True, variant, True)
        if not cued or len(tokens) > MAX_NAME_TOKENS or headline or joins_known_people(name):
            return None
        surname = split_name(name)[1]
        earlier = by_surname.get(surname)
        if earlier is not None and not earlier.known:
            relation = same_person_spelling(name, earlier.text)
            if relation is None:
                return PersonMention(a, b, name, name, f"unknown:{fold(name)}", False, "unknown", True)
        return PersonMention(a, b, name, name, f"unknown:{surname}", False, "unknown", True)
    folded = fold(name)
    earlier = by_surname.get(folded)
    if earlier is not None:
        return PersonMention(a, b, name, earlier.canonical, earlier.key, earlier.known, "surname", False)
    known = known_by_surname().get(folded, ())
    if len(known) == 1 and (titled or known[0].alone):
        p = known[0]
        return PersonMention(a, b, name, p.name, p.id, True, "surname", False)
    if titled and not headline and not is_place(name):
        # An official title before one name is a person however little of the name is given: a ruler
        # or cleric goes by title and given name ("Queen Ysolde", "Pope Anselm"), an office-holder by
        # title and surname ("President Okoro"). Keyed like an unknown surname, so "King Osric" and
        # "King Aldric" stay two people; not full (no given name and surname), so it makes no
        # name-spelling claim of its own.
        return PersonMention(a, b, name, name, f"unknown:{folded}", False, "unknown", False)
    return None


def _in_byline(text: str, pos: int) -> bool:
    """The offset lies on a byline or credit line ("By Ana Ruiz | 10:40 CET", "(Reporting by X; Editing
    by Y)"): the writers are page furniture, not people in the story."""
    # Only BYLINE_MAX_CHARS around ``pos`` are read for the line's ends: a page flattened to one line was
    # copied whole once per name (quadratic). A line whose ends lie further away is no byline.
    low = max(0, pos - BYLINE_MAX_CHARS - 1)
    newline = text.rfind("\n", low, pos)
    if newline == -1 and low > 0:
        return False
    start = newline + 1
    high = start + BYLINE_MAX_CHARS + 1
    end = text.find("\n", pos, high)
    if end == -1 and high < len(text):
        return False
    line = text[start : end if end != -1 else len(text)]
    return len(line) <= BYLINE_MAX_CHARS and _BYLINE.match(line) is not None


@cache
def _is_title_case(line: str) -> bool:
    """A Title Case headline: unknown people are not looked for in it (every word looks like a name).
    A sentence that ends like one ("... met Prime Minister Katrine Lindqvist.") is not a headline, nor is
    a clause the segmenter cut at a semicolon or comma: a list of victims ("They are Ana Ruiz, 54; Ole
    Berg, 61;") is capitalized word by word, yet a headline never ends in one."""
    words = _LONG_WORD.findall(line)
    if len(words) < TITLE_CASE_MIN_WORDS or line.rstrip().endswith((".", "!", "”", '"', "'", ";", ",")):
        return False
    return bool(sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words))
