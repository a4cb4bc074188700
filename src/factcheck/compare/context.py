"""What the comparison knows about the sources: dates, trust, and syndicated copies."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from factcheck.models import ClaimFile, Source

__all__ = ["SYNDICATION_SIMILARITY", "CompareContext", "build_context"]

# Two texts whose word sequences are this similar (rapidfuzz token ratio, 0-100) are one story
# republished: wire copy reprinted by partner sites keeps >95% of its words; two outlets writing the
# same news independently score 40-70 on our corpus.
SYNDICATION_SIMILARITY = 90.0
# Only this many leading characters are compared: enough to recognise a reprint, cheap on long pages.
SYNDICATION_PREFIX = 4000


@dataclass
class CompareContext:
    sources: dict[str, Source]
    group_of: dict[str, str] = field(default_factory=dict)  # source id -> syndication group id

    @property
    def with_dates(self) -> bool:
        return bool(self.sources) and all(s.published is not None for s in self.sources.values())

    def published(self, source_id: str) -> dt.date | None:
        s = self.sources.get(source_id)
        return s.published if s is not None else None

    def trust(self, source_id: str) -> float:
        s = self.sources.get(source_id)
        return s.trust if s is not None else 1.0

    def group(self, source_id: str) -> str:
        return self.group_of.get(source_id, source_id)

    def independent(self, source_ids: Sequence[str]) -> int:
        """How many independent sources (syndicated copies count once)."""
        return len({self.group(s) for s in source_ids})

    def can_disagree(self, a: str, b: str) -> bool:
        """Whether values stated by sources ``a`` and ``b`` can conflict: any two different inputs. A
        syndicated copy counts once in the vote, but a copy that changes a fact of the text it copies
        states that value alone, and the change is a conflict like any other (never hidden as unique)."""
        return a != b

    def copies_in(self, source_ids: Sequence[str]) -> list[tuple[str, str]]:
        """(copy, original) for every syndicated copy among ``source_ids`` whose original is there too."""
        ids = set(source_ids)
        return sorted((s, self.group_of[s]) for s in ids if s in self.group_of and self.group_of[s] in ids)


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()[:SYNDICATION_PREFIX]


def build_context(files: Sequence[ClaimFile], texts: dict[str, str]) -> CompareContext:
    """Sources by id, and syndication groups from near-duplicate texts (first id in sorted order leads)."""
    sources = {f.source.id: f.source for f in files}
    ctx = CompareContext(sources)
    ids = sorted(i for i in sources if i in texts)
    normal = {i: _normal(texts[i]) for i in ids}
    for i, a in enumerate(ids):
        if a in ctx.group_of:
            continue
        for b in ids[i + 1 :]:
            if b in ctx.group_of:
                continue
            if fuzz.token_sort_ratio(normal[a], normal[b]) >= SYNDICATION_SIMILARITY:
                ctx.group_of[b] = a
    return ctx
