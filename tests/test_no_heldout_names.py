"""No name from a held-out article in the code or its data: rules must be general, not grown on test texts.

The held-out sets are the real-news test half (``realnews/test/``), the fresh real-news set built after the
rules were written (``realnews/fresh/``) and the invented held-out sets
(``tests/heldout*/``). Their gold files name people and places; none of those names may appear in
``src/`` (code, comments or data files). The failure message names the file, not the held-out name.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HELD_OUT = [
    *sorted((REPO / "realnews" / "test").glob("*/gold.json")),
    *sorted((REPO / "realnews" / "fresh").glob("*/gold.json")),
    *sorted(REPO.glob("tests/heldout*/*/gold.json")),
]
# Names shorter than this are common words or initials ("Li", "May"); they say nothing about tuning.
MIN_NAME_LENGTH = 5


def _held_out_names() -> set[str]:
    """Family names of the people the held-out gold files name. Given names (a transliteration table of
    given names is general knowledge) and ordinary capitalized words are not counted."""
    from factcheck.normalize.reference import given_names, load_data

    common = {w.lower() for w in load_data("name_stopwords.json")["words"]} | set(given_names())
    names: set[str] = set()
    for gold in HELD_OUT:
        data = json.loads(gold.read_text(encoding="utf-8"))
        for item in [*data.get("expected", []), *data.get("optional", [])]:
            if "name" not in str(item.get("attribute", "")):
                continue
            for value in item["values"]:
                parts = [p for p in re.split(r"[\s,]+", value) if p]
                surname = parts[-1] if len(parts) >= 2 else ""
                if len(surname) >= MIN_NAME_LENGTH and surname.isalpha() and surname.lower() not in common:
                    names.add(surname)
    return names


def test_held_out_sets_are_present() -> None:
    assert HELD_OUT, "no held-out gold files found"


def test_src_contains_no_held_out_name() -> None:
    names = _held_out_names()
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names))) + r")\b") if names else None
    hits = []
    for path in sorted((REPO / "src").rglob("*")):
        if pattern is None or path.suffix not in (".py", ".json", ".html") or not path.is_file():
            continue
        if pattern.search(path.read_text(encoding="utf-8", errors="replace")):
            hits.append(str(path.relative_to(REPO)))
    assert hits == [], f"names from held-out articles appear in: {', '.join(hits)}"
