"""Regex alternations of many phrases written as a trie, which the regex engine reads in time linear in
the phrase matched rather than in the number of phrases.

``trie_alternation(["total", "toll"])`` -> ``"t(?:o(?:tal|ll))"``: at each position the engine tries a
handful of next letters instead of every phrase. Children with longer continuations come first and a
phrase's end last, so the pattern matches what the flat alternation sorted longest first matches, and
prefers the same phrase (also when a look-ahead after it makes the engine back off to a shorter one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["trie_alternation"]


def trie_alternation(phrases: Iterable[str]) -> str:
    """The phrases as one trie-shaped alternation (``(?!)``, which never matches, when there are none)."""
    trie: dict[str, Any] = {}
    for phrase in set(phrases):
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return "(?!)"
    depths: dict[int, int] = {}
    _measure(trie, depths)
    return _regex(trie, depths)


def _measure(node: dict[str, Any], depths: dict[int, int]) -> int:
    """The longest continuation below ``node`` (memoised by node: the tree is walked once)."""
    depth = max((1 + _measure(child, depths) for key, child in node.items() if key), default=0)
    depths[id(node)] = depth
    return depth


def _regex(node: dict[str, Any], depths: dict[int, int]) -> str:
    keys = sorted((k for k in node if k), key=lambda k: (-depths[id(node[k])], k))
    parts = []
    for key in keys:
        rest = node[key]
        tail = "" if set(rest) == {""} else _regex(rest, depths)
        if tail and "" in rest:
            tail = f"(?:{tail})?"
        elif tail and "|" in tail:
            tail = f"(?:{tail})"
        parts.append(re.escape(key) + tail)
    return "|".join(parts)
