"""A person's full name written by two reports with a one-letter slip in one word.

Two spellings of an unknown person, one source each, are a conflict only when a vote decides
(:mod:`factcheck.compare.entities`): outlets romanise a name their own ways or name two namesakes. A
full name written alike but for one letter of one word is neither: one of the two reports slipped.
"""

from __future__ import annotations

import jellyfish

from factcheck.normalize.reference import fold

__all__ = ["ONE_LETTER_MIN_LENGTH", "one_letter_slip"]

# A word of a name at least this long with one letter added, dropped or changed, every other word of the
# two full names written alike ("Marisa Jo Kell" / "Marissa Jo Kell"): one person's name with a one-letter
# slip in one of the two reports. Two people whose full names differ by one letter are rare, and a
# romanisation (Sergei/Sergey) is told apart before (a transliteration agrees); shorter words ("Li" /
# "Le", "Ann" / "Anne") are often two names or two accepted forms.
ONE_LETTER_MIN_LENGTH = 5


def one_letter_slip(a: str, b: str) -> bool:
    """The two full names (two words or more) are written alike but for one letter of one word of at
    least :data:`ONE_LETTER_MIN_LENGTH` letters: added, dropped, swapped or changed, never the first letter
    and never the last changed."""
    wa, wb = fold(a).replace("-", " ").split(), fold(b).replace("-", " ").split()
    if len(wa) < 2 or len(wa) != len(wb):
        return False
    differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    if x[:1] != y[:1] or min(len(x), len(y)) < ONE_LETTER_MIN_LENGTH:
        return False
    if len(x) == len(y) and x[-1] != y[-1]:
        return False  # a changed last letter is often another name (Mario/Maria, Carlo/Carla)
    return jellyfish.damerau_levenshtein_distance(x, y) == 1
