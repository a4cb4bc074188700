"""factcheck: check news articles against each other.

The library mirrors the CLI::

    from factcheck import compare_paths
    report = compare_paths([Path("a.txt"), Path("b.md")], sources=Path("sources.json"))
    for finding in report.findings: ...
"""

from __future__ import annotations

from factcheck._version import __version__
from factcheck.errors import FactcheckError, InputError
from factcheck.models import Claim, ClaimFile, Finding, Report, Status
from factcheck.pipeline import compare_claim_files, compare_paths, extract_paths

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
