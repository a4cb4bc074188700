"""No sentence of a real article in the project: examples in code, comments and tests are our own words.

The seed articles (``../shared/seeds/``) and the real-news pages (``realnews/**/*.txt``, git-ignored) are
not ours. Any run of ``SHINGLE_WORDS`` consecutive words shared by one of them and a committed file of the
project fails this test, naming the file (never the shared words). Texts that are absent on this machine
are skipped, so the test checks what it can read.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
# Nine words: long enough that a shared run is a copied phrase, not a common turn of speech or a long
# place name ("of the vote in the first round" is seven words, a palace's full name with its city eight).
SHINGLE_WORDS = 9
CHECKED = ("src", "tests", "benchmarks", "eval", "README.md")
WORD = re.compile(r"[a-z0-9']+")


def _shingles(text: str) -> set[str]:
    words = WORD.findall(text.lower())
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def _real_texts() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) + sorted((REPO / "realnews").glob("*/*/*.txt"))


def _committed_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", *CHECKED], capture_output=True, text=True, check=False
    ).stdout.split()
    return [REPO / name for name in listed if not name.startswith("realnews/")]


def test_no_real_article_phrase_in_the_project() -> None:
    texts = _real_texts()
    files = _committed_files()
    if not texts or not files:
        pytest.skip("no real article texts or no git checkout here")
    real: set[str] = set()
    for path in texts:
        real |= _shingles(path.read_text(encoding="utf-8", errors="replace"))
    copied = [
        str(path.relative_to(REPO))
        for path in files
        if path.is_file() and _shingles(path.read_text(encoding="utf-8", errors="replace")) & real
    ]
    assert copied == [], f"phrases of real articles appear in: {', '.join(copied)}"
