"""Inline suppressions in Markdown and HTML drafts.

    <!-- factcheck: ignore[name-spelling] The minister's own spelling, confirmed by phone -->
    <!-- factcheck: ignore[number-mismatch,place-mismatch] reason -->
    <!-- factcheck: ignore reason -->          (every kind)

A suppression covers the next paragraph after the comment: in Markdown up to the next blank line, in
HTML up to the first closing block tag (``</p>``, ``</li>``, …) or blank line. A finding is suppressed
when every piece of its draft evidence lies in paragraphs covered for its kind; it comes out accepted
as ``"inline: <reason>"``. A suppression without a reason still suppresses, but is reported as a
warning diagnostic (FC130) so that the reason gets written; an unknown ``factcheck:`` directive is a
warning too (FC131), and so are an ``ignore[...]`` naming a finding kind factcheck does not have
(FC132) and a suppression that matched no finding in the run (FC133, like ruff's unused ``noqa``).
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from factcheck.models import Diagnostic, Finding, Severity, Status
from factcheck.rules import RULES

__all__ = [
    "CODE_NO_REASON",
    "CODE_UNKNOWN_DIRECTIVE",
    "CODE_UNKNOWN_KIND",
    "CODE_UNUSED",
    "Suppression",
    "apply_suppressions",
    "find_suppressions",
    "unused_suppressions",
]

CODE_NO_REASON = "FC130"
CODE_UNKNOWN_DIRECTIVE = "FC131"
CODE_UNKNOWN_KIND = "FC132"
CODE_UNUSED = "FC133"
NO_REASON_TEXT = "no reason given"
# Agreements and single-source claims never fail the gate: there is nothing to accept.
_NOTHING_TO_SUPPRESS = (Status.AGREEMENT, Status.UNIQUE)

_COMMENT = re.compile(r"<!--\s*factcheck\s*:(?P<body>.*?)-->", re.DOTALL)
_IGNORE = re.compile(r"\s*ignore(?:\[(?P<kinds>[^\]]*)\])?(?:\s+(?P<reason>.*?))?\s*\Z", re.DOTALL)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HTML_BLOCK_END = re.compile(
    r"</(?:p|li|h[1-6]|blockquote|figcaption|td|th|dd|dt|pre|section|article|div)\s*>", re.IGNORECASE
)


@dataclass(frozen=True)
class Suppression:
    """One ``ignore`` comment: the kinds it covers (empty: all) over original offsets [start, end)."""

    kinds: frozenset[str]
    reason: str
    start: int
    end: int
    line: int

    def covers(self, kind: str, offset: int) -> bool:
        return (not self.kinds or kind in self.kinds) and self.start <= offset < self.end


def _line_of(offset: int, line_starts: list[int]) -> int:
    return bisect.bisect_right(line_starts, offset)


def _paragraph(text: str, after: int, is_html: bool) -> tuple[int, int]:
    """The [start, end) of the paragraph that follows offset ``after``."""
    start = after
    while start < len(text) and text[start].isspace():
        start += 1
    ends = [len(text)]
    blank = _BLANK_LINE.search(text, start)
    if blank:
        ends.append(blank.start())
    if is_html:
        block = _HTML_BLOCK_END.search(text, start)
        if block:
            ends.append(block.end())
    return start, min(ends)


def find_suppressions(text: str, path: str, is_html: bool = False) -> tuple[list[Suppression], list[Diagnostic]]:
    """The ``factcheck:`` comments of a draft's original text, and warnings about them."""
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    found: list[Suppression] = []
    diagnostics: list[Diagnostic] = []
    for m in _COMMENT.finditer(text):
        line = _line_of(m.start(), line_starts)
        directive = _IGNORE.match(m.group("body"))
        if directive is None:
            diagnostics.append(
                Diagnostic(
                    path=path,
                    code=CODE_UNKNOWN_DIRECTIVE,
                    severity=Severity.WARNING,
                    message=f"unknown factcheck directive {m.group('body').strip()!r}; use 'ignore[kind] reason'",
                    line=line,
                )
            )
            continue
        kinds = frozenset(k.strip() for k in (directive.group("kinds") or "").split(",") if k.strip())
        diagnostics += [_unknown_kind(path, line, k) for k in sorted(kinds) if k not in RULES]
        reason = " ".join((directive.group("reason") or "").split())
        if not reason:
            diagnostics.append(
                Diagnostic(
                    path=path,
                    code=CODE_NO_REASON,
                    severity=Severity.WARNING,
                    message="factcheck suppression without a reason; write why the finding is accepted",
                    line=line,
                )
            )
        start, end = _paragraph(text, m.end(), is_html)
        found.append(Suppression(kinds, reason, start, end, line))
    return found, diagnostics


def _unknown_kind(path: str, line: int, kind: str) -> Diagnostic:
    close = difflib.get_close_matches(kind, list(RULES), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else "; 'factcheck rule' lists the kinds"
    return Diagnostic(
        path=path,
        code=CODE_UNKNOWN_KIND,
        severity=Severity.WARNING,
        message=f"ignore[{kind}] names no finding kind{hint}",
        line=line,
    )


def unused_suppressions(
    suppressions: Mapping[str, Sequence[Suppression]], used: set[Suppression], paths: Mapping[str, str]
) -> list[Diagnostic]:
    """A warning for each suppression that matched no finding (keyed by draft id; ``paths``: id -> path)."""
    out = []
    for source_id, items in suppressions.items():
        for s in items:
            if s in used:
                continue
            what = f"ignore[{','.join(sorted(s.kinds))}]" if s.kinds else "ignore"
            out.append(
                Diagnostic(
                    path=paths.get(source_id, source_id),
                    code=CODE_UNUSED,
                    severity=Severity.WARNING,
                    message=f"unused suppression: {what} matched no finding; remove the comment",
                    line=s.line,
                )
            )
    return out


def _suppressed_by(f: Finding, suppressions: Mapping[str, Sequence[Suppression]]) -> list[Suppression]:
    """The suppressions that together cover all of ``f``'s evidence in suppressible drafts (or none)."""
    evidence = [e for v in f.values for e in v.sources if e.source_id in suppressions]
    hits: list[Suppression] = []
    for e in evidence:
        hit = next((s for s in suppressions[e.source_id] if s.covers(f.kind, e.start)), None)
        if hit is None:
            return []
        if hit not in hits:
            hits.append(hit)
    return hits


def apply_suppressions(
    findings: Iterable[Finding], suppressions: Mapping[str, Sequence[Suppression]], used: set[Suppression] | None = None
) -> list[Finding]:
    """Mark findings covered by inline suppressions (keyed by draft source id) as accepted; the
    suppressions that matched are added to ``used``."""
    out = []
    for f in findings:
        settled = f.accepted or f.status in _NOTHING_TO_SUPPRESS
        hits = [] if settled else _suppressed_by(f, suppressions)
        if hits:
            f = f.model_copy(update={"accepted": f"inline: {hits[0].reason or NO_REASON_TEXT}"})
            if used is not None:
                used.update(hits)
        out.append(f)
    return out
