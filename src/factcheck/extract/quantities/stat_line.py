"""A figure set before a colon and the head phrase that says what it is ("388: The number of people
unaccounted for falls by half") (a helper of ``quantity.v1``: it registers no extractor).

What: :func:`stat_line` reads a figure that opens its sentence, is followed by a colon and then by a head
phrase of the lexicon ("the number of people unaccounted for", "the death toll") as the figure of that
head, the way "the number of people unaccounted for ... stands at 388" is read.

Why: headlines and fact boxes give a figure first and say what it counts after a colon; the lexicon
readers look for the head before the figure and read nothing, so the figure never met the same count
told in a sentence.
"""

from __future__ import annotations

import re

from factcheck.extract.quantities.found import Found
from factcheck.extract.quantities.lexicon import Lexicon
from factcheck.limits import text_before
from factcheck.normalize.numbers import NumberMatch

__all__ = ["stat_line"]

# The colon after the figure and an optional article before the head.
_COLON = re.compile(r":[ \t]+(?:the[ \t]+)?", re.IGNORECASE)
# How much of the text after the colon a head may take (the longest heads are about 40 characters).
_HEAD_WINDOW = 60
_WORD_END = re.compile(r"\b")


def stat_line(lex: Lexicon, text: str, m: NumberMatch) -> Found | None:
    """The head phrase after "N:" that names what the figure at the start of the sentence counts, or None."""
    if text_before(text, m.start).strip() or m.unit is not None:
        return None
    colon = _COLON.match(text, m.end)
    if colon is None:
        return None
    rest = text[colon.end() : colon.end() + _HEAD_WINDOW].lower()
    heads = [h for h in lex.head_map if rest.startswith(h) and _WORD_END.match(rest, len(h))]
    if not heads:
        return None
    return Found(lex.head_map[max(heads, key=len)], m.end)
