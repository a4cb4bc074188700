"""The length of a document, in words or pages.

What: ``doc-length.v1`` — "a 7,000-word joint declaration", "a statement of about 5,000 words", "the
12-page report", "a 300-page indictment", "the communique, which runs to 2,500 words". The subject
is the document kind through the synonym table of ``data/counted_nouns.json`` (declaration,
communiqué -> statement; accord, pact -> treaty), the attribute "length in words" or "length in pages".

Why: articles on one summit routinely disagree on how long its statement was, and the figure is easy
to confuse with other numbers in the same sentence; it is its own extractor so that ``quantity.v1``
never reads a word count as something else.

Example: "The leaders signed a sweeping 6,000-word statement." -> subject "statement", attribute
"length in words", value "6,000-word statement", normalized key "6000", unit "words".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.base import ArticleContext
from factcheck.extract.quantity_context import event_hints, is_revised, normalized_number, participants_of
from factcheck.extract.quantity_lexicon import counted_lexicon
from factcheck.extract.registry import register
from factcheck.limits import text_before
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized
from factcheck.normalize.numbers import NumberMatch
from factcheck.segment import Sentence

__all__ = ["DocLengthExtractor"]

# Modifiers allowed between "7,000-word" and the document noun: "joint", "final joint", "sweeping".
MAX_DOC_MODIFIERS = 3

_HYPHEN_UNIT = re.compile(r"[-‐‑\s]?(words?|pages?)\b(?!-)", re.I)
_SPACE_UNIT = re.compile(r"\s+(words|pages)\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|[,;:.()]")
# "<document> of", "<document>, which runs to", "<document> running to", "<document> is"
_DOC_LINK = (
    r"(?:\s+of|,?\s+(?:which|that)\s+(?:runs|ran|run|spans|spanned|is|was)(?:\s+to)?"
    r"|\s+(?:running|runs|ran|spanning|spans)(?:\s+to)?|\s+(?:is|was)(?:\s+some)?)\s+$"
)


def _document_after(text: str, pos: int, documents: dict[str, str]) -> tuple[str, int] | None:
    """The document noun after "7,000-word": skips up to MAX_DOC_MODIFIERS modifiers."""
    for seen, tok in enumerate(_WORD.finditer(text, pos), start=1):
        word = tok.group().lower()
        if word in documents:
            return documents[word], tok.end()
        if seen > MAX_DOC_MODIFIERS or not word.isalpha() or text[pos : tok.start()].count("\n"):
            return None
    return None


def _document_before(text: str, end: int, documents: dict[str, str]) -> str | None:
    """The document noun before "of about 5,000 words" / ", which runs to 7,000 words"."""
    nouns = "|".join(re.escape(d) for d in sorted(documents, key=len, reverse=True))
    m = re.search(rf"\b({nouns})\b{_DOC_LINK}", text_before(text, end), re.I)
    return documents[m.group(1).lower()] if m else None


class DocLengthExtractor:
    """``doc-length.v1``: the length of a statement, report, speech, treaty... (module docstring)."""

    id = "doc-length.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        documents = counted_lexicon().documents
        for sentence in ctx.sentences:
            for m in ctx.figures(sentence):
                found = self._find(sentence.text, m, documents)
                if found is not None:
                    yield self._claim(ctx, sentence, m, *found)

    @staticmethod
    def _find(text: str, m: NumberMatch, documents: dict[str, str]) -> tuple[str, str, int] | None:
        """(document kind, unit, end of the phrase) for a figure that is a document's length."""
        if m.ordinal or m.unit is not None:
            return None
        hyphen = _HYPHEN_UNIT.match(text, m.end)
        if hyphen is not None and text[m.end : m.end + 1] in "-‐‑":
            unit = hyphen.group(1).lower().rstrip("s") + "s"
            doc = _document_after(text, hyphen.end(), documents)
            return (doc[0], unit, doc[1]) if doc else None
        spaced = _SPACE_UNIT.match(text, m.end)
        if spaced is not None:
            kind = _document_before(text, m.start, documents)
            return (kind, spaced.group(1).lower(), spaced.end()) if kind else None
        return None

    def _claim(self, ctx: ArticleContext, sentence: Sentence, m: NumberMatch, kind: str, unit: str, end: int) -> Claim:
        number = normalized_number(m, unit, is_revised(sentence.text))
        normalized = Normalized(
            key=str(int(m.value)),
            display=f"{number.display} {unit}",
            low=number.low,
            high=number.high,
            unit=unit,
            revised=number.revised,
        )
        return ctx.make_claim(
            extractor=self.id,
            kind=ClaimKind.QUANTITY,
            subject=kind,
            subject_key=kind,
            attribute=f"length in {unit}",
            start=sentence.start + m.start,
            end=sentence.start + end,
            sentence=sentence,
            normalized=normalized,
            compare_as=CompareAs.NUMBER,
            event=event_hints(ctx, sentence, participants_of(ctx, sentence)),
        )


register(DocLengthExtractor())
