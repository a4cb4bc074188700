"""Page-junk removal: find the page furniture in scraped article text that must yield no claims.

What: :func:`find_junk` returns sorted, non-overlapping spans of whole lines (character offsets into the
text) that are ads, subscription/cookie/social notices, breadcrumbs, repeated title lines, link lists
and teaser lists, a press release or another story pasted after the article, comment widgets and
copyright lines. Each span says why it was dropped and shows the start of the dropped text.

Why: scraped news pages carry text that is not the article. Figures and names in an ad or a teaser
for another story would become false claims and false conflicts.

How (general signals, one pass over the lines):

- a marker lexicon (``data/junk_markers.json``): *line* markers drop one short line, *end* markers
  start a tail that runs to the end of the text, *weak* markers (ad slots) drop their line and cut to
  the end only when what follows shares none of the body's names or is itself a list of links or
  teasers (furniture lines in a row: a subheading between paragraphs is no list),
  *intro* markers ("Related:") drop their line and the link lines right after it;
- a dateline of another story ("CITY, ST / WIRE / ...") after the body starts a tail;
- a tail is extended backwards over the headings/labels just before it;
- before the tail: repeated lines (the first is kept), runs of short non-sentence lines (link lists)
  and runs of teasers (lines ending in an ellipsis).

Example::

    >>> spans = find_junk("Advertisement\\nThe council approved the budget on Monday.\\n")
    >>> (spans[0].start, spans[0].end, spans[0].reason)
    (0, 13, 'marker:advertisement')
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from factcheck.junk_lists import ELLIPSIS as _ELLIPSIS
from factcheck.junk_lists import mark_duplicates, mark_runs, mark_truncated_copies
from factcheck.junk_markers import Marker, compile_markers
from factcheck.limits import MAX_SENTENCE_CHARS
from factcheck.models import JunkSpan
from factcheck.segment import is_table_line

__all__ = ["Line", "find_junk"]

# A cookie or paywall notice is one or two sentences; a longer line is article prose.
LINE_MARKER_MAX_CHARS = 300
# "N thoughts on “<headline>”" with a long headline still fits; a longer line is a paragraph.
END_MARKER_MAX_CHARS = 200
# News headlines and menu items stay under ~110 characters (seed titles: 36-101).
SHORT_LINE_CHARS = 120
# A line this long is prose even without final punctuation (a paragraph cut off mid-sentence).
LONG_LINE_CHARS = 150
# Fewer words than this ending in a period is a label ("Updated.") rather than a sentence of the body.
MIN_SENTENCE_WORDS = 5
# About two sentences of news prose: an end marker before that much body is page header, not the end.
MIN_BODY_BEFORE_TAIL = 250
# Teasers are one or two sentences cut short; a longer line ending in "..." is a truncated paragraph.
TEASER_MAX_CHARS = 300
# A dateline of a story on the same topic after fewer body paragraphs than this is the article's own
# dateline under a standfirst, not a pasted story; an off-topic one is cut whatever precedes it.
DATELINE_MIN_BODY_LINES = 3
# Hard-wrapped text breaks lines at 60-100 columns; a shorter line before a break is a heading, a list
# item or the last line of a paragraph, so it does not continue on the next line.
WRAP_MIN_CHARS = 40
# What follows an ad slot is judged on about one paragraph: up to this many characters / lines.
WINDOW_CHARS = 800
WINDOW_LINES = 8
# Share of listed furniture (short non-sentence lines, teasers, markers next to another such line; other ad
# slots not counted) in that window that makes it a list.
FURNITURE_SHARE = 0.6
# A name is one of the body's main entities when it occurs this often before the ad slot.
ENTITY_MIN_COUNT = 2
# JunkSpan.preview length (the brief asks for about 60 characters).
PREVIEW_CHARS = 60

_DECORATION = " \t\r-–—―•·*|>»«<~_=#[](){}:,"
_SENTENCE_END = re.compile(r"[.!?][\"”’'»)\]]*$")
_CAPITALIZED = re.compile(r"\b[^\W\d_][\w]*", re.UNICODE)
_MONTHS = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
# An ALL-CAPS place at the start of a line, e.g. "LOS ANGELES" or "ST. PAUL".
_CITY = r"(?-i:[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3})"


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str  # stripped
    kind: str  # blank | body | short | teaser | other


@dataclass(frozen=True, slots=True)
class _Lexicon:
    line: tuple[Marker, ...]
    weak: tuple[Marker, ...]
    intro: tuple[Marker, ...]
    end: tuple[Marker, ...]
    dateline: re.Pattern[str]
    stopwords: frozenset[str]
    open_words: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    source = resources.files("factcheck.data").joinpath("junk_markers.json")
    raw = json.loads(source.read_text(encoding="utf-8"))
    wires = "|".join(re.escape(w) for w in sorted(raw["wires"], key=len, reverse=True))
    dateline = re.compile(
        rf"^{_CITY}(?:,\s*[A-Za-z. ]{{1,25}}?)?(?:,\s*(?:{_MONTHS})\.?\s+\d{{1,2}})?\s*"
        rf"(?:[/(]\s*(?:{wires})\s*[/)]|,\s*(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})",
        re.IGNORECASE,
    )
    return _Lexicon(
        line=compile_markers(raw["line"]),
        weak=compile_markers(raw["weak"]),
        intro=compile_markers(raw["intro"]),
        end=compile_markers(raw["end"]),
        dateline=dateline,
        stopwords=frozenset(raw["entity_stopwords"]),
        open_words=frozenset(raw["open_words"]),
    )


def _kind(s: str) -> str:
    if not s:
        return "blank"
    if _ELLIPSIS.search(s):
        return "teaser" if len(s) <= TEASER_MAX_CHARS else "body"
    if len(s) >= LONG_LINE_CHARS or (_SENTENCE_END.search(s) and len(s.split()) >= MIN_SENTENCE_WORDS):
        return "body"
    if _FACT_LINE.search(s) or _NAME_FIGURE_LINE.search(s):
        return "fact"  # "Revenue: AED 2.1 billion" in a fact box, "Jane Roe, 54" in a list of victims: data
    return "short" if len(s) <= SHORT_LINE_CHARS else "other"


# A label, a colon and a figure: a line of a fact box ("Net profit: 412 million", "Injured - 31").
_FACT_LINE = re.compile(r"^[-*•·–—\s]*\w[\w ()'’/&-]{1,40}\s*[:–—-]\s+[^\d\n]{0,15}\d")
# A name of two to five capitalized words, a comma and a small figure: a row of a list of people with their
# ages ("• Jane Roe, 54"); a menu or link list never ends its lines with a bare figure after a comma.
_NAME_FIGURE_LINE = re.compile(r"^[-*•·–—\s]*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4},\s+\d{1,3}\s*$")


def _continues(prev: str, cur: str, lex: _Lexicon) -> bool:
    """True when ``cur`` is the next line of a hard-wrapped paragraph whose previous line is ``prev``."""
    if not prev or not cur or len(prev) < WRAP_MIN_CHARS or len(prev) > MAX_SENTENCE_CHARS or is_table_line(cur):
        return False  # a table row is no wrapped line; a joined line stops growing (linear cost)
    if _SENTENCE_END.search(prev) or _ELLIPSIS.search(prev):
        return False
    ends_open = prev.endswith((",", ";", "-", "–", "—")) or prev.rsplit(None, 1)[-1].lower() in lex.open_words
    if not (cur[0].islower() or cur[0].isdigit() or ends_open):
        return False
    s = _normalize(cur)
    return not any(_match(g, s) for g in (lex.line, lex.weak, lex.intro, lex.end))


def _split(text: str, lex: _Lexicon) -> list[Line]:
    """Logical lines: physical lines, with the lines of a hard-wrapped paragraph joined into one."""
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        s = raw.strip()
        if out and _continues(out[-1].text, s, lex):
            joined = f"{out[-1].text} {s}"
            out[-1] = Line(out[-1].start, end, joined, _kind(joined))
        else:
            out.append(Line(pos, end, s, _kind(s)))
        pos = end + 1
    return out


def _normalize(s: str) -> str:
    return " ".join(s.strip(_DECORATION).split())


def _match(groups: tuple[Marker, ...], s: str) -> str | None:
    for marker in groups:
        if marker.matches(s):
            return marker.name
    return None


def _entities(s: str, stopwords: frozenset[str]) -> list[str]:
    return [w for w in _CAPITALIZED.findall(s) if w[0].isupper() and w not in stopwords and len(w) > 1]


class _Scanner:
    """One forward pass: marks marker lines and finds where the tail starts (if anywhere)."""

    def __init__(self, lines: list[Line], lex: _Lexicon) -> None:
        self.lines = lines
        self.lex = lex
        self.reasons: list[str | None] = [None] * len(lines)
        self.tail: tuple[int, str] | None = None
        self.body_chars = 0
        self.body_lines = 0
        self.names: Counter[str] = Counter()

    def run(self) -> None:
        for i, line in enumerate(self.lines):
            if line.kind == "blank" or self.reasons[i] is not None:
                continue
            reason = self._classify(i, line)
            if self.tail is not None:
                return
            if reason is not None:
                self.reasons[i] = reason
            elif line.kind == "body":
                self.body_chars += len(line.text)
                self.body_lines += 1
                self.names.update(_entities(line.text, self.lex.stopwords))

    def _classify(self, i: int, line: Line) -> str | None:
        s = _normalize(line.text)
        has_body = self.body_chars >= MIN_BODY_BEFORE_TAIL
        if len(s) <= END_MARKER_MAX_CHARS and (name := _match(self.lex.end, s)):
            if has_body:
                self.tail = (self._extend_back(i), f"end:{name}")
            return f"marker:{name}"
        if (
            has_body
            and line.kind in ("body", "other")
            and self.lex.dateline.search(line.text)
            and (self.body_lines >= DATELINE_MIN_BODY_LINES or self._off_topic(i - 1))
        ):
            self.tail = (self._extend_back(i), "dateline")
            return None
        if len(s) > LINE_MARKER_MAX_CHARS:
            return None
        if name := _match(self.lex.weak, s):
            verdict = self._after_ad(i) if has_body else None
            if verdict is not None:
                self.tail = (self._extend_back(i), verdict)
            return f"marker:{name}"
        if name := _match(self.lex.intro, s):
            self._mark_links_after(i)
            return f"marker:{name}"
        if name := _match(self.lex.line, s):
            return f"marker:{name}"
        return None

    def _extend_back(self, i: int) -> int:
        """Index of the first line of a tail that starts at line ``i``: headings/labels before it go too."""
        first = i
        j = i - 1
        while j >= 0:
            ln = self.lines[j]
            if ln.kind == "blank":
                j -= 1
                continue
            if ln.kind in ("short", "teaser") or self.reasons[j] is not None:
                first = j
                j -= 1
                continue
            break
        return first

    def _window(self, i: int) -> list[Line]:
        out: list[Line] = []
        chars = 0
        for ln in self.lines[i + 1 :]:
            if ln.kind == "blank":
                continue
            out.append(ln)
            chars += len(ln.text)
            if chars >= WINDOW_CHARS or len(out) >= WINDOW_LINES:
                break
        return out

    def _is_furniture(self, ln: Line) -> bool:
        if ln.kind in ("short", "teaser"):
            return True
        s = _normalize(ln.text)
        return len(s) <= LINE_MARKER_MAX_CHARS and any(
            _match(g, s) for g in (self.lex.line, self.lex.weak, self.lex.intro, self.lex.end)
        )

    def _after_ad(self, i: int) -> str | None:
        """Why the text after an ad slot is junk too, or None when the article goes on after it.

        Only furniture next to furniture counts towards a list: a subheading or the page's last, cut-off
        line between paragraphs stands alone, a list of links or teasers is lines in a row. Another ad
        slot in the window is one line of junk, neither list nor article (an article runs an ad between
        every few paragraphs), so it is left out of the count.
        """
        window = [ln for ln in self._window(i) if not self._is_ad(ln)]
        if not window:
            return None
        furniture = [self._is_furniture(ln) for ln in window]
        listed = sum(
            f and ((k > 0 and furniture[k - 1]) or (k + 1 < len(window) and furniture[k + 1]))
            for k, f in enumerate(furniture)
        )
        if len(window) >= 2 and listed / len(window) >= FURNITURE_SHARE:
            return "list-after-ad"
        return "off-topic-after-ad" if self._off_topic(i) else None

    def _is_ad(self, ln: Line) -> bool:
        s = _normalize(ln.text)
        return len(s) <= LINE_MARKER_MAX_CHARS and _match(self.lex.weak, s) is not None

    def _off_topic(self, i: int) -> bool:
        """True when the text after line ``i`` names none of the main entities of the body so far."""
        main = {n for n, c in self.names.items() if c >= ENTITY_MIN_COUNT} or set(self.names)
        following = {n for ln in self._window(i) for n in _entities(ln.text, self.lex.stopwords)}
        return bool(main) and not (main & following)

    def _mark_links_after(self, i: int) -> None:
        for j in range(i + 1, len(self.lines)):
            ln = self.lines[j]
            if ln.kind == "blank":
                continue
            if ln.kind != "short" or self.reasons[j] is not None:
                return
            self.reasons[j] = "link-list"


def _preview(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())[:PREVIEW_CHARS]


def _span(text: str, start: int, end: int, reason: str) -> JunkSpan:
    return JunkSpan(start=start, end=end, reason=reason, preview=_preview(text, start, end))


def _spans(
    text: str, lines: list[Line], reasons: list[str | None], limit: int, tail: tuple[int, str] | None
) -> tuple[JunkSpan, ...]:
    """Marked lines before ``limit`` merged into spans (same reason, blank lines between), then the tail."""
    out: list[JunkSpan] = []
    current: tuple[int, int, str] | None = None  # start, end, reason
    for i in range(limit):
        reason, ln = reasons[i], lines[i]
        if reason is None:
            if ln.kind != "blank" and current is not None:
                out.append(_span(text, *current))
                current = None
        elif current is not None and current[2] == reason:
            current = (current[0], ln.end, reason)
        else:
            if current is not None:
                out.append(_span(text, *current))
            current = (ln.start, ln.end, reason)
    if current is not None:
        out.append(_span(text, *current))
    if tail is not None:
        out.append(_span(text, lines[tail[0]].start, len(text), tail[1]))
    return tuple(out)


def find_junk(text: str) -> tuple[JunkSpan, ...]:
    """Spans of page furniture in ``text``: whole lines, sorted, non-overlapping, in text offsets."""
    if not text.strip():
        return ()
    lex = _lexicon()
    lines = _split(text, lex)
    scanner = _Scanner(lines, lex)
    scanner.run()
    reasons = scanner.reasons
    limit = scanner.tail[0] if scanner.tail is not None else len(lines)
    mark_duplicates(lines, reasons, limit)
    mark_truncated_copies(text, lines, reasons, limit)
    mark_runs(lines, reasons, limit)
    return _spans(text, lines, reasons, limit, scanner.tail)
