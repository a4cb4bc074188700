"""factcheck: check news articles against each other.

The library mirrors the CLI::

    from factcheck import compare_paths
    report = compare_paths([Path("a.txt"), Path("b.md")], sources=Path("sources.json"))
    for finding in report.findings: ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck._version import __version__
from factcheck.errors import FactcheckError, InputError

if TYPE_CHECKING:
    from factcheck.models import Claim, ClaimFile, Finding, Report, Status
    from factcheck.pipeline import compare_claim_files, compare_paths, extract_paths

# The models and the pipeline are imported on first use: ``factcheck --version`` and ``factcheck
# schema`` need neither (start-up under 0.2 s of CPU).
_LAZY = {
    "Claim": "factcheck.models",
    "ClaimFile": "factcheck.models",
    "Finding": "factcheck.models",
    "Report": "factcheck.models",
    "Status": "factcheck.models",
    "compare_claim_files": "factcheck.pipeline",
    "compare_paths": "factcheck.pipeline",
    "extract_paths": "factcheck.pipeline",
}

__all__ = [
    "Claim",
    "ClaimFile",
    "FactcheckError",
    "Finding",
    "InputError",
    "Report",
    "Status",
    "__version__",
    "compare_claim_files",
    "compare_paths",
    "extract_paths",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
