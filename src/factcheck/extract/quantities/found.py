"""What a rule of ``quantity.v1`` returns (:class:`Found`), and the word readers the rules share.

A helper of :mod:`.rules` and :mod:`.units`: it registers no extractor.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from factcheck.extract.quantities.lexicon import Counted
from factcheck.normalize.reference import word_list

__all__ = [
    "MAX_MODIFIERS",
    "STOPWORDS",
    "Candidate",
    "Found",
    "Word",
    "candidates",
    "iter_words",
    "noun_after",
    "phrase_at",
    "words_at",
]

# How many modifier words may stand between a figure and its noun: "38th in-person meeting",
# "12,000 newly displaced people"; more than two and the noun usually belongs to another phrase.
MAX_MODIFIERS = 2
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Spaces between two words of one phrase: a hard-wrapped line break is a space, a blank line is not.
_GAP = re.compile(r"[ \t]*\n?[ \t]*")
# A gap and the word after it in one match (the gap cannot end inside a word, so no other reading).
_GAP_WORD = re.compile(_GAP.pattern + "(" + _WORD.pattern + ")")
# Words that end a noun phrase's modifiers: a noun after one belongs to another phrase.
STOPWORDS = frozenset(word_list("function_words.json", "stopwords"))

Word = tuple[str, int, int]
# A phrase :func:`noun_after` may find: its text, the index of its first word, its number of words.
Candidate = tuple[str, int, int]


@dataclass(frozen=True)
class Found:
    """What one figure counts, and where its phrase ends (the counted noun, when it follows).

    ``needs_subject``: a vote share with no vote word in its sentence is kept only when a candidate is
    named before it ("Rusu took 45.7 percent" yes, "the fund took 30 percent" no). A ``counted`` with an
    empty attribute means the figure was read and is no claim (a forecast)."""

    counted: Counted
    end: int
    needs_subject: bool = False
    scale: float = 1.0  # converts the figure to the counted unit (percentage points -> basis points)
    # The counted thing was read from an open vocabulary (a noun the lexicon does not know): the key is
    # weaker, and a disagreement on it is only a possible conflict.
    open_vocabulary: bool = False


def words_at(text: str, pos: int, limit: int = 6) -> list[Word]:
    """Up to ``limit`` words from ``pos`` while only spaces (or one line break) separate them: a comma
    ends the phrase."""
    out: list[Word] = []
    while len(out) < limit:
        m = _GAP_WORD.match(text, pos)  # one match per word: this runs for every figure of an article
        if m is None:
            break
        out.append((m.group(1), m.start(1), m.end(1)))
        pos = m.end()
    return out


def iter_words(text: str, pos: int, limit: int = 6) -> Iterator[Word]:
    """:func:`words_at`, read one word at a time (for a reader that most often needs only the first)."""
    for _ in range(limit):
        m = _GAP_WORD.match(text, pos)
        if m is None:
            return
        yield m.group(1), m.start(1), m.end(1)
        pos = m.end()


# Phrase lengths tried, longest first: a counted noun may be a phrase of up to five words ("members of the
# armed forces").
_SIZES = (5, 4, 3, 2, 1)


def candidates(words: list[Word]) -> list[Candidate]:
    """The phrases :func:`noun_after` tries, in its order (after no more than MAX_MODIFIERS modifiers,
    none of them a stop word; longest first): built once when one figure's words are looked up in
    several tables."""
    texts = [w for w, _, _ in words]
    out: list[Candidate] = []
    for skip in range(min(MAX_MODIFIERS, len(words) - 1) + 1):
        if skip and texts[skip - 1].lower() in STOPWORDS:
            break
        out += [(" ".join(texts[skip : skip + size]), skip, size) for size in _SIZES if skip + size <= len(texts)]
    return out


def noun_after(
    words: list[Word], table: Collection[str], tried: list[Candidate] | None = None
) -> tuple[str, int, int, list[str]] | None:
    """The first phrase of ``table`` among the next words, allowing MAX_MODIFIERS modifiers before it;
    with the modifiers it skipped. ``tried``: the :func:`candidates` of ``words``, when already built."""
    for phrase, skip, size in candidates(words) if tried is None else tried:
        if phrase in table:
            return phrase, words[skip][1], words[skip + size - 1][2], [w for w, _, _ in words[:skip]]
    return None


def phrase_at(words: list[Word], table: Collection[str]) -> tuple[str, int] | None:
    """The longest phrase of ``table`` (up to three words) at the start of ``words``, and its end."""
    for size in (3, 2, 1):
        chunk = words[:size]
        if len(chunk) == size and (phrase := " ".join(w.lower() for w, _, _ in chunk)) in table:
            return phrase, chunk[-1][2]
    return None
