"""Union-find over string keys: grouping story articles and spellings of one name."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["UnionFind"]


class UnionFind:
    """Disjoint sets of strings; a set's representative is its smallest member, so groups come out the
    same whatever order the joins were made in."""

    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]  # path halving
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
