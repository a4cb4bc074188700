"""Page junk before the tail: repeated lines, truncated copies of titles, link lists and teaser lists.

A helper of :func:`factcheck.junk.find_junk`: each function marks lines of the page (before the tail
that runs to the end of the text, if any) with the reason they are junk. Repeated lines keep their
first copy; a teaser whose stem is found elsewhere on the page is a truncated title; runs of short
non-sentence lines are link lists and runs of teasers are teaser lists. A run of short lines that mostly
state figures ("Quarterly sales of $4.1 billion, up 12% from a year ago") between paragraphs of the body
is the article's own list of highlights, not a link list.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.normalize.date_patterns import MONTHS

if TYPE_CHECKING:
    from factcheck.junk import Line

__all__ = ["ELLIPSIS", "is_statement", "mark_duplicates", "mark_runs", "mark_truncated_copies"]

# Three short non-sentence lines in a row is a list: an article puts a paragraph after each heading.
LINK_RUN_MIN = 3
# Before the body a run counts only when it looks like a menu; title + byline + date average ~5 words.
HEAD_LINK_MAX_WORDS = 4
# Two teasers among adjacent furniture lines make a teaser list (one alone may be a trailing quote).
TEASER_RUN_MIN = 2
# A truncated title stem shorter than this is too generic to call a duplicate.
TEASER_STEM_MIN_CHARS = 15
# Repeated lines shorter than this ("Reuters", "Watch") are left to the marker lexicon.
DUPLICATE_MIN_CHARS = 12
# A line that ends in an ellipsis (a teaser, a truncated title).
ELLIPSIS = re.compile(r"(\.\.\.|…)\s*[\"”’')\]]*$")
# A statement has a subject, a verb or a measure and its figure: fewer words is a label ("Revenue $ 40")
# or a page widget ("2,310 views"); the same floor as a sentence of the body (junk.MIN_SENTENCE_WORDS).
STATEMENT_MIN_WORDS = 5
# At least half of a run's lines stating figures makes it a list of highlights: a headline list carries a
# figure in one line or two ("Shares jump 4% after results"), a highlights list in most of them.
STATEMENT_RUN_SHARE = 0.5
# One figure line among link lines is a headline; two make a list of statements.
STATEMENT_RUN_MIN = 2
# A headline in Title Case capitalizes most of its longer words; a statement capitalizes names only. Words
# of this many letters or more are counted (short ones - "of", "up", "a" - stay lower case in both).
TITLE_WORD_MIN_CHARS = 4
# Share of capitalized longer words (the first word not counted) from which a line is in Title Case.
TITLE_CASE_SHARE = 0.6
# A figure with its measure: a currency amount ("$4.1 billion", "€300"), a percentage ("12%", "12 per
# cent") or a number followed by a lower-case word, its noun or scale ("3,400 hectares", "4.1 billion").
_CURRENCY = re.compile(r"[$€£¥₹]\s?\d")
_PERCENT = re.compile(r"\d\s?(?:%|(?i:percent|per cent)\b)")
_COUNT = re.compile(r"(?<![\w.,:/-])(\d[\d,.]*)\s+[a-z]{3,}")
_SENTENCE_END = re.compile(r"[.!?][\"”’'»)\]]*$")


def _month(word: str) -> bool:
    """A month's name or abbreviation, with or without its period ("June", "Sept.")."""
    return (word[:-1] if word.endswith(".") else word).lower() in MONTHS


def _has_figure_with_noun(s: str) -> bool:
    if _CURRENCY.search(s) or _PERCENT.search(s):
        return True
    for m in _COUNT.finditer(s):
        number = m.group(1).rstrip(",.")
        before = s[: m.start()].split()
        # a year ("in 2023 the") or the day of a date ("June 7 and") is a date, not a figure with a noun
        is_year = len(number) == 4 and number.isdigit() and 1800 <= int(number) <= 2099
        if not is_year and not (before and _month(before[-1])):
            return True
    return False


def _title_case(words: list[str]) -> bool:
    long = [w for w in words[1:] if sum(c.isalpha() for c in w) >= TITLE_WORD_MIN_CHARS]
    return bool(long) and sum(w[0].isupper() for w in long) / len(long) >= TITLE_CASE_SHARE


def is_statement(text: str) -> bool:
    """Whether a short line states a figure of the article rather than naming a link or a section.

    Why: a results page lists its highlights as short lines with no final period ("Quarterly sales of
    $4.1 billion, up 12% from a year ago"); their figures are the article's own. A menu item or a headline
    of another story carries no figure with its measure, or is in Title Case.
    """
    words = text.split()
    if _title_case(words) or not _has_figure_with_noun(text):
        return False
    return len(words) >= STATEMENT_MIN_WORDS or _SENTENCE_END.search(text) is not None


def mark_duplicates(lines: list[Line], reasons: list[str | None], limit: int) -> None:
    seen: set[str] = set()
    for i in range(limit):
        key = " ".join(lines[i].text.casefold().split())
        if len(key) < DUPLICATE_MIN_CHARS:
            continue
        if key in seen and reasons[i] is None:
            reasons[i] = "duplicate"
        seen.add(key)


def mark_truncated_copies(text: str, lines: list[Line], reasons: list[str | None], limit: int) -> None:
    """A teaser whose stem is found elsewhere is a truncated copy of a title (breadcrumbs, cards)."""
    for i in range(limit):
        ln = lines[i]
        if ln.kind != "teaser" or reasons[i] is not None:
            continue
        stem = ELLIPSIS.sub("", ln.text).rstrip(" ,;:-–—")
        if len(stem) < TEASER_STEM_MIN_CHARS:
            continue
        own = text.find(stem, ln.start)
        if text.find(stem) != own or text.find(stem, own + 1) >= 0:
            reasons[i] = "teaser"


def mark_runs(lines: list[Line], reasons: list[str | None], limit: int) -> None:
    """Runs of short non-sentence lines and teasers: link lists and teaser lists (not a list of highlights,
    see :func:`_highlights`, that the article goes on after)."""
    body_seen = False
    run: list[int] = []

    def close(content_follows: bool) -> None:
        teasers = sum(lines[k].kind == "teaser" for k in run)
        words = sum(len(lines[k].text.split()) for k in run) / max(len(run), 1)
        menu_like = body_seen or words <= HEAD_LINK_MAX_WORDS
        if teasers < TEASER_RUN_MIN and content_follows and _highlights(lines, run):
            menu_like = False  # the body goes on after a list of statements: the article's own highlights
        if teasers >= TEASER_RUN_MIN or (len(run) >= LINK_RUN_MIN and menu_like):
            for k in run:
                reasons[k] = "teasers" if teasers >= TEASER_RUN_MIN else "link-list"
        run.clear()

    for i in range(limit):
        ln = lines[i]
        if ln.kind == "blank":
            continue
        if ln.kind in ("short", "teaser") and reasons[i] is None:
            run.append(i)
            continue
        # the article goes on after the run when a paragraph or a line of a fact box (data) comes next
        close(reasons[i] is None and ln.kind in ("body", "fact"))
        body_seen = body_seen or ln.kind == "body"
    close(False)


def _highlights(lines: list[Line], run: list[int]) -> bool:
    """Whether the lines of ``run`` are mostly statements of figures (a list of highlights)."""
    statements = sum(is_statement(lines[k].text) for k in run)
    return statements >= STATEMENT_RUN_MIN and statements >= STATEMENT_RUN_SHARE * len(run)
