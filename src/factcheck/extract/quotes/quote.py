"""Direct quotes and who said them.

What: ``quote.v1`` — every direct quote (“…”, "…", and ‘…’ when it is clearly a quote) with its speaker:
"X said, “…”", "“…,” X said", "“…,” said X", "X told Y, “…”", "…, according to X", "X's remarks, where
he emphasized the need to “…”", "He continued, “…”" (the pronoun resolved to the last speaker),
"X, the mayor, said: “…”", "“…,” X's statement said" (the statement is the person's). A short fragment
explicitly attributed to a speaker is a partial quote of that speaker. The two halves of one sentence split
by its attribution (“We are ready,” she said, “and we will win.”) are one quote.

Why: a quote given to the wrong person, or with a changed word, is a correction an editor must make. Quoted
words that nobody is said to have spoken (scare quotes, 1-5 words) are labels, not quotes (see
:mod:`factcheck.extract.quotes.label`, which uses :func:`attributed_quotes` from here).

Example: ‘“We are ready,” Mayor Anna Berg said.’ -> a quote claim, subject "Anna Berg", value "We are ready";
‘their “special” bond’ -> no quote (a label).
"""

from __future__ import annotations

import hashlib
import re
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


# Longest attribution between two halves of one quoted sentence (“…,” said the harbour's chief engineer,
# Ana Ruiz, “…”): longer text between two quotes is narrative of its own.
SPLIT_ATTRIBUTION_MAX_CHARS = 100
_SENTENCE_END = re.compile(r"[.!?;:]")


def _continues(text: str, first: QuoteSpan, then: QuoteSpan) -> bool:
    """``then`` goes on with the sentence that ``first`` broke off for the attribution: “We are ready,”
    she said, “and we will win.” (a comma inside the first mark and after the attribution, the second
    half in lower case, no sentence end between)."""
    between = text[first.close + 1 : then.open]
    return (
        first.paragraph == then.paragraph
        and "," in text[first.end : first.close]
        and between.rstrip().endswith(",")
        and len(between) <= SPLIT_ATTRIBUTION_MAX_CHARS
        and _SENTENCE_END.search(between) is None
        and text[then.start : then.start + 1].islower()
    )


def joined_quotes(ctx: ArticleContext) -> list[tuple[list[QuoteSpan], Attribution]]:
    """The quotations of the article with their attributions, the two halves of a sentence split by its
    attribution joined into one quote (given to the speaker named between them)."""
    out: list[tuple[list[QuoteSpan], Attribution]] = []
    for q, who in attributed_quotes(ctx):
        if out and _continues(ctx.text, out[-1][0][-1], q):
            out[-1][0].append(q)
        else:
            out.append(([q], who))
    return out


class QuoteExtractor:
    """Direct quotes with their speakers (see module docstring)."""

    id = "quote.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for pieces, who in joined_quotes(ctx):
            words = sum(q.words(ctx.text) for q in pieces)
            if names_a_work(ctx, pieces[0]):
                continue
            if who.speaker is None:
                quoted = " ".join(ctx.text[q.start : q.end] for q in pieces)
                if words <= LABEL_MAX_WORDS or title_case(quoted):
                    continue  # a label, a scare quote or a name (see label.py)
            yield self._claim(ctx, pieces, who)

    def _claim(self, ctx: ArticleContext, pieces: list[QuoteSpan], who: Attribution) -> Claim:
        quoted = " ".join(" ".join(ctx.text[q.start : q.end].split()) for q in pieces)  # hard-wrapped lines joined
        first, last = pieces[0], pieces[-1]
        whole = QuoteSpan(first.open, last.close, first.start, last.end, first.paragraph)
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
            start=first.start,
            end=last.end,
            sentence=quote_sentence(ctx, whole),
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
