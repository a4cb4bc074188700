"""Seconds per 100 KB of the adversarial inputs of issue 12 (target: under 1 s per 100 KB).

Run: ``.venv/bin/python benchmarks/bench_adversarial.py [SIZE_KB ...]`` (default 100 and 200 KB; add 1000
for 1 MB). For each input (``tests/adversarial.py``: "1 1 1 ...", a results table without full stops, a
page flattened to one line) and size, prints the wall and CPU time (this process only) of the whole
extraction (junk removal, segmentation, the parse and every extractor) and its CPU seconds per 100 KB. The
parse reads at most the parse budget of each input (``limits.MAX_PARSE_CHARS``, setting
``max-parse-size``; the rest, and over the budget any run split at the sentence length, is read by the
rules alone), so its cost is bounded whatever the size. Never fails: these machines are noisy, so the
numbers are read by people, not asserted by tests (``tests/test_linear_time.py`` asserts only that the
cost grows about linearly). CPU time still grows when other jobs share the cores (by some 10-20% on the
2-core machine): compare two versions run back to back.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tests.adversarial import ADVERSARIAL, run_on  # noqa: E402

TARGET_SECONDS_PER_100KB = 1.0


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [100, 200]
    run_on("Warm-up: 3 people died in Paris on Tuesday.")  # load lexicons and compile patterns once
    target = f"target {TARGET_SECONDS_PER_100KB:.1f}"
    from factcheck.parse import parse_budget

    print(f"parse budget {parse_budget():,} characters (max-parse-size)")
    print(f"{'input':<16} {'size':>8} {'seconds':>9} {'cpu s':>9} {'cpu s/100KB':>12}  {target}")
    for name, make in ADVERSARIAL.items():
        for kb in sizes:
            text = make(kb * 1000)
            started, cpu = time.perf_counter(), time.process_time()
            run_on(text)
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            per = cpu / (kb / 100)
            mark = "ok" if per < TARGET_SECONDS_PER_100KB else "SLOW"
            print(f"{name:<16} {kb:>6}KB {seconds:>9.2f} {cpu:>9.2f} {per:>12.2f}  {mark}")


if __name__ == "__main__":
    main(sys.argv[1:])
