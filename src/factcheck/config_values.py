"""Checks of the values of the settings of :mod:`factcheck.config`, one per kind of value: each returns
the value converted (a path made relative to its file, a size in bytes) or raises a
:class:`~factcheck.errors.ConfigError` naming where the value came from and what it must be.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError
from factcheck.limits import parse_size

__all__ = ["FAIL_ON_VALUES", "SEVERITY_VALUES", "check_value"]

FAIL_ON_VALUES = ("conflict", "any", "none")
SEVERITY_VALUES = ("error", "warning", "info")


def _fail_on(where: str, value: Any) -> str:
    if value not in FAIL_ON_VALUES:
        raise ConfigError(f"{where}: must be one of {', '.join(FAIL_ON_VALUES)} (got {value!r})")
    return str(value)


def _format(where: str, value: Any) -> str:
    from factcheck.render import formats

    if not isinstance(value, str) or value not in formats():
        raise ConfigError(f"{where}: must be one of {', '.join(formats())} (got {value!r})")
    return value


def _severity(where: str, value: Any) -> str:
    if value not in SEVERITY_VALUES:
        raise ConfigError(f"{where}: must be one of {', '.join(SEVERITY_VALUES)} (got {value!r})")
    return str(value)


def _strings(where: str, value: Any, what: str) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: must be a list of {what}")
    return tuple(v.strip() for v in value)


def _kinds(where: str, value: Any) -> tuple[str, ...]:
    import difflib

    from factcheck.rules import RULES, unknown_selectors

    kinds = _strings(where, value, "finding kinds or prefixes")
    unknown = unknown_selectors(kinds)
    if unknown:
        close = difflib.get_close_matches(unknown[0], list(RULES), n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise ConfigError(f"{where}: unknown finding kind {unknown[0]!r}; {hint}'factcheck rule' lists the kinds")
    return kinds


def _path(where: str, value: Any, base: Path | None) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: must be a path (got {value!r})")
    path = Path(value)
    return base / path if base is not None and not path.is_absolute() else path


def _trust(where: str, value: Any) -> dict[str, float]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: must be a table of source id = weight")
    out: dict[str, float] = {}
    for source_id, weight in value.items():
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not math.isfinite(weight) or weight < 0:
            raise ConfigError(f"{where}.{source_id}: must be a finite number >= 0 (got {weight!r})")
        out[str(source_id)] = float(weight)
    return out


def _disable(where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: must be a list of extractor ids or families")
    from factcheck.extract import registry

    known = {e.id for e in registry.all_extractors()} | {e.id.split(".v", 1)[0] for e in registry.all_extractors()}
    for item in value:
        if item not in known:
            raise ConfigError(f"{where}: unknown extractor {item!r}; known: {', '.join(sorted(known))}")
    return tuple(value)


def _max_file_size(where: str, value: Any) -> int:
    size = parse_size(value)
    if size is None:
        raise ConfigError(f'{where}: must be a size in bytes such as 10000000 or "10MB" (got {value!r})')
    return size


def _max_parse_size(where: str, value: Any) -> int:
    size = parse_size(value)
    if size is None:
        raise ConfigError(f'{where}: must be a number of characters such as 12000 or "12KB" (got {value!r})')
    return size


def _pipeline_name(where: str, value: Any) -> str:
    """A spaCy pipeline's package name ("en_core_web_md"): checked to be importable when it is used."""
    if not isinstance(value, str) or not value.replace("_", "").replace("-", "").isalnum():
        raise ConfigError(f"{where}: must be the package name of an installed spaCy pipeline, e.g. en_core_web_md")
    return value


def check_value(key: str, where: str, value: Any, base: Path | None) -> Any:
    """The value of setting ``key`` checked and converted (``where`` names the file or variable and the
    key in errors; relative paths are taken from ``base``)."""
    if key == "max-file-size":
        return _max_file_size(where, value)
    if key == "max-parse-size":
        return _max_parse_size(where, value)
    if key == "fail-on":
        return _fail_on(where, value)
    if key == "format":
        return _format(where, value)
    if key in ("sources", "baseline"):
        return _path(where, value, base)
    if key == "min-severity":
        return _severity(where, value)
    if key == "nlp-model":
        return _pipeline_name(where, value)
    if key == "exclude":
        return _strings(where, value, "glob patterns")
    if key in ("select", "ignore"):
        return _kinds(where, value)
    if key == "trust":
        return _trust(where, value)
    return _disable(where, value)
