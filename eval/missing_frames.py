"""Which gold facts of a real-news split are never extracted from two sources (issue #9 diagnostics).

Run: ``PYTHONPATH=src .venv/bin/python eval/missing_frames.py realnews/dev [--all]``.

For every expected or optional ``conflict``/``agreement`` item of each story's ``gold.json``, a source
counts as *read* when one of its claims has evidence overlapping the item's evidence span in that source.
An item read from fewer than two sources can never be found, whatever the comparison does: those are
printed (story, item id, subject, attribute, values, and which claims of other kinds overlapped), never
article text, so the output stays free of article wording. ``--all`` prints every item, read or not.
Only for the development split: never point it at a held-out split.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from factcheck.models import Claim
from factcheck.pipeline import extract_paths
from factcheck.scan import ScanOptions

VERDICTS = ("conflict", "agreement")
# Two sources are the fewest a conflict or an agreement can be found between.
MIN_SOURCES = 2


def _items(gold: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for item in [*gold.get("expected", []), *gold.get("optional", [])]:
        verdict = item.get("with_dates") or item.get("verdict")
        if verdict in VERDICTS:
            out.append(item)
    return out


def _claims_by_source(story: Path) -> dict[str, list[Claim]]:
    files, _ = extract_paths([story], story / "sources.json", scan=ScanOptions(gitignore=False))
    return {cf.source.id: list(cf.claims) for cf in files}


def _overlaps(c: Claim, start: int, end: int) -> bool:
    return c.evidence.start < end and start < c.evidence.end


def story_rows(story: Path, show_all: bool) -> list[str]:
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    claims = _claims_by_source(story)
    rows = []
    for item in _items(gold):
        read: set[str] = set()
        seen: dict[str, set[str]] = defaultdict(set)
        for ev in item.get("evidence", []):
            for c in claims.get(ev["source"], []):
                if _overlaps(c, ev["start"], ev["end"]):
                    read.add(ev["source"])
                    seen[ev["source"]].add(f"{c.extractor}:{c.attribute}")
        if len(read) >= MIN_SOURCES and not show_all:
            continue
        values = ", ".join(item.get("values", {}))
        kinds = sorted({k for ks in seen.values() for k in ks})
        rows.append(
            f"{story.name}\t{item['id']}\t{item.get('subject', '')}\t{item.get('attribute', '')}\t[{values}]"
            f"\tread from {len(read)}\t{'; '.join(kinds)}"
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path)
    parser.add_argument("--all", action="store_true", help="print every item, read or not")
    args = parser.parse_args(argv)
    total = 0
    for story in sorted(p for p in args.split.iterdir() if (p / "gold.json").is_file()):
        rows = story_rows(story, args.all)
        total += len(rows)
        print("\n".join(rows)) if rows else None
    print(f"# {total} items")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
