"""Configuration: ``factcheck.toml`` or ``[tool.factcheck]`` in ``pyproject.toml``, then environment
variables, then command-line flags (each overrides the one before).

The file is looked for from the working directory upward; in each directory ``factcheck.toml`` wins
over ``pyproject.toml``, and a ``pyproject.toml`` without ``[tool.factcheck]`` is passed over.
``FACTCHECK_CONFIG`` (or ``--config FILE``, which wins) names a file to use instead of searching.
Paths in a file are relative to the file's directory; paths in variables and flags to the working directory. Settings::

    fail-on = "conflict"            # conflict | any | none          FACTCHECK_FAIL_ON
    format = "text"                 # a --format name                FACTCHECK_FORMAT
    sources = "archive/sources.json"  # sources manifest             FACTCHECK_SOURCES
    baseline = "factcheck-baseline.json"                          # FACTCHECK_BASELINE
    exclude = ["drafts/old/", "*.html"]  # gitignore-style globs      FACTCHECK_EXCLUDE="a/,*.html"
    select = ["name", "number-mismatch"]  # finding kinds or prefixes FACTCHECK_SELECT
    ignore = ["quote-wording"]      # finding kinds or prefixes      FACTCHECK_IGNORE
    min-severity = "warning"        # error | warning | info         FACTCHECK_MIN_SEVERITY
    nlp-model = "en_core_web_lg"    # an installed spaCy pipeline    FACTCHECK_NLP_MODEL
    max-file-size = "10MB"          # largest input file read        FACTCHECK_MAX_FILE_SIZE
    max-parse-size = "12KB"         # characters parsed per article  FACTCHECK_MAX_PARSE_SIZE
    [trust]                         # source id -> weight (>= 0)     FACTCHECK_TRUST="wire=1.5,blog=0.5"
    wire = 1.5
    [extractors]
    disable = ["quote.v1", "label"] # ids or families                FACTCHECK_DISABLE="quote.v1,label"

``trust`` replaces the trust a source gets from the manifest or its front matter. An unknown key or a
bad value is a :class:`~factcheck.errors.ConfigError` naming the file (or variable) and the key.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.config_values import FAIL_ON_VALUES, SEVERITY_VALUES, check_value
from factcheck.errors import ConfigError
from factcheck.limits import MAX_FILE_BYTES, MAX_PARSE_CHARS

__all__ = [
    "CONFIG_ENV",
    "ENV_VARS",
    "FAIL_ON_VALUES",
    "SEVERITY_VALUES",
    "Settings",
    "find_config",
    "load_settings",
    "settings_text",
]

CONFIG_ENV = "FACTCHECK_CONFIG"
# A configuration file is a few hundred bytes; anything this large is not one.
MAX_CONFIG_BYTES = 1_000_000
ENV_VARS = {
    "fail-on": "FACTCHECK_FAIL_ON",
    "format": "FACTCHECK_FORMAT",
    "sources": "FACTCHECK_SOURCES",
    "baseline": "FACTCHECK_BASELINE",
    "exclude": "FACTCHECK_EXCLUDE",
    "select": "FACTCHECK_SELECT",
    "ignore": "FACTCHECK_IGNORE",
    "min-severity": "FACTCHECK_MIN_SEVERITY",
    "nlp-model": "FACTCHECK_NLP_MODEL",
    "trust": "FACTCHECK_TRUST",
    "extractors.disable": "FACTCHECK_DISABLE",
    "max-file-size": "FACTCHECK_MAX_FILE_SIZE",
    "max-parse-size": "FACTCHECK_MAX_PARSE_SIZE",
}
_LIST_KEYS = ("exclude", "select", "ignore", "extractors.disable")
_TOP_KEYS = (
    "fail-on",
    "format",
    "sources",
    "baseline",
    "exclude",
    "select",
    "ignore",
    "min-severity",
    "nlp-model",
    "trust",
    "extractors",
    "max-file-size",
    "max-parse-size",
)
_DEFAULTS: dict[str, Any] = {
    "fail-on": "conflict",
    "format": "text",
    "sources": None,
    "baseline": None,
    "exclude": (),
    "select": (),
    "ignore": (),
    "min-severity": "info",
    "nlp-model": None,
    "trust": {},
    "extractors.disable": (),
    "max-file-size": MAX_FILE_BYTES,
    "max-parse-size": MAX_PARSE_CHARS,
}


@dataclass(frozen=True)
class Settings:
    """The effective settings and, for each key, where its value came from."""

    fail_on: str = "conflict"
    format: str = "text"
    sources: Path | None = None
    baseline: Path | None = None
    exclude: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    min_severity: str = "info"
    nlp_model: str | None = None
    trust: Mapping[str, float] = field(default_factory=dict)
    disable: tuple[str, ...] = ()
    max_file_size: int = MAX_FILE_BYTES
    max_parse_size: int = MAX_PARSE_CHARS
    origins: Mapping[str, str] = field(default_factory=dict)
    config_file: Path | None = None


def find_config(
    start: Path, env: Mapping[str, str] | None = None, explicit_file: Path | None = None
) -> tuple[Path, dict[str, Any]] | None:
    """The config file that applies in ``start`` and its factcheck table, or None.

    ``explicit_file`` (``--config``) wins over ``FACTCHECK_CONFIG``, which wins over the search.
    """
    env = os.environ if env is None else env
    if explicit_file is not None:
        if not explicit_file.is_file():
            raise ConfigError(f"{explicit_file}: no such config file (--config)")
        return explicit_file, _table_of(explicit_file, _read_toml(explicit_file), required=True) or {}
    explicit = env.get(CONFIG_ENV)
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{CONFIG_ENV}={explicit}: no such config file")
        data = _read_toml(path)
        return path, _table_of(path, data, required=True) or {}
    for directory in (start, *start.parents):
        own = directory / "factcheck.toml"
        if own.is_file():
            return own, _read_toml(own)
        project = directory / "pyproject.toml"
        if project.is_file():
            table = _table_of(project, _read_toml(project), required=False)
            if table is not None:
                return project, table
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}: larger than {MAX_CONFIG_BYTES:,} bytes; not a configuration file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{path}: not valid TOML (not UTF-8 text: byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc
    if "\x00" in text:
        raise ConfigError(f"{path}: not valid TOML (a binary file: NUL byte at offset {text.index(chr(0))})")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    except RecursionError as exc:
        raise ConfigError(f"{path}: not valid TOML (nested too deeply)") from exc


def _table_of(path: Path, data: dict[str, Any], required: bool) -> dict[str, Any] | None:
    if path.name != "pyproject.toml":
        return data
    table = data.get("tool", {}).get("factcheck")
    if table is None:
        return {} if required else None
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.factcheck] must be a table")
    return table


def _from_file(path: Path, table: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _TOP_KEYS:
            raise ConfigError(f"{path}: unknown key {key!r}; known keys: {', '.join(_TOP_KEYS)}")
        if key == "extractors":
            if not isinstance(value, dict):
                raise ConfigError(f"{path}: key 'extractors' must be a table with 'disable'")
            for sub, subvalue in value.items():
                if sub != "disable":
                    raise ConfigError(f"{path}: unknown key 'extractors.{sub}'; known: extractors.disable")
                out["extractors.disable"] = check_value(sub, f"{path}: key 'extractors.disable'", subvalue, None)
            continue
        out[key] = check_value(key, f"{path}: key {key!r}", value, path.parent)
    return out


def _pairs(where: str, text: str) -> dict[str, Any]:
    """``"a=1.5,b=0.5"`` -> ``{"a": 1.5, "b": 0.5}``."""
    out: dict[str, Any] = {}
    for item in filter(None, (p.strip() for p in text.split(","))):
        source_id, sep, weight = (part.strip() for part in item.partition("="))
        if not sep or not source_id:
            raise ConfigError(f"{where}: expected id=weight pairs separated by commas (got {item!r})")
        try:
            out[source_id] = float(weight)
        except ValueError:
            raise ConfigError(f"{where}: weight of {source_id!r} must be a number (got {weight!r})") from None
    return out


def _from_env(env: Mapping[str, str]) -> dict[str, tuple[Any, str]]:
    out: dict[str, tuple[Any, str]] = {}
    for key, var in ENV_VARS.items():
        raw = env.get(var)
        if raw is None or raw == "":
            continue
        where = f"environment variable {var}"
        value: Any = raw
        if key == "trust":
            value = _pairs(where, raw)
        elif key in _LIST_KEYS:
            value = [p.strip() for p in raw.split(",") if p.strip()]
        out[key] = (check_value(key.rsplit(".", 1)[-1], where, value, None), var)
    return out


def load_settings(
    flags: Mapping[str, Any] | None = None,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    config_file: Path | None = None,
) -> Settings:
    """Defaults < config file < ``FACTCHECK_*`` variables < ``flags`` (keys as in the file; None: unset).

    ``config_file`` (``--config``) is used instead of searching for one.
    """
    cwd = Path.cwd() if cwd is None else cwd
    env = os.environ if env is None else env
    values = dict(_DEFAULTS)
    origins = dict.fromkeys(_DEFAULTS, "default")
    found = find_config(cwd, env, config_file)
    if found is not None:
        path, table = found
        shown = _display_path(path, cwd)
        for key, value in _from_file(path, table).items():
            values[key], origins[key] = value, shown
    for key, (value, var) in _from_env(env).items():
        values[key], origins[key] = value, var
    for key, value in (flags or {}).items():
        if key not in _DEFAULTS:
            raise ValueError(f"unknown setting {key!r}")
        if value is None or (key in _LIST_KEYS and not value):
            continue
        values[key] = check_value(key.rsplit(".", 1)[-1], f"option --{key.rsplit('.', 1)[-1]}", value, None)
        origins[key] = "command line"
    return Settings(
        fail_on=values["fail-on"],
        format=values["format"],
        sources=values["sources"],
        baseline=values["baseline"],
        exclude=tuple(values["exclude"]),
        select=tuple(values["select"]),
        ignore=tuple(values["ignore"]),
        min_severity=values["min-severity"],
        nlp_model=values["nlp-model"],
        trust=values["trust"],
        disable=tuple(values["extractors.disable"]),
        max_file_size=values["max-file-size"],
        max_parse_size=values["max-parse-size"],
        origins=origins,
        config_file=found[0] if found else None,
    )


def _display_path(path: Path, cwd: Path) -> str:
    try:
        return os.path.relpath(path, cwd)
    except ValueError:  # another drive on Windows
        return str(path)


def _toml_value(value: Any, cwd: Path) -> str:
    if value is None:
        return '""'  # TOML has no null: an empty string means "not set"
    if isinstance(value, Path):
        return _toml_value(_display_path(value, cwd) if value.is_absolute() else str(value), cwd)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_toml_value(v, cwd) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_toml_value(k, cwd)} = {_toml_value(v, cwd)}" for k, v in value.items()) + "}"
    return str(value)


def settings_text(settings: Settings, cwd: Path | None = None) -> str:
    """The effective settings as TOML lines, each with a comment saying where it came from."""
    cwd = Path.cwd() if cwd is None else cwd
    shown = {
        "fail-on": settings.fail_on,
        "format": settings.format,
        "sources": settings.sources,
        "baseline": settings.baseline,
        "exclude": settings.exclude,
        "select": settings.select,
        "ignore": settings.ignore,
        "min-severity": settings.min_severity,
        "nlp-model": settings.nlp_model,
        "trust": dict(sorted(settings.trust.items())),
        "extractors.disable": settings.disable,
        "max-file-size": settings.max_file_size,
        "max-parse-size": settings.max_parse_size,
    }
    file_line = _display_path(settings.config_file, cwd) if settings.config_file else "(none found)"
    lines = [f"# config file: {file_line}"]
    for key, value in shown.items():
        lines.append(f"{key} = {_toml_value(value, cwd)}  # {settings.origins.get(key, 'default')}")
    return "\n".join(lines) + "\n"
