"""What the comparison knows about the sources: dates, trust, syndicated copies and stories."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.compare.stories import article_features, cluster_stories
from factcheck.compare.syndication import SYNDICATION_PREFIX, SYNDICATION_SIMILARITY, Text, syndication_groups
from factcheck.models import ClaimFile, Source

__all__ = ["SYNDICATION_PREFIX", "SYNDICATION_SIMILARITY", "CompareContext", "build_context"]


@dataclass
class CompareContext:
    sources: dict[str, Source]
    group_of: dict[str, str] = field(default_factory=dict)  # source id -> syndication group id
    story_of: dict[str, str] = field(default_factory=dict)  # source id -> story id

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


def build_context(files: Sequence[ClaimFile], texts: dict[str, str]) -> CompareContext:
    """Sources by id, syndication groups from near-duplicate texts (first id in sorted order leads),
    and the story of every source."""
    sources = {f.source.id: f.source for f in files}
    ctx = CompareContext(sources)
    ctx.group_of = syndication_groups([Text(i, texts[i], sources[i].published) for i in sorted(sources) if i in texts])
    features = [article_features(f, texts.get(f.source.id)) for f in files]
    ctx.story_of = cluster_stories(features, ctx.group_of)
    return ctx
