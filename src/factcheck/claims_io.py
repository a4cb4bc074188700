"""Claim-record files (``claims/*.json``): writing them and reading them back, maybe hand-edited."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from factcheck.atomic import child_path, write_atomic
from factcheck.errors import ClaimsFormatError, InputError
from factcheck.ingest.reader import decode, read_bytes
from factcheck.models import ClaimFile, Diagnostic, Severity

__all__ = ["claim_file_json", "load_claim_dir", "load_claim_file", "write_claim_files"]


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


def load_claim_file(path: Path) -> ClaimFile:
    text = decode(path, read_bytes(path))
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ClaimsFormatError(path, f"is not valid JSON ({exc.msg})", exc.lineno) from exc
    try:
        return ClaimFile.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ClaimsFormatError(path, f"is not a claim-record file: {where}: {first['msg']}") from exc


def load_claim_dir(directory: Path) -> tuple[list[ClaimFile], list[Diagnostic]]:
    """Every ``*.json`` claim file of ``directory``; a bad file becomes a diagnostic."""
    if not directory.is_dir():
        raise InputError(directory, "is not a directory of claim files")
    files: list[ClaimFile] = []
    diagnostics: list[Diagnostic] = []
    paths = sorted(directory.glob("*.json"))
    if not paths:
        raise InputError(directory, "holds no claim files (*.json)")
    for path in paths:
        try:
            files.append(load_claim_file(path))
        except InputError as exc:
            diagnostics.append(
                Diagnostic(path=exc.path, code=exc.code, severity=Severity.ERROR, message=exc.problem, line=exc.line)
            )
    return files, diagnostics
