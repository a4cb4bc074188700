"""Findings for quotes: a fragment of a speaker's quote agrees with the whole."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.compare.context import CompareContext
from factcheck.compare.findings import make_finding
from factcheck.compare.values import ValueGroup
from factcheck.models import Claim, Finding, Status

__all__ = ["quote_findings"]


def _words(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", text.lower()))


def quote_findings(claims: Sequence[Claim], ctx: CompareContext) -> list[Finding]:
    """Quotes of one speaker grouped when one's words are contained in the other's."""
    out: list[Finding] = []
    by_speaker: dict[str, list[Claim]] = {}
    for c in claims:
        by_speaker.setdefault(c.subject_key, []).append(c)
    for _speaker, quotes in sorted(by_speaker.items()):
        clusters: list[list[Claim]] = []
        for q in sorted(quotes, key=lambda c: -len(c.normalized.key)):
            w = _words(q.normalized.key)
            for cl in clusters:
                if w and w in _words(cl[0].normalized.key):
                    cl.append(q)
                    break
            else:
                clusters.append([q])
        for cl in clusters:
            groups: dict[str, ValueGroup] = {}
            for c in cl:
                groups.setdefault(c.normalized.key, ValueGroup(c.normalized.key, [])).claims.append(c)
            n = ctx.independent(sorted({c.source_id for c in cl}))
            status = Status.AGREEMENT if n >= 2 else Status.UNIQUE
            first = cl[0]
            out.append(
                make_finding(
                    ctx, status=status, kind=f"quote-{status.value}", subject=first.subject,
                    subject_key=first.subject_key, attribute=first.attribute, groups=list(groups.values()),
                    explanation=(f"{n} independent sources quote {first.subject} consistently (a fragment agrees with "
                                 "the longer quote)." if status == Status.AGREEMENT
                                 else f"Only {first.source_id} quotes these words of {first.subject}."),
                    confidence=min(c.confidence for c in cl),
                )
            )
    return out
