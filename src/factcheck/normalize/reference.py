"""Bundled reference data (people, countries, titles), loaded once from ``factcheck/data``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from anyascii import anyascii

__all__ = [
    "Country",
    "KnownPerson",
    "countries",
    "country_by_word",
    "fold",
    "load_data",
    "people",
    "role_by_form",
    "role_forms",
]


def load_data(name: str) -> Any:
    """A JSON file from ``factcheck/data``."""
    return json.loads(resources.files("factcheck.data").joinpath(name).read_text(encoding="utf-8"))


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
    data = load_data("titles.json")
    return {"honorifics": tuple(data["honorifics"]), "modifiers": tuple(data["modifiers"])}
