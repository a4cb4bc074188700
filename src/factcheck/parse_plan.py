"""What of an article the statistical parser reads (:func:`parse_plan`), within the parse budget.

The parse costs far more than the rules (about 1.5 to 4 CPU seconds per 100 KB of prose with the small
English pipeline), so nothing is parsed that nothing reads: junk, figure-dense runs (a table or list run
together, whose figures are skipped) and plain-text table rows are blanked, same length and offsets.

An article whose remaining text is longer than the parse budget (``limits.MAX_PARSE_CHARS``, setting
``max-parse-size``) is not a news article but a dump, a feed or a hostile input. Then only the sentences
that may hold a claim the parse is needed for (a figure, a date, a quotation, a name) are parsed, in text
order, until the budget is spent; the parse stops there. The rest is read by the rules alone: its claims
are still found, but without what the parse adds (qualifiers, parse-only tolls, persons the rules do not
know), and a warning (``FC106``) says where the parse stopped. The pieces of a run longer than
``MAX_SENTENCE_CHARS`` without a sentence end (a page flattened to one line) are not parsed then either:
they are no sentences the parser was trained on, and parsing 12,000 characters of them cost about 0.4 CPU
s, most of what a 100 KB flattened page took (``benchmarks/bench_adversarial.py``). Articles within the
budget are parsed exactly as before: every kept character, nothing filtered.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.limits import MAX_FIGURES_PER_SENTENCE
from factcheck.normalize.numbers import find_numbers
from factcheck.segment import Sentence, segment_with_splits

if TYPE_CHECKING:
    from factcheck.ingest.document import Document

__all__ = ["MIN_TABLE_COLUMN_GAPS", "ParsePlan", "needs_parse", "parse_plan", "parser_input"]

_LINE = re.compile(r"[^\n]+")
# Columns of a plain-text table are set apart by runs of spaces or tabs; a line with this many such gaps is
# a table row ("3  Jane Roe  Peru  2:02:12  14 points"), which the parser cannot read as a sentence.
_COLUMN_GAP = re.compile(r"(?:\t| {2,})\S")
MIN_TABLE_COLUMN_GAPS = 3
_NOT_NEWLINE = re.compile(r"[^\n]")
# A page's own date label at the start of a line ("date 2024-05-16 ", "Published: 16 May 2024 "), with the
# article's first sentence running on after it on the same line: the parser would read the label as part
# of that sentence (a noun "date" heading it), which tears the parse of the sentence's figures apart. The
# label is blanked for the parser only; the date-line readers read the text (ingest.dateline, event_date).
_PAGE_DATE_LABEL = re.compile(
    r"(?im)^[ \t]*(?:date|published|updated|posted)[ \t]*:?[ \t]*"
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[ \t]+[a-z]{3,9}\.?[ \t]+\d{4}|[a-z]{3,9}\.?[ \t]+\d{1,2},?[ \t]+\d{4})"
    r"(?=[ \t]+\S)"
)
# What the parse is read for: a figure (digits or number words, see find_numbers), a date ("on Tuesday",
# "last week", "yesterday"), a quotation, or a name (a capitalised word after the first). A sentence with
# none of these yields no claim whose reading needs the parse.
_MAY_NEED_PARSE = re.compile(
    r"[\d\"“”„«»]|\s[^\w\s]*[A-Z]"
    r"|\b(?i:yesterday|today|tonight|tomorrow|ago|last|next|earlier|later|week|month|year|decade|century)\b"
)


@dataclass(frozen=True)
class ParsePlan:
    """The text the parser reads (blanked, same offsets as the clean text; cut short at ``cut`` when the
    article is over ``budget``) and how many characters the parse stopped short of."""

    text: str
    budget: int
    cut: int | None = None  # clean-text offset where the parse stops; None when the whole text is read
    unparsed: int = 0  # characters of clean text after ``cut``
    unparsed_runs: int = 0  # characters of the pieces of over-long runs left unparsed before ``cut``


def needs_parse(sentence: str) -> bool:
    """Whether ``sentence`` may hold a claim whose reading needs the parse (see ``_MAY_NEED_PARSE``)."""
    return _MAY_NEED_PARSE.search(sentence) is not None or bool(find_numbers(sentence, True))


def _blank(text: str) -> str:
    return _NOT_NEWLINE.sub(" ", text)


def _visible(text: str) -> int:
    """Characters the parser reads in ``text``: all but whitespace (blanked text is whitespace)."""
    return sum(map(len, text.split()))


def _blanked(doc: Document, sentences: list[Sentence], figures: Callable[[Sentence], Sequence[object]]) -> str:
    """The clean text with junk, figure-dense sentences and table rows blanked (same length)."""
    from factcheck.models import JunkSpan
    from factcheck.parse import blank_junk

    dense = [
        JunkSpan(start=s.start, end=s.end, reason="figure-dense", preview="")
        for s in sentences
        if len(figures(s)) > MAX_FIGURES_PER_SENTENCE
    ]
    rows = [
        JunkSpan(start=m.start(), end=m.end(), reason="table row", preview="")
        for m in _LINE.finditer(doc.text)
        if len(_COLUMN_GAP.findall(m.group())) >= MIN_TABLE_COLUMN_GAPS
    ]
    labels = [
        JunkSpan(start=m.start(), end=m.end(), reason="page date label", preview="")
        for m in _PAGE_DATE_LABEL.finditer(doc.text)
    ]
    return blank_junk(doc.text, (*doc.junk, *dense, *rows, *labels))


def _pieces_of_runs(sentences: list[Sentence], splits: Sequence[tuple[int, int]]) -> set[int]:
    """Indices of the sentences that are pieces of a run split at ``MAX_SENTENCE_CHARS`` (``splits``)."""
    starts = [s.start for s in sentences]
    out: set[int] = set()
    for a, b in splits:
        out.update(sentences[i].index for i in range(bisect_left(starts, a), bisect_left(starts, b)))
    return out


def parse_plan(
    doc: Document,
    sentences: list[Sentence] | None = None,
    budget: int | None = None,
    figures: Callable[[Sentence], Sequence[object]] | None = None,
    splits: Sequence[tuple[int, int]] = (),
) -> ParsePlan:
    """What the parser reads of ``doc`` (its ``sentences`` and the runs split into pieces, ``splits``;
    both found here when ``sentences`` is not given) within ``budget`` characters (default: the process's
    ``max-parse-size``); see the module docstring. ``figures`` gives a sentence's figures of every role
    (default: found here; an article context passes the ones it keeps, so that they are found once)."""
    from factcheck.parse import parse_budget

    budget = parse_budget() if budget is None else budget
    if sentences is None:
        sentences, splits = segment_with_splits(doc.text, doc.junk)
    full = _blanked(doc, sentences, figures or (lambda s: find_numbers(s.text, True)))
    if _visible(full) <= budget:
        return ParsePlan(full, budget)
    runs = _pieces_of_runs(sentences, splits)
    parts: list[str] = []
    pos = spent = 0
    for s in sentences:
        piece = full[s.start : s.end]
        if s.index in runs or not needs_parse(piece):
            continue
        cost = _visible(piece)
        if spent + cost > budget:
            # The parse stops here; the text it reads ends with the last sentence kept (nothing after
            # it would be read: the Doc is shorter than the article, see ArticleContext.parsed_span).
            skipped = sum(min(b, s.start) - a for a, b in splits if a < s.start)
            return ParsePlan("".join(parts), budget, s.start, len(full) - s.start, skipped)
        spent += cost
        parts += [_blank(full[pos : s.start]), piece]
        pos = s.end
    return ParsePlan("".join(parts), budget, unparsed_runs=sum(b - a for a, b in splits))


def parser_input(doc: Document) -> str:
    """The text the statistical parser reads of ``doc`` (:func:`parse_plan`)."""
    return parse_plan(doc).text
