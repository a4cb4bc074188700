"""Which findings a run reports: ``--select`` and ``--ignore`` by finding kind (a prefix selects every
kind that starts with it), and ``--min-severity``. The summary counts what is left."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.models import Finding, Report, Severity, Status
from factcheck.rules import matches_selector

__all__ = ["SEVERITY_RANK", "Selection", "select_findings", "with_findings"]

SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True)
class Selection:
    """Kinds to keep (empty: all), kinds to drop, and the lowest severity shown."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    min_severity: Severity = Severity.INFO

    def keeps(self, f: Finding) -> bool:
        if self.select and not any(matches_selector(f.kind, s) for s in self.select):
            return False
        if any(matches_selector(f.kind, s) for s in self.ignore):
            return False
        return SEVERITY_RANK[f.severity] >= SEVERITY_RANK[self.min_severity]

    @property
    def everything(self) -> bool:
        return not self.select and not self.ignore and self.min_severity == Severity.INFO


def with_findings(report: Report, findings: Sequence[Finding]) -> Report:
    """``report`` with other findings (filtered, or accepted by a baseline), its counts kept honest."""
    counts = {s: sum(1 for f in findings if f.status == s) for s in Status}
    summary = report.summary.model_copy(
        update={
            "conflict": counts[Status.CONFLICT],
            "agreement": counts[Status.AGREEMENT],
            "distinct_events": counts[Status.DISTINCT_EVENTS],
            "different_authorities": counts[Status.DIFFERENT_AUTHORITIES],
            "possible_conflict": counts[Status.POSSIBLE_CONFLICT],
            "updated": counts[Status.UPDATED],
            "unique": counts[Status.UNIQUE],
            "accepted": sum(1 for f in findings if f.accepted),
        }
    )
    return report.model_copy(update={"findings": tuple(findings), "summary": summary})


def select_findings(report: Report, selection: Selection) -> Report:
    """The report with only the selected findings."""
    if selection.everything:
        return report
    return with_findings(report, [f for f in report.findings if selection.keeps(f)])
