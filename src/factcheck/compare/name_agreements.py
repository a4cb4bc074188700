"""Agreements on the spelling of a proper name that is not a person's: a venue, a place, a body, a thing.

The block holds every proper-name spelling of a story (``proper-name.v1``). Spellings that are one name
form a cluster; a cluster that two or more independent sources write is an ``agreement`` (each spelling a
value, so an editor sees every way the outlets put it). One name is keyed several ways by the page and by
the outlets, so spellings join when:

- the keys are equal;
- one is cut by the page: a name that ends its sentence with no full stop after it (a line or the text
  broken off) and is the start of exactly one other name of the story, a word or up to
  :data:`CUT_MAX_LETTERS` letters short ("... near the Velmar Gran" / "the Velmar Grand Hotel"): it is
  counted as that name;
- one is written with its generic head in lower case and the other with the head capitalised ("the
  Ostrava plant" / "the Ostrava Nuclear Power Plant", "the Lisk river" / "the Lisk River"): the text itself
  names the longer name's head right after the shorter one;
- one is the whole end of another, two words or more (:data:`SUFFIX_MIN_WORDS`): the name with its
  owner or place before it, possessive, a gazetteer place or a word no dictionary has ("Kestrel V" / "OL
  Kestrel V", "Vote Board" / "Velmaria's Vote Board"), one owner however many names end so;
- they differ in one place name that the gazetteer lists under one city, in two romanizations or
  national forms (a Ukrainian and a Russian spelling of one town, "Lisova Plant" / "Lesnaya Plant").

Never joined: a name and a longer name whose extra words the text does not write (a city and the beach
town named after it), two names with different words (two hotels), one spelling one letter away from
another (that is a misspelling, :mod:`.spelling`). Left out: people (the person comparison, ``name.v1``,
owns their names, and a family name alone is one of its people), countries (their spelling is fixed:
nothing to check), a lone dictionary word that is no gazetteer place ("the Ministry"), and names
whose spellings are in a spelling conflict.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache

from anyascii import anyascii

from factcheck.compare.context import CompareContext
from factcheck.compare.findings import make_finding
from factcheck.compare.union import UnionFind
from factcheck.compare.values import ValueGroup
from factcheck.models import Claim, Finding, Status
from factcheck.normalize.places import geonames, lookup_place
from factcheck.normalize.reference import country_by_word, word_list
from factcheck.normalize.spelling import PERSON_VARIANT, PROPER_NAMES_KEY, is_known_word, name_words

__all__ = ["CUT_MAX_LETTERS", "PROPER_NAME_AGREEMENT_CONFIDENCE", "name_agreements"]

# Confidence of an agreement on a proper name: the spelling agrees for sure, but the spans are the
# parser's entities and capitalised runs, which glue neighbouring words to a name ("Velmar Tuesday") or
# stop short, and a shared name says nothing yet about what the story says of it; below the 0.7 at which
# a finding is trusted (evaluate.calibration.TRUSTED_CONFIDENCE), as the agreements of a person's name
# read without a cue are.
PROPER_NAME_AGREEMENT_CONFIDENCE = 0.6

# A name cut by the page loses the end of its last word at a line break ("Hote" for "Hotel"); more
# than two letters lost and the cut word may as well be another word ("Gran" is also "Grange").
CUT_MAX_LETTERS = 2

# A generic head written after a name in lower case ("the Ostrava plant"): up to this many lower-case
# words ("nuclear power plant") are looked at, the last being the head noun.
HEAD_MAX_WORDS = 3

# A name of this many words or more that ends one other name of the story is that name with its
# maker, owner or country before it ("the Kestrel V" / "the Orbis Launch Kestrel V", "High Vote Board" /
# "Velmaria High Vote Board"); one word may be two places (a town and the new town named after it), and
# an end two longer names share ("Grand Hotel") joins neither.
SUFFIX_MIN_WORDS = 2

# Words a longer name may have between the shorter one and its lower-case head ("Ostrava Nuclear Power
# Plant" for "the Ostrava plant": two); more is a headline or a sentence run into a name.
HEAD_MAX_BETWEEN = 2

# Gazetteer spellings shorter than this are codes and abbreviations (IATA codes, "Ko"), not names.
ALTERNATE_MIN_LETTERS = 4

_SENTENCE_END = re.compile(r"[.!?…:;)\]\"'’”]\s*$")
_LOWER_WORD = re.compile(r"[a-z][a-z-]*")
_BARE = re.compile(r"^[Tt]he\s+|['’]s?$")
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s+\w")
_OPENING_WORDS = frozenset(word_list("function_words.json", "stopwords"))
_NOT_NAME = re.compile(r"[^a-z0-9' -]+")


def _cut(claim: Claim) -> bool:
    """The name ends its sentence with no punctuation after it: the page broke off there."""
    sentence = claim.evidence.sentence.rstrip()
    return sentence.endswith(claim.evidence.text.rstrip()) and not _SENTENCE_END.search(sentence)


def _cut_of(key: str, longer: Sequence[str], by_key: Collection[str]) -> str | None:
    """The one name of ``longer`` that ``key`` is the cut start of (a whole word or a few letters short)."""
    hits = [
        k
        for k in longer
        if k != key
        and k in by_key
        and k.startswith(key)
        and (k[len(key)] == " " or (" " not in k[len(key) :] and len(k) - len(key) <= CUT_MAX_LETTERS))
    ]
    return hits[0] if len(hits) == 1 else None


def _head_after(claim: Claim) -> tuple[str, ...]:
    """The lower-case words right after the name in its sentence ("plant" in "the Ostrava plant was")."""
    sentence, text = claim.evidence.sentence, claim.evidence.text
    at = sentence.find(text)
    if at < 0:
        return ()
    words = []
    for token in sentence[at + len(text) :].split()[:HEAD_MAX_WORDS]:
        if not _LOWER_WORD.fullmatch(token.rstrip(".,;:!?")):
            break
        words.append(token.rstrip(".,;:!?"))
        if token != words[-1]:
            break
    return tuple(words)


@cache
def _alternates() -> dict[str, frozenset[int]]:
    """Folded spelling -> the gazetteer cities (geonames ids) that are written so: the city's name and
    its alternate names in the Latin script that start with its name's first letter (other scripts and
    historic names are other words)."""
    out: dict[str, set[int]] = {}
    for city in geonames().get_cities().values():
        first = anyascii(city["name"][:1]).lower()
        for alt in (anyascii(city["name"]), *(city.get("alternatenames") or ())):
            # Cheap tests first: some 350,000 spellings, and fold() is a cache the rest of the run shares.
            if len(alt) >= ALTERNATE_MIN_LETTERS and alt.isascii() and alt[:1].lower() == first:
                word = " ".join(_NOT_NAME.sub(" ", alt.lower()).split())
                out.setdefault(word, set()).add(int(city["geonameid"]))
    return {w: frozenset(ids) for w, ids in out.items()}


def _gazetteer_forms(key: str) -> list[str]:
    """The key with one word or run of words that the gazetteer knows as a city replaced by the city's
    id: two keys with one such form differ only in the city's spelling."""
    words = key.split()
    table = _alternates()
    out = []
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 3) + 1):
            for city in table.get(" ".join(words[i:j]), ()):
                out.append(" ".join([*words[:i], f"#{city}", *words[j:]]))
    return out


def _possessive_at(display: str, index: int) -> bool:
    """The word at ``index`` of a name as written is a possessive ("Ana Lisk's Coronation", index 1)."""
    words = display.split()
    return index < len(words) - 1 and words[index].endswith(("'s", "’s"))


def _one_thing(key: str, longer: str, by_key: dict[str, list[Claim]]) -> bool:
    """``longer`` is ``key`` with words and a head noun after it ("ostrava nuclear power plant" for
    "ostrava" + "plant"): one thing unless more than :data:`HEAD_MAX_BETWEEN` words stand between (a
    headline run into a name), the words between make a name of their own, another key of the story or
    a gazetteer city ("the Lisk police" is not "the Lisk Harbour Police" when Lisk Harbour is a town), or
    the longer name is the shorter one's thing ("Ana Lisk's Coronation" is not Ana Lisk)."""
    words = longer.split()
    size = len(key.split())
    if len(words) - size - 1 > HEAD_MAX_BETWEEN:
        return False
    if any(_possessive_at(c.normalized.display, size - 1) for c in by_key[longer]):
        return False
    return all(
        (between := " ".join(words[:n])) not in by_key and between not in _alternates()
        for n in range(size + 1, len(words))
    )


def _owner(lead: str, claims: Sequence[Claim]) -> bool:
    """The words before a name make it the same thing with its owner or place named: a possessive
    ("Velmaria's Vote Board"), a place the gazetteer knows ("Velmaria" as a country, "Lisk" as a city),
    a word no dictionary has (a body's name or initials: "OL", "Orbis-led"), or a sentence's opening
    word run into the name ("In Lisk County"). Ordinary words make another thing named after it: "Radio
    Velmaria" is a station, "District Police Office Lisk" an office, "South Lisk Sea" a part of it."""
    words = lead.split()
    if any(_POSSESSIVE_BEFORE.search(c.normalized.display) for c in claims):
        return True
    if len(words) == 1 and words[0] in _OPENING_WORDS:
        return True
    return any(lookup_place(w.title()) is not None or not is_known_word(w) for w in words)


def _one_lead(leads: Sequence[str]) -> bool:
    """The words before a shared end name one maker or owner: all the same, or one name of two words or
    more and its initials ("orbis launch" and "ol")."""
    distinct = set(leads)
    if len(distinct) == 1:
        return True
    names = [lead for lead in distinct if " " in lead]
    return len(names) == 1 and all(lead == "".join(w[0] for w in names[0].split()) for lead in distinct - {names[0]})


def _groups(claims: Sequence[Claim]) -> dict[str, list[Claim]]:
    """Claims by key, a name cut by the page counted under the name it is the start of."""
    by_key: dict[str, list[Claim]] = {}
    for c in sorted(claims, key=lambda c: (c.source_id, c.evidence.start)):
        bare = _BARE.sub("", c.normalized.display)  # "the Velmar Hotel’s" -> "Velmar Hotel"
        if bare and bare != c.normalized.display:
            c = c.model_copy(update={"normalized": c.normalized.model_copy(update={"display": bare})})
        by_key.setdefault(c.normalized.key, []).append(c)
    by_first: dict[str, list[str]] = {}
    for k in by_key:
        by_first.setdefault(k[:1], []).append(k)
    for key in list(by_key):
        if all(_cut(c) for c in by_key[key]) and (full := _cut_of(key, by_first[key[:1]], by_key)) is not None:
            by_key[full].extend(by_key.pop(key))
    return by_key


def _clusters(by_key: dict[str, list[Claim]]) -> list[list[str]]:
    """Keys that are one name (see the module docstring), each cluster in first-seen order."""
    union = UnionFind(list(by_key))
    longer: dict[tuple[str, str], list[str]] = {}  # (a start of whole words, the last word) -> keys
    ends: dict[str, list[str]] = {}  # an end of two words or more -> the keys that end so
    forms: dict[str, str] = {}
    for key in by_key:
        words = key.split()
        for i in range(1, len(words)):
            longer.setdefault((" ".join(words[:i]), words[-1]), []).append(key)
            if len(words) - i >= SUFFIX_MIN_WORDS:
                ends.setdefault(" ".join(words[i:]), []).append(key)
        for form in _gazetteer_forms(key):
            union.join(forms.setdefault(form, key), key)
    for key, claims in by_key.items():
        for c in claims:
            head = _head_after(c)
            for word in head:
                for other in longer.get((key, word), ()):
                    if _one_thing(key, other, by_key):
                        union.join(key, other)
    for key in by_key:
        owners = [o for o in ends.get(key, ()) if _owner(o[: -len(key) - 1], by_key[o])]
        if owners and _one_lead([o[: -len(key) - 1] for o in owners]):
            for owner in owners:
                union.join(key, owner)
    out: dict[str, list[str]] = {}
    for key in by_key:
        out.setdefault(union.find(key), []).append(key)
    return list(out.values())


@cache
def _countries() -> frozenset[str]:
    return frozenset(" ".join(name_words(w)) for w in country_by_word())


def _persons(key: str, people: Collection[str], family: Collection[str]) -> bool:
    """The key is a person's: a family name alone of a person of the story (not also a city's name,
    "Kherson" after a misread "Russia-occupied Kherson"), or a person's full name with a title or a
    body before it ("Harbour Mayor Ana Lisk")."""
    words = key.split()
    if len(words) == 1:
        return key in family and key not in _alternates()
    return any(" ".join(words[i:]) in people for i in range(len(words) - 1))


def _left_out(
    keys: Sequence[str], by_key: dict[str, list[Claim]], people: Collection[str], family: Collection[str]
) -> bool:
    """A cluster that is a person's (most spellings read as a person's name, or each a family name or a
    titled name of one), or a country's."""
    claims = [c for k in keys for c in by_key[k]]
    marked = sum(c.normalized.base == PERSON_VARIANT for c in claims)
    return 2 * marked > len(claims) or all(
        k in _countries() or _persons(k, people, family) or _common_word(k) for k in keys
    )


def _common_word(key: str) -> bool:
    """One dictionary word that is not a place the gazetteer knows: a capitalised common noun ("the
    State", "the Ministry") that the parser took for a name, nothing whose spelling is in question."""
    return " " not in key and is_known_word(key) and key not in _alternates() and lookup_place(key.title()) is None


def name_agreements(claims: Sequence[Claim], ctx: CompareContext, conflicted: Collection[str]) -> list[Finding]:
    """Agreements on the spellings of proper names (see the module docstring); ``conflicted`` are the
    keys of spellings a spelling conflict holds."""
    by_key = _groups(claims)
    people = {c.normalized.key for cs in by_key.values() for c in cs if c.normalized.base == PERSON_VARIANT}
    family = {p.split()[-1] for p in people}
    out: list[Finding] = []
    for keys in _clusters(by_key):
        groups = [ValueGroup(k, by_key[k]) for k in keys]
        sources = sorted({s for g in groups for s in g.source_ids})
        if ctx.independent(sources) < 2 or any(k in conflicted for k in keys):
            continue
        if _left_out(keys, by_key, people, family):
            continue
        groups.sort(key=lambda g: -ctx.independent(g.source_ids))  # stable: the most written spelling first
        n = ctx.independent(sources)
        spellings = ", ".join(g.display for g in groups)
        out.append(
            make_finding(
                ctx,
                status=Status.AGREEMENT,
                kind="name-agreement",
                subject=groups[0].display,
                subject_key=f"{PROPER_NAMES_KEY}|{groups[0].key}",
                attribute=claims[0].attribute,
                groups=groups,
                explanation=f"{n} independent sources agree on the name {groups[0].display}"
                + (f" (written {spellings}: one name)." if len(groups) > 1 else "."),
                confidence=PROPER_NAME_AGREEMENT_CONFIDENCE,
            )
        )
    return out
