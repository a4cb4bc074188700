"""Page-junk removal (ads, link lists, press releases). Placeholder replaced by the junk module work."""

from __future__ import annotations

from factcheck.models import JunkSpan

__all__ = ["find_junk"]


def find_junk(text: str) -> tuple[JunkSpan, ...]:
    return ()
