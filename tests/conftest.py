"""Shared pytest options and fixtures.

``--update-golden`` rewrites the expected-output files under ``tests/golden/`` instead of comparing
against them: run ``pytest --update-golden`` after an intended change of output, then review the diff.

Hypothesis runs without its per-example deadline: a deadline is a wall-clock assertion, and a slow or
busy machine (a 2-core CI runner) would fail a correct property test on time alone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("factcheck", deadline=None)
settings.load_profile("factcheck")

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/* with the current output instead of comparing",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """``golden(name, text)``: assert ``text`` equals ``tests/golden/<name>`` (or rewrite it)."""
    update = bool(request.config.getoption("--update-golden"))

    def check(name: str, text: str) -> None:
        path = GOLDEN_DIR / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            return
        if not path.exists():
            pytest.fail(f"golden file {path} is missing; run pytest --update-golden to create it")
        expected = path.read_text(encoding="utf-8")
        assert text == expected, f"output differs from {path}; run pytest --update-golden if intended"

    return check
