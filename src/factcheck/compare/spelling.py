"""A proper name misspelt by one source: a conflict only when the vote is clear.

The block holds every proper-name spelling of a story (``proper-name.v1``). A name word one independent
source alone writes ("Harrowgate") against a near-identical word at least two other independent sources
write ("Harrogate") is a ``name-spelling`` conflict when the two names are otherwise the same words
("Harrowgate Rovers" / "Harrogate Rovers"), the difference is a slip and not a variant of one spelling
(:func:`~factcheck.normalize.spelling.word_slip`), and the rare spelling is neither a word nor a given
name nor a gazetteer place (then it may be meant: Dana and Diana are two people). Anything else gives
no finding here: agreements on names are the person comparison's (``name.v1``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.compare.context import CompareContext
from factcheck.compare.findings import make_finding, vote
from factcheck.compare.name_agreements import name_agreements
from factcheck.compare.values import ValueGroup, group_values
from factcheck.models import Claim, Finding, Preferred, Status
from factcheck.normalize.places import lookup_place
from factcheck.normalize.spelling import (
    NAME_WORD_SLIP_MIN_LENGTH,
    NAME_WORD_SLIP_MIN_LENGTH_IN_CONTEXT,
    PERSON_VARIANT,
    PROPER_NAMES_KEY,
    is_known_word,
    name_words,
    word_slip,
)
from factcheck.normalize.transliteration import same_person_spelling, translit_key

__all__ = ["SPELLING_CONFLICT_CONFIDENCE", "spelling_findings"]

# Confidence of a one-source misspelling: the vote is clear (one against two or more independent
# sources) but the parser's entity spans and the word lists behind the checks are not exact, so it is
# below the person comparison's 0.8 for a name it reads with a cue.
SPELLING_CONFLICT_CONFIDENCE = 0.7

# The common spelling must be written by at least this many independent sources besides the rare one's.
MIN_COMMON_SOURCES = 2


def _sources(groups: Sequence[ValueGroup]) -> list[str]:
    return sorted({s for g in groups for s in g.source_ids})


def _word_sources(groups: Sequence[ValueGroup]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for g in groups:
        for w in set(g.key.split()):
            if len(w) >= NAME_WORD_SLIP_MIN_LENGTH_IN_CONTEXT:
                out.setdefault(w, set()).update(g.source_ids)
    return out


def _one_deletion(word: str) -> set[str]:
    """The word and every form of it with one letter left out: two words one edit apart
    (Damerau-Levenshtein 1, what :func:`word_slip` needs) always share one of these."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _neighbours(words: Sequence[str]) -> dict[str, set[str]]:
    """Each word's candidates for a one-letter slip, found through a shared one-deletion form instead of
    trying every pair: a block of a whole archive's names stays linear in its words."""
    index: dict[str, set[str]] = {}
    for w in words:
        for form in _one_deletion(w):
            index.setdefault(form, set()).add(w)
    return {w: set().union(*(index[f] for f in _one_deletion(w))) - {w} for w in words}


def _word_key(word: str) -> str:
    """A name word up to transliteration, "k" and "c" taken as one letter (Niko / Nico, Kostas / Costas:
    the hard c is romanized both ways)."""
    return translit_key(word).replace("k", "c")


def _same_words(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two names' other words are the same, or transliterations of one another (Niko / Nico)."""
    return len(a) == len(b) and all(x == y or _word_key(x) == _word_key(y) for x, y in zip(a, b, strict=True))


def _partners(rare_words: Sequence[str], rare: str, common: str, keys: Sequence[Sequence[str]]) -> bool:
    """Some name is written with ``common`` where this one has ``rare``, all its other words the same."""
    swapped = [common if w == rare else w for w in rare_words]
    return any(_same_words(swapped, k) for k in keys)


def _pairs(groups: Sequence[ValueGroup], rare: str, common: str) -> tuple[list[ValueGroup], list[ValueGroup]]:
    """The names written with ``rare``, and those written with ``common`` and every other word of one of
    them ("Willians" -> "Williams", "Suni Williams"); empty when no name is written both ways with all
    its other words the same ("Harrowgate Rovers" / "Harrogate Rovers"). A short word
    (NAME_WORD_SLIP_MIN_LENGTH_IN_CONTEXT) needs a partner of two words or more."""
    keys = [g.key.split() for g in groups if common in g.key.split()]
    rare_groups = [g for g in groups if rare in g.key.split()]
    short = min(len(rare), len(common)) < NAME_WORD_SLIP_MIN_LENGTH
    if not any(
        _partners(words, rare, common, keys) and not (short and len(words) < 2)
        for words in (g.key.split() for g in rare_groups)
    ):
        return [], []
    others = [{_word_key(w) for w in g.key.split() if w != rare} for g in rare_groups]
    common_groups = [
        g for g in groups if common in g.key.split() and any(o <= {_word_key(w) for w in g.key.split()} for o in others)
    ]
    return rare_groups, common_groups


def _people_pair(rare: Sequence[ValueGroup], common: Sequence[ValueGroup]) -> bool:
    """Both spellings are people's full names the person comparison (``name.v1``) already pairs."""
    people = all(c.normalized.base == PERSON_VARIANT for g in (*rare, *common) for c in g.claims)
    return people and any(same_person_spelling(a.display, b.display) is not None for a in rare for b in common)


def _written(groups: Sequence[ValueGroup], word: str) -> str:
    """``word`` as the names of ``groups`` write it (case and accents), else as folded."""
    for g in groups:
        for token in g.display.split():
            if name_words(token) == (word,):
                return re.sub(r"['’]s?$", "", token)
    return word


def _preferred(
    ctx: CompareContext, rare: Sequence[ValueGroup], common: Sequence[ValueGroup], words: tuple[str, str]
) -> Preferred:
    """The rare name with the common spelling of its word ("Harrowgate Rovers" -> "Harrogate Rovers"):
    the vote is clear by construction."""
    fixed = " ".join(_written(common, words[1]) if name_words(t) == (words[0],) else t for t in rare[0].display.split())
    return Preferred(
        value=fixed,
        reason=f"the spelling {ctx.independent(_sources(common))} independent sources use, against "
        f"{ctx.independent(_sources(rare))} for {', '.join(g.display for g in rare)}",
        votes=tuple(vote([*common, *rare], ctx)),
    )


def _finding(
    ctx: CompareContext, rare: list[ValueGroup], common: list[ValueGroup], attribute: str, words: tuple[str, str]
) -> Finding:
    """The conflict of the names written with ``words[0]`` against those written with ``words[1]``."""
    cluster = [*common, *rare]
    return make_finding(
        ctx,
        status=Status.CONFLICT,
        kind="name-spelling",
        subject=max(common, key=lambda g: ctx.independent(g.source_ids)).display,
        subject_key=f"{PROPER_NAMES_KEY}|{words[1]}",
        attribute=attribute,
        groups=cluster,
        explanation=f"{', '.join(g.display for g in rare)} ({', '.join(_sources(rare))}) is spelt "
        f"{', '.join(g.display for g in common)} by {ctx.independent(_sources(common))} independent "
        "sources; the difference is one letter, not a known variant of the name.",
        confidence=SPELLING_CONFLICT_CONFIDENCE,
        preferred=_preferred(ctx, rare, common, words),
    )


def spelling_findings(block: Sequence[Claim], ctx: CompareContext) -> list[Finding]:
    """Conflicts for name words one source misspells (see module docstring), then the agreements on
    names (:mod:`.name_agreements`) that no such conflict holds."""
    groups = group_values(block)
    words = _word_sources(groups)
    neighbours = _neighbours(list(words))
    out: list[Finding] = []
    conflicted: set[str] = set()
    for rare, rare_sources in sorted(words.items()):
        if ctx.independent(sorted(rare_sources)) != 1:
            continue
        common = [
            w
            for w in sorted(neighbours[rare])
            if word_slip(rare, w, NAME_WORD_SLIP_MIN_LENGTH_IN_CONTEXT)
            and ctx.independent(sorted(words[w] - rare_sources)) >= MIN_COMMON_SOURCES
        ]
        if len(common) != 1 or is_known_word(rare):
            continue  # two candidate spellings: which one is meant is not clear
        rare_groups, common_groups = _pairs(groups, rare, common[0])
        if not rare_groups or _people_pair(rare_groups, common_groups):
            continue  # no name that differs in this word alone, or the person comparison's pair
        if ctx.independent(sorted(set(_sources(common_groups)) - rare_sources)) < MIN_COMMON_SOURCES:
            continue
        if any(lookup_place(g.display) is not None for g in rare_groups):
            continue  # a real place (an exonym, another town): not a slip
        out.append(_finding(ctx, rare_groups, common_groups, block[0].attribute, (rare, common[0])))
        conflicted.update(g.key for g in (*rare_groups, *common_groups))
    return out + name_agreements(block, ctx, conflicted)
