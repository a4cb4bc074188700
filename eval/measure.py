"""Measure every evaluation suite and, with ``--raise-floors``, raise eval/floors.json to the measurement.

Run: ``.venv/bin/python eval/measure.py [--raise-floors]``; ``--held-out heldout,heldout2`` scores the
held-out sets instead (they have no floors). Floors only go up: a metric already above
its measurement keeps its floor (then this script reports it, and CI fails until the tool recovers).
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

from factcheck.evaluate import MODES, evaluate, load_gold, run_pipeline

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.seed_checks import load_seed_checks  # noqa: E402  (the seeds' trusted scorer; never factcheck eval)

FLOORS = ROOT / "eval" / "floors.json"
CORPUS = ROOT / "tests" / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"
METRICS = ("expected_recall", "conflict_precision", "conflict_recall", "conflict_f1", "agreement_recall")


def _suites() -> list[tuple[str, Path, Path | None, bool, str, bool]]:
    out = []
    for mode in MODES:
        tag = mode.replace("_", "-")
        if (SEEDS / "gold.json").is_file():
            out.append(
                (f"seeds-{tag}", SEEDS, SEEDS / "sources.json" if mode == "with_dates" else None, False, mode, True)
            )
        for story in sorted(p.name for p in CORPUS.iterdir() if (p / "gold.json").is_file()):
            manifest = CORPUS / story / "sources.json"
            out.append(
                (f"corpus-{story}-{tag}", CORPUS / story, manifest if manifest.is_file() else None,
                 mode == "without_dates", mode, False)
            )  # fmt: skip
    return out


def held_out(folders: list[str]) -> int:
    """Score held-out sets (never tuned on, never floors): expected items held per story and mode."""
    total_ok = total = 0
    for folder in folders:
        root = ROOT / "tests" / folder
        for story in sorted(p.name for p in root.iterdir() if (p / "gold.json").is_file()):
            manifest = root / story / "sources.json"
            for mode in MODES:
                strip = mode == "without_dates"
                report = run_pipeline(root / story, manifest if manifest.is_file() else None, strip=strip)
                result = evaluate(load_gold(root / story / "gold.json"), report, mode)
                expected = result.expected_items()
                ok = sum(i.ok for i in expected)
                total_ok, total = total_ok + ok, total + len(expected)
                print(
                    f"{folder}/{story:<12} {mode:<14} expected {ok}/{len(expected)} must_not {len(result.violations)}"
                )
    print(f"held-out total: {total_ok}/{total} expected items")
    return 0


def main(argv: list[str]) -> int:
    if "--held-out" in argv:
        return held_out(argv[argv.index("--held-out") + 1].split(","))
    write = "--raise-floors" in argv
    data: dict[str, Any] = json.loads(FLOORS.read_text(encoding="utf-8"))
    suites: dict[str, dict[str, float | None]] = data["suites"]
    for name, folder, manifest, strip, mode, seeds in _suites():
        gold_path = folder / "gold.json"
        report = run_pipeline(folder, manifest, strip=strip)
        result = evaluate(load_gold(gold_path), report, mode, load_seed_checks(gold_path) if seeds else None)
        measured = result.metrics()
        floors = suites.setdefault(name, {})
        cells = []
        for key in METRICS:
            value = measured.get(key)
            old = floors.get(key)
            if value is not None and write and (old is None or value > old):
                floors[key] = math.floor(value * 100) / 100
            cells.append(f"{key}={'-' if value is None else f'{value:.2f}'}")
        violations = len(result.violations)
        old_max = floors.get("max_must_not_violations")
        if write and (old_max is None or violations < old_max):
            floors["max_must_not_violations"] = violations
        print(f"{name:<34} {' '.join(cells)} must_not={violations}")
    if write:
        FLOORS.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"raised floors in {FLOORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
