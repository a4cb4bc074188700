"""Limits on what factcheck reads, and the safe loaders that enforce them (README, "Security and limits").

Articles come from partners, wires and scrapers: untrusted text. Every limit is a named constant here,
and every breach is an :class:`~factcheck.errors.InputError` (or the given subclass) naming the file,
so one bad input becomes a diagnostic and the others are still compared.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import InputError

__all__ = [
    "LOOKBEHIND_CHARS",
    "MAX_FIGURES_PER_SENTENCE",
    "MAX_FILE_BYTES",
    "MAX_ID_CHARS",
    "MAX_JSON_DEPTH",
    "MAX_PARSE_CHARS",
    "MAX_SENTENCE_CHARS",
    "MAX_YAML_DEPTH",
    "check_finite",
    "check_id",
    "load_json",
    "load_yaml",
    "may_end_with",
    "parse_size",
    "text_before",
]

# Largest input file read (articles, manifests, claim records, baselines); longer news articles are
# ~100 KB of HTML. Configurable: ``max-file-size`` in factcheck.toml, or FACTCHECK_MAX_FILE_SIZE.
MAX_FILE_BYTES = 10_000_000
# Longest sentence the extractors see: a longer run of text without a full stop (a table, a list, a
# page flattened to one line) is split into pieces of at most this many characters, with a warning.
# Real news sentences stay well under 600 characters.
MAX_SENTENCE_CHARS = 1_000
# How far back (characters) an extractor reads before a figure for the words that govern it ("the death
# toll ... rose to"). Reading the whole sentence prefix once per figure made the cost quadratic in the
# sentence length; the longest cue phrase in the lexicons spans well under 150 characters.
LOOKBEHIND_CHARS = 300
# Most figures a sentence may hold for its figures to be read: a "sentence" with more is a table or a
# list run together (news prose rarely has ten), where no figure can be tied to what it counts; its
# figures are skipped with a warning. Keeps the cost per character bounded on "1 1 1 1 ...".
MAX_FIGURES_PER_SENTENCE = 30
# Most characters of one article the statistical parse reads (whitespace and blanked junk not counted).
# The parse costs 1.5-4 CPU s per 100 KB of prose, the rules a fraction of that: beyond this budget only
# sentences that may hold a claim the parse reads are parsed, up to the budget, and the rest is read by the
# rules alone (warning FC106; see factcheck.parse_plan). The seeds and the real-news development pages hold
# at most about 6,000 such characters; 12,000 (some 2,000 words, a long news article) costs about 0.45 CPU s.
# Over the budget the pieces of a run split at MAX_SENTENCE_CHARS are not parsed (factcheck.parse_plan), so a
# page flattened to one line (benchmarks/bench_adversarial.py) costs no parse at all; a smaller budget would
# cut long articles short. Configurable: ``max-parse-size``
# in factcheck.toml, or FACTCHECK_MAX_PARSE_SIZE.
MAX_PARSE_CHARS = 12_000
# Deepest nesting of arrays and objects in a JSON input (claim records nest 4 deep; articles 1).
MAX_JSON_DEPTH = 32
# Deepest nesting in YAML front matter (flat key: value pairs, maybe a list of tags).
MAX_YAML_DEPTH = 8
# Longest source id (ids name the files `factcheck extract` writes).
MAX_ID_CHARS = 128

# A source id: letters, digits, '_', '.', '-', '+' and spaces; no path separator, no "..", no leading dot.
_ID = re.compile(r"[^\W_][\w .+-]*", re.UNICODE)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UNITS = {"": 1, "b": 1, "kb": 1_000, "mb": 1_000_000, "gb": 1_000_000_000}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*", re.IGNORECASE)


def check_id(value: str) -> str | None:
    """Why ``value`` is not a safe source id (it becomes a file name), or None when it is."""
    if not value:
        return "an id must not be empty"
    if len(value) > MAX_ID_CHARS:
        return f"an id must be at most {MAX_ID_CHARS} characters"
    if ".." in value:
        return "an id must not contain '..'"
    if _ID.fullmatch(value) is None or value != value.strip():
        return (
            "an id may hold only letters, digits, spaces and . _ - + (no path separators), "
            "starting with a letter or digit"
        )
    return None


def text_before(text: str, pos: int, chars: int = LOOKBEHIND_CHARS) -> str:
    """The ``chars`` characters of ``text`` before ``pos``: what a look-behind pattern (anchored with
    ``$``) is searched in, so that its cost per figure does not grow with the sentence."""
    return text[max(0, pos - chars) : pos]


def may_end_with(text: str, words: tuple[str, ...]) -> bool:
    r"""False only when ``text`` cannot match a look-behind pattern that ends with one of ``words`` (any
    case) and whitespace (``...\s+$``): tested before the pattern is searched, since a search tries every
    position of the window (some 20 us a figure for each pattern). Text that is not ASCII is always
    searched: some letters match case-insensitively in patterns and not under ``str.lower``."""
    if not text.isascii():
        return True
    return text[-1:].isspace() and text.rstrip().lower().endswith(words)


def check_finite(value: float) -> bool:
    return math.isfinite(value)


def parse_size(value: object) -> int | None:
    """A size in bytes from ``10000000``, ``"10MB"``, ``"500 KB"``; None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if not isinstance(value, str):
        return None
    m = _SIZE.fullmatch(value)
    if m is None:
        return None
    size = int(float(m.group(1)) * _UNITS[m.group(2).lower()])
    return size if size > 0 else None


def _surrogate_problem(value: str) -> str | None:
    m = _SURROGATE.search(value)
    return None if m is None else f"holds a lone surrogate (\\u{ord(m.group()):04x}), not valid Unicode text"


def check_tree(data: Any, max_depth: int) -> str | None:
    """Why a parsed JSON/YAML tree is unusable (too deep, a lone surrogate), or None. Iterative."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if (problem := _surrogate_problem(node)) is not None:
                return problem
        elif isinstance(node, dict | list | tuple):
            if depth > max_depth:
                return f"is nested more than {max_depth} levels deep"
            if isinstance(node, dict):
                stack.extend((k, depth) for k in node)
                stack.extend((v, depth + 1) for v in node.values())
            else:
                stack.extend((v, depth + 1) for v in node)
    return None


def _no_constant(name: str) -> Any:
    raise ValueError(f"holds {name}, which is not a valid JSON number")


def load_json(path: Path, text: str, error: Callable[[Path, str, int | None], InputError] = InputError) -> Any:
    """Parse JSON strictly: no NaN/Infinity, at most :data:`MAX_JSON_DEPTH` deep, no lone surrogates."""
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise error(path, f"is not valid JSON ({exc.msg})", exc.lineno) from exc
    except ValueError as exc:
        raise error(path, str(exc), None) from exc
    except RecursionError as exc:
        raise error(path, f"is nested more than {MAX_JSON_DEPTH} levels deep", None) from exc
    if (problem := check_tree(data, MAX_JSON_DEPTH)) is not None:
        raise error(path, problem, None)
    return data


class _SafeLoader(yaml.SafeLoader):
    """PyYAML's safe loader without anchors and aliases (no "billion laughs" expansion)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise yaml.composer.ComposerError(
                None, None, "anchors and aliases (&name, *name) are not allowed", event.start_mark
            )
        return super().compose_node(parent, index)


def load_yaml(path: Path, text: str, first_line: int = 1) -> Any:
    """Parse YAML front matter safely: no anchors or aliases, no deep nesting, no invalid values."""
    try:
        data = yaml.load(text, Loader=_SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + first_line if mark is not None else None
        raise InputError(path, f"has malformed YAML front matter ({getattr(exc, 'problem', exc)})", line) from exc
    except RecursionError as exc:
        raise InputError(path, f"front matter is nested more than {MAX_YAML_DEPTH} levels deep", first_line) from exc
    except (ValueError, TypeError, OverflowError) as exc:  # "2025-02-30", an unhashable key
        raise InputError(path, f"has an invalid value in its YAML front matter ({exc})", first_line) from exc
    if (problem := check_tree(data, MAX_YAML_DEPTH)) is not None:
        raise InputError(path, f"front matter {problem}", first_line)
    return data
