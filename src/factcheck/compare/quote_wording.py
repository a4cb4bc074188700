"""Wording of quotes: comparison words, word-level diffs, and how two wordings of one remark relate.

Relations, mildest first: ``same`` (up to punctuation, case and contractions), ``fragment`` (a
contiguous part, or words left out at an ellipsis), ``slight`` (a few words changed), ``reworded``
(more words changed, up to :data:`REWORDED_SHARE`), ``changed`` (more than that) and ``meaning``
(a number, a negation or a name changed; a pronoun standing for a name is not a change of name, and
"one" is "a single").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from factcheck.compare.values import ValueGroup
from factcheck.models import Claim
from factcheck.normalize.number_words import WORDS, parse_words
from factcheck.normalize.reference import fold, given_names

__all__ = [
    "REWORDED_SHARE",
    "SLIGHT_CHANGE_SHARE",
    "SLIGHT_CHANGE_WORDS",
    "closest_relation",
    "comparison_words",
    "contains",
    "word_diff",
    "word_relation",
]

# Changed words (either side) that still count as "worded slightly differently" when no number,
# negation or name changes: at most this many, and at most this share of the shorter wording.
SLIGHT_CHANGE_WORDS = 3
SLIGHT_CHANGE_SHARE = 0.2
# A wording with more changed words than "slightly", but at most this share of the shorter wording and
# no number, negation or name changed, is one remark as two outlets transcribe it ("the pumps are still
# running and we think the water may keep rising" / "the pumps are still working, and we think that the
# water may rise further": 6 of 14 words, 0.43; a pronoun repeated, "she is quick, she is brave" / "Greta
# is quick, brave": about 0.3). Above it the words are another statement, or a paraphrase to check.
REWORDED_SHARE = 0.5
_CONTRACTIONS = (
    (r"\bwon't\b", "will not"),
    (r"\bcan't\b", "can not"),
    (r"\bcannot\b", "can not"),
    (r"\bshan't\b", "shall not"),
    (r"n't\b", " not"),
    (r"'re\b", " are"),
    (r"'ll\b", " will"),
    (r"'ve\b", " have"),
    (r"'m\b", " am"),
    (r"'d\b", " would"),
    (r"\b(it|he|she|that|there|what|who|where|here|let)'s\b", r"\1 is"),
)
_SENTENCE_START = re.compile(r"(?:^|[.!?…][”\"’)]*)\W*$")
_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its"})
# Words before "one" that make it a pronoun ("every one", "no one", "the right one", "the last one"),
# not the number 1: determiners and the adjectives news quotes put before a pronoun "one".
_PRONOUN_ONE_AFTER = frozenset(
    {
        "every", "each", "no", "any", "some", "which", "this", "that", "the", "someone", "last", "next",
        "only", "other", "same", "right", "wrong", "big", "little", "new", "old", "latest", "best", "worst",
        "good", "bad", "first", "final",
    }
)  # fmt: skip
_NEGATIONS = frozenset({"not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "without", "nowhere"})
_NUMBER_WORDS = frozenset(
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "thousand", "million", "billion", "trillion", "first", "second", "third", "fourth", "fifth",
        "half", "dozen", "percent",
    }
)  # fmt: skip


def comparison_words(key: str) -> list[str]:
    """Words of a normalized quote key with contractions expanded ("haven't" -> "have not")."""
    return list(_comparison_words(key))


@cache
def _comparison_words(key: str) -> tuple[str, ...]:
    s = re.sub(r"\bper cent\b", "percent", key.replace("’", "'"))
    for pattern, repl in _CONTRACTIONS:
        s = re.sub(pattern, repl, s)
    return tuple(w.strip("'") for w in s.split() if w.strip("'"))


def contains(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return n > 0 and any(long[i : i + n] == short for i in range(len(long) - n + 1))


# ---------------------------------------------------------------- wording


@dataclass(frozen=True)
class _Change:
    removed: tuple[str, ...]
    added: tuple[str, ...]


def _changes(variant: list[str], lead: list[str]) -> list[_Change]:
    """Word changes from ``lead`` to ``variant``; words of the lead before or after the variant's span
    are omitted by a fragment, not changed."""
    ops = difflib.SequenceMatcher(a=lead, b=variant, autojunk=False).get_opcodes()
    while ops and ops[0][0] == "delete":
        ops = ops[1:]
    while ops and ops[-1][0] == "delete":
        ops = ops[:-1]
    return [_Change(tuple(lead[i1:i2]), tuple(variant[j1:j2])) for tag, i1, i2, j1, j2 in ops if tag != "equal"]


def word_diff(lead: str, variant: str) -> str:
    """Compact word-level diff of two quote wordings: "-removed +added" per change, "; " between."""
    changes = _changes(comparison_words(variant), comparison_words(lead))
    parts = []
    for ch in changes:
        text = " ".join(x for x in (
            f"-{' '.join(ch.removed)}" if ch.removed else "",
            f"+{' '.join(ch.added)}" if ch.added else "",
        ) if x)  # fmt: skip
        parts.append(text)
    return "; ".join(parts)


def _names(claim: Claim) -> set[str]:
    """Lower-cased capitalized words of a wording: names, places. A word opening a sentence counts only
    when it is a common given name ("Muhammad is fast"); "I" and capitalized pronouns never do."""
    out = set()
    for m in re.finditer(r"[\w’'-]+", claim.value):
        w = m.group()
        if not w[:1].isupper() or w == "I" or w.lower() in _PRONOUNS:
            continue
        opens = _SENTENCE_START.search(claim.value, 0, m.start()) is not None
        if not opens or fold(w) in given_names():
            out.add(w.lower())
    return out


def _number_values(words: Sequence[str]) -> list[str]:
    """The numbers among ``words``, as comparable tokens: "one" and "a single" are one number ("in one
    hour" = "in a single hour"; "every single house" and "every one of them" have no number); spelled-out
    numbers are their value ("three" = "3", "twenty five" = "25"); other number words and digits stand
    for themselves."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w == "one" and i > 0 and words[i - 1] in _PRONOUN_ONE_AFTER:
            i += 1  # "every one of us", "no one", "this one": a pronoun, not a count
            continue
        spelled = parse_words(list(words[i:])) if WORDS.get(w, ("", 0, True))[2] is False else None
        if w == "single" and i > 0 and words[i - 1] in ("a", "an"):
            out.append("1")
        elif spelled is not None:
            out.append(f"{spelled[0]:g}")
            i += spelled[1]
            continue
        elif w in _NUMBER_WORDS or any(d.isdigit() for d in w):
            out.append(w)
        i += 1
    return out


def _meaningful(changes: Sequence[_Change], names: set[str], wv: Sequence[str], wl: Sequence[str]) -> bool:
    """A change of meaning: a negation added or removed, other numbers, or a name replaced by another
    word (a pronoun standing for a name, "he" for "Muhammad", is the same person). Numbers are read
    in the whole wordings ``wv`` and ``wl``, so that a word before a changed "one" still tells a
    pronoun ("the last one in the tap" / "the last in the tap") from a count."""
    if sorted(_number_values(wv)) != sorted(_number_values(wl)):
        return True
    for ch in changes:
        words = set(ch.removed) | set(ch.added)
        # A negation added or removed; one negation for another ("not" / "never") keeps the sense.
        if sum(w in _NEGATIONS for w in ch.removed) != sum(w in _NEGATIONS for w in ch.added):
            return True
        pronoun_for_name = (set(ch.removed) <= _PRONOUNS and set(ch.added) <= names) or (
            set(ch.added) <= _PRONOUNS and set(ch.removed) <= names
        )
        if words & names and not pronoun_for_name and not _short_form(ch):
            return True
    return False


# A shortened name keeps at least this many letters of the full one ("Met" for "Metropolitan").
SHORT_FORM_MIN_LETTERS = 3


def _short_form(change: _Change) -> bool:
    """One side is a short form of the other: each of its words begins a word of the other side ("the
    Met" / "the Metropolitan police", "Gov." / "Governor"), so the name is the same name."""
    removed, added = change.removed, change.added
    if not removed or not added:
        return False
    short, long = sorted((removed, added), key=lambda ws: sum(map(len, ws)))
    return len(short) <= len(long) and all(
        len(w) >= SHORT_FORM_MIN_LETTERS and any(o != w and o.startswith(w) for o in long) for w in short
    )


def word_relation(variant: ValueGroup, lead: ValueGroup) -> tuple[str, list[_Change]]:
    """fragment | same | slight | reworded | changed | meaning, and the changes."""
    wv, wl = comparison_words(variant.key), comparison_words(lead.key)
    if contains(wv, wl):
        return ("same" if len(wv) == len(wl) else "fragment"), []
    changes = _changes(wv, wl)
    elided = "…" in variant.display or "..." in variant.display
    if not changes or (elided and all(not ch.added for ch in changes)):
        return "fragment", []  # words left out where the variant marks an ellipsis
    names = _names(variant.claims[0]) | _names(lead.claims[0])
    if _meaningful(changes, names, wv, wl):
        return "meaning", changes
    changed = sum(max(len(ch.removed), len(ch.added)) for ch in changes)
    shorter = min(len(wv), len(wl))
    if changed <= SLIGHT_CHANGE_WORDS and changed <= SLIGHT_CHANGE_SHARE * shorter:
        return "slight", changes
    if changed <= REWORDED_SHARE * shorter:
        return "reworded", changes
    return "changed", changes


# How far apart two wordings are, mildest first.
_RELATION_ORDER = ("same", "fragment", "slight", "reworded", "changed", "meaning")


def closest_relation(variant: ValueGroup, groups: Sequence[ValueGroup]) -> tuple[str, list[_Change]]:
    """The mildest relation of ``variant`` to a wording at least as long: a fragment of one outlet's
    full quote is that fragment even when another outlet words the full quote differently."""
    size = len(comparison_words(variant.key))
    found = [
        word_relation(variant, g) for g in groups if g is not variant and len(comparison_words(g.key)) >= size
    ] or [("same", [])]
    return min(found, key=lambda r: _RELATION_ORDER.index(r[0]))
