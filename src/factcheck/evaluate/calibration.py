"""Calibration: are findings of high ``confidence`` right more often than findings of low confidence?

The reported findings of one verdict (the same in-scope findings precision counts: every source in the
story) are bucketed by their confidence; per bucket, how many match a gold item of that verdict. A
well-calibrated checker's precision rises with the bucket, and findings at or above
:data:`TRUSTED_CONFIDENCE` should be right at least nine times in ten (the aim of the real-news issue).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "CALIBRATED_VERDICTS",
    "CONFIDENCE_BUCKETS",
    "TRUSTED_CONFIDENCE",
    "CalibrationRow",
    "calibration_rows",
    "calibration_text",
]

# Half-open [low, high) buckets; the last one is closed ([0.9, 1.0]). 0.7 is where the text report
# stops marking a finding "?" (render.text.LOW_CONFIDENCE) and 0.6 the confidence of a finding that
# could not be placed in time, so the edges separate the confidence levels the comparison hands out.
CONFIDENCE_BUCKETS: tuple[tuple[float, float], ...] = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.0))
TRUSTED_CONFIDENCE = 0.7
CALIBRATED_VERDICTS = ("conflict", "agreement")


@dataclass(frozen=True)
class CalibrationRow:
    """Reported findings of one verdict whose confidence lies in [low, high) (or [low, 1.0] at the top)."""

    verdict: str
    low: float
    high: float
    reported: int
    right: int
    overall: bool = False  # the row of every finding at or above ``low``, across buckets

    @property
    def closed(self) -> bool:
        return self.high >= 1.0

    @property
    def bucket(self) -> str:
        if self.overall:
            return f">= {self.low:.2f}"
        return f"[{self.low:.2f}, {self.high:.2f}{']' if self.closed else ')'}"

    @property
    def precision(self) -> float | None:
        return self.right / self.reported if self.reported else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "bucket": self.bucket,
            "low": self.low,
            "high": self.high,
            "overall": self.overall,
            "reported": self.reported,
            "right": self.right,
            "precision": self.precision,
        }


def confidence_of(finding: Mapping[str, Any]) -> float:
    """A finding's confidence (reports written before confidence existed count as certain)."""
    value = finding.get("confidence", 1.0)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 1.0


def _row(
    verdict: str, low: float, high: float, confidences: Sequence[tuple[float, bool]], overall: bool = False
) -> CalibrationRow:
    inside = [ok for c, ok in confidences if low <= c < high or (high >= 1.0 and low <= c <= high)]
    return CalibrationRow(verdict, low, high, len(inside), sum(inside), overall)


def calibration_rows(verdict: str, confidences: Sequence[tuple[float, bool]]) -> list[CalibrationRow]:
    """One row per bucket, then one for every finding at or above :data:`TRUSTED_CONFIDENCE`;
    ``confidences`` holds (confidence, matched a gold item) per reported finding of ``verdict``."""
    rows = [_row(verdict, low, high, confidences) for low, high in CONFIDENCE_BUCKETS]
    return [*rows, _row(verdict, TRUSTED_CONFIDENCE, 1.0, confidences, overall=True)]


def calibration_text(rows: Sequence[CalibrationRow]) -> list[str]:
    """The calibration table of ``factcheck eval``'s text output."""
    lines = [
        "calibration: reported findings by confidence; right = matches a gold item of that verdict",
        f"{'verdict':<16} {'confidence':<12} {'report':>6} {'right':>5} {'precision':>9}",
    ]
    for r in rows:
        p = "-" if r.precision is None else f"{r.precision:.2f}"
        lines.append(f"{r.verdict:<16} {r.bucket:<12} {r.reported:>6} {r.right:>5} {p:>9}")
    return lines
