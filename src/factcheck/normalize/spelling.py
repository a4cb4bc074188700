"""One word of a proper name misspelt: the test behind ``proper-name`` spelling conflicts.

Two spellings of a name word ("Harrowgate" / "Harrogate" as written, folded) are a misspelling of one
another only when they are near-identical and the difference is none of the ways one name is commonly
written differently: one vowel for another (names romanized from Persian, Arabic, Malay or Indic
scripts are written with either: Farsad/Firsad), a transliteration
(:func:`~factcheck.normalize.transliteration.translit_key`), a final letter added or dropped
(Zelensky/Zelenskyy, Nabie/Nabi, a plural or possessive), a doubled letter (Odesa/Odessa,
Mohamed/Mohammed), a vowel or glide added beside a vowel (Saeidi/Saidi, Kuzoyev/Kuzoev), letters run
together or hyphenated. Whether the rare spelling
is itself a word or a given name (two people, Dana/Diana) is the caller's check (:func:`is_known_word`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import jellyfish

from factcheck.normalize.reference import fold, given_names
from factcheck.normalize.transliteration import translit_key

__all__ = [
    "NAME_WORD_SLIP_MIN_LENGTH",
    "NAME_WORD_SLIP_MIN_LENGTH_IN_CONTEXT",
    "PERSON_VARIANT",
    "PROPER_NAMES_KEY",
    "PROPER_NAME_ATTRIBUTE",
    "is_known_word",
    "name_words",
    "word_slip",
]

# A name word must have at least this many letters for one changed letter to be a slip: shorter words
# one edit apart are too often two names (Hart/Bart, Cole/Cale). Six is the project's length for a
# misspelt family name (SURNAME_MISSPELLING_MIN_LENGTH, from the dev stories' misspelt surnames).
NAME_WORD_SLIP_MIN_LENGTH = 6

# In a name of two or more words whose other words are the same ("Velmar FC" / "Vulmar FC"), a word of
# this many letters is enough: the other words already say it is one name. Four-letter words stay
# apart (Cole/Cale United may be two clubs).
NAME_WORD_SLIP_MIN_LENGTH_IN_CONTEXT = 5

# The subject key of every proper-name spelling claim: one block per story.
PROPER_NAMES_KEY = "proper-names"
PROPER_NAME_ATTRIBUTE = "proper name spelling"

# Marks a spelling the person finder also reads as a full person's name: the person comparison
# (``name.v1``) owns pairs of two such spellings.
PERSON_VARIANT = "person"

_POSSESSIVE = re.compile(r"'s?$")


def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name, possessive endings and a leading "the" dropped, hyphens kept."""
    words = [_POSSESSIVE.sub("", w) for w in fold(name).split()]
    if words and words[0] == "the":
        words = words[1:]
    return tuple(w for w in words if w)


def _doubled(short: str, long: str) -> bool:
    """``long`` is ``short`` with one of its letters doubled."""
    return any(long == short[: i + 1] + short[i] + short[i + 1 :] for i in range(len(short)))


_VOWELS = frozenset("aeiouy")


def _vowel_for_vowel(a: str, b: str) -> bool:
    """Two words of one length that differ in one letter, a vowel in both."""
    diff = [(x, y) for x, y in zip(a, b, strict=False) if x != y] if len(a) == len(b) else []
    return len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS


def _vowel_beside_vowel(short: str, long: str) -> bool:
    """``long`` is ``short`` with one vowel (or a glide "y") added next to another vowel: one vowel
    sound romanized with one letter or two (Saeidi/Saidi, Kuzoyev/Kuzoev)."""
    neighbours = [set(long[max(i - 1, 0) : i] + long[i + 1 : i + 2]) for i in range(len(long))]
    return any(
        long[:i] + long[i + 1 :] == short and long[i] in _VOWELS and bool(neighbours[i] & _VOWELS)
        for i in range(len(long))
    )


@lru_cache(maxsize=1 << 14)
def word_slip(rare: str, common: str, min_length: int = NAME_WORD_SLIP_MIN_LENGTH) -> bool:
    """Two folded name words are one word misspelt: one letter changed, added, dropped or two swapped,
    inside a word of ``min_length`` letters or more with the same first letter, and not a known
    variant of one spelling (see the module docstring)."""
    if rare == common or rare[:1] != common[:1] or min(len(rare), len(common)) < min_length:
        return False
    if rare.replace("-", "") == common.replace("-", ""):
        return False  # hyphenated syllables, or letters run together
    if jellyfish.damerau_levenshtein_distance(rare, common) != 1:
        return False
    if _vowel_for_vowel(rare, common):
        return False  # Farsad/Firsad, Mohammadi/Mohammedi: one vowel romanized two ways
    short, long = sorted((rare, common), key=len)
    if len(short) != len(long) and (long.startswith(short) or _doubled(short, long)):
        return False  # a final letter (plural, -y/-yy, -i/-ie) or a doubled letter: one name's variants
    if _vowel_beside_vowel(short, long):
        return False  # one vowel sound in one letter or two: a romanization (pool 5)
    return translit_key(rare) != translit_key(common)


@cache
def _dictionary() -> frozenset[str]:
    """English words (WordNet's lemma index shipped with the parser's lemmatizer), empty when the
    pipeline has none."""
    from factcheck.parse import LEMMATIZER, nlp

    pipeline = nlp()
    if LEMMATIZER not in pipeline.component_names:
        return frozenset()
    lookups = pipeline.get_pipe(LEMMATIZER).lookups  # type: ignore[attr-defined]
    if not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, ()))


def is_known_word(word: str) -> bool:
    """A dictionary word (or its plural) or a common given name: a spelling that may be meant."""
    if word in given_names():
        return True
    words = _dictionary()
    return any(w in words for w in (word, word.removesuffix("s"), word.removesuffix("es")))
