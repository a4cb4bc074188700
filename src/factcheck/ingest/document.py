"""A loaded article: its original text, the clean text the pipeline reads, and the map between them."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from factcheck.models import Evidence, JunkSpan, Source

__all__ = ["Document", "OffsetMap"]

BOM = "\ufeff"
_PARTIAL_ENTITY = re.compile(r"&#?\w*$")
_ENTITY_REST = re.compile(r"#?\w*;")


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in the clean text back to offsets in the original text.

    ``runs`` are ``(clean_start, original_start, length)`` triples, sorted by ``clean_start``: inside a
    run characters correspond one to one. An empty map with ``base`` is the identity shifted by ``base``
    (plain text, or Markdown after its front matter).
    """

    base: int = 0
    runs: tuple[tuple[int, int, int], ...] = ()
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def from_runs(cls, runs: list[tuple[int, int, int]]) -> OffsetMap:
        ordered = tuple(sorted(runs))
        return cls(base=0, runs=ordered, _starts=tuple(r[0] for r in ordered))

    def to_original(self, clean: int) -> int:
        """Original offset of the character at clean offset ``clean``."""
        if not self.runs:
            return clean + self.base
        i = bisect.bisect_right(self._starts, clean) - 1
        if i < 0:
            return self.runs[0][1]
        c0, o0, length = self.runs[i]
        return o0 + min(clean - c0, max(length - 1, 0))

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` covering the clean ``[start, end)``."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


@dataclass(frozen=True)
class Document:
    """One article ready for the pipeline."""

    source: Source
    original: str
    text: str
    offset_map: OffsetMap = OffsetMap()
    junk: tuple[JunkSpan, ...] = ()  # in clean-text offsets
    _line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = [0]
        for i, ch in enumerate(self.original):
            if ch == "\n":
                starts.append(i + 1)
        object.__setattr__(self, "_line_starts", tuple(starts))

    def with_junk(self, junk: tuple[JunkSpan, ...]) -> Document:
        return Document(self.source, self.original, self.text, self.offset_map, junk)

    def with_bom(self) -> Document:
        """This document with a UTF-8 byte-order mark in front of its original text: evidence offsets count
        the mark (as a program reading the file as UTF-8 does), columns do not (as an editor shows them)."""
        m = self.offset_map
        shifted = (
            OffsetMap(base=m.base + 1) if not m.runs else OffsetMap.from_runs([(c, o + 1, n) for c, o, n in m.runs])
        )
        return Document(self.source, BOM + self.original, self.text, shifted, self.junk)

    def line_column(self, original_offset: int) -> tuple[int, int]:
        """1-based line and column of an original offset (a byte-order mark takes no column)."""
        i = bisect.bisect_right(self._line_starts, original_offset) - 1
        column = original_offset - self._line_starts[i] + 1
        if i == 0 and self.original.startswith(BOM) and original_offset > 0:
            column -= 1
        return i + 1, column

    def in_junk(self, start: int, end: int) -> bool:
        return any(start < j.end and end > j.start for j in self.junk)

    def evidence(self, start: int, end: int, sentence_start: int, sentence_end: int) -> Evidence:
        """Evidence for the clean span ``[start, end)`` inside the clean sentence span."""
        o_start, o_end = self._whole_entities(*self.offset_map.span_to_original(start, end))
        s_start, s_end = self._whole_entities(*self.offset_map.span_to_original(sentence_start, sentence_end))
        line, column = self.line_column(o_start)
        sentence = " ".join(self.original[s_start:s_end].split())
        return Evidence(
            source_id=self.source.id,
            sentence=sentence,
            start=o_start,
            end=o_end,
            text=self.original[o_start:o_end],
            line=line,
            column=column,
        )

    def _whole_entities(self, start: int, end: int) -> tuple[int, int]:
        """Extend an original span that ends inside an HTML entity (``&rdquo;``) to the entity's end."""
        partial = _PARTIAL_ENTITY.search(self.original, max(start, end - 10), end)
        if partial is not None:
            rest = _ENTITY_REST.match(self.original, end)
            if rest is not None:
                return start, rest.end()
        return start, end

    def junk_in_original(self) -> tuple[JunkSpan, ...]:
        out = []
        for j in self.junk:
            a, b = self.offset_map.span_to_original(j.start, j.end)
            out.append(JunkSpan(start=a, end=b, reason=j.reason, preview=j.preview))
        return tuple(out)
