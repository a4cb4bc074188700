"""Shared test helpers: paths, running the CLI in-process, building documents from strings."""

from __future__ import annotations

import datetime as dt
import io
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from factcheck.compare import compare_claims
from factcheck.extract.base import ArticleContext
from factcheck.ingest.document import Document
from factcheck.models import Claim, Evidence, Finding, Source
from factcheck.pipeline import extract_document

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


# Different news beside each figure, so that invented test articles are not taken for reprints of one story.
UNRELATED_NEWS = (
    "Volunteers handed out blankets at the sports hall.",
    "The regional council met in emergency session on Wednesday night.",
    "Insurers have received more than a thousand claims.",
    "Schools in the lower town stay closed until further notice.",
)


def findings_of(*items: tuple[str, dt.date | None], news: tuple[str, ...] = UNRELATED_NEWS) -> list[Finding]:
    """The findings of comparing one invented article per (text, publication date), sources s1, s2, ..."""
    docs = [
        document(f"{text}\n\n{news[i % len(news)]}", published, f"s{i + 1}")
        for i, (text, published) in enumerate(items)
    ]
    return compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs}).findings


def statuses_by_attribute(found: list[Finding], attribute: str) -> list[tuple[str, list[str]]]:
    """(status, sorted values) of each finding on one attribute, sorted."""
    return sorted((f.status.value, sorted(v.value for v in f.values)) for f in found if f.attribute == attribute)


def claim_in(sid: str, value: str, sentence: str, **fields: Any) -> Claim:
    """A claim of ``value`` as source ``sid`` wrote it in ``sentence`` (its evidence is where it stands there);
    ``fields`` are the rest of the claim (kind, subject, attribute, normalized, compare_as...)."""
    at = sentence.index(value)
    evidence = Evidence(source_id=sid, sentence=sentence, start=at, end=at + len(value), text=value)
    return Claim(id=f"{sid}-{at}", source_id=sid, extractor="test.v1", value=value, evidence=evidence, **fields)


GATE_FIXTURES = REPO / "tests" / "fixtures" / "gate"


def clear_factcheck_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unset every FACTCHECK_* variable for the test, so that the caller's settings do not leak in."""
    import os

    for var in [v for v in os.environ if v.startswith("FACTCHECK_")]:
        monkeypatch.delenv(var)


def empty_workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``tmp_path`` as the working directory (no config file above it), with no FACTCHECK_* variables."""
    clear_factcheck_env(monkeypatch)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def gate_workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the gate fixtures as the working directory, with no FACTCHECK_* variables set."""
    import shutil

    clear_factcheck_env(monkeypatch)
    target = tmp_path / "gate"
    shutil.copytree(GATE_FIXTURES, target)
    monkeypatch.chdir(target)
    return target
