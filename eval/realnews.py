"""Score factcheck on the real-news corpus (``realnews/<split>/<story>/``), as the issue tracker's table does.

Run: ``.venv/bin/python eval/realnews.py realnews/dev [--factcheck PATH] [--json] [--from-saved NAME]``.

For each story with a ``gold.json`` and its page texts present, in both modes, it runs ``factcheck eval
GOLD --run STORY --sources STORY/sources.json --mode MODE --format json`` (``--factcheck`` names another
installation, e.g. the tool as it was before a change) and adds up:

- real conflicts found: expected ``conflict`` items that hold / expected conflict items;
- look-alike differences reported as conflicts: ``no-conflict-between`` rules broken / such rules;
- agreements found: expected ``agreement`` items that hold / expected agreement items;
- share of reported conflicts that are real: conflict findings matching a gold conflict / conflict
  findings whose sources all belong to the story;
- the same for ``updated``, ``distinct-events`` and ``different-authorities`` recall;
- calibration: findings with confidence of at least 0.7 that match a gold item / such findings (an
  agreement no gold item names counts as not matching, so for agreements this is a lower bound).

``--from-saved baseline`` reads the ``realnews/scores/<split>/<story>.baseline.<mode>.json`` results saved
when the corpus was built instead of running anything (the "before" number of a held-out split).
Only numbers are printed:
never article text, so a held-out split can be scored without being read.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

MODES = ("with_dates", "without_dates")
VERDICTS = ("conflict", "agreement", "updated", "distinct-events", "different-authorities")


def _texts_present(story: Path) -> bool:
    manifest = json.loads((story / "sources.json").read_text(encoding="utf-8"))
    return all((story / s["file"]).is_file() for s in manifest["sources"])


def _run(factcheck: str, story: Path, mode: str) -> dict[str, Any]:
    cmd = [factcheck, "eval", str(story / "gold.json"), "--run", str(story), "--sources", str(story / "sources.json")]
    cmd += ["--mode", mode, "--format", "json"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(
            f"realnews: {story.name} {mode}: factcheck eval exited {done.returncode}: {done.stderr[-400:]}"
        )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _lookalike_rules(gold: dict[str, Any]) -> set[str]:
    return {r["id"] for r in gold.get("must_not", []) if r.get("type") == "no-conflict-between"}


def score_split(split: Path, factcheck: str, saved: str | None) -> dict[str, dict[str, float]]:
    totals: dict[str, dict[str, float]] = {m: {} for m in MODES}
    for story in sorted(p for p in split.iterdir() if (p / "gold.json").is_file()):
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        lookalikes = _lookalike_rules(gold)
        for mode in MODES:
            if saved is not None:
                path = split.parent / "scores" / split.name / f"{story.name}.{saved}.{mode}.json"
                if not path.is_file():
                    continue
                result = json.loads(path.read_text(encoding="utf-8"))
            else:
                if not _texts_present(story):
                    print(f"realnews: {story.name}: page texts missing, skipped", file=sys.stderr)
                    break
                result = _run(factcheck, story, mode)
            t = totals[mode]
            t["stories"] = t.get("stories", 0) + 1
            for verdict in VERDICTS:
                s = result["scores"].get(verdict) or {}
                for k in ("expected", "expected_ok", "reported", "reported_ok"):
                    t[f"{verdict}.{k}"] = t.get(f"{verdict}.{k}", 0) + (s.get(k) or 0)
            broken = {v.get("rule") or v.get("id") for v in result.get("violations", [])}
            for bucket in result.get("calibration", []):
                if bucket.get("overall"):
                    for k in ("reported", "right"):
                        key = f"{bucket['verdict']}.above70.{k}"
                        t[key] = t.get(key, 0) + (bucket.get(k) or 0)
            t["lookalike.rules"] = t.get("lookalike.rules", 0) + len(lookalikes)
            t["lookalike.broken"] = t.get("lookalike.broken", 0) + len(lookalikes & broken)
            t["must_not.broken"] = t.get("must_not.broken", 0) + len(result.get("violations", []))
    return totals


def _ratio(a: float, b: float) -> str:
    return f"{int(a)} of {int(b)}" + (f" ({a / b:.2f})" if b else "")


def table(totals: dict[str, dict[str, float]]) -> str:
    rows = [
        ("real conflicts found", "conflict.expected_ok", "conflict.expected"),
        ("look-alike differences reported as conflicts", "lookalike.broken", "lookalike.rules"),
        ("agreements found", "agreement.expected_ok", "agreement.expected"),
        ("reported conflicts that are real", "conflict.reported_ok", "conflict.reported"),
        ("updated figures found", "updated.expected_ok", "updated.expected"),
        ("different events found", "distinct-events.expected_ok", "distinct-events.expected"),
        ("different authorities found", "different-authorities.expected_ok", "different-authorities.expected"),
        ("conflicts above 0.7 matching a gold item", "conflict.above70.right", "conflict.above70.reported"),
        ("agreements above 0.7 matching a gold item", "agreement.above70.right", "agreement.above70.reported"),
    ]
    out = ["| | " + " | ".join(MODES) + " |", "|---|" + "---|" * len(MODES)]
    for label, num, den in rows:
        out.append(
            f"| {label} | " + " | ".join(_ratio(totals[m].get(num, 0), totals[m].get(den, 0)) for m in MODES) + " |"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path)
    parser.add_argument("--factcheck", default=shutil.which("factcheck") or "factcheck")
    parser.add_argument(
        "--from-saved", default=None, help="read realnews/scores/<split>/<story>.<NAME>.<mode>.json instead of running"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    totals = score_split(args.split, args.factcheck, args.from_saved)
    print(json.dumps(totals, indent=2, sort_keys=True) if args.json else table(totals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
