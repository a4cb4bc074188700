"""Stories before comparison, syndication within a date window, blocked quote and name clustering,
and a light start-up (see README, "Archives: stories, syndication and speed")."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from factcheck.compare import compare_claims
from factcheck.compare.context import build_context
from factcheck.compare.entities import _cluster_names
from factcheck.compare.quotes import quote_findings
from factcheck.compare.stories import STORY_WINDOW_DAYS, ArticleFeatures, cluster_stories
from factcheck.compare.syndication import Text, syndication_groups
from factcheck.models import ClaimFile, CompareAs, Finding
from factcheck.normalize.people import same_person_spelling
from factcheck.pipeline import extract_article, load_inputs
from tests.helpers import EXAMPLES, REPO, SEEDS

CORPUS = REPO / "tests" / "corpus"
FOLDERS = [
    *sorted(p for p in CORPUS.iterdir() if p.is_dir()),
    EXAMPLES,
    *([SEEDS] if (SEEDS / "gold.json").is_file() else []),
]


@cache
def _extracted(folder: Path) -> tuple[tuple[ClaimFile, ...], tuple[tuple[str, str], ...]]:
    manifest = folder / "sources.json"
    loaded = load_inputs([folder], manifest if manifest.is_file() else None)
    pairs = [extract_article(d) for d in loaded.documents]
    return tuple(cf for cf, _ in pairs), tuple((cf.source.id, text) for cf, text in pairs)


def _compare(*folders: Path) -> list[Finding]:
    files = [cf for f in folders for cf in _extracted(f)[0]]
    texts = {i: t for f in folders for i, t in _extracted(f)[1]}
    return compare_claims(files, texts).findings


def _sources(f: Finding) -> set[str]:
    return {e.source_id for v in f.values for e in v.sources}


# --- stories --------------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_each_labelled_story_folder_is_one_story(folder: Path) -> None:
    files, texts = _extracted(folder)
    ctx = build_context(list(files), dict(texts))
    assert len(set(ctx.story_of.values())) == 1


def test_two_unrelated_stories_given_together_never_meet() -> None:
    quake, flood = CORPUS / "quake", CORPUS / "flood"
    together = _compare(quake, flood)
    quake_ids = {cf.source.id for cf in _extracted(quake)[0]}
    stories = {f.story for f in together}
    assert len(stories) == 2
    for f in together:  # no finding mixes the two stories' sources
        assert _sources(f) <= quake_ids or not (_sources(f) & quake_ids)
    # Each story's findings are those it gets alone: the flood's toll never meets the quake's.
    alone = {(f.id, f.status) for f in [*_compare(quake), *_compare(flood)]}
    assert {(f.id, f.status) for f in together} == alone
    deaths = [f for f in together if f.attribute == "deaths"]
    assert len({f.story for f in deaths}) == 2


def test_every_finding_and_input_names_its_story() -> None:
    files, texts = _extracted(EXAMPLES)
    result = compare_claims(list(files), dict(texts))
    assert set(result.story_of.values()) == {"story-city-paper"}
    assert {f.story for f in result.findings} == {"story-city-paper"}


def _article(sid: str, published: dt.date | None, *features: str) -> ArticleFeatures:
    people = frozenset(f.split(":", 1)[1] for f in features if f.startswith("person:"))
    return ArticleFeatures(sid, published, people, frozenset(features))


def test_the_main_people_link_a_story_over_the_years_and_a_town_alone_does_not() -> None:
    d = dt.date(2022, 2, 4)
    later = d + dt.timedelta(days=800)
    arts = [
        _article("a", d, "person:xi", "person:puti", "noun:beijing", "type:meeting"),
        _article("b", later, "person:xi", "person:puti", "noun:moscow", "type:meeting"),
        _article("c", later, "noun:beijing", "type:meeting", "country:China"),
    ]
    assert cluster_stories(arts, {}) == {"a": "story-a", "b": "story-a", "c": "story-c"}


def test_within_the_window_one_person_or_two_names_link_and_a_kind_of_event_does_not() -> None:
    d = dt.date(2025, 3, 1)
    near = d + dt.timedelta(days=STORY_WINDOW_DAYS)
    arts = [
        _article("a", d, "person:wend", "type:flood", "event:event"),
        _article("b", near, "person:wend"),
        _article("c", d, "noun:forli", "noun:savio", "type:flood"),
        _article("d", near, "noun:forli", "noun:savio"),
        _article("e", near, "noun:ravenna", "type:flood", "event:event"),
    ]
    stories = cluster_stories(arts, {})
    assert stories["a"] == stories["b"] == "story-a"
    assert stories["c"] == stories["d"] == "story-c"
    assert stories["e"] == "story-e"


def test_an_article_naming_nobody_joins_its_best_match_and_never_links_two_stories() -> None:
    d = dt.date(2025, 6, 9)
    arts = [
        _article("a", d, "noun:puquio", "type:earthquake", "country:Peru", "event:event"),
        _article("b", d, "noun:forli", "type:flood", "country:Italy", "event:event"),
        _article("c", d, "type:earthquake", "country:Peru", "event:event"),  # "the toll has risen to 52"
    ]
    assert cluster_stories(arts, {}) == {"a": "story-a", "b": "story-b", "c": "story-a"}


def test_story_ids_do_not_change_when_an_unrelated_article_is_added() -> None:
    d = dt.date(2025, 6, 9)
    arts = [_article("m", d, "noun:puquio", "noun:ica"), _article("n", d, "noun:puquio", "noun:ica")]
    more = [*arts, _article("a", d - dt.timedelta(days=1), "noun:lisbon", "noun:oslo")]
    assert cluster_stories(arts, {}) == {k: v for k, v in cluster_stories(more, {}).items() if k != "a"}


# --- syndication ----------------------------------------------------------------------------------

WIRE = (
    "Flood waters cut off more than 40 villages in the hills above Cesena on Monday, the regional governor "
    "Marta Ricci said. Emergency crews from Ravenna evacuated 1,200 residents by boat overnight, and the "
    "Savio river reached its highest level since records began, the Emilia-Romagna civil protection agency said."
)


def test_copies_published_years_apart_are_not_syndicated() -> None:
    d = dt.date(2021, 5, 3)
    same_week = [Text("a", WIRE, d), Text("b", WIRE + "\nRead more", d + dt.timedelta(days=2))]
    years_apart = [Text("a", WIRE, d), Text("b", WIRE, d + dt.timedelta(days=3 * 365))]
    assert syndication_groups(same_week) == {"b": "a"}
    assert syndication_groups(years_apart) == {}
    assert syndication_groups([Text("a", WIRE, None), Text("b", WIRE, d)]) == {"b": "a"}


def test_a_look_alike_with_other_names_and_figures_is_no_copy() -> None:
    d = dt.date(2021, 5, 3)
    other = WIRE.replace("Cesena", "Lugo").replace("Marta Ricci", "Paolo Neri").replace("1,200", "900")
    assert syndication_groups([Text("a", WIRE, d), Text("b", other, d)]) == {}


def test_lsh_candidates_find_the_same_copies_as_every_pair() -> None:
    items = []
    for folder in FOLDERS:
        files, texts = _extracted(folder)
        published = {cf.source.id: cf.source.published for cf in files}
        items += [Text(i, t, published[i]) for i, t in texts]
    items += [Text(f"{t.source_id}-copy", t.text + "\nShare this story", t.published) for t in items[::3]]
    by_lsh = syndication_groups(items, use_lsh=True)
    assert by_lsh == syndication_groups(items, use_lsh=False)
    assert len(by_lsh) >= len(items[::3]) // 2


# --- blocked clustering gives what the unblocked clustering gives -----------------------------------


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_quote_blocking_gives_the_same_findings_as_testing_every_cluster(folder: Path) -> None:
    files, texts = _extracted(folder)
    ctx = build_context(list(files), dict(texts))
    quotes = [c for cf in files for c in cf.claims if c.compare_as == CompareAs.QUOTE]
    assert quote_findings(quotes, ctx, blocked=True) == quote_findings(quotes, ctx, blocked=False)


NAMES = [
    "Katrine Halvorsen", "Katrina Halvorsen", "Dmitri Volkhov", "Dmitry Volkhov", "Andrei Volkhov",
    "Aimable Nsengiyumva", "Aimable Nsengiumva", "Mwansa Chisanga", "Mwansa Chisenga", "Khalid al-Mansoori",
    "Khaled Al Mansouri", "Oleksandr Hrytsenko", "Alexander Gritsenko", "Claudine Habimana", "Eric Habimana",
    "Đorđe Stanković", "Djordje Stankovic", "Peter Phiri", "Peter Pihri", "Tobias Wendlinger", "Tobias Wendlenger",
]  # fmt: skip


def _first_fit(names: list[str]) -> list[int]:
    """The clustering before blocking: each name joins the first cluster all of whose names it can be."""
    people: list[list[str]] = []
    out = []
    for name in names:
        home = next((i for i, p in enumerate(people) if all(same_person_spelling(name, o) for o in p)), None)
        if home is None:
            home = len(people)
            people.append([])
        people[home].append(name)
        out.append(home)
    return out


@pytest.mark.parametrize("order", [1, -1])
def test_name_blocking_gives_the_same_clusters_as_testing_every_cluster(order: int) -> None:
    names = NAMES[::order]
    assert _cluster_names([(n, None) for n in names]) == _first_fit(names)


# --- start-up ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [["--version"], ["schema"], ["config"]])
def test_version_schema_and_config_import_no_extraction_and_no_nlp(argv: list[str]) -> None:
    code = (
        "import sys\n"
        f"sys.argv = ['factcheck', *{argv!r}]\n"
        "from factcheck.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc', 'datasketch', 'scipy')"
        " or m.startswith(('factcheck.extract', 'factcheck.compare', 'factcheck.pipeline')))\n"
        "print(heavy, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_the_same_finding_in_two_stories_gets_two_ids() -> None:
    from factcheck.pipeline import extract_document
    from tests.helpers import document

    text = "Twelve people died in floods in Forlì and Cesena on Monday, the regional agency said."
    dates = {"a1": dt.date(2020, 5, 5), "a2": dt.date(2020, 5, 6), "b1": dt.date(2024, 5, 7), "b2": dt.date(2024, 5, 8)}
    docs = [document(text, d, sid) for sid, d in dates.items()]
    result = compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs})
    assert set(result.story_of.values()) == {"story-a1", "story-b1"}
    deaths = [f for f in result.findings if f.attribute == "deaths"]
    assert sorted(str(f.story) for f in deaths) == ["story-a1", "story-b1"]
    assert len({f.id for f in deaths}) == 2


def test_the_text_report_names_the_story_of_each_finding_when_there_are_several() -> None:
    from factcheck.render import render
    from factcheck.report import build_report

    quake, flood = CORPUS / "quake", CORPUS / "flood"
    files = [cf for f in (quake, flood) for cf in _extracted(f)[0]]
    texts = {i: t for f in (quake, flood) for i, t in _extracted(f)[1]}
    result = compare_claims(files, texts)
    report = build_report(files, result.findings, (), result.duplicate_of, story_of=result.story_of)
    text = render(report, "text")
    assert text.splitlines()[0].endswith(f"{len(files)} inputs, {report.summary.claims} claims, 2 stories")
    conflict_heads = [line for line in text.splitlines() if line.endswith(("story-201]", "story-301_valley-courier]"))]
    assert len(conflict_heads) == sum(1 for f in report.findings if f.status.value != "unique")
