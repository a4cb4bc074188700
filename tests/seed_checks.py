"""The seeds' own prose-rule checks, loaded from ``shared/tools/score_seeds.py`` by the tests only.

``factcheck eval`` never imports or runs code found beside a gold file; the tests and
``eval/measure.py`` trust this one script (CI also runs it directly) and pass its checks to
:func:`factcheck.evaluate.evaluate` themselves.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from factcheck.evaluate import SeedChecks

__all__ = ["load_seed_checks"]


def load_seed_checks(gold_path: Path) -> SeedChecks | None:
    """The score_seeds.py next to the seeds' gold file (``<seeds>/../tools/``), or None."""
    seeds = gold_path.resolve().parent
    script = seeds.parent / "tools" / "score_seeds.py"
    spec = importlib.util.spec_from_file_location("_factcheck_score_seeds", script) if script.is_file() else None
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def must_not(report: Mapping[str, Any]) -> list[str]:
        id_by_input = {}
        for inp in report.get("inputs", []):
            m = re.search(r"(\d{3})_[0-9a-f]+", f"{inp.get('path', '')} {inp.get('id', '')}")
            if m:
                id_by_input[str(inp.get("id"))] = m.group(1)
        return [str(v) for v in module.must_not(dict(report), seeds, id_by_input)]

    aliases = {str(k): {str(x) for x in v} for k, v in getattr(module, "ALIASES", {}).items()}
    return SeedChecks(aliases=aliases, must_not=must_not)
