"""Shared test helpers: paths, running the CLI in-process, building documents from strings."""

from __future__ import annotations

import datetime as dt
import io
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.extract.base import ArticleContext
from factcheck.ingest.document import Document
from factcheck.models import Source

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
SCORER = SHARED / "tools" / "score_seeds.py"
EXAMPLES = REPO / "examples"

needs_seeds = pytest.mark.skipif(not (SEEDS / "gold.json").exists(), reason="shared/seeds not beside the repo")


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(*argv: str) -> Run:
    """Run ``factcheck ARGV`` in-process through the console entry point; capture output and exit code."""
    from factcheck.cli import main

    out, err = io.StringIO(), io.StringIO()
    old = sys.argv
    sys.argv = ["factcheck", *argv]
    code = 0
    try:
        with redirect_stdout(out), redirect_stderr(err):
            main()
    except SystemExit as exc:
        code = int(exc.code or 0)
    finally:
        sys.argv = old
    return Run(code, out.getvalue(), err.getvalue())


def context(text: str, published: dt.date | None = None, source_id: str = "t") -> ArticleContext:
    doc = Document(Source(id=source_id, path=f"{source_id}.txt", published=published), text, text)
    return ArticleContext(doc)


def document(text: str, published: dt.date | None = None, source_id: str = "t") -> Document:
    return Document(Source(id=source_id, path=f"{source_id}.txt", published=published), text, text)


GATE_FIXTURES = REPO / "tests" / "fixtures" / "gate"


def gate_workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the gate fixtures as the working directory, with no FACTCHECK_* variables set."""
    import os
    import shutil

    for var in [v for v in os.environ if v.startswith("FACTCHECK_")]:
        monkeypatch.delenv(var)
    target = tmp_path / "gate"
    shutil.copytree(GATE_FIXTURES, target)
    monkeypatch.chdir(target)
    return target
