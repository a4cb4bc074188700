"""Structure-aware fuzzing of every input factcheck reads (issue 12): front matter, ``.json`` records,
HTML pages, sources manifests, claim records and configuration files.

Each case writes one fuzzed input next to a good article and runs the CLI in-process. Whatever the
input, factcheck never fails with an internal error, and the good article is still compared and in the
report (a bad manifest or configuration file stops the run with one clear line instead: it applies to
every input). Normal runs try a small fixed budget; ``FACTCHECK_FUZZ_EXAMPLES=10000`` spreads that many
cases over the six input kinds.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.ingest.markdown import FRONT_MATTER_KEYS
from tests.helpers import run_cli

KINDS = 6
BUDGET = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "0")) // KINDS or 12
FUZZ = settings(
    max_examples=BUDGET,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)

GOOD = "Emmanuel Macron met Olaf Scholz in Lyon on Monday, the French president's office said.\n"
WORDS = [
    "Macron", "Scholz", "met", "in", "Paris", "Lyon", "on", "Tuesday", "said", "the", "minister", "killed",
    "people", "40", "3,000", "more than", "about", "per cent", "$5m", "12.5%", "2024", "March 12", "10:30 GMT",
    "“", "”", '"', "'", ",", ".", ";", ":", "(", ")", "\n", "\n\n", "  ", "\t", "---", "#", "<b>", "&amp;",
    "é", "中", "\u200b", "\ufeff", "\r\n", "1", "1 1 1 1 1 1",
]  # fmt: skip

texts = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join) | st.text(max_size=200)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.dates().map(dt.date.isoformat)
    | st.sampled_from(["2025-02-30", "2024-13-01", "../../x", "/etc/passwd", "", " ", "a" * 300, "NaN"])
    | texts
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4))
metadata = st.dictionaries(st.sampled_from(sorted(FRONT_MATTER_KEYS)) | st.text(max_size=10), values, max_size=8)


@contextmanager
def _folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="factcheck-fuzz-") as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        (root / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
        yield root


def _write(path: Path, content: str | bytes) -> None:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", errors="surrogatepass")


def _check_report(*argv: str, run_level_errors: bool = False) -> None:
    """Run compare; the good article must be in the report unless a run-level file (manifest, config)
    was refused with one line and exit 2."""
    r = run_cli("compare", *argv, "--format", "json", "--fail-on", "none")
    assert "internal error" not in r.err and "Traceback" not in r.err, r.err
    if run_level_errors and r.code == 2 and r.out == "":
        assert r.err.startswith("factcheck: error: ") and r.err.count("\n") == 1, r.err
        return
    assert r.code in (0, 2), (r.code, r.err)
    report = json.loads(r.out)
    limited = any(d["path"].endswith("good.txt") and "max-file-size" in d["message"] for d in report["diagnostics"])
    assert "good" in [i["id"] for i in report["inputs"]] or (run_level_errors and limited), r.err
    assert all(d["code"] != "FC190" for d in report["diagnostics"]), report["diagnostics"]
    assert (r.code == 2) == any(d["severity"] == "error" for d in report["diagnostics"])


def _yaml(meta: dict[str, Any], raw_tail: str) -> str:
    try:
        front = yaml.safe_dump(meta, allow_unicode=True)
    except (yaml.YAMLError, ValueError, TypeError):
        front = ""
    return front + raw_tail


@FUZZ
@given(
    meta=metadata,
    raw=st.sampled_from(["", "a: &x [1]\nb: *x\n", "date: 2025-02-30\n", "trust: .nan\n", "title: [1, 2]\n", ": :\n"]),
    body=texts,
)
def test_fuzz_front_matter(meta: dict[str, Any], raw: str, body: str) -> None:
    with _folder() as root:
        _write(root / "in" / "fuzzed.md", f"---\n{_yaml(meta, raw)}---\n{body}\n")
        _check_report(str(root / "in"))


RECORD_KEYS = ["id", "title", "published", "date", "url", "outlet", "trust", "text"]
SEED_ARTICLE = "Officials said 40 people died in Lyon on Tuesday, Emmanuel Macron said.\n"


@FUZZ
@given(
    record=st.dictionaries(
        st.sampled_from(["id", "title", "published", "date", "url", "outlet", "trust", "text"]), values, max_size=8
    ),
    text=texts,
    deep=st.integers(min_value=0, max_value=3000),
)
def test_fuzz_json_records(record: dict[str, Any], text: str, deep: int) -> None:
    with _folder() as root:
        record.setdefault("text", text)
        # NaN and Infinity literals included; a third of the cases are nested arrays up to 3,000 deep
        body = json.dumps(record, allow_nan=True) if deep < 2000 else "[" * deep + "]" * deep
        _write(root / "in" / "fuzzed.json", body)
        _check_report(str(root / "in"))


TAGS = ["p", "div", "script", "style", "nav", "footer", "article", "h1", "title", "meta", "br", "a", "span"]


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    parts = ["<html><head>"]
    for _ in range(draw(st.integers(0, 4))):
        key = draw(st.sampled_from(["og:title", "article:published_time", "og:site_name", "date", "author"]))
        parts.append(f'<meta property="{key}" content="{draw(texts)}">')
    if draw(st.booleans()):
        ld = draw(st.dictionaries(st.sampled_from(["@type", "headline", "datePublished", "author", "@graph"]), values))
        parts.append(f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    parts.append("</head><body>")
    for _ in range(draw(st.integers(0, 8))):
        tag = draw(st.sampled_from(TAGS))
        parts.append(f"<{tag}>{draw(texts)}" + (f"</{tag}>" if draw(st.booleans()) else ""))
    return "".join(parts) + draw(st.sampled_from(["</body></html>", "", "<!--", "<![CDATA[", "&#xFFFFFFFF;"]))


@FUZZ
@given(page=html_pages())
def test_fuzz_html(page: str) -> None:
    with _folder() as root:
        _write(root / "in" / "fuzzed.html", page)
        _check_report(str(root / "in"))


@FUZZ
@given(
    entries=st.lists(
        st.dictionaries(st.sampled_from(["id", "file", "title", "published", "trust", "url", "outlet"]), values),
        max_size=4,
    ),
    point_at_good=st.booleans(),
)
def test_fuzz_manifests(entries: list[dict[str, Any]], point_at_good: bool) -> None:
    with _folder() as root:
        if point_at_good and entries:
            entries[0]["file"] = "in/good.txt"
        _write(root / "sources.json", json.dumps({"sources": entries}))
        _check_report(str(root / "in"), "--sources", str(root / "sources.json"), run_level_errors=True)


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _leaves(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _leaves(v, (*path, i))
    yield path


def _replace(node: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    node[path[0]] = _replace(node[path[0]], path[1:], value)
    return node


_RECORD: dict[str, Any] = {}


def _claim_record() -> dict[str, Any]:
    """A real claim record of a small article (extracted once)."""
    if not _RECORD:
        with _folder() as root:
            _write(
                root / "in" / "seed.txt", "Officials said 40 people died in Lyon on Tuesday, Emmanuel Macron said.\n"
            )
            assert run_cli("extract", str(root / "in" / "seed.txt"), "--out", str(root / "c")).code == 0
            _RECORD.update(json.loads((root / "c" / "seed.json").read_text(encoding="utf-8")))
    return json.loads(json.dumps(_RECORD))


@FUZZ
@given(picks=st.lists(st.tuples(st.integers(min_value=0), values), min_size=1, max_size=3))
def test_fuzz_claim_records(picks: list[tuple[int, Any]]) -> None:
    record = _claim_record()
    for index, value in picks:
        paths = list(_leaves(record))
        record = _replace(record, paths[index % len(paths)], value)
    with _folder() as root:
        assert run_cli("extract", str(root / "in" / "good.txt"), "--out", str(root / "claims")).code == 0
        _write(root / "claims" / "fuzzed.json", json.dumps(record, allow_nan=True))
        _check_report("--claims", str(root / "claims"))


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(str(value), repr(value))
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))} = {_toml_value(v)}" for k, v in value.items()) + "}"
    return json.dumps(str(value))


@FUZZ
@given(
    table=st.dictionaries(
        st.sampled_from(["fail-on", "format", "sources", "baseline", "trust", "extractors", "max-file-size", "x"]),
        values,
        max_size=5,
    ),
    raw=st.sampled_from(["", "\x00\x01", "[trust]\ngood = nan\n", "max-file-size = 1\n", "[[x]]\n", "\xff"]),
)
def test_fuzz_config(table: dict[str, Any], raw: str) -> None:
    with _folder() as root:
        lines = [f"{json.dumps(k)} = {_toml_value(v)}" for k, v in table.items() if v is not None]
        _write(root / "factcheck.toml", "\n".join(lines) + "\n" + raw)
        old = os.environ.get("FACTCHECK_CONFIG")
        os.environ["FACTCHECK_CONFIG"] = str(root / "factcheck.toml")
        try:
            _check_report(str(root / "in"), run_level_errors=True)
        finally:
            if old is None:
                del os.environ["FACTCHECK_CONFIG"]
            else:
                os.environ["FACTCHECK_CONFIG"] = old
