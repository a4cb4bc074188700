"""Count sentences that page layout broke (issue 9): headline/caption run-ons and datelines in front.

Run: ``PYTHONPATH=src python eval/layout.py DIR ...`` (each DIR holds ``*.txt`` pages, directly or one
folder down). For every page it finds the junk as the pipeline does, segments the kept text and counts:

- ``run-ons``: sentences that span a line break where the line before has no terminal punctuation and the
  next line starts with a capital (a headline, caption or list item run into the next sentence);
- ``datelines``: sentences that start with a wire dateline, an "Updated/Published ..." line or a byline.

Only counts and offsets are printed (``--offsets``), never article text, so it can be run on any split.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from factcheck.ingest import load_document
from factcheck.junk import find_junk
from factcheck.segment import segment

# The line before ends without terminal punctuation; the next starts with a capital (after quotes).
_RUN_ON = re.compile(r"[^.!?:;”\"’'\s)\]][ \t]*\n[ \t]*[\"“‘'(]?[A-Z]")
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2},[^\n]{0,40}?(?:\([^()]{1,60}\))?\s*[-–—]\s"
    r"|(?i:updated|published|posted|last\s+updated)\b"
    r"|By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s*(?:[|,•·–—-]|\n|$))"
)


def pages(dirs: list[Path]) -> list[Path]:
    out: list[Path] = []
    for d in dirs:
        out += sorted(d.glob("*.txt")) + sorted(d.glob("*/*.txt"))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--offsets", action="store_true", help="print each hit's page and offsets")
    args = parser.parse_args(argv)
    totals = {"pages": 0, "sentences": 0, "run-ons": 0, "datelines": 0}
    for path in pages(args.dirs):
        doc = load_document(path)
        text = doc.text
        sentences = segment(text, find_junk(text))
        totals["pages"] += 1
        totals["sentences"] += len(sentences)
        for s in sentences:
            runs = [s.start + m.start() + 1 for m in _RUN_ON.finditer(s.text)]
            if runs:
                totals["run-ons"] += 1
            dated = _DATELINE.match(s.text) is not None
            if dated:
                totals["datelines"] += 1
            if args.offsets and (runs or dated):
                kind = "run-on" if runs else "dateline"
                print(f"{path.parent.name}/{path.name}\t{kind}\t{s.start}-{s.end}\tbreaks at {runs}")
    print(" ".join(f"{k}={v}" for k, v in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
