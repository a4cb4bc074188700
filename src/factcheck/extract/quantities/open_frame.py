"""What the frame extractors (``count-frame.v1``, ``measure-frame.v1``, ``age-frame.v1``, ``metric.v1``)
share: the walk over an article's parsed figures, and the claim they make of one.

Each reads what a figure measures from the parse when no lexicon rule did; its subject is the story's
news event and its key is never resolved (agreements and possible conflicts only), so the claim differs
between them only in its attribute, unit, span end, event hints and confidence.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

from factcheck.extract.base import ArticleContext
from factcheck.extract.quantities.context import event_hints, is_revised, normalized_number, subject_of
from factcheck.models import Claim, ClaimKind, CompareAs, EventHints

if TYPE_CHECKING:
    from spacy.tokens import Span

    from factcheck.normalize.numbers import NumberMatch
    from factcheck.segment import Sentence

__all__ = ["open_figure_claim", "parsed_figures"]


def parsed_figures(
    ctx: ArticleContext, roles: Collection[str] = ("quantity",)
) -> Iterator[tuple[Sentence, NumberMatch, Span]]:
    """Each figure of a role in ``roles`` that is neither vague nor an ordinal, with its sentence and the
    parse's tokens over it (figures the parser did not read are skipped)."""
    for sentence in ctx.sentences:
        for m in ctx.figures(sentence, all_roles=True):
            if m.role not in roles or m.vague or m.ordinal:
                continue
            span = ctx.parsed_span(sentence.start + m.start, sentence.start + m.end)
            if span is not None:
                yield sentence, m, span


def open_figure_claim(
    ctx: ArticleContext,
    extractor: str,
    sentence: Sentence,
    m: NumberMatch,
    *,
    attribute: str,
    unit: str | None,
    confidence: float,
    end: int | None = None,
    changes: bool = False,
    event: EventHints | None = None,
) -> Claim:
    """The claim of figure ``m`` about the story's news event, keyed by ``attribute`` and left unresolved.
    ``end`` is where the evidence ends in the article when it runs past the figure (its unit noun)."""
    subject, subject_key = subject_of(())
    return ctx.make_claim(
        extractor=extractor,
        kind=ClaimKind.QUANTITY,
        subject=subject,
        subject_key=subject_key,
        attribute=attribute,
        start=sentence.start + m.start,
        end=sentence.start + m.end if end is None else end,
        sentence=sentence,
        normalized=normalized_number(m, unit, is_revised(sentence.text)),
        compare_as=CompareAs.NUMBER,
        changes_over_time=changes,
        event=event_hints(ctx, sentence, (), m.start) if event is None else event,
        confidence=confidence,
        key_resolved=False,
    )
