"""Resolving a written name to a known public figure (``data/people.json``), and the keys under which
every spelling of one person meets.

A helper of :mod:`factcheck.normalize.people` (which finds the mentions): :func:`resolve_name` gives the
known person a spelling names, if any, and how (canonical, transliteration, misspelling);
:func:`person_identity` and :func:`person_block` give one key per person whatever the spelling.
"""

from __future__ import annotations

from functools import cache, lru_cache

import jellyfish

from factcheck.normalize.reference import KnownPerson, fold, people
from factcheck.normalize.transliteration import (
    name_parts,
    same_person_spelling,
    translit_key,
)

__all__ = ["family_initials", "known_by_surname", "person_block", "person_identity", "resolve_name", "split_name"]


def split_name(name: str) -> tuple[str, str]:
    """(given names, family name) of a name, folded: the family name is its last word."""
    parts = fold(name).replace("-", " ").split()
    if len(parts) < 2:
        return "", parts[0] if parts else ""
    return " ".join(parts[:-1]), parts[-1]


@cache
def _known_forms() -> dict[str, tuple[KnownPerson, str]]:
    out: dict[str, tuple[KnownPerson, str]] = {}
    for p in people():
        out[fold(p.name)] = (p, "canonical")
        for v in p.variants:
            out.setdefault(fold(v), (p, "transliteration"))
    return out


@cache
def known_by_surname() -> dict[str, tuple[KnownPerson, ...]]:
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


def _initials(name: str) -> frozenset[str]:
    """First letters of the family name as written and under transliteration ("Khamenei": k, h)."""
    return family_initials(name)


@lru_cache(maxsize=1 << 16)
def family_initials(name: str) -> frozenset[str]:
    """The blocking key of a name (cached): the first letters of its family name as written and under
    transliteration ("Khamenei": k, h). Two spellings of one person (:func:`same_person_spelling`) share
    one of them, so names are only tested against names sharing one."""
    return frozenset({split_name(name)[1][:1], split_name(translit_key(name))[1][:1]})


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


def person_identity(name: str) -> str:
    """One key per person whatever the spelling: a known person's canonical name in lower case (as keys
    always were, so report fingerprints stay stable), else the given name's initial and the
    transliteration key of the family name ("k halvorsen" for Katrine and Katrina Lindqvist, "d volhov"
    for Dmitri and Dmitry Volkhov; a misspelling keeps the initial, see :func:`same_person_spelling`)."""
    if " " in name.strip():
        person, _ = resolve_name(name)
        if person is not None:
            return person.name.lower()
    given, surname = split_name(translit_key(name))
    return f"{given[:1]} {surname}".strip()


def person_block(name: str) -> str:
    """A coarse key under which every spelling of one unknown person's full name meets: the initials
    of the given name (its transliteration family) and of the family name (its transliteration key).
    A misspelling keeps both initials (see :func:`same_person_spelling`), Oleksandr Hnatenko and
    Alexander Gnatenko share them; people who merely share the initials are told apart when the
    spellings are compared (:func:`factcheck.compare.entities.name_findings`)."""
    given, surname = name_parts(name)
    return f"{given[:1]} {surname[:1]}".strip()
