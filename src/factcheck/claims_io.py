"""Claim-record files (``claims/*.json``): writing them and reading them back, maybe hand-edited."""

from __future__ import annotations

import json
import math
from pathlib import Path

from pydantic import ValidationError

from factcheck.atomic import child_path, write_atomic
from factcheck.errors import ClaimsFormatError, InputError
from factcheck.ingest.reader import decode, read_bytes
from factcheck.limits import MAX_FILE_BYTES, check_id, load_json
from factcheck.models import ClaimFile, Diagnostic, Severity

# Same code as two articles with one source id (factcheck.pipeline).
CODE_DUPLICATE_ID = "FC101"

__all__ = ["CODE_DUPLICATE_ID", "claim_file_json", "load_claim_dir", "load_claim_file", "write_claim_files"]


def claim_file_json(cf: ClaimFile) -> str:
    """Human-readable JSON with a stable key order (the model's field order)."""
    return json.dumps(cf.model_dump(mode="json", by_alias=True), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def write_claim_files(files: list[ClaimFile], out_dir: Path) -> list[Path]:
    """Write ``out_dir/<source id>.json`` for each file, atomically; an id that would name a file outside
    ``out_dir`` raises :class:`~factcheck.errors.OutputError` before anything is written."""
    targets = [child_path(out_dir, cf.source.id, ".json") for cf in files]
    for cf, path in zip(files, targets, strict=True):
        write_atomic(path, claim_file_json(cf))
    return targets


def load_claim_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> ClaimFile:
    try:
        text = decode(path, read_bytes(path, max_bytes))
    except InputError as exc:
        raise ClaimsFormatError(path, exc.problem, exc.line) from exc
    raw = load_json(path, text, ClaimsFormatError)
    try:
        cf = ClaimFile.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ClaimsFormatError(path, f"is not a claim-record file: {where}: {first['msg']}") from exc
    problem = check_id(cf.source.id)
    if problem is not None:
        raise ClaimsFormatError(path, f"source.id {cf.source.id[:60]!r} is not a usable source id: {problem}")
    if not math.isfinite(cf.source.trust):
        raise ClaimsFormatError(path, "source.trust must be a finite number")
    return cf


def load_claim_dir(directory: Path, max_bytes: int = MAX_FILE_BYTES) -> tuple[list[ClaimFile], list[Diagnostic]]:
    """Every ``*.json`` claim file of ``directory``; a bad file, or a second file with a source id
    already used, becomes a diagnostic (and is not used)."""
    if not directory.is_dir():
        raise InputError(directory, "is not a directory of claim files")
    files: list[ClaimFile] = []
    diagnostics: list[Diagnostic] = []
    paths = sorted(directory.glob("*.json"))
    if not paths:
        raise InputError(directory, "holds no claim files (*.json)")
    seen: dict[str, Path] = {}
    for path in paths:
        try:
            cf = load_claim_file(path, max_bytes)
        except InputError as exc:
            diagnostics.append(
                Diagnostic(path=exc.path, code=exc.code, severity=Severity.ERROR, message=exc.problem, line=exc.line)
            )
            continue
        if cf.source.id in seen:
            diagnostics.append(
                Diagnostic(
                    path=str(path),
                    code=CODE_DUPLICATE_ID,
                    severity=Severity.ERROR,
                    message=f"source id {cf.source.id!r} is already used by {seen[cf.source.id]}; skipped",
                )
            )
            continue
        seen[cf.source.id] = path
        files.append(cf)
    return files, diagnostics
