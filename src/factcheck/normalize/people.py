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
from dataclasses import dataclass
from functools import cache

import jellyfish

from factcheck.normalize.reference import (
    KnownPerson,
    country_by_word,
    fold,
    load_data,
    people,
    role_by_form,
    role_forms,
    title_words,
)
from factcheck.segment import Sentence

__all__ = [
    "GIVEN_NAME_SIMILARITY",
    "PersonMention",
    "find_people",
    "resolve_name",
    "same_person_spelling",
    "translit_key",
]

# Jaro-Winkler similarity above which two given names with the same surname are taken as one
# person spelt two ways (Anthony/Antony 0.94, Vladmir/Vladimir 0.97, Sergei/Sergey 0.92); different
# names of different people stay below it (John/Jane 0.70, Sergei/Andrei 0.78, Maria/Mario 0.88 is
# above, which is why a known-people list beats this rule when both exist).
GIVEN_NAME_SIMILARITY = 0.9
# Surnames must be this close to count as one family name misspelt (Zelensky/Zelenskyy 0.97).
SURNAME_SIMILARITY = 0.93


@dataclass(frozen=True)
class PersonMention:
    """One mention of a person in the clean text."""

    start: int
    end: int
    text: str
    canonical: str  # the name to show: known canonical spelling, or as written for unknown people
    key: str  # person id ("antony-blinken") or "unknown:<folded surname>"
    known: bool
    variant: str  # canonical | transliteration | misspelling | unknown | surname
    full: bool  # the mention has given name and surname
    role: str | None = None  # canonical role from a title next to the name
    country: str | None = None  # country of that title
    title_text: str | None = None
    title_start: int | None = None


# ---------------------------------------------------------------- transliteration and matching

_TRANSLIT_RULES: tuple[tuple[str, str], ...] = (
    # Romanizations of one Cyrillic/Arabic/Chinese spelling (BGN, ISO, press styles).
    (r"ey\b", "ei"),
    (r"ej\b", "ei"),
    (r"iy\b", "y"),
    (r"yy\b", "y"),
    (r"ii\b", "y"),
    (r"iy", "i"),
    (r"kh", "h"),
    (r"yu", "iu"),
    (r"ya", "ia"),
    (r"yo", "io"),
    (r"dzh", "j"),
    (r"zh", "j"),
    (r"tz", "ts"),
    (r"ou", "u"),
    (r"w", "v"),
    (r"ph", "f"),
    (r"\b(el|al|ul)[- ]", ""),
)


def translit_key(name: str) -> str:
    """A key equal for transliteration variants of one name: 'Sergey' and 'Sergei' share it,
    'Anthony' and 'Antony' do not (an inserted 'h' is a spelling, not a romanization)."""
    s = fold(name).replace("-", " ").replace("'", "")
    for pattern, repl in _TRANSLIT_RULES:
        s = re.sub(pattern, repl, s)
    return re.sub(r"\s+", " ", s).strip()


def _split(name: str) -> tuple[str, str]:
    parts = fold(name).replace("-", " ").split()
    if len(parts) < 2:
        return "", parts[0] if parts else ""
    return " ".join(parts[:-1]), parts[-1]


def same_person_spelling(a: str, b: str) -> str | None:
    """How two full names relate when they could be one person: "same", "transliteration",
    "misspelling"; None when they are (or may be) different people."""
    if fold(a) == fold(b):
        return "same"
    if translit_key(a) == translit_key(b):
        return "transliteration"
    given_a, sur_a = _split(a)
    given_b, sur_b = _split(b)
    if not given_a or not given_b:
        return None
    if sur_a != sur_b and jellyfish.jaro_winkler_similarity(sur_a, sur_b) < SURNAME_SIMILARITY:
        return None
    if given_a[:1] != given_b[:1]:
        return None
    if given_a == given_b or jellyfish.jaro_winkler_similarity(given_a, given_b) >= GIVEN_NAME_SIMILARITY:
        return "misspelling"
    return None


@cache
def _known_forms() -> dict[str, tuple[KnownPerson, str]]:
    out: dict[str, tuple[KnownPerson, str]] = {}
    for p in people():
        out[fold(p.name)] = (p, "canonical")
        for v in p.variants:
            out.setdefault(fold(v), (p, "transliteration"))
    return out


@cache
def _known_by_surname() -> dict[str, tuple[KnownPerson, ...]]:
    out: dict[str, list[KnownPerson]] = {}
    for p in people():
        out.setdefault(fold(p.surname), []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _forms_by_initial() -> dict[str, tuple[tuple[KnownPerson, str], ...]]:
    """Known spellings keyed by the first letter of their last word: a misspelling keeps the first
    letter of the family name (checked in :func:`same_person_spelling`), so only these can match."""
    out: dict[str, list[tuple[KnownPerson, str]]] = {}
    for p in people():
        for form in p.forms:
            for initial in _initials(form):
                out.setdefault(initial, []).append((p, form))
    return {k: tuple(v) for k, v in out.items()}


def _initials(name: str) -> set[str]:
    """First letters of the family name as written and under transliteration ("Khamenei": k, h)."""
    return {_split(name)[1][:1], _split(translit_key(name))[1][:1]}


@cache
def resolve_name(name: str) -> tuple[KnownPerson | None, str]:
    """The known person a full name refers to, and how it is spelt (see module docstring)."""
    hit = _known_forms().get(fold(name))
    if hit is not None:
        return hit
    candidates: list[tuple[float, KnownPerson, str]] = []
    index = _forms_by_initial()
    seen: set[str] = set()
    for initial in _initials(name):
        for p, form in index.get(initial, ()):
            if form in seen:
                continue
            seen.add(form)
            relation = same_person_spelling(name, form)
            if relation is None:
                continue
            variant = "transliteration" if relation == "transliteration" else "misspelling"
            score = jellyfish.jaro_winkler_similarity(fold(name), fold(form))
            candidates.append((score, p, variant))
    if not candidates:
        return None, "unknown"
    candidates.sort(key=lambda c: -c[0])
    best = candidates[0]
    if len({c[1].id for c in candidates if c[0] == best[0]}) > 1:
        return None, "unknown"  # two known people equally close: never guess
    return best[1], best[2]


# ---------------------------------------------------------------- finding mentions

_NAME_TOKEN = r"[A-Z][a-zA-Z'’\-]*[a-z][a-zA-Z'’\-]*|[A-Z]\.(?:[A-Z]\.)?"
_PARTICLE = r"(?:bin|ibn|al|el|van|von|der|den|de|da|del|di|la|le|dos|das)"
_NAME = re.compile(rf"(?<![\w’'])(?:{_NAME_TOKEN})(?:[ ](?:{_PARTICLE}[ -])?(?:{_NAME_TOKEN})){{0,7}}(?![\w])")
_SPEECH_AFTER = re.compile(r"^\s*,?\s*(?:said|says|told|added|wrote|warned|stated|noted|explained|argued|claimed)\b")
_SPEECH_BEFORE = re.compile(r"(?:said|says|according to|told|by|added|wrote)\s*$")
_APPOSITION = re.compile(r"^,\s+(?:a|an|the)\s+[a-z]")


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(load_data("name_stopwords.json")["words"])


@cache
def _title_pattern() -> re.Pattern[str]:
    countries = sorted(country_by_word(), key=lambda w: -len(w))
    country_alt = "|".join(re.escape(c) for c in countries)
    roles = "|".join(re.escape(f) for f in role_forms())
    modifiers = "|".join(re.escape(m) for m in title_words()["modifiers"])
    return re.compile(
        rf"(?:\b(?:{modifiers})\s+)?"
        rf"(?:(?P<country>{country_alt})(?:['’]s)?\s+)?"
        rf"(?P<role>{roles})\s+(?:of\s+(?P<country2>{country_alt})\s+)?$"
    )


_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+counterparts?,?\s+$")


def _candidate_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Capitalized-token runs, cut at stopwords (sentence-initial 'The', 'Council', weekdays...)."""
    out: list[tuple[int, int]] = []
    stop = _stopwords()
    countries = country_by_word()
    for m in _NAME.finditer(text, start, end):
        tokens = [(t.start() + m.start(), t.end() + m.start()) for t in re.finditer(r"\S+", m.group())]
        run: list[tuple[int, int]] = []
        for a, b in [*tokens, (-1, -1)]:
            word = re.sub(r"['’]s?$", "", text[a:b]) if a >= 0 else ""
            bad = a < 0 or word in stop or word in countries
            if bad:
                if run:
                    out.append((run[0][0], run[-1][1]))
                run = []
            else:
                run.append((a, b))
    return out


def _strip_possessive(text: str, a: int, b: int) -> int:
    if text[a:b].endswith(("'s", "’s")):
        return b - 2
    if text[a:b].endswith(("'", "’")):
        return b - 1
    return b


def _title_before(text: str, sentence: Sentence, a: int) -> tuple[str | None, str | None, str | None, int | None]:
    before = text[sentence.start : a]
    m = _title_pattern().search(before)
    if m is not None:
        role = role_by_form().get(m.group("role").lower())
        word = m.group("country") or m.group("country2")
        country = country_by_word().get(word) if word else None
        return role, country, m.group(0).strip(), sentence.start + m.start()
    return None, None, None, None


def find_people(text: str, sentences: list[Sentence]) -> list[PersonMention]:
    """Every person mention in ``text`` (within ``sentences``), in text order."""
    mentions: list[PersonMention] = []
    by_surname: dict[str, PersonMention] = {}
    last_role: tuple[str | None, str | None] = (None, None)
    for sentence in sentences:
        for a, b in _candidate_spans(text, sentence.start, sentence.end):
            b = _strip_possessive(text, a, b)
            if b <= a:
                continue
            name = text[a:b]
            tokens = name.split()
            role, country, title_text, title_start = _title_before(text, sentence, a)
            counterpart = _COUNTERPART.search(text[sentence.start : a])
            if role is None and counterpart is not None and last_role[0] is not None:
                role = last_role[0]
                country = country_by_word().get(counterpart.group("country"))
                title_text = counterpart.group(0).strip()
                title_start = sentence.start + counterpart.start()
            mention = _resolve(text, sentence, a, b, name, tokens, by_surname, role is not None)
            if mention is None:
                continue
            if role is not None:
                mention = PersonMention(
                    **{
                        **mention.__dict__,
                        "role": role,
                        "country": country,
                        "title_text": title_text,
                        "title_start": title_start,
                    }
                )
                last_role = (role, country)
            mentions.append(mention)
            if mention.full:
                by_surname.setdefault(_split(name)[1], mention)
                for p in people():
                    if mention.key == p.id:
                        by_surname.setdefault(fold(p.surname), mention)
    return mentions


def _resolve(
    text: str,
    sentence: Sentence,
    a: int,
    b: int,
    name: str,
    tokens: list[str],
    by_surname: dict[str, PersonMention],
    titled: bool,
) -> PersonMention | None:
    if len(tokens) >= 2:
        person, variant = resolve_name(name)
        if person is not None:
            return PersonMention(a, b, name, person.name, person.id, True, variant, True)
        if not (titled or _has_person_cue(text, sentence, a, b)):
            return None
        surname = _split(name)[1]
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
    known = _known_by_surname().get(folded, ())
    if len(known) == 1 and (titled or known[0].alone):
        p = known[0]
        return PersonMention(a, b, name, p.name, p.id, True, "surname", False)
    return None


def _has_person_cue(text: str, sentence: Sentence, a: int, b: int) -> bool:
    after = text[b : min(sentence.end, b + 40)]
    before = text[max(sentence.start, a - 20) : a]
    return bool(_SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before) or _APPOSITION.match(after))
