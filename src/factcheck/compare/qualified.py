"""Qualifiers in comparison: different reference points, places, authorities and events of a series.

Two values of one attribute whose qualifiers (``Claim.qualifiers``) are both known and differ are not a
conflict: a distance from two places or a count in two towns are different facts; figures from two
authorities (two seismological agencies, police and organisers) are reported side by side with the
status ``different-authorities``. A qualifier known on one side only decides nothing: the other source
may mean the same place or authority without saying so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factcheck.extract.qualifiers import same_authority
from factcheck.models import Claim

__all__ = ["authorities_of", "different_authorities", "different_facts"]


def _keys(claims: Sequence[Claim], field: str) -> set[str]:
    return {k for c in claims if (k := getattr(c.qualifiers, field)) is not None}


def _disjoint(a: set[str], b: set[str], same: Callable[[str, str], bool]) -> bool:
    """Both sides name some key and none of one side's keys is the same as one of the other's."""
    return bool(a) and bool(b) and not any(same(x, y) for x in a for y in b)


def _same_words(x: str, y: str) -> bool:
    return x == y or x in y or y in x


def different_facts(a: Sequence[Claim], b: Sequence[Claim]) -> bool:
    """The two values are measured from different points, cover different places, count different
    groups of people (a toll of everyone and a toll of foreigners are different facts), or belong to
    different events of a series (the second flight and the third, :mod:`factcheck.extract.analysis.instances`)."""
    return (
        _disjoint(_keys(a, "relative_key"), _keys(b, "relative_key"), _same_words)
        or _disjoint(_keys(a, "scope_key"), _keys(b, "scope_key"), _same_words)
        or _keys(a, "group") != _keys(b, "group")
        or _disjoint(_keys(a, "instance"), _keys(b, "instance"), str.__eq__)
    )


def different_authorities(a: Sequence[Claim], b: Sequence[Claim]) -> bool:
    """Each value is attributed, and never to the same authority as the other."""
    return all(c.qualifiers.authority_key for c in [*a, *b]) and _disjoint(
        _keys(a, "authority_key"), _keys(b, "authority_key"), same_authority
    )


def authorities_of(claims: Sequence[Claim]) -> str:
    """The authorities a value is attributed to, as written, for an explanation."""
    seen: dict[str, str] = {}
    for c in claims:
        if c.qualifiers.authority and c.qualifiers.authority_key:
            seen.setdefault(c.qualifiers.authority_key, c.qualifiers.authority)
    return ", ".join(seen.values()) or "an unnamed source"
