"""Issue 12: the parse budget (``limits.MAX_PARSE_CHARS``, setting ``max-parse-size``).

An article with more text than the budget has only the sentences that may need the parse parsed, up to
the budget; the rest is read by the rules alone, with warning FC106. Articles within the budget are
parsed exactly as before. Every text here is invented.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import ArticleContext, run_extractors
from factcheck.ingest import load_document
from factcheck.limits import MAX_PARSE_CHARS
from factcheck.parse import parse_budget, use_parse_budget
from factcheck.parse_plan import needs_parse, parse_plan
from tests.helpers import REPO, context, empty_workdir, run_cli

LEAD = "Police said 14 people died in the flood in Lodwar on Tuesday.\n"
FILLER = "the river rose through the night and the water stayed high.\n"
LATE = "Police said 12 people died in the landslide near Kitale on Friday.\n"


@pytest.fixture(autouse=True)
def _default_budget() -> Iterator[None]:
    """The budget is a process setting (the CLI sets it from the configuration): restore it."""
    yield
    use_parse_budget(None)


def _quantities(text: str, budget: int) -> list[tuple[str, str, str | None]]:
    use_parse_budget(budget)
    claims = run_extractors(context(text))
    return [(c.value, c.attribute, c.qualifiers.authority) for c in claims if c.extractor == "quantity.v1"]


def test_the_default_budget_is_the_named_limit() -> None:
    assert parse_budget() == MAX_PARSE_CHARS == 12_000


@pytest.mark.parametrize(
    ("sentence", "needed"),
    [
        ("the rain stopped and the wind fell.", False),
        ("it rained, then it stopped.", False),
        ("It rained on Tuesday.", True),  # a capitalised word after the first: a date or a name
        ("the storm killed three people.", True),  # a number word
        ("the toll rose to 40.", True),
        ('"we are ready," the mayor said.', True),
        ("the storm hit the coast last week.", True),  # a date without a capital or a digit
    ],
)
def test_which_sentences_may_need_the_parse(sentence: str, needed: bool) -> None:
    assert needs_parse(sentence) is needed


@given(st.text(alphabet="abcdefgh ,;", max_size=40), st.integers(0, 9), st.text(alphabet="abcdefgh ", max_size=20))
def test_a_figure_always_needs_the_parse(before: str, digit: int, after: str) -> None:
    assert needs_parse(f"{before}{digit}{after}")


def test_an_article_within_the_budget_is_parsed_whole() -> None:
    text = LEAD + FILLER * 3 + LATE
    plan = parse_plan(context(text).doc, budget=len(text))
    assert plan.cut is None and plan.text == text and plan.unparsed == 0


def test_over_the_budget_only_sentences_that_may_need_the_parse_are_parsed() -> None:
    text = LEAD + FILLER * 3 + LATE
    plan = parse_plan(context(text).doc, budget=200)
    # Both claim sentences fit in 200 characters once the filler is left out: nothing is lost.
    assert plan.cut is None and plan.unparsed == 0
    assert plan.text == LEAD + " " * (len(FILLER) - 1) + "\n" + (" " * (len(FILLER) - 1) + "\n") * 2 + LATE.rstrip()
    assert len(plan.text) == len(text) - 1  # offsets kept; the parse ends with the last sentence kept


def test_text_beyond_the_budget_is_read_by_the_rules_alone() -> None:
    text = LEAD + FILLER * 3 + LATE
    full = _quantities(text, MAX_PARSE_CHARS)
    assert full == [("14 people died", "deaths", "Police"), ("12 people died", "deaths", "Police")]
    # The budget holds the first sentence only: the second still yields its claim, without the
    # qualifier the parse reads ("Police said" is its authority).
    assert _quantities(text, len(LEAD)) == [("14 people died", "deaths", "Police"), ("12 people died", "deaths", None)]
    plan = parse_plan(context(text).doc, budget=len(LEAD))
    assert plan.cut == text.index(LATE) and plan.unparsed == len(text) - text.index(LATE)


def test_over_the_budget_the_pieces_of_an_over_long_run_are_not_parsed() -> None:
    """A run without a sentence end (a page flattened to one line) is split into pieces: over the budget,
    they are read by the rules alone, and the sentences around them are parsed."""
    run = "the river rose 2 metres in the night, " * 60  # 2,280 characters, no full stop
    text = LEAD + run.strip() + "\n" + LATE
    ctx = context(text)
    [(start, end)] = ctx.split_runs
    plan = parse_plan(ctx.doc, budget=200)
    assert plan.cut is None and plan.unparsed_runs == end - start
    assert plan.text == LEAD + " " * (end - start) + "\n" + LATE.rstrip()
    assert parse_plan(ctx.doc, ctx.sentences, budget=200, splits=ctx.split_runs) == plan
    # Within the budget the run is parsed like everything else.
    whole = parse_plan(ctx.doc, budget=len(text))
    assert whole.text == text and whole.unparsed_runs == 0


def test_normal_articles_are_parsed_exactly_as_before() -> None:
    """Every invented corpus article holds far less than the budget: its plan is the whole text, and
    its claims are those of an unlimited parse."""
    paths = sorted(p for p in (REPO / "tests" / "corpus").glob("*/*") if p.suffix in (".txt", ".md"))
    assert len(paths) >= 30
    docs = [load_document(p, None, None) for p in paths]
    for doc in docs:
        plan = parse_plan(doc)
        assert plan.cut is None and len(plan.text) == len(doc.text), doc.source.path
    use_parse_budget(10**9)
    unlimited = run_extractors(ArticleContext(docs[0]))
    use_parse_budget(None)
    assert run_extractors(ArticleContext(docs[0])) == unlimited


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    empty_workdir(tmp_path, monkeypatch)
    (tmp_path / "in").mkdir()
    return tmp_path


def test_an_article_over_the_budget_gets_a_warning_with_the_line(work: Path) -> None:
    (work / "in" / "long.txt").write_text(LEAD + FILLER * 3 + LATE, encoding="utf-8")
    (work / "factcheck.toml").write_text(f"max-parse-size = {len(LEAD)}\n", encoding="utf-8")
    r = run_cli("compare", "in", "--format", "json", "--fail-on", "none")
    assert r.code == 0, r.err
    report = json.loads(r.out)
    assert [(d["code"], d["severity"], d["line"], d["message"]) for d in report["diagnostics"]] == [
        (
            "FC106",
            "warning",
            5,
            "the parse stopped at its budget of 62 characters (max-parse-size): the last 67 characters were "
            "read by the rules alone, without the parse's qualifiers",
        )
    ]
    assert report["summary"]["claims"] >= 2


def test_unparsed_pieces_of_a_run_are_named_in_the_split_warning(work: Path) -> None:
    run = "the river rose 2 metres in the night, " * 60
    (work / "in" / "long.txt").write_text(LEAD + run.strip() + "\n" + LATE, encoding="utf-8")
    (work / "factcheck.toml").write_text("max-parse-size = 200\n", encoding="utf-8")
    r = run_cli("compare", "in", "--format", "json", "--fail-on", "none")
    assert r.code == 0, r.err
    assert [(d["code"], d["line"], d["message"]) for d in json.loads(r.out)["diagnostics"]] == [
        (
            "FC104",
            2,
            "2,279 characters without a sentence end were split into pieces of at most 1,000 characters; a claim "
            "across a split is missed; 2,279 characters of these pieces (the article is over the parse budget) "
            "were read by the rules alone, without the parse's qualifiers",
        )
    ]


def test_the_budget_is_a_setting(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_MAX_PARSE_SIZE", "20KB")
    r = run_cli("config")
    assert "max-parse-size = 20000  # FACTCHECK_MAX_PARSE_SIZE\n" in r.out
    monkeypatch.delenv("FACTCHECK_MAX_PARSE_SIZE")
    (work / "factcheck.toml").write_text('max-parse-size = "lots"\n', encoding="utf-8")
    r = run_cli("compare", "in")
    assert r.code == 2
    assert r.err.endswith(
        """factcheck.toml: key 'max-parse-size': must be a number of characters such as 12000 or "12KB" """
        """(got 'lots')\n"""
    )
