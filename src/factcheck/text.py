"""Small wording helpers shared by the reporters and the command line."""

from __future__ import annotations

__all__ = ["plural"]


def plural(n: int, one: str, many: str | None = None) -> str:
    """``plural(1, "conflict")`` -> "1 conflict"; ``plural(2, "conflict")`` -> "2 conflicts"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"
