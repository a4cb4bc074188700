"""Finding quotations in text: the quotation marks, the quoted words, and paragraph-spanning quotes.

Shared by the quote and label extractors (:mod:`factcheck.extract.quotes.quote`, :mod:`.label`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.normalize.reference import fold, word_list
from factcheck.segment import Sentence

__all__ = [
    "FULL_SENTENCE_MIN_WORDS",
    "TITLE_CASE_SHARE",
    "QuoteSpan",
    "find_quote_spans",
    "quote_key",
    "title_case",
]

# A quote this short, or one that starts in lower case, is a fragment: its closing period is the
# sentence's, not the speaker's ("he called it “a duty.”" -> "a duty").
FULL_SENTENCE_MIN_WORDS = 4
# Share of capitalized content words above which a line is a headline in title case (news headlines
# capitalize every content word; running text capitalizes 10-30% of them).
TITLE_CASE_SHARE = 0.7
_WORD = re.compile(r"[\w’'-]+")
_FUNCTION_WORDS = frozenset(word_list("function_words.json", "title_case_minor"))


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation: marks at ``open``/``close``; the quoted words are ``[start, end)``."""

    open: int
    close: int
    start: int
    end: int
    paragraph: int
    continued: bool = False  # opens a paragraph that continues the previous paragraph's quote
    cut: bool = False  # runs to the end of a page cut before the closing mark (its last word dropped)

    def words(self, text: str) -> int:
        return len(_WORD.findall(text[self.start : self.end]))


def quote_key(text: str) -> str:
    """Comparison key of quoted words: lower case, punctuation dropped, hyphens as spaces, order kept."""
    tokens = re.findall(r"[a-z0-9']+", fold(text).replace("-", " "))
    return " ".join(t.strip("'") for t in tokens if t.strip("'"))


def title_case(text: str) -> bool:
    """True for a headline in title case (most content words capitalized)."""
    found: list[str] = _WORD.findall(text)
    words = [w for w in found[1:] if w.lower() not in _FUNCTION_WORDS and w[:1].isalpha()]
    if len(words) < 2:
        return False
    share = sum(w[:1].isupper() for w in words) / len(words)
    return share >= TITLE_CASE_SHARE


# ---------------------------------------------------------------- finding quotation marks


def _paragraphs(sentences: list[Sentence]) -> list[tuple[int, int, int]]:
    spans: dict[int, tuple[int, int]] = {}
    for s in sentences:
        a, b = spans.get(s.paragraph, (s.start, s.end))
        spans[s.paragraph] = (min(a, s.start), max(b, s.end))
    return [(a, b, p) for p, (a, b) in sorted(spans.items())]


def _opens(text: str, i: int, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and not after.isspace()


def _straight_closing(text: str, i: int, hi: int) -> int:
    """Offset of the next straight mark after ``i`` that can close a quotation, or -1."""
    j = text.find('"', i + 1, hi)
    if j == -1 or not text[j - 1].isspace():
        return j
    # A closing mark typed after a space, behind the quote's own comma or stop (‘…families, " said X’):
    # it is followed by a space, where an opening mark is followed by the quoted word.
    after = text[j + 1] if j + 1 < len(text) else " "
    return j if text[j - 2 : j - 1] in (",", ".", "!", "?") and after.isspace() else -1


def _closing(text: str, mark: str, i: int, hi: int) -> int:
    """Offset of the mark closing the quotation opened at ``i``, or -1."""
    if mark == "“":
        j = text.find("”", i + 1, hi)
        nxt = text.find("“", i + 1, hi)
        if j == -1 and nxt == -1:
            return _straight_closing(text, i, hi)  # “…" typed with two kinds of mark
        return -1 if nxt != -1 and (j == -1 or nxt < j) else j
    if mark == '"':
        j = _straight_closing(text, i, hi)
        if j == -1 and '"' not in text[i + 1 : hi]:
            j = text.find("”", i + 1, hi)  # "…” typed with two kinds of mark
        return j
    for m in re.finditer("’", text[i + 1 : hi]):  # ‘…’: the closing mark is not an apostrophe
        j = i + 1 + m.start()
        follow = text[j + 1] if j + 1 < len(text) else " "
        if not follow.isalpha() and not text[j - 1].isspace() and "“" not in text[i:j]:
            return j
    return -1


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
        b -= 1
    inner = text[a:b]
    if inner.endswith(".") and not inner.endswith("..."):
        words = len(_WORD.findall(inner))
        if words < FULL_SENTENCE_MIN_WORDS or inner[:1].islower():
            b -= 1
            while b > a and text[b - 1].isspace():
                b -= 1
    return a, b


def _cut_end(text: str, a: int, hi: int) -> int:
    """End of the quoted words of a quotation that a page cut at ``hi``: a cut inside a word leaves a
    piece of it ("and c" for "and closed"), which is dropped with the space before it."""
    if not text[hi - 1 : hi].isalnum():
        return hi
    space = max(text.rfind(" ", a, hi), text.rfind("\n", a, hi))
    return space if space > a else hi


def find_quote_spans(text: str, sentences: list[Sentence]) -> list[QuoteSpan]:
    """Top-level quotations in text order; a quotation never crosses a paragraph, except that an
    unclosed quotation runs to the end of its paragraph when the next paragraph opens with a quotation
    mark (the newspaper convention for a quote of several paragraphs), and an unclosed quotation in the
    last paragraph runs to the end of a text that stops there (a page cut mid-quote)."""
    spans: list[QuoteSpan] = []
    paragraphs = _paragraphs(sentences)
    carried = False
    for n, (lo, hi, number) in enumerate(paragraphs):
        i = lo
        continued, carried = carried, False
        while i < hi:
            mark = text[i]
            if mark not in '“"‘' or not _opens(text, i, lo):
                i += 1
                continue
            j = _closing(text, mark, i, hi)
            cut = False
            if j == -1 and mark in '“"' and n + 1 < len(paragraphs):
                next_lo = paragraphs[n + 1][0]
                if text[next_lo : next_lo + 1] == mark:
                    j, carried = hi, True
            elif j == -1 and mark in '“"' and not text[hi:].strip():
                j, cut = hi, True
            if j == -1:
                i += 1
                continue
            a, b = _trim(text, i + 1, _cut_end(text, i + 1, j) if cut else j)
            if b > a:
                spans.append(QuoteSpan(i, j, a, b, number, continued and i == lo, cut))
            i = j + 1
    return spans
