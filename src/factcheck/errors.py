"""The one exception tree of factcheck.

Every error the library raises on purpose derives from :class:`FactcheckError`, so a caller can catch
one class. The CLI translates these into a one-line message and exit code 2; anything else is a bug.

    FactcheckError
    ├── InputError            a file that cannot be read or understood (names the file, and line if known)
    │   ├── ManifestError     a bad sources manifest
    │   └── ClaimsFormatError a bad claim-record file
    ├── ConfigError           a bad configuration file, key or value
    ├── BaselineError         a bad baseline file
    ├── OutputError           an output file that cannot (or must not) be written
    ├── StoreError            a claim store that cannot be opened, is locked, or has another schema
    ├── BackendError          a distributed backend that is not installed or cannot be reached
    └── ReportSchemaError     a report that does not validate against the committed schema (a bug)
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "BackendError",
    "BaselineError",
    "ClaimsFormatError",
    "ConfigError",
    "FactcheckError",
    "InputError",
    "ManifestError",
    "OutputError",
    "ReportSchemaError",
    "StoreError",
]


class FactcheckError(Exception):
    """Root of every error factcheck raises on purpose. ``code`` is a stable short error code."""

    code = "FC000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(FactcheckError):
    """An input file is missing, empty, binary, undecodable or malformed."""

    code = "FC100"

    def __init__(self, path: str | Path, problem: str, line: int | None = None) -> None:
        self.path = str(path)
        self.problem = problem
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {problem}")


class ManifestError(InputError):
    """The sources manifest is missing or malformed."""

    code = "FC110"


class ClaimsFormatError(InputError):
    """A claim-record file does not have the claims format."""

    code = "FC120"


class ConfigError(FactcheckError):
    """A configuration file has an unknown key or a bad value."""

    code = "FC200"


class BaselineError(FactcheckError):
    """A baseline file is missing or malformed."""

    code = "FC300"


class OutputError(FactcheckError):
    """An output file cannot be written, or its name (taken from an input) would leave its folder."""

    code = "FC420"

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class StoreError(FactcheckError):
    """A claim store (``--db FILE``) that cannot be opened, is being written by another process, or
    was made by an incompatible version; the message names the file."""

    code = "FC400"


class BackendError(FactcheckError):
    """A distributed backend (``--backend dask``) that is not installed or cannot be reached."""

    code = "FC410"


class ReportSchemaError(FactcheckError):
    """A report failed validation against the committed JSON Schema (always a bug in factcheck)."""

    code = "FC900"
