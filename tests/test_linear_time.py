"""Extraction cost grows about linearly with the input (issue 12: look-behinds over a growing sentence
prefix once per figure made it quadratic). Each registered extractor runs on each adversarial input at
two sizes; the ratio of the two timings, measured in one run, must stay far below the quadratic one.
No wall-clock limit: the absolute numbers are in ``benchmarks/bench_adversarial.py``."""

from __future__ import annotations

import time

import pytest

from factcheck.extract import all_extractors
from tests.adversarial import ADVERSARIAL, run_on

SMALL = 2_500
GROWTH = 6  # the large input is 6 times the small one: linear cost x6, quadratic x36
# Generous (noise, fixed costs of a small input); a quadratic extractor measures about 36.
MAX_RATIO = 3 * GROWTH
# Timings below this are mostly noise and fixed costs: a small run counts as at least this long. A
# quadratic extractor still fails (its large run takes seconds).
MIN_SECONDS = 0.01


def _best_of(runs: int, text: str, extractor_id: str) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()  # CPU time of this process: other processes' load does not count
        run_on(text, extractor_id)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_each_extractor_grows_about_linearly(kind: str) -> None:
    make = ADVERSARIAL[kind]
    small, large = make(SMALL), make(SMALL * GROWTH)
    ratios = {}
    for ext in all_extractors():
        run_on(small, ext.id)  # warm the lexicons and pattern caches
        t_small = max(_best_of(3, small, ext.id), MIN_SECONDS)
        t_large = _best_of(2, large, ext.id)
        ratios[ext.id] = t_large / t_small
    slow = {k: round(v, 1) for k, v in ratios.items() if v > MAX_RATIO}
    assert slow == {}, f"cost grows faster than linearly on {kind}: {slow} (size x{GROWTH})"
