"""Issue 12, hostile and broken input: each reproduction of the issue, next to one good article.

Every bad input is one diagnostic naming the file, exit code 2, never ``internal error``, and the good
article is still compared and reported."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from tests.helpers import empty_workdir, run_cli

GOOD = "Emmanuel Macron met Olaf Scholz in Lyon on Monday, the French president's office said.\n"


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory (no config file above it) with no FACTCHECK_* variables."""
    empty_workdir(tmp_path, monkeypatch)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def _compare(*args: str) -> tuple[int, dict[str, object], str]:
    r = run_cli("compare", *args, "--format", "json", "--fail-on", "none")
    assert "internal error" not in r.err and "Traceback" not in r.err, r.err
    return r.code, json.loads(r.out), r.err


def _md(front: str, body: str = "Olaf Scholz met Emmanuel Macron in Lyon on Monday.\n") -> str:
    return f"---\n{front}---\n{body}"


BAD_FILES: list[tuple[str, str | bytes, str]] = [
    ("list-title.md", _md("title: [1, 2]\n"), "'title' must be text, not list ([1, 2])"),
    ("negative-trust.md", _md("trust: -5\n"), "'trust' must be a finite number >= 0 (got -5)"),
    ("infinite-trust.md", _md("trust: .inf\n"), "'trust' must be a finite number >= 0 (got inf)"),
    ("nan-trust.md", _md("trust: .nan\n"), "'trust' must be a finite number >= 0 (got nan)"),
    ("impossible-date.md", _md("published: 2025-02-30\n"), "has an invalid value in its YAML front matter"),
    ("quoted-impossible-date.md", _md("published: '2025-02-30'\n"), "front matter 'published' is not a date"),
    (
        "alias-bomb.md",
        _md('a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b]\n'),
        "anchors and aliases (&name, *name) are not allowed",
    ),
    ("deep-yaml.md", _md("tags: " + "[" * 5000 + "]" * 5000 + "\n"), "nested"),
    ("traversal-id.md", _md("id: ../../x\n"), "'id' '../../x' is not a usable source id"),
    ("absolute-id.md", _md("id: /tmp/evil\n"), "'id' '/tmp/evil' is not a usable source id"),
    ("list-title.json", json.dumps({"title": [1, 2], "text": GOOD}), "'title' must be text, not list"),
    ("negative-trust.json", json.dumps({"trust": -5, "text": GOOD}), "'trust' must be a finite number >= 0"),
    ("nan-trust.json", '{"trust": NaN, "text": "x"}', "holds NaN, which is not a valid JSON number"),
    ("impossible-date.json", json.dumps({"published": "2025-02-30", "text": GOOD}), "'published' is not a date"),
    ("deep.json", "[" * 100_000 + "]" * 100_000, "is nested more than 32 levels deep"),
    ("surrogate.json", '{"text": "Macron met Scholz \\ud800 in Lyon."}', "holds a lone surrogate (\\ud800)"),
    ("late-nul.txt", GOOD * 100 + "\x00tail\n", "is a binary file (NUL byte at offset"),
    ("latin1.txt", "Café in Zürich met on Monday.\n".encode("latin-1"), "is not valid UTF-8 (byte 0xe9"),
    ("bad-utf16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "is not valid UTF-16"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_article_is_a_diagnostic_and_the_good_one_is_reported(
    work: Path, name: str, content: str | bytes, message: str
) -> None:
    bad = work / "in" / name
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content, encoding="utf-8", errors="surrogatepass")
    code, report, err = _compare("in")
    assert code == 2
    assert [i["id"] for i in report["inputs"]] == ["good"]  # type: ignore[index]
    [diag] = report["diagnostics"]  # type: ignore[misc]
    assert diag["path"] == f"in/{name}" and diag["code"] == "FC100" and diag["severity"] == "error"
    assert message in diag["message"], diag["message"]
    assert err.startswith(f"factcheck: in/{name}") and err.count("\n") == 1


def test_utf16_and_bom_articles_are_read_with_exact_offsets(work: Path) -> None:
    text = "Emmanuel Macron met Olaf Scholz in Paris on Monday, the French president's office said.\n"
    (work / "in" / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    (work / "in" / "utf16be.txt").write_bytes(codecs.BOM_UTF16_BE + text.replace("Paris", "Nice").encode("utf-16-be"))
    (work / "in" / "bom.txt").write_bytes(codecs.BOM_UTF8 + text.replace("Paris", "Metz").encode("utf-8"))
    code, report, _ = _compare("in")
    assert code == 0 and report["diagnostics"] == []
    assert sorted(i["id"] for i in report["inputs"]) == ["bom", "good", "utf16", "utf16be"]  # type: ignore[union-attr]
    # a UTF-8 byte-order mark counts as the first character (README, Report format); UTF-16's does not
    originals = {
        "utf16": text,
        "utf16be": text.replace("Paris", "Nice"),
        "bom": "\ufeff" + text.replace("Paris", "Metz"),
    }
    seen = 0
    for finding in report["findings"]:  # type: ignore[union-attr]
        for value in finding["values"]:
            for ev in value["sources"]:
                if ev["source_id"] in originals:
                    assert originals[ev["source_id"]][ev["start"] : ev["end"]] == ev["text"]
                    seen += 1
    assert seen >= 3


def test_file_over_the_size_limit_is_a_diagnostic(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (work / "in" / "huge.txt").write_text(GOOD * 40, encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_MAX_FILE_SIZE", "2KB")
    code, report, _ = _compare("in")
    assert code == 2 and [i["id"] for i in report["inputs"]] == ["good"]  # type: ignore[index]
    assert report["diagnostics"] == [  # type: ignore[comparison-overlap]
        {
            "path": "in/huge.txt",
            "code": "FC100",
            "severity": "error",
            "message": "is larger than the 2,000 bytes limit (max-file-size)",
            "line": None,
        }
    ]


def test_bad_max_file_size_setting_is_a_config_error(work: Path) -> None:
    (work / "factcheck.toml").write_text('max-file-size = "lots"\n', encoding="utf-8")
    r = run_cli("compare", "in")
    assert r.code == 2 and r.out == ""
    assert r.err.endswith(
        """factcheck.toml: key 'max-file-size': must be a size in bytes such as 10000000 or "10MB" (got 'lots')\n"""
    )


def test_binary_config_file_is_a_clear_error(work: Path) -> None:
    (work / "factcheck.toml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    r = run_cli("compare", "in")
    assert r.code == 2 and r.out == ""
    assert r.err.startswith("factcheck: error: ") and "factcheck.toml: not valid TOML (not UTF-8 text" in r.err


@pytest.mark.parametrize("weight", ["inf", "nan", "-inf"])
def test_non_finite_trust_in_config_is_refused(work: Path, weight: str) -> None:
    (work / "factcheck.toml").write_text(f"[trust]\ngood = {weight}\n", encoding="utf-8")
    r = run_cli("compare", "in")
    assert r.code == 2 and f"key 'trust'.good: must be a finite number >= 0 (got {weight})" in r.err


def test_non_finite_trust_in_manifest_is_refused(work: Path) -> None:
    (work / "sources.json").write_text('{"sources": [{"id": "g", "file": "in/good.txt", "trust": Infinity}]}')
    r = run_cli("compare", "in", "--sources", "sources.json")
    assert r.code == 2 and r.out == ""
    assert r.err == "factcheck: error: sources.json: holds Infinity, which is not a valid JSON number\n"


def test_manifest_id_that_would_leave_the_folder_is_refused(work: Path) -> None:
    (work / "sources.json").write_text('{"sources": [{"id": "../../x", "file": "in/good.txt"}]}')
    r = run_cli("extract", "in", "--out", "claims", "--sources", "sources.json")
    assert r.code == 2
    assert r.err == (
        "factcheck: error: sources.json: is not a sources manifest: sources.0.id: an id must not contain '..'\n"
    )
    assert not (work / "x.json").exists() and not (work.parent / "x.json").exists()


@pytest.mark.parametrize("bad_id", ["../../x", "/tmp/abs", "sub/dir", "..", ".hidden"])
def test_extract_never_writes_outside_its_folder(work: Path, bad_id: str) -> None:
    (work / "in" / "evil.json").write_text(json.dumps({"id": bad_id, "text": GOOD}), encoding="utf-8")
    r = run_cli("extract", "in", "--out", "claims")
    assert r.code == 2
    assert sorted(p.name for p in (work / "claims").iterdir()) == ["good.json"]
    assert f"factcheck: in/evil.json: 'id' {bad_id!r} is not a usable source id" in r.err
    assert sorted(p.name for p in work.iterdir()) == ["claims", "in"]


def test_empty_folder_is_a_warning(work: Path) -> None:
    (work / "empty").mkdir()
    code, report, err = _compare("in", "empty")
    assert code == 0 and [i["id"] for i in report["inputs"]] == ["good"]  # type: ignore[index]
    assert report["diagnostics"] == [  # type: ignore[comparison-overlap]
        {
            "path": "empty",
            "code": "FC105",
            "severity": "warning",
            "message": "holds no article files (.txt, .md, .markdown, .html, .htm, .json)",
            "line": None,
        }
    ]
    assert err == "factcheck: empty: holds no article files (.txt, .md, .markdown, .html, .htm, .json) [FC105]\n"


def test_two_claim_files_with_one_source_id(work: Path) -> None:
    assert run_cli("extract", "in", "--out", "claims").code == 0
    record = (work / "claims" / "good.json").read_text(encoding="utf-8")
    (work / "claims" / "zz-copy.json").write_text(record, encoding="utf-8")
    code, report, _ = _compare("--claims", "claims")
    assert code == 2 and [i["id"] for i in report["inputs"]] == ["good"]  # type: ignore[index]
    [diag] = report["diagnostics"]  # type: ignore[misc]
    assert diag["code"] == "FC101" and diag["path"] == "claims/zz-copy.json"
    assert diag["message"] == "source id 'good' is already used by claims/good.json; skipped"


def test_claim_file_with_an_unsafe_id_is_refused(work: Path) -> None:
    assert run_cli("extract", "in", "--out", "claims").code == 0
    data = json.loads((work / "claims" / "good.json").read_text(encoding="utf-8"))
    data["source"]["id"] = "../escape"
    (work / "claims" / "good.json").write_text(json.dumps(data), encoding="utf-8")
    r = run_cli("extract", "in", "--out", "claims")  # a fresh good.json; then compare a bad copy
    (work / "claims" / "evil.json").write_text(json.dumps(data), encoding="utf-8")
    code, report, _ = _compare("--claims", "claims")
    assert r.code == 0 and code == 2
    [diag] = report["diagnostics"]  # type: ignore[misc]
    assert diag["code"] == "FC120" and diag["path"] == "claims/evil.json"
    assert "source.id '../escape' is not a usable source id" in diag["message"]


def test_figure_dense_and_unpunctuated_text_is_read_with_a_warning(work: Path) -> None:
    (work / "in" / "ones.txt").write_text("Tally\n" + "1 " * 3000 + "\n", encoding="utf-8")
    code, report, err = _compare("in")
    assert code == 0 and sorted(i["id"] for i in report["inputs"]) == ["good", "ones"]  # type: ignore[union-attr]
    messages = [(d["code"], d["line"], d["message"]) for d in report["diagnostics"]]  # type: ignore[union-attr]
    assert messages == [
        (
            "FC104",
            2,
            "6,000 characters without a sentence end were split into pieces of at most 1,000 characters; "
            "a claim across a split is missed",
        ),
        (
            "FC104",
            2,
            "6 sentences with more than 30 figures (a table or list without full stops) had their figures skipped",
        ),
    ]
    assert "in/ones.txt:2: 6,000 characters without a sentence end" in err


def test_messages_stay_one_line_whatever_the_input_holds(work: Path) -> None:
    (work / "factcheck.toml").write_text('[trust]\n"a\\r\\nb" = -1\n', encoding="utf-8")
    r = run_cli("compare", "in")
    assert r.code == 2
    assert (
        r.err
        == f"factcheck: error: {work}/factcheck.toml: key 'trust'.a\\r\\nb: must be a finite number >= 0 (got -1)\n"
    )
    (work / "factcheck.toml").unlink()
    (work / "in" / "bad\nname.txt").write_bytes(b"\x00")
    code, _, err = _compare("in")
    assert (
        code == 2
        and err == "factcheck: in/bad\\nname.txt:1: is a binary file (NUL byte at offset 0), not text [FC100]\n"
    )
