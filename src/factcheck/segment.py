"""Stage 2: split the clean text into paragraphs and sentences with character offsets.

Sentence boundaries come from syntok (abbreviations such as "U.S." and "D.C." are handled there);
junk spans are cut out first so no sentence straddles page furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import syntok.segmenter as syntok_segmenter

from factcheck.models import JunkSpan

__all__ = ["Sentence", "segment", "title_abbreviations"]

_LINE = re.compile(r"[^\n]+")


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


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraph spans: one per non-blank line (scraped and wire text keeps one paragraph a line),
    except that hard-wrapped lines (Markdown, e-mail) are joined to the line they continue."""
    out: list[tuple[int, int]] = []
    for line_match in _LINE.finditer(text, start, end):
        a, b = line_match.start(), line_match.end()
        line = text[a:b]
        if not line.strip():
            continue
        if out and text[out[-1][1] : a].count("\n") == 1 and _continues(text[out[-1][0] : out[-1][1]], line):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# A line this long that ends mid-sentence was wrapped by an editor, not ended (typical wraps: 70-80).
HARD_WRAP_MIN_LINE = 50


def _continues(previous: str, line: str) -> bool:
    first = line.lstrip().lstrip("\"“‘'(")[:1]
    if previous.rstrip().endswith((".", "!", "?", ":", "”", '"', "’")):
        return False
    if first.islower():
        return True
    return len(previous) >= HARD_WRAP_MIN_LINE and previous.rstrip()[-1:].isalnum() and first.isalnum()


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


def segment(text: str, junk: tuple[JunkSpan, ...] = ()) -> list[Sentence]:
    """Sentences of ``text`` outside ``junk``, in order, each with its paragraph number."""
    sentences: list[Sentence] = []
    paragraph = 0
    for r_start, r_end in _kept_ranges(len(text), junk):
        for p_start, p_end in _paragraphs(text, r_start, r_end):
            chunk = text[p_start:p_end]
            for para in syntok_segmenter.analyze(chunk):
                for sent in para:
                    if not sent:
                        continue
                    a = p_start + sent[0].offset
                    b = p_start + sent[-1].offset + len(sent[-1].value)
                    last = sentences[-1] if sentences else None
                    if last is not None and last.paragraph == paragraph and _ends_on_title(last.text):
                        a = last.start  # "Hawaii Gov." + "Josh Green said ...": one sentence
                        sentences.pop()
                    sentences.append(Sentence(a, b, text[a:b], paragraph, len(sentences)))
            paragraph += 1
    return sentences
