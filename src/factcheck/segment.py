"""Stage 2: split the clean text into paragraphs and sentences with character offsets.

Sentence boundaries come from syntok (abbreviations such as "U.S." and "D.C." are handled there);
junk spans are cut out first so no sentence straddles page furniture. A line that looks like a table row
starts a new paragraph, and a run longer than :data:`~factcheck.limits.MAX_SENTENCE_CHARS` without a
sentence end (a table without full stops, a page flattened to one line) is split into pieces of at most
that length, so the extractors' cost stays linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import syntok.segmenter as syntok_segmenter
from syntok.tokenizer import Tokenizer

from factcheck.limits import MAX_SENTENCE_CHARS
from factcheck.models import JunkSpan

__all__ = ["Sentence", "is_table_line", "segment", "segment_with_splits", "title_abbreviations"]

_LINE = re.compile(r"[^\n]+")
# A table row: cells separated by a tab, a pipe or a run of spaces ("1  Amos Keter  2:05:31").
_CELL_GAP = re.compile(r"\S(?:\t|  +|\s\|\s?)\S")
_TOKEN = re.compile(r"\S+")
# A line whose tokens are at least this share figures is a row of figures ("12 8 3 41"), not prose.
TABLE_FIGURE_SHARE = 0.4
# syntok reads one paragraph at a time; a longer paragraph is cut at whitespace first (syntok's own cost
# grows faster than linearly on very long paragraphs).
MAX_PARAGRAPH_CHARS = 20 * MAX_SENTENCE_CHARS
_CUT_AFTER = re.compile(r"[;,]\s|\s")


# A wire dateline at the start of a paragraph: an upper-case town of up to three words, an optional region
# ("Hawaii", "Fla."), an optional date ("Oct. 31", "June 6, 2024"), an optional agency ("(Agency)",
# "/Wire/"), a dash, and a capital that starts the story. Bounded pieces, matched at one offset only.
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.-]{2,40}(?:[ \t][A-Z][A-Z'’.-]{1,40}){0,2}"
    r"(?:,[ \t]*[A-Z][\w.'’-]{0,30}(?:[ \t][A-Z][\w.'’-]{0,30}){0,2})?"
    r"(?:,?[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?"
    r"[ \t]*(?:\([^()\n]{1,60}\)|/[^/\n]{1,40}/)?"
    r"[ \t]*(?:--|[-–—])[ \t]+(?=[\"“‘']?[A-Z0-9])"
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    index: int


def _kept_ranges(length: int, junk: tuple[JunkSpan, ...]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    pos = 0
    for j in sorted(junk, key=lambda j: j.start):
        if j.start > pos:
            ranges.append((pos, j.start))
        pos = max(pos, j.end)
    if pos < length:
        ranges.append((pos, length))
    return ranges


def _paragraphs(text: str, start: int, end: int, wrapped: bool = True) -> list[tuple[int, int]]:
    """Paragraph spans: one per non-blank line (scraped and wire text keeps one paragraph a line),
    except that hard-wrapped lines (Markdown, e-mail) are joined to the line they continue; ``wrapped``
    says whether the text shows hard wrapping at all (see :func:`hard_wrapped`)."""
    out: list[tuple[int, int]] = []
    for line_match in _LINE.finditer(text, start, end):
        a, b = line_match.start(), line_match.end()
        line = text[a:b]
        if not line.strip():
            continue
        previous = text[out[-1][0] : out[-1][1]] if out else ""
        if out and text[out[-1][1] : a].count("\n") == 1 and _continues(previous, line, wrapped):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# A line this long that ends mid-sentence was wrapped by an editor, not ended (typical wraps: 70-80).
HARD_WRAP_MIN_LINE = 50
_TERMINALS = (".", "!", "?", ":", "”", '"', "’")
_OPENING_QUOTES = "\"“‘'("
# Articles, prepositions and conjunctions (lower case only: a capitalised one is a title word).
_FUNCTION_WORDS = frozenset(
    """a an the of in on at to for from with by into onto over under about after before between during
    than and or but nor as via per its their his her our your my whose which that""".split()  # noqa: SIM905
)


def is_table_line(line: str) -> bool:
    """A line that looks like a table row: never joined to the line before (no sentence runs across it)."""
    if _CELL_GAP.search(line.strip()) is not None:
        return True
    tokens = _TOKEN.findall(line)
    figures = sum(1 for t in tokens if any(c.isdigit() for c in t))
    return len(tokens) >= 3 and figures >= TABLE_FIGURE_SHARE * len(tokens)


def _first_char(line: str) -> str:
    return line.lstrip().lstrip(_OPENING_QUOTES)[:1]


def _ends_open(line: str) -> bool:
    """Whether ``line`` ends without terminal punctuation (the sentence may go on on the next line)."""
    return not line.rstrip().endswith(_TERMINALS)


def _continues(previous: str, line: str, wrapped: bool = True) -> bool:
    """Whether ``line`` goes on with the sentence of ``previous`` (the line before it, one newline apart).

    A line starting in lower case always does. A line starting with a capital does only in a hard-wrapped
    text (``wrapped``) after a line of wrapping length: in a scraped page, one paragraph a line, a line
    without a full stop followed by a capitalised line is a headline, caption, byline or list item, and
    joining it ran its figures into the next sentence's subject (issue 9)."""
    if is_table_line(line) or is_table_line(previous):
        return False
    first = _first_char(line)
    if not _ends_open(previous):
        return False
    if first.islower() or (first.isalnum() and _ends_on_function_word(previous)):
        return True
    return wrapped and len(previous) >= HARD_WRAP_MIN_LINE and previous.rstrip()[-1:].isalnum() and first.isalnum()


def _ends_on_function_word(line: str) -> bool:
    """Whether ``line`` ends on a word no sentence, headline or caption ends on ("of", "the", "on"): the
    line break falls inside a sentence, whatever the next line starts with."""
    words = line.split()
    return bool(words) and words[-1] in _FUNCTION_WORDS


def hard_wrapped(text: str) -> bool:
    """Whether ``text`` shows hard wrapping: some line of wrapping length that ends without terminal
    punctuation is followed (one newline apart) by a line starting in lower case, a sentence running on
    across the break. Scraped pages keep one paragraph a line and show none; one pass over the lines."""
    previous = ""
    gap = 0
    for m in _LINE.finditer(text):
        line = m.group()
        if not line.strip():
            continue
        if (
            previous
            and text.count("\n", gap, m.start()) == 1
            and len(previous) >= HARD_WRAP_MIN_LINE
            and _ends_open(previous)
            and _first_char(line).islower()
            and not is_table_line(previous)
        ):
            return True
        previous, gap = line, m.end()
    return False


@cache
def title_abbreviations() -> frozenset[str]:
    """Abbreviated titles, ranks and honorifics ("Gov.", "Lt.", "Dr."): from data/titles.json, every word
    ending in a full stop. A sentence never ends on one: "Hawaii Gov. Josh Green said" is one sentence."""
    from factcheck.normalize.reference import load_data

    words: set[str] = set()

    def walk(x: object) -> None:
        if isinstance(x, str):
            words.update(w for w in x.split() if w.endswith(".") and len(w) > 2)
        elif isinstance(x, list):
            for item in x:
                walk(item)
        elif isinstance(x, dict):
            for key, item in x.items():
                if key != "about":
                    walk(item)

    walk(load_data("titles.json"))
    return frozenset(words)


def _ends_on_title(sentence: str) -> bool:
    last = sentence.rsplit(None, 1)[-1] if sentence.strip() else ""
    return last in title_abbreviations()


def _pieces(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut into pieces of at most ``limit`` characters, after a ';' or ',' or at a space
    in the second half of each piece when there is one, else hard."""
    out: list[tuple[int, int]] = []
    while end - start > limit:
        cut = start + limit
        best = None
        for m in _CUT_AFTER.finditer(text, start + limit // 2, start + limit):
            if best is None or m.group()[0] in ";," or text[best - 1] not in ";,":
                best = m.end()
        cut = best if best is not None and best > start else cut
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# What syntok can end a sentence at: its terminals (".", "!", "?", ";", "...", CJK and full-width stops) and
# opening brackets (syntok.segmenter's State.terminals and State.opening_brackets). A chunk without any
# of them and without a newline is one sentence for syntok.
_SYNTOK_BREAKS = frozenset(
    ".!?;\u203c\u203d\u2047\u2048\u2049\u3002\ufe52\ufe57\uff01\uff0e\uff1f\uff61"
    "([{\uff5f\uff5b\uff3b\uff08\ufe5d\ufe5b\ufe59\ufd3e\u301a\u3018\u2985\u2983\u2329\n"
)
# syntok's tokens: runs of characters other than whitespace and the zero-width space. Its own pattern (of
# the `regex` module, whose whitespace differs from `re`'s: U+001C-U+001F are no whitespace there).
_SYNTOK_TOKEN: Any = Tokenizer._spaces


def _syntok_spans(chunk: str) -> list[tuple[int, int]]:
    """syntok's sentences of ``chunk`` as (start, end) offsets: from the first token's start to the last
    token's end. A chunk syntok cannot split (a table row, a list line) is spanned without running it: its
    tokenizer and state machine cost some 60 us a line, most of the segmentation of a results table."""
    if _SYNTOK_BREAKS.isdisjoint(chunk):
        first = _SYNTOK_TOKEN.search(chunk)
        if first is None:
            return []
        # syntok's last token is an empty one at the chunk's end when characters follow the last run.
        last_end = max(m.end() for m in _SYNTOK_TOKEN.finditer(chunk, first.start()))
        return [(first.start(), len(chunk) if last_end < len(chunk) else last_end)]
    spans = []
    for para in syntok_segmenter.analyze(chunk):
        for sent in para:
            if sent:
                spans.append((sent[0].offset, sent[-1].offset + len(sent[-1].value)))
    return spans


def _without_dateline(text: str, raw: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a paragraph, with a dateline in front of the first ("OSLO, May 3 (Agency) - ",
    "PORT TOWN, Region — ") cut off as a sentence of its own: the claim's sentence then starts with the
    story, and the dateline stays one sentence for what reads it (the wire dateline's place). syntok may
    have ended a sentence inside the dateline ("TOWN, Fla." + "— The storm ..."): those pieces join it."""
    if not raw:
        return raw
    m = _DATELINE.match(text, raw[0][0], raw[-1][1])
    if m is None:
        return raw
    cut = m.end()
    out = [(raw[0][0], cut)]
    for a, b in raw:
        if b > cut:
            out.append((max(a, cut), b))
    return out


def segment_with_splits(text: str, junk: tuple[JunkSpan, ...] = ()) -> tuple[list[Sentence], list[tuple[int, int]]]:
    """:func:`segment`, and the spans longer than ``MAX_SENTENCE_CHARS`` that were split into pieces."""
    sentences: list[Sentence] = []
    splits: list[tuple[int, int]] = []
    paragraph = 0
    wrapped = hard_wrapped(text)
    for r_start, r_end in _kept_ranges(len(text), junk):
        for p_start, p_end in _paragraphs(text, r_start, r_end, wrapped):
            raw: list[tuple[int, int]] = []  # syntok's sentences of this paragraph
            for c_start, c_end in _pieces(text, p_start, p_end, MAX_PARAGRAPH_CHARS):
                for a, b in _syntok_spans(text[c_start:c_end]):
                    a, b = c_start + a, c_start + b
                    if raw and _ends_on_title(text[raw[-1][0] : raw[-1][1]]):
                        a = raw.pop()[0]  # "Hawaii Gov." + "Josh Green said ...": one sentence
                    raw.append((a, b))
            raw = _without_dateline(text, raw)
            for a, b in raw:
                if b - a > MAX_SENTENCE_CHARS:
                    splits.append((a, b))
                for x, y in _pieces(text, a, b, MAX_SENTENCE_CHARS):
                    x, y = _trimmed(text, x, y)
                    if y > x:
                        sentences.append(Sentence(x, y, text[x:y], paragraph, len(sentences)))
            paragraph += 1
    return sentences, splits


def segment(text: str, junk: tuple[JunkSpan, ...] = ()) -> list[Sentence]:
    """Sentences of ``text`` outside ``junk``, in order, each with its paragraph number."""
    return segment_with_splits(text, junk)[0]
