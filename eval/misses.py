"""Why a story's gold agreements and conflicts were missed: the claims at the gold offsets and their findings.

Run: ``PYTHONPATH=src .venv/bin/python eval/misses.py realnews/dev [--mode with_dates] [--story NAME]
[--verdict agreement] [--json]``.

For each expected ``agreement`` / ``conflict`` item that the report does not hold (the matching of
``factcheck eval``), each gold value's sources are looked up: the claims whose evidence overlaps the gold
offsets in that source (or, when none does, the claims of that source with the gold value) are printed
with their block key (compare-as, subject key, attribute), value key and bounds, qualifiers and event
hints, then the finding their block produced that cites them (status, kind, confidence, value groups) and
a cause label:

- ``not-extracted``: fewer than two of a value's gold sources (its one source) have a claim for it;
- ``partly-extracted``: two or more have one, but not all of them;
- ``split-keys``: the gold sources' claims fall in different blocks (subject key or attribute differ);
- ``same-key:<status>``: one block holds them all, but no finding of the wanted status covers them.

Only labels, keys and values are printed, never article sentences: the output can be shared, but keep
it out of git (the keys are article words).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from factcheck.compare import block_key
from factcheck.evaluate import evaluate, norm, story_inputs, strip_dates, value_matches
from factcheck.gate import GateOptions, report_from_claims
from factcheck.models import Claim, ClaimFile
from factcheck.pipeline import extract_all, load_inputs

WANTED = ("agreement", "conflict")


def _extract(story: Path, mode: str) -> tuple[list[ClaimFile], dict[str, Any]]:
    manifest = story / "sources.json"
    with tempfile.TemporaryDirectory(prefix="factcheck-misses-") as tmp:
        if mode == "with_dates":
            paths, sources = story_inputs(story), manifest
        else:
            paths, sources_or_none = strip_dates(story, Path(tmp), manifest)
            sources = sources_or_none or manifest
        loaded = load_inputs(paths, sources)
        files = extract_all(loaded.documents).files
        report = report_from_claims(files, [], GateOptions(sources=sources))
    return files, report.model_dump(mode="json", by_alias=True)


def _gold_source(source_id: str) -> str:
    return source_id[:3] if source_id[:3].isdigit() else source_id


def _claim_row(c: Claim) -> dict[str, Any]:
    q, n, e = c.qualifiers, c.normalized, c.event
    return {
        "source": c.source_id,
        "block": list(block_key(c)),
        "key": n.key,
        "low": n.low,
        "high": n.high,
        "unit": n.unit,
        "extractor": c.extractor,
        "changes": c.changes_over_time,
        "resolved": c.key_resolved,
        "confidence": round(c.confidence, 2),
        "qualifiers": {k: v for k, v in q.model_dump().items() if v and k.endswith(("_key", "group", "as_of"))},
        "event": {k: v for k, v in e.model_dump(mode="json").items() if v and k in ("date", "year", "event_type")},
    }


def _claims_for(item: dict[str, Any], files: list[ClaimFile], aliases: dict[str, set[str]]) -> dict[str, list[Claim]]:
    """Gold value -> the claims of its sources at the gold offsets (any value: "20m" read as 20000000
    still shows), or, in a source with none there, its claims that carry the gold value."""
    spans = collections.defaultdict(list)
    for ev in item.get("evidence", []):
        spans[str(ev["source"])].append((int(ev["start"]), int(ev["end"])))
    by_source = {_gold_source(cf.source.id): cf for cf in files}
    out: dict[str, list[Claim]] = {}
    for gv, gsrc in item["values"].items():
        found: list[Claim] = []
        for sid in gsrc:
            cf = by_source.get(sid)
            if cf is None:
                continue
            at = [
                c for c in cf.claims if any(c.evidence.start < e and s < c.evidence.end for s, e in spans.get(sid, []))
            ]
            found += at or [
                c for c in cf.claims if value_matches(gv, {"value": c.normalized.key, "text": c.value}, aliases)
            ]
        out[gv] = found
    return out


def _findings_citing(claims: list[Claim], report: dict[str, Any]) -> list[dict[str, Any]]:
    marks = {(c.source_id, c.evidence.start) for c in claims}
    rows = []
    for f in report["findings"]:
        cited = {(ev["source_id"], ev["start"]) for v in f["values"] for ev in v["sources"]}
        if cited & marks:
            rows.append(
                {
                    "status": f["status"],
                    "kind": f["kind"],
                    "confidence": f["confidence"],
                    "attribute": f["attribute"],
                    "values": [[v["value"], sorted({ev["source_id"][:3] for ev in v["sources"]})] for v in f["values"]],
                }
            )
    return rows


def _cause(item: dict[str, Any], claims: dict[str, list[Claim]], findings: list[dict[str, Any]]) -> str:
    for gv, gsrc in item["values"].items():
        have = {_gold_source(c.source_id) for c in claims[gv]}
        if len(have & set(gsrc)) < min(2, len(gsrc)):
            return "not-extracted"
        if not set(gsrc) <= have:
            return "partly-extracted"
    blocks = {block_key(c) for cs in claims.values() for c in cs}
    if len(blocks) > 1:
        # Split, unless some one block already holds a claim of every gold source of every value.
        for b in blocks:
            if all(
                set(gsrc) <= {_gold_source(c.source_id) for c in claims[gv] if block_key(c) == b}
                for gv, gsrc in item["values"].items()
            ):
                break
        else:
            return "split-keys"
    statuses = sorted({f["status"] for f in findings})
    return "same-key:" + ("/".join(statuses) or "no-finding")


def story_misses(story: Path, mode: str, verdicts: tuple[str, ...]) -> list[dict[str, Any]]:
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    files, report = _extract(story, mode)
    result = evaluate(gold, report, mode)
    aliases = {norm(k): {norm(x) for x in v} for k, v in gold.get("aliases", {}).items()}
    missed = {r.id for r in result.items if not r.ok and not r.optional and r.verdict in verdicts}
    out = []
    for item in gold["expected"]:
        if item["id"] not in missed:
            continue
        claims = _claims_for(item, files, aliases)
        every = [c for cs in claims.values() for c in cs]
        findings = _findings_citing(every, report)
        out.append(
            {
                "story": story.name,
                "mode": mode,
                "item": item["id"],
                "verdict": item[mode],
                "gold_attribute": item.get("attribute"),
                "values": {gv: sorted(src) for gv, src in item["values"].items()},
                "cause": _cause(item, claims, findings),
                "claims": {gv: [_claim_row(c) for c in cs] for gv, cs in claims.items()},
                "findings": findings,
            }
        )
    return out


def _print(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        print(f"== {r['story']} {r['mode']} {r['item']} [{r['verdict']}] {r['gold_attribute']!r} -> {r['cause']}")
        for gv, cs in r["claims"].items():
            print(f"  gold {gv!r} from {r['values'][gv]}")
            for c in cs:
                print(
                    f"    {c['source']:<16} {c['block']} key={c['key']!r} [{c['low']}, {c['high']}] unit={c['unit']}"
                    f" {c['extractor']} chg={c['changes']} res={c['resolved']} conf={c['confidence']}"
                    f" q={c['qualifiers']} ev={c['event']}"
                )
        for f in r["findings"]:
            print(f"  -> {f['status']} {f['kind']} conf={f['confidence']} {f['attribute']!r} {f['values']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path)
    parser.add_argument("--mode", choices=("with_dates", "without_dates"), default="with_dates")
    parser.add_argument("--story", default=None)
    parser.add_argument("--verdict", choices=WANTED, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if "test" in args.split.parts:
        raise SystemExit("misses: the held-out test split is never inspected")
    verdicts = (args.verdict,) if args.verdict else WANTED
    rows = []
    for story in sorted(p for p in args.split.iterdir() if (p / "gold.json").is_file()):
        if args.story in (None, story.name):
            rows += story_misses(story, args.mode, verdicts)
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        _print(rows)
        counts = collections.Counter(r["cause"] for r in rows)
        print("\ncauses: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
