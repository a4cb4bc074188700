"""The junk marker patterns of ``data/junk_markers.json``, compiled so that a line is read once per marker.

A helper of :mod:`factcheck.junk`. Each marker (a name and its patterns) matches a line when one of its
patterns does. Most patterns are anchored at the line's start (``^``): those of a marker are tried only
there (``match``), and only the others are searched through the line. One pattern of all of them searched
through every line cost some 60 us a line, the most of finding the junk of a results table (issue 12).
Same answer: a ``^`` pattern (the patterns use no MULTILINE flag) can only match at the line's start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Marker", "compile_markers", "top_level_branch"]


@dataclass(frozen=True, slots=True)
class Marker:
    """One marker: its anchored patterns as one (tried at the start), the others as one (searched)."""

    name: str
    anchored: re.Pattern[str] | None
    floating: re.Pattern[str] | None

    def matches(self, line: str) -> bool:
        if self.anchored is not None and self.anchored.match(line) is not None:
            return True
        return self.floating is not None and self.floating.search(line) is not None


def top_level_branch(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside any group or character class ("^a|b" is not anchored)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1  # a "]" right after "[" or "[^" is a literal
            i += 1 if pattern[i : i + 1] == "]" else 0
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def _joined(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


def compile_markers(groups: dict[str, list[str]]) -> tuple[Marker, ...]:
    """The markers of one group of the data file, in its order."""
    out = []
    for name, patterns in groups.items():
        anchored = [p for p in patterns if p.startswith("^") and not top_level_branch(p)]
        floating = [p for p in patterns if p not in anchored]
        out.append(Marker(name, _joined(anchored), _joined(floating)))
    return tuple(out)
