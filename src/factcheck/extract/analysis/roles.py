"""Who holds which role in an article, read from the parse; shared by ``role.v1`` and the ages of
"the driver, 45," (the person the article names as the driver).

What (rules, in :func:`person_roles`): the person noun set beside a person's full name --

1. an apposition after the name: "Tom Reedman, commander, ...", "Ana Ruiz, the mission's flight
   director, said" (the noun is the apposition's head, in lower case, singular);
2. a noun right before the name, modifying it: "spacecraft pilot Lena Ortega", "Commander Tom Reedman"
   (singular; a plural "engineers Paul Drake" is a list's heading, not one person's role);
3. a noun the name stands in apposition to: "Acme's chief executive, Tim Ford,", "director Li Wei".

Not read: a name with an official title (``title.v1`` reads "Mayor Jane Roe"); a kinship noun ("the
mother of ..." is a relationship, not a role); a noun with a complement ("head of the agency",
"spokesman for the club": the role is the whole phrase, and a bare "head" agreeing with another "head"
of something else would be a false agreement); a surname alone (which of two people sharing it is
meant is a guess).

Who: the person's identity (:func:`~factcheck.extract.analysis.participants.person_subject`: the given
name's initial and the family name), the key ages use, so that a nickname ("Tom “Tommy” Reedman" is Tom
Reedman) or a short given name meets the full one, and two people sharing a surname stay apart. A
possessor that is a proper name is part of the role ("Acme's director" is not "Zenith's director").

Back from a role to its holder (:func:`role_referent`): "the driver" is the one person the article
names as driver -- with two, or none, it stays unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from factcheck.extract.analysis.participants import person_subject
from factcheck.normalize.reference import fold, title_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from factcheck.extract.base import ArticleContext
    from factcheck.segment import Sentence

__all__ = [
    "ROLE_KEY_PREFIX",
    "RoleMention",
    "aged_role",
    "person_roles",
    "role_holder_before",
    "role_referent",
    "role_subject",
    "without_nickname",
]


@dataclass(frozen=True)
class RoleMention:
    """One role given to one person: where the role is written and who holds it."""

    sentence: Sentence
    start: int
    end: int
    subject: str  # the person's name as shown
    subject_key: str  # the person's identity (see the module docstring)
    key: str  # the compared role: "commander", "chief executive", "director (acme)"
    display: str
    noun: str  # the role's head noun, lower case: what "the <noun>" refers back to


# Kinship nouns among the person nouns: a relationship to someone, not a role the person holds.
KINSHIP = frozenset({"brother", "daughter", "father", "husband", "mother", "sister", "son", "wife"})

# Words before a role noun that make another role ("chief executive", "deputy director"; "former
# commander" is not the commander): part of the compared role. Others ("veteran", "spacecraft") are not.
KEY_MODIFIERS = frozenset({"acting", "assistant", "associate", "chief", "deputy", "former", "interim", "vice"})

# Prepositions whose object completes a role noun ("head of the agency", "spokesman for the club").
COMPLEMENT_PREPOSITIONS = frozenset({"of", "for", "at", "with", "to", "in"})

_WORD = r"[A-Z][\w'’.-]*"
# "Tom “Tommy” Reedman": a given name, a quoted nickname and a family name.
_NICKNAMED = re.compile(rf"(?<![\w-]){_WORD}\s+[\"“]{_WORD}[\"”]\s+{_WORD}(?![\w-])")
_NICKNAME = re.compile(r"\s*[\"“”‘'][^\"“”’']{1,20}[\"“”’']\s*")


def without_nickname(name: str) -> str:
    """The name without a quoted nickname: 'Tom “Tommy” Reedman' -> 'Tom Reedman'."""
    return " ".join(_NICKNAME.sub(" ", name).split())


@cache
def _role_nouns() -> frozenset[str]:
    return frozenset(n.lower() for n in title_words()["person_nouns"]) - KINSHIP


# "The driver, 45, ...": a definite role noun (maybe after one modifier), a comma, then the figure.
_THE_ROLE = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+)?([a-z]+),\s$")
# How far before a figure "the <modifier> <noun>, " may start (characters).
ROLE_BEFORE_WINDOW = 40


# The key prefix of a role no named person holds in the article: "the pilot" of one story is one
# person, but which one is a guess (the claim is not key-resolved).
ROLE_KEY_PREFIX = "role:"
# "the 59-year-old stationmaster", "the 61-year-old ship captain": the words after an age compound.
_AGED_WORDS = re.compile(r"-year-old\s+([a-z]+)(?:\s+([a-z]+))?")


def role_holder_before(ctx: ArticleContext, sentence: Sentence, start: int) -> tuple[str, str] | None:
    """Whose figure ``sentence.text[start:]`` is when a definite role noun stands right before it ("The
    driver, 45, was ..."): the one person the article names with that role, else the role itself when
    it names nobody so (:func:`role_subject`); None when it names several."""
    m = _THE_ROLE.search(sentence.text, max(0, start - ROLE_BEFORE_WINDOW), start)
    if m is None or m.group(1) not in _role_nouns():
        return None
    return _holder_or_role(ctx, m.group(1))


def aged_role(ctx: ArticleContext, sentence: Sentence, end: int) -> tuple[str, str] | None:
    """Whose age a definite "the N-year-old <role>" gives (``end``: the end of the figure): the one
    person the article names with that role, else the role itself when it names nobody so; None when it
    names several, or the noun is no role (a "40-year-old bridge" is a thing's age, a "34-year-old
    woman" nobody's role)."""
    m = _AGED_WORDS.match(sentence.text, end)
    if m is None:
        return None
    first, second = m.group(1), m.group(2)
    roles = _role_nouns()
    # "station master" is the stationmaster; "ship captain" a captain; "captain was" the captain
    candidates = ([first + second, second] if second else []) + [first]
    noun = next((c for c in candidates if c in roles), None)
    if noun is None:
        return None
    return _holder_or_role(ctx, noun)


def role_subject(noun: str) -> tuple[str, str]:
    """(shown subject, key) of a role nobody named holds: "the pilot", ``role:pilot``."""
    return f"the {noun}", f"{ROLE_KEY_PREFIX}{noun}"


def person_roles(ctx: ArticleContext) -> tuple[RoleMention, ...]:
    """Every role the article gives a person with an ordinary noun (rules 1-3 of the module docstring),
    once per person, role and place; cached as :attr:`ArticleContext.person_roles`."""
    out: list[RoleMention] = []
    seen: set[tuple[str, str, int]] = set()
    for sentence, name, (subject, subject_key) in _names(ctx):
        for noun in _role_tokens(name):
            found = _role(noun)
            if found is None:
                continue
            key, display, start, end = found
            if (subject_key, key, start) not in seen:
                seen.add((subject_key, key, start))
                out.append(RoleMention(sentence, start, end, subject, subject_key, key, display, noun.lower_))
    return tuple(out)


def role_referent(ctx: ArticleContext, noun: str) -> tuple[str, str] | None:
    """(shown name, key) of the one person the article gives the role ``noun`` (a head noun, "driver"),
    by an ordinary noun or an official title ("Mayor Jane Roe" for "the mayor"); None when it names
    nobody, or more than one person, so."""
    return _one(_holders(ctx, noun))


def _one(holders: dict[str, str]) -> tuple[str, str] | None:
    """(shown name, key) of the only holder; None when there are none or several."""
    if len(holders) != 1:
        return None
    ((key, subject),) = holders.items()
    return subject, key


# A role noun written for a person the article names by another title: "the monarch" is the one
# "King ..." or "Queen ..." of the story. Title roles folded, as the mentions give them.
_TITLES_OF_NOUN: dict[str, frozenset[str]] = {"monarch": frozenset({"monarch", "king", "queen"})}


def _holders(ctx: ArticleContext, noun: str) -> dict[str, str]:
    """key -> shown name of every person the article gives the role ``noun``."""
    holders: dict[str, str] = {}
    for r in ctx.person_roles:
        if r.noun == noun:
            holders.setdefault(r.subject_key, r.subject)
    titles = _TITLES_OF_NOUN.get(noun, frozenset({noun}))
    for m in ctx.people:
        # a title with one name is a person too ("Queen Ysolde"): the title makes the mention certain
        named = m.full or m.title_text is not None
        if named and m.role is not None and fold(m.role) in titles:
            subject, key = person_subject(m.canonical, m.key)
            holders.setdefault(key, subject)
    return holders


def _holder_or_role(ctx: ArticleContext, noun: str) -> tuple[str, str] | None:
    """The one person the article names with the role ``noun``; the role itself when it names nobody so;
    None when it names two or more (which of them is meant is a guess)."""
    holders = _holders(ctx, noun)
    return _one(holders) if holders else role_subject(noun)


def _names(ctx: ArticleContext) -> Iterator[tuple[Sentence, Span, tuple[str, str]]]:
    """(sentence, parsed name, (shown name, key)) of every full name the article gives without an official
    title: the person mentions (:attr:`ArticleContext.people`), and the names with a quoted nickname no
    full mention covers (the mentions and the parser's entities cut them at the quotes)."""
    for sentence in ctx.sentences:
        span = ctx.parsed_span(sentence.start, sentence.end)
        if span is None:
            continue
        mentions = ctx.people_starting(sentence.start, sentence.end)
        for m in mentions:
            name = ctx.parsed_span(m.start, m.end)
            if m.full and m.role is None and name is not None:
                yield sentence, name, person_subject(m.canonical, m.key)
        full = [m for m in mentions if m.full]
        for nick in _NICKNAMED.finditer(ctx.text, sentence.start, sentence.end):
            name = ctx.parsed_span(nick.start(), nick.end())
            if name is None or any(m.start < nick.end() and nick.start() < m.end for m in full):
                continue
            name_text = without_nickname(nick.group())
            yield sentence, name, person_subject(name_text, name_text.lower())


def _role_tokens(ent: Span) -> Iterator[Token]:
    """Candidate role nouns: the root's appositions after the name (rule 1), the noun the name is in
    apposition to (rule 3), else the word right before the name when it modifies a word of it (rule 2)."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i > ent.end and child.doc[ent.end].text == ",":
            yield child
    if root.dep_ == "appos" and root.head.i < ent.start:
        yield root.head
    elif ent.start > 0:
        before = ent.doc[ent.start - 1]
        if before.head.i in range(ent.start, ent.end) and before.dep_ in ("compound", "nmod", "amod"):
            yield before


def _role(noun: Token) -> tuple[str, str, int, int] | None:
    """(key, display, start, end) of the role a noun gives, or None when it gives none."""
    if noun.lower_ not in _role_nouns() or noun.tag_ not in ("NN", "NNP"):
        return None
    if noun.dep_ == "appos" and not noun.text.islower():
        return None  # "X, Director General of ...": a title the title lists read, or a name
    if any(c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPOSITIONS for c in noun.children):
        return None
    start, end = noun.idx, noun.idx + len(noun.text)
    words = [noun.lower_]
    owner: str | None = None
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and c.lower_ in KEY_MODIFIERS and c.i < noun.i:
            words.insert(0, c.lower_)
            start = min(start, c.idx)
        if c.dep_ == "compound" and c.i < noun.i and c.text.islower():
            start = min(start, c.idx)  # "flight director": the evidence shows it; the key is the head
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            owner = " ".join(t.text for t in c.subtree if t.dep_ != "case")
            start = min(start, c.left_edge.idx)
    key = " ".join(words) if owner is None else f"{' '.join(words)} ({fold(owner)})"
    display = " ".join(words) if owner is None else f"{' '.join(words)} ({owner})"
    return key, display, start, end
