"""The outcome of one evaluation: item verdicts, per-verdict counts and metrics, rule violations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck.evaluate.calibration import CalibrationRow, calibration_text

__all__ = ["EvalResult", "ItemResult", "VerdictScore", "Violation"]


@dataclass(frozen=True)
class ItemResult:
    id: str
    verdict: str
    ok: bool
    reason: str
    optional: bool = False


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True)
class VerdictScore:
    """Counts behind one verdict's precision, recall and F1 (definitions in the module docstring)."""

    verdict: str
    expected: int
    expected_ok: int
    reported: int
    reported_ok: int

    @property
    def recall(self) -> float | None:
        return _ratio(self.expected_ok, self.expected)

    @property
    def precision(self) -> float | None:
        if self.reported == 0:
            return None if self.expected == 0 else 0.0
        return self.reported_ok / self.reported

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass(frozen=True)
class Violation:
    rule: str
    message: str


@dataclass
class EvalResult:
    mode: str
    items: list[ItemResult]
    scores: dict[str, VerdictScore]
    violations: list[Violation]
    unchecked: list[str] = field(default_factory=list)
    findings: int = 0
    calibration: list[CalibrationRow] = field(default_factory=list)

    def expected_items(self) -> list[ItemResult]:
        return [i for i in self.items if not i.optional]

    def missed(self) -> list[ItemResult]:
        return [i for i in self.expected_items() if not i.ok]

    def metrics(self) -> dict[str, float | None]:
        """Flat metric names, as used by the floors file."""
        exp = self.expected_items()
        opt = [i for i in self.items if i.optional]
        out: dict[str, float | None] = {
            "expected_recall": _ratio(sum(i.ok for i in exp), len(exp)),
            "optional_recall": _ratio(sum(i.ok for i in opt), len(opt)),
        }
        for verdict, score in self.scores.items():
            key = verdict.replace("-", "_")
            out[f"{key}_precision"] = score.precision
            out[f"{key}_recall"] = score.recall
            out[f"{key}_f1"] = score.f1
        out["must_not_violations"] = float(len(self.violations))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "findings": self.findings,
            "metrics": self.metrics(),
            "scores": {
                v: {
                    "expected": s.expected,
                    "expected_ok": s.expected_ok,
                    "reported": s.reported,
                    "reported_ok": s.reported_ok,
                    "precision": s.precision,
                    "recall": s.recall,
                    "f1": s.f1,
                }
                for v, s in self.scores.items()
            },
            "calibration": [r.to_dict() for r in self.calibration],
            "items": [vars(i) for i in self.items],
            "violations": [vars(v) for v in self.violations],
            "unchecked_rules": self.unchecked,
        }

    def to_text(self) -> str:
        def fmt(x: float | None) -> str:
            return "-" if x is None else f"{x:.2f}"

        lines = []
        for i in self.items:
            tag = "ok  " if i.ok else "MISS"
            lines.append(f"{tag} {self.mode} {i.id}{' (optional)' if i.optional else ''}: want {i.verdict}; {i.reason}")
        lines.append(
            f"{'verdict':<16} {'expected':>8} {'held':>5} {'recall':>6} {'report':>6} {'right':>5} "
            f"{'precision':>9} {'f1':>5}"
        )
        for v, s in self.scores.items():
            lines.append(
                f"{v:<16} {s.expected:>8} {s.expected_ok:>5} {fmt(s.recall):>6} {s.reported:>6} "
                f"{s.reported_ok:>5} {fmt(s.precision):>9} {fmt(s.f1):>5}"
            )
        if self.calibration:
            lines += calibration_text(self.calibration)
        lines += [f"MUST-NOT {v.rule}: {v.message}" for v in self.violations]
        lines += [f"UNCHECKED {r}: no machine-checkable type" for r in self.unchecked]
        exp, opt = self.expected_items(), [i for i in self.items if i.optional]
        lines.append(
            f"{self.mode}: expected {sum(i.ok for i in exp)}/{len(exp)}, optional "
            f"{sum(i.ok for i in opt)}/{len(opt)}, must_not violations {len(self.violations)}, "
            f"findings {self.findings}"
        )
        return "\n".join(lines)
