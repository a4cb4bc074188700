"""Loading gold, report and floors files; running the pipeline on a story folder, with or without dates."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from factcheck.errors import InputError
from factcheck.evaluate.matching import GoldError
from factcheck.evaluate.result import EvalResult
from factcheck.evaluate.rules import validate_gold

__all__ = ["check_floors", "load_floors", "load_gold", "load_report", "run_pipeline", "story_inputs", "strip_dates"]

GOLD_FILE = "gold.json"
MANIFEST_FILE = "sources.json"
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json")
_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
_DATE_KEY = re.compile(r"^(?:published|date)[ \t]*:.*\n", re.MULTILINE)


def _load_json(path: Path, what: str) -> Any:
    if not path.is_file():
        raise InputError(path, f"no such {what} file")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        raise InputError(path, f"is not a valid JSON {what} file ({exc})", line) from exc


def load_gold(path: Path) -> dict[str, Any]:
    gold = _load_json(path, "gold")
    try:
        validate_gold(gold)
    except GoldError as exc:
        raise InputError(path, str(exc)) from exc
    return dict(gold)


def load_report(path: Path) -> dict[str, Any]:
    report = _load_json(path, "report")
    if not isinstance(report, dict) or not isinstance(report.get("findings"), list):
        raise InputError(path, "is not a factcheck report: needs a 'findings' list")
    return report


def load_floors(path: Path) -> dict[str, dict[str, float | None]]:
    """``{"suites": {name: {metric: minimum, "max_must_not_violations": n|null}}}``."""
    raw = _load_json(path, "floors")
    suites = raw.get("suites") if isinstance(raw, dict) else None
    if not isinstance(suites, dict):
        raise InputError(path, "is not a floors file: needs a 'suites' mapping")
    return {str(k): dict(v) for k, v in suites.items() if isinstance(v, dict)}


def check_floors(result: EvalResult, floors: Mapping[str, float | None]) -> list[str]:
    """One message per metric below its floor; a metric that is None (undefined) passes."""
    metrics, failures = result.metrics(), []
    for key, floor in floors.items():
        if floor is None:
            continue
        if key == "max_must_not_violations":
            if len(result.violations) > floor:
                failures.append(f"must_not violations {len(result.violations)} > {floor}")
            continue
        if key not in metrics:
            raise GoldError(f"unknown floor metric {key!r}; known: {', '.join(sorted(metrics))}")
        value = metrics[key]
        if value is not None and value + 1e-9 < floor:
            failures.append(f"{key} {value:.3f} < floor {floor}")
    return failures


def story_inputs(directory: Path) -> list[Path]:
    """The article files of a story folder (not its gold file, manifest or README)."""
    skip = {GOLD_FILE, MANIFEST_FILE}
    return sorted(
        p
        for p in directory.iterdir()
        if p.is_file()
        and p.suffix.lower() in ARTICLE_SUFFIXES
        and p.name not in skip
        and not p.name.startswith((".", "README"))
    )


def strip_dates(directory: Path, dest: Path, sources: Path | None = None) -> tuple[list[Path], Path | None]:
    """Copy a story's articles to ``dest`` without publication dates (front matter ``published``/``date``
    lines dropped; the manifest, if any, copied without ``published``). Returns the copies and manifest."""
    copies = []
    for path in story_inputs(directory):
        target = dest / path.name
        if path.suffix.lower() in (".md", ".markdown"):
            text = path.read_text(encoding="utf-8")
            m = _FRONT.match(text)
            if m:
                front = _DATE_KEY.sub("", m.group(1))
                text = f"---\n{front}---\n{text[m.end() :]}" if front.strip() else text[m.end() :]
            target.write_text(text, encoding="utf-8")
        else:
            shutil.copyfile(path, target)
        copies.append(target)
    manifest = None
    if sources is not None:
        raw = _load_json(sources, "sources manifest")
        kept = []
        for entry in raw.get("sources", []) if isinstance(raw, dict) else []:
            file = (sources.parent / str(entry.get("file", ""))).resolve()
            if file.parent == directory.resolve():
                kept.append({k: v for k, v in entry.items() if k not in ("published", "date")} | {"file": file.name})
        manifest = dest / MANIFEST_FILE
        manifest.write_text(json.dumps({"sources": kept}, ensure_ascii=False), encoding="utf-8")
    return copies, manifest


def run_pipeline(directory: Path, sources: Path | None = None, strip: bool = False) -> dict[str, Any]:
    """Run :func:`factcheck.pipeline.compare_paths` on a story folder; the report as JSON data."""
    import tempfile

    from factcheck.pipeline import compare_paths

    if not strip:
        report = compare_paths(story_inputs(directory), sources)
        return dict(report.model_dump(mode="json", by_alias=True))
    with tempfile.TemporaryDirectory(prefix="factcheck-eval-") as tmp:
        paths, manifest = strip_dates(directory, Path(tmp), sources)
        report = compare_paths(paths, manifest)
        return dict(report.model_dump(mode="json", by_alias=True))
