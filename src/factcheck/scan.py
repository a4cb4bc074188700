"""Which files a run reads: files named on the command line, and the articles inside named directories.

A directory is walked recursively for ``.txt``, ``.md``, ``.html`` and ``.json`` files, leaving out:

* hidden files and directories (``.git/``, ``.venv/``, ``.notes.md``) and non-articles by name
  (``README.md``, ``sources.json``, ``gold.json``…);
* what ``.gitignore`` files ignore (those inside the directory, and those above it up to the top of its
  git work tree), with git's rules (``pathspec``'s ``GitIgnoreSpec``), unless ``gitignore=False``;
* ``--exclude`` globs (gitignore syntax), matched against the path relative to the scanned directory
  and relative to the working directory;
* the report being written (``--output``) and any report, baseline or claim record factcheck wrote
  earlier: such a file is recognised by its first bytes and never read back as an article.

A file named directly is always read (as ruff and git do), even when a glob or ``.gitignore`` would
leave it out of a directory scan.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pathspec import GitIgnoreSpec

__all__ = ["NOT_ARTICLES", "SUPPORTED_SUFFIXES", "ScanOptions", "is_factcheck_output", "scan_paths"]

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json")
# Files in a directory of articles that are never articles themselves.
NOT_ARTICLES = frozenset(
    {"sources.json", "gold.json", "readme.md", "readme.txt", "license.txt", "license.md", "changelog.md"}
)
_SNIFF_BYTES = 2048
# The first bytes of what factcheck writes: JSON, SARIF and rdjson reports name the tool; GitLab Code
# Quality items carry finding ids (an empty report is ``[]``); baselines and claim records open with
# their version keys; the HTML page names its generator; the Markdown report opens with its title.
_OWN_JSON = re.compile(
    r'"name"\s*:\s*"factcheck"|"fingerprint"\s*:\s*"fc-|\A\s*\{\s*"version"\s*:\s*1\s*,\s*"entries"'
    r'|\A\s*\{\s*"format_version"\s*:|\A\s*\[\s*\]\s*\Z'
)
_OWN_HTML = re.compile(r'<meta\s+name="generator"\s+content="factcheck[ "]', re.IGNORECASE)
_OWN_MARKDOWN = re.compile(r"\A## factcheck[: ]")


@dataclass(frozen=True)
class ScanOptions:
    """How directories are scanned (see the module docstring)."""

    exclude: tuple[str, ...] = ()
    gitignore: bool = True
    skip: frozenset[Path] = field(default_factory=frozenset)  # resolved paths never read (the --output file)


def is_factcheck_output(path: Path) -> bool:
    """True when ``path`` holds a report, baseline or claim record factcheck wrote (by its first bytes)."""
    suffix = path.suffix.lower()
    if suffix not in (".json", ".html", ".htm", ".md", ".markdown"):
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES).decode("utf-8", errors="replace").lstrip("\ufeff")
    except OSError:
        return False
    if suffix == ".json":
        return _OWN_JSON.search(head) is not None
    if suffix in (".html", ".htm"):
        return _OWN_HTML.search(head) is not None
    return _OWN_MARKDOWN.match(head) is not None


def _git_top(directory: Path) -> Path | None:
    for d in (directory, *directory.parents):
        if (d / ".git").exists():
            return d
    return None


def _read_ignore(path: Path) -> GitIgnoreSpec | None:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return GitIgnoreSpec.from_lines(lines)


class _Walker:
    """One directory scan: .gitignore layers (shallowest first) and the exclude globs."""

    def __init__(self, root: Path, options: ScanOptions) -> None:
        self.root = root
        self.abs_root = Path(os.path.abspath(root))
        self.cwd = Path.cwd()
        self.options = options
        self.exclude = GitIgnoreSpec.from_lines(options.exclude) if options.exclude else None
        self.layers: list[tuple[Path, GitIgnoreSpec]] = []
        if options.gitignore:
            top = _git_top(self.abs_root)
            above = [] if top is None else [d for d in self.abs_root.parents if d == top or top in d.parents]
            for d in reversed(above):
                self._add_layer(d)

    def _add_layer(self, directory: Path) -> None:
        spec = _read_ignore(directory / ".gitignore") if (directory / ".gitignore").is_file() else None
        if spec is not None:
            self.layers.append((directory, spec))

    def _ignored(self, path: Path, is_dir: bool) -> bool:
        verdict: bool | None = None
        for base, spec in self.layers:
            if base != path and base not in path.parents:
                continue
            rel = path.relative_to(base).as_posix() + ("/" if is_dir else "")
            include = spec.check_file(rel).include
            if include is not None:
                verdict = include
        return bool(verdict)

    def _excluded(self, path: Path, is_dir: bool) -> bool:
        if self.exclude is None:
            return False
        tail = "/" if is_dir else ""
        candidates = [path.relative_to(self.abs_root).as_posix() + tail]
        with contextlib.suppress(ValueError):
            candidates.append(path.relative_to(self.cwd).as_posix() + tail)
        return any(self.exclude.match_file(c) for c in candidates)

    def _keep_dir(self, path: Path) -> bool:
        return not (path.name.startswith(".") or self._ignored(path, True) or self._excluded(path, True))

    def _keep_file(self, path: Path) -> bool:
        name = path.name
        if name.startswith(".") or path.suffix.lower() not in SUPPORTED_SUFFIXES or name.lower() in NOT_ARTICLES:
            return False
        if self._ignored(path, False) or self._excluded(path, False):
            return False
        return path.resolve() not in self.options.skip and not is_factcheck_output(path)

    def files(self) -> list[Path]:
        out: list[Path] = []
        for dirpath, dirnames, filenames in os.walk(self.abs_root):
            here = Path(dirpath)
            if self.options.gitignore and ".gitignore" in filenames:
                self._add_layer(here)
            dirnames[:] = sorted(d for d in dirnames if self._keep_dir(here / d))
            for name in filenames:
                path = here / name
                if self._keep_file(path):
                    out.append(self.root / path.relative_to(self.abs_root))
        return sorted(out)


def scan_paths(paths: Iterable[Path], options: ScanOptions | None = None) -> list[Path]:
    """Files named directly, plus the article files inside named directories (each directory's sorted)."""
    options = options or ScanOptions()
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(_Walker(p, options).files())
        else:
            out.append(p)
    return out


def skip_set(paths: Sequence[Path | None]) -> frozenset[Path]:
    """The resolved form of the given paths (None ignored), for ``ScanOptions.skip``."""
    return frozenset(p.resolve() for p in paths if p is not None)
