"""Direct quotes and who said them.

What: ``quote.v1`` — every direct quote (“…”, "…", and ‘…’ when it is clearly a quote) with its speaker:
"X said, “…”", "“…,” X said", "“…,” said X", "X told Y, “…”", "…, according to X", "X's remarks, where
he emphasized the need to “…”", "He continued, “…”" (the pronoun resolved to the last speaker),
"X, the mayor, said: “…”", "“…,” X's statement said" (the statement is the person's). A short fragment
explicitly attributed to a speaker is a partial quote of that speaker.

Why: a quote given to the wrong person, or with a changed word, is a correction an editor must make. Quoted
words that nobody is said to have spoken (scare quotes, 1-5 words) are labels, not quotes (see
:mod:`factcheck.extract.quotes.label`, which uses :func:`attributed_quotes` from here).

Example: ‘“We are ready,” Mayor Anna Berg said.’ -> a quote claim, subject "Anna Berg", value "We are ready";
‘their “special” bond’ -> no quote (a label).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from factcheck.extract.base import ArticleContext
from factcheck.extract.quotes.antecedents import CONFIDENCE_NAMED, Attribution
from factcheck.extract.quotes.attribution import LABEL_MAX_WORDS, attributed_quotes
from factcheck.extract.quotes.marks import QuoteSpan, find_quote_spans, quote_key, title_case
from factcheck.extract.quotes.speech import WORK_TITLE
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized, Scope
from factcheck.segment import Sentence

__all__ = [
    "CONFIDENCE_NAMED",
    "LABEL_MAX_WORDS",
    "UNIDENTIFIED_KEY",
    "Attribution",
    "QuoteExtractor",
    "QuoteSpan",
    "attributed_quotes",
    "find_quote_spans",
    "quote_key",
    "title_case",
]

UNIDENTIFIED_KEY = "speaker:unidentified"
UNIDENTIFIED_SUBJECT = "unidentified speaker"


def names_a_work(ctx: ArticleContext, q: QuoteSpan) -> bool:
    """The quotation is the title of a work ("a book titled “…”", "One thought on “…”")."""
    return WORK_TITLE.search(ctx.text[max(0, q.open - 30) : q.open]) is not None


def quote_sentence(ctx: ArticleContext, q: QuoteSpan) -> Sentence:
    """A sentence span covering every sentence the quotation touches (the evidence's context)."""
    touched = [s for s in ctx.sentences if s.start < q.close + 1 and s.end > q.open] or [
        Sentence(q.open, q.close + 1, ctx.text[q.open : q.close + 1], q.paragraph, 0)
    ]
    a, b = touched[0].start, max(s.end for s in touched)
    return Sentence(a, b, ctx.text[a:b], touched[0].paragraph, touched[0].index)


class QuoteExtractor:
    """Direct quotes with their speakers (see module docstring)."""

    id = "quote.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for q, who in attributed_quotes(ctx):
            words = q.words(ctx.text)
            if names_a_work(ctx, q):
                continue
            if who.speaker is None:
                quoted = ctx.text[q.start : q.end]
                if words <= LABEL_MAX_WORDS or title_case(quoted):
                    continue  # a label, a scare quote or a name (see label.py)
            yield self._claim(ctx, q, who)

    def _claim(self, ctx: ArticleContext, q: QuoteSpan, who: Attribution) -> Claim:
        quoted = " ".join(ctx.text[q.start : q.end].split())  # hard-wrapped lines joined
        key = quote_key(quoted)
        if who.speaker is not None:
            subject, subject_key = who.speaker.canonical, who.speaker.key
        else:
            subject, subject_key = UNIDENTIFIED_SUBJECT, UNIDENTIFIED_KEY
        return ctx.make_claim(
            extractor=self.id,
            kind=ClaimKind.QUOTE,
            subject=subject,
            subject_key=subject_key,
            attribute="quote",
            start=q.start,
            end=q.end,
            sentence=quote_sentence(ctx, q),
            normalized=Normalized(
                key=key or hashlib.sha1(quoted.encode()).hexdigest()[:12],
                display=quoted,
                entity=who.speaker.key if who.speaker is not None and who.speaker.known else None,
            ),
            compare_as=CompareAs.QUOTE,
            scope=Scope.ENTITY,
            confidence=who.confidence,
            value=quoted,
        )
