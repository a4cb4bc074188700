"""Bundled reference data (people, countries, titles), loaded once from ``factcheck/data``.

The title patterns built from this data are in :mod:`factcheck.normalize.titles`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from anyascii import anyascii

__all__ = [
    "Country",
    "KnownPerson",
    "countries",
    "country_after",
    "country_by_word",
    "fold",
    "given_names",
    "load_data",
    "nationality_cue",
    "organisation_heads",
    "organisation_suffix",
    "people",
    "role_by_form",
    "role_forms",
    "role_modifiers",
    "surname_ending",
    "title_words",
    "word_list",
    "word_mapping",
    "word_set",
]


def load_data(name: str) -> Any:
    """A JSON file from ``factcheck/data``."""
    return json.loads(resources.files("factcheck.data").joinpath(name).read_text(encoding="utf-8"))


@cache
def word_list(name: str, key: str) -> tuple[str, ...]:
    """The list ``key`` of the data file ``name``, in its order (loaded once)."""
    return tuple(str(w) for w in load_data(name)[key])


@cache
def word_set(name: str, key: str) -> frozenset[str]:
    """The list ``key`` of the data file ``name`` as a set, for membership tests (loaded once)."""
    return frozenset(word_list(name, key))


@cache
def word_mapping(name: str, key: str) -> dict[str, str]:
    """The mapping ``key`` of the data file ``name`` (loaded once; do not change it)."""
    return {str(k): str(v) for k, v in load_data(name)[key].items()}


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name: 'Erdoğan' -> 'erdogan'."""
    s = anyascii(text).lower().replace("’", "'")
    s = re.sub(r"[^a-z0-9' -]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


@dataclass(frozen=True)
class KnownPerson:
    id: str
    name: str
    surname: str
    country: str
    variants: tuple[str, ...]
    alone: bool = False
    roles: tuple[tuple[str, str | None], ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.variants)


@dataclass(frozen=True)
class Country:
    name: str
    adjectives: tuple[str, ...]
    aliases: tuple[str, ...]


@cache
def people() -> tuple[KnownPerson, ...]:
    return tuple(
        KnownPerson(
            p["id"],
            p["name"],
            p["surname"],
            p["country"],
            tuple(p.get("variants", ())),
            bool(p.get("alone")),
            tuple((r["role"], r.get("country")) for r in p.get("roles", ())),
        )
        for p in load_data("people.json")["people"]
    )


@cache
def countries() -> tuple[Country, ...]:
    return tuple(
        Country(c["name"], tuple(c.get("adjectives", ())), tuple(c.get("aliases", ())))
        for c in load_data("countries.json")["countries"]
    )


@cache
def country_by_word() -> dict[str, str]:
    """Every written form of a country (name, adjective, alias) -> its canonical name."""
    out: dict[str, str] = {}
    for c in countries():
        for w in (c.name, *c.adjectives, *c.aliases):
            out[w] = c.name
            if w.startswith("the "):
                out[w[4:]] = c.name
    return out


@cache
def role_by_form() -> dict[str, str]:
    """Lower-cased written form of a role -> canonical role."""
    out: dict[str, str] = {}
    for r in load_data("titles.json")["roles"]:
        for form in r["forms"]:
            out[form.lower()] = r["role"]
    return out


@cache
def role_forms() -> tuple[str, ...]:
    """Every written role form, longest first (so 'Foreign Minister' wins over 'Minister')."""
    forms = {f for r in load_data("titles.json")["roles"] for f in r["forms"]}
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


@cache
def title_words() -> dict[str, tuple[str, ...]]:
    """Word lists of ``titles.json`` besides the roles: honorifics, modifiers, person nouns and the
    role forms matched only as written (``case_sensitive``)."""
    data = load_data("titles.json")
    keys = (
        "honorifics",
        "modifiers",
        "person_nouns",
        "case_sensitive",
        "ranks",
        "portfolio_words",
        "portfolio_modifiers",
    )
    return {key: tuple(data.get(key, ())) for key in keys}


@cache
def role_modifiers() -> dict[str, str]:
    """Lower-cased modifier -> the word it adds to a role ("deputy" -> "Deputy"): a Deputy Governor
    holds another office than the Governor, while "former" or "new" only say when."""
    return {k.lower(): v for k, v in load_data("titles.json").get("role_modifiers", {}).items()}


@cache
def given_names() -> frozenset[str]:
    """Common given names (folded), from ``people.json``."""
    return frozenset(fold(n) for n in load_data("people.json").get("given_names", ()))


@cache
def nationality_adjectives() -> tuple[str, ...]:
    """The adjectives :func:`nationality_cue` knows: a window not ending with one (before its spaces) is
    not searched (a search tries every position of it, for every unknown name)."""
    return tuple(sorted({a for c in countries() for a in c.adjectives if a[:1].isupper() and len(a) > 3}, key=len))


@cache
def nationality_cue() -> re.Pattern[str]:
    """An adjective of nationality right before a name ("the Kenyan X", "Kenyan X"): a person."""
    adjectives = nationality_adjectives()
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(a) for a in reversed(adjectives))})\s+$")


@cache
def country_after() -> re.Pattern[str]:
    """A country named right after a person's name, sports style ("Amos Keter of Kenya"): group ``country``."""
    names = {n.removeprefix("the ") for c in countries() for n in (c.name, *c.aliases) if len(n) > 3}
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\s+of\s+(?:the\s+)?(?P<country>{alternation})(?![\w'’-])")


@cache
def organisation_suffix() -> re.Pattern[str]:
    """A word after a capitalized run that makes it an organisation ("Coast Sound FM"), from
    ``name_stopwords.json``."""
    words = sorted(load_data("name_stopwords.json").get("organisation_suffixes", ()), key=len, reverse=True)
    return re.compile(rf"[ ](?:{'|'.join(re.escape(w) for w in words)})(?![\w])")


@cache
def organisation_heads() -> frozenset[str]:
    """The same words as :func:`organisation_suffix`, as the last word of a name: "Kestrel Maritime
    said" is a company speaking, not a person."""
    return frozenset(load_data("name_stopwords.json").get("organisation_suffixes", ()))


@cache
def surname_ending() -> re.Pattern[str]:
    """A family-name ending at the end of a name ("-ović", "-enko", "-escu"), from ``people.json``."""
    endings = sorted(load_data("people.json")["surname_endings"], key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(e) for e in endings)})$")
