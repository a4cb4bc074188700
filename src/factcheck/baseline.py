"""Baselines: findings an editor has looked at and accepted, so they no longer fail the gate.

A baseline is a JSON file keyed by finding id (the stable fingerprint)::

    {"version": 1,
     "entries": [{"id": "fc-…", "status": "conflict", "subject": "…", "attribute": "…",
                  "reason": "", "accepted_by": "", "accepted_on": ""}]}

``factcheck baseline FILE PATH...`` writes the current findings; an editor fills in ``reason``,
``accepted_by`` and ``accepted_on``. With ``--baseline FILE`` a finding whose id is listed comes out with
``accepted`` set to the entry's reason, and accepted findings never fail the gate. An entry that
matches no finding of the run any more is reported as warning FC140 (like detect-secrets' audit);
``factcheck baseline --prune`` removes such entries and adds none.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from factcheck.atomic import write_atomic
from factcheck.errors import BaselineError, InputError, OutputError
from factcheck.ingest.reader import decode, read_bytes
from factcheck.limits import load_json
from factcheck.models import Diagnostic, Finding, Report, Severity, Status

__all__ = [
    "BASELINE_VERSION",
    "CODE_STALE_ENTRY",
    "NO_REASON",
    "Baseline",
    "BaselineEntry",
    "apply_baseline",
    "baseline_from_findings",
    "baseline_json",
    "load_baseline",
    "prune_baseline",
    "stale_entries",
    "stale_entry_diagnostics",
    "write_baseline",
]

BASELINE_VERSION = 1
CODE_STALE_ENTRY = "FC140"
# What ``accepted`` says for a listed finding whose entry has no reason yet.
NO_REASON = "in baseline (no reason given)"


class BaselineEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    status: str = ""
    subject: str = ""
    attribute: str = ""
    reason: str = ""
    accepted_by: str = ""
    accepted_on: str = ""


class Baseline(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    version: Literal[1] = 1
    entries: tuple[BaselineEntry, ...] = ()

    def by_id(self) -> dict[str, BaselineEntry]:
        return {e.id: e for e in self.entries}


def load_baseline(path: Path) -> Baseline:
    """Read a baseline; any problem is a :class:`BaselineError` naming the file (one line)."""
    if not path.exists():
        raise BaselineError(f"{path}: no such baseline file")
    try:
        raw = load_json(path, decode(path, read_bytes(path)))
    except InputError as exc:
        where = f"{path}:{exc.line}" if exc.line is not None else str(path)
        raise BaselineError(f"{where}: baseline {exc.problem}") from exc
    try:
        baseline = Baseline.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise BaselineError(f"{path}: not a factcheck baseline: {where}: {first['msg']}") from exc
    seen: set[str] = set()
    for entry in baseline.entries:
        if entry.id in seen:
            raise BaselineError(f"{path}: finding id {entry.id!r} is listed twice")
        seen.add(entry.id)
    return baseline


def apply_baseline(findings: Iterable[Finding], baseline: Baseline) -> list[Finding]:
    """Findings listed in the baseline come out accepted with the entry's reason."""
    entries = baseline.by_id()
    out = []
    for f in findings:
        entry = entries.get(f.id)
        if entry is not None and not f.accepted:
            f = f.model_copy(update={"accepted": entry.reason.strip() or NO_REASON})
        out.append(f)
    return out


def _worth_listing(f: Finding) -> bool:
    """Conflicts, and anything else at warning or above (agreements never need accepting)."""
    if f.status == Status.AGREEMENT:
        return False
    return f.status == Status.CONFLICT or f.severity in (Severity.ERROR, Severity.WARNING)


def baseline_from_findings(findings: Sequence[Finding], previous: Baseline | None = None) -> Baseline:
    """A baseline of ``findings``; what an editor already filled in for an id is kept."""
    kept = previous.by_id() if previous is not None else {}
    entries = []
    for f in findings:
        if not _worth_listing(f):
            continue
        old = kept.get(f.id)
        entries.append(
            BaselineEntry(
                id=f.id,
                status=f.status.value,
                subject=f.subject,
                attribute=f.attribute,
                reason=old.reason if old else "",
                accepted_by=old.accepted_by if old else "",
                accepted_on=old.accepted_on if old else "",
            )
        )
    return Baseline(entries=tuple(entries))


def baseline_json(baseline: Baseline) -> str:
    return json.dumps(baseline.model_dump(mode="json"), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def stale_entries(baseline: Baseline, findings: Iterable[Finding]) -> list[BaselineEntry]:
    """The entries whose finding id no finding of the run has."""
    ids = {f.id for f in findings}
    return [e for e in baseline.entries if e.id not in ids]


def stale_entry_diagnostics(baseline: Baseline, path: Path, findings: Iterable[Finding]) -> list[Diagnostic]:
    """A warning for each entry that no longer matches a finding."""
    return [
        Diagnostic(
            path=str(path),
            code=CODE_STALE_ENTRY,
            severity=Severity.WARNING,
            message=f"baseline entry {e.id} ({e.subject} — {e.attribute}) matches no finding; "
            "'factcheck baseline --prune' removes it",
        )
        for e in stale_entries(baseline, findings)
    ]


def _write(baseline: Baseline, path: Path) -> None:
    try:
        write_atomic(path, baseline_json(baseline))
    except OutputError as exc:
        reason = exc.problem.removeprefix("cannot be written (").removesuffix(")")
        raise BaselineError(f"{path}: cannot write the baseline ({reason})") from exc


def prune_baseline(path: Path, findings: Iterable[Finding]) -> tuple[Baseline, int]:
    """Remove the entries of the baseline at ``path`` that match no finding; add none. Returns the
    pruned baseline and how many entries were removed."""
    baseline = load_baseline(path)
    stale = {e.id for e in stale_entries(baseline, findings)}
    pruned = Baseline(entries=tuple(e for e in baseline.entries if e.id not in stale))
    _write(pruned, path)
    return pruned, len(stale)


def write_baseline(report: Report, path: Path) -> Baseline:
    """Write the baseline of ``report`` to ``path``, keeping the reasons of an existing baseline there."""
    previous = load_baseline(path) if path.exists() else None
    baseline = baseline_from_findings(report.findings, previous)
    _write(baseline, path)
    return baseline
