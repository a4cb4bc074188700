"""Which clause of a sentence a phrase belongs to, read from the parse; shared by the extractors.

A time phrase in a relative clause dates what the clause says of its noun, not the main clause's fact:
"Jane Roe, who withdrew last week, got 0.4%" -- the share is this week's news, the withdrawal last week's.
A year in one of two coordinated clauses with subjects of their own dates that clause only: "a 1998 storm
killed 900 people, and this one has killed 40" -- the 40 are this year's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from factcheck.extract.base import ArticleContext
    from factcheck.segment import Sentence

__all__ = ["in_figure_clause", "in_other_clause"]


def _other_relative_clause(ctx: ArticleContext, start: int, end: int, figure: int) -> bool:
    """The phrase at ``[start, end)`` lies in a relative clause that does not hold the figure at ``figure``."""
    span = ctx.parsed_span(start, end)
    at = ctx.parsed_span(figure, figure + 1)
    if span is None or at is None or len(at) == 0:
        return False
    target = at[0]
    node = span.root
    for _ in range(len(node.doc)):  # a head chain is never longer than the document
        if node.dep_ == "relcl" and target not in node.subtree:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def in_figure_clause(ctx: ArticleContext, sentence: Sentence, pattern: re.Pattern[str], at: int | None) -> bool:
    """Whether ``pattern`` occurs in ``sentence`` other than in a relative clause that leaves out the
    figure at sentence offset ``at`` (anywhere in the sentence when ``at`` is None)."""
    for m in pattern.finditer(sentence.text):
        if at is None or not _other_relative_clause(
            ctx, sentence.start + m.start(), sentence.start + m.end(), sentence.start + at
        ):
            return True
    return False


def _own_clause(node: Token, other: Token) -> bool:
    """``node`` heads a clause coordinated to another, with a subject of its own, that leaves out ``other``."""
    return (
        node.dep_ == "conj"
        and node.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        and other not in node.subtree
    )


def in_other_clause(ctx: ArticleContext, start: int, end: int, figure: int) -> bool:
    """The phrase at ``[start, end)`` (a year) lies in a relative clause that leaves out the figure at
    ``figure``, or one of the phrase and the figure lies in a coordinated clause with its own subject that
    leaves out the other (see the module docstring)."""
    if _other_relative_clause(ctx, start, end, figure):
        return True
    span = ctx.parsed_span(start, end)
    at = ctx.parsed_span(figure, figure + 1)
    if span is None or at is None or len(span) == 0 or len(at) == 0:
        return False
    for node, other in ((span.root, at[0]), (at[0], span.root)):
        for _ in range(len(node.doc)):  # a head chain is never longer than the document
            if _own_clause(node, other):
                return True
            if node.head.i == node.i:
                break
            node = node.head
    return False
