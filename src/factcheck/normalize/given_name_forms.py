"""Two spellings of one given name that are one name: a short form (Alex/Alexander), a short vowel
romanized two ways (Hamid/Hamed), or one inner letter slipped (Jelena/Jelana, a misspelling).

Split from :mod:`factcheck.normalize.transliteration`, which asks these questions of the given names
of two full names once their family names are known to agree.
"""

from __future__ import annotations

import re
from functools import cache

import jellyfish

from factcheck.normalize.reference import load_data

__all__ = [
    "GIVEN_NAME_SLIP_MIN_LENGTH",
    "SHORT_FORM_MIN_DROPPED",
    "SHORT_FORM_MIN_LETTERS",
    "inner_slip",
    "nickname",
    "short_form",
    "short_vowel_romanized",
]

# A given name this long with one inner letter changed is misspelt (Jelena/Jelana, 0.89 Jaro-Winkler);
# shorter names one letter apart are often two names (Ivan/Iván aside, Ana/Ada, Eva/Ela).
GIVEN_NAME_SLIP_MIN_LENGTH = 5

# A short form keeps at least this many letters of the full given name ("Suni" of "Sunita"); shorter
# prefixes ("Al", "Jo") start too many different names.
SHORT_FORM_MIN_LETTERS = 3
# ... and leaves out at least this many: a name one final letter short is a slip (Kenji/Kenjio) or
# another name (Paul/Paula, Carl/Carla), not a form people shorten their name to (pool 5: a given name
# missing its final vowel was paired as one spelling).
SHORT_FORM_MIN_DROPPED = 2


def short_form(a: str, b: str) -> bool:
    """One given name is the other's first letters: a short form people use for themselves."""
    short, full = sorted((a, b), key=len)
    return (
        len(short) >= SHORT_FORM_MIN_LETTERS
        and len(full) - len(short) >= SHORT_FORM_MIN_DROPPED
        and full.startswith(short)
    )


@cache
def _nicknames() -> frozenset[frozenset[str]]:
    """Each pair of forms of one English given name (data/name_variants.json, "nicknames")."""
    pairs: set[frozenset[str]] = set()
    for forms in load_data("name_variants.json")["nicknames"]["forms"]:
        pairs.update(frozenset((a, b)) for a in forms for b in forms if a != b)
    return frozenset(pairs)


def nickname(a: str, b: str) -> bool:
    """Two folded given names are one name and a form people go by (Bill/William, Peggy/Margaret)."""
    return frozenset((a, b)) in _nicknames()


# The short vowels of Arabic and Persian given names are romanized as i or e, u or o (Hamid/Hamed,
# Yunus/Yunos); in the last syllable of a given name, between consonants, one for the other is the same
# name (pool 5: a governor's given name so written on two pages). Other vowel changes stay slips
# (Jelena/Jelana), and so does any change in a first or final letter (Maria/Mario).
_SHORT_VOWEL_PAIRS = (frozenset("ie"), frozenset("ou"))
_FINAL_CLOSED_SYLLABLE = re.compile(r"[^aeiouy][aeiou][^aeiouy]$")


def short_vowel_romanized(a: str, b: str) -> bool:
    """Two one-word given names alike but for i/e or o/u in a closed last syllable."""
    if len(a) != len(b) or " " in a or not _FINAL_CLOSED_SYLLABLE.search(a) or not _FINAL_CLOSED_SYLLABLE.search(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return diff == [len(a) - 2] and frozenset((a[-2], b[-2])) in _SHORT_VOWEL_PAIRS


def inner_slip(a: str, b: str) -> bool:
    """One letter changed inside a given name of GIVEN_NAME_SLIP_MIN_LENGTH letters or more, first and
    last letters kept (Jelena/Jelana); a changed ending is often another name (Maria/Mario, Carla/Carlo)."""
    return (
        min(len(a), len(b)) >= GIVEN_NAME_SLIP_MIN_LENGTH
        and a[:1] == b[:1]
        and a[-1:] == b[-1:]
        and jellyfish.damerau_levenshtein_distance(a, b) == 1
    )
