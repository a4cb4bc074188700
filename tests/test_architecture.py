"""The shape of the extraction layer: one subpackage per claim family, families that never import each
other, and per-article analyses computed once on the article context."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from factcheck import extract
from factcheck.extract import FAMILIES, all_extractors
from tests.helpers import REPO, context

EXTRACT = REPO / "src" / "factcheck" / "extract"
FAMILY_NAMES = frozenset(f.__name__.rsplit(".", 1)[1] for f in FAMILIES)


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO / "src").with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, anywhere in it (functions and ``TYPE_CHECKING`` blocks included),
    relative imports resolved against the file's package."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def family_of(module: str) -> str | None:
    """The claim family a module of ``factcheck.extract`` belongs to, or None (shared code)."""
    parts = module.split(".")
    if parts[:2] != ["factcheck", "extract"] or len(parts) < 3:
        return None
    return parts[2] if parts[2] in FAMILY_NAMES else None


def test_imported_modules_resolves_relative_and_nested_imports() -> None:
    pkg = EXTRACT / "quotes" / "quote.py"
    found = imported_modules(pkg)
    assert "factcheck.extract.quotes.marks" in found
    assert "factcheck.extract.base" in found


def test_family_of() -> None:
    assert family_of("factcheck.extract.places.event_place") == "places"
    assert family_of("factcheck.extract.times") == "times"
    assert family_of("factcheck.extract.analysis.events") is None
    assert family_of("factcheck.extract.base") is None
    assert family_of("factcheck.normalize.places") is None


def test_every_family_is_a_subpackage() -> None:
    assert {"quantities", "people", "places", "times", "quotes"} == FAMILY_NAMES
    for name in FAMILY_NAMES:
        assert (EXTRACT / name / "__init__.py").is_file()


@pytest.mark.parametrize("path", sorted(EXTRACT.rglob("*.py")), ids=lambda p: str(p.relative_to(EXTRACT)))
def test_no_family_imports_another_family(path: Path) -> None:
    """A family imports shared code (base, registry, qualifiers, analysis) and itself, never another
    family; shared code imports no family (the package's own ``__init__``, which loads them all, aside)."""
    own = family_of(_module_name(path))
    if path == EXTRACT / "__init__.py":
        return
    crossing = sorted(m for m in imported_modules(path) if (other := family_of(m)) is not None and other != own)
    assert crossing == [], f"{path.relative_to(REPO)} imports {crossing}"


def test_families_list_exactly_the_registered_extractors() -> None:
    listed = [e.id for family in FAMILIES for e in family.EXTRACTORS]
    assert len(listed) == len(set(listed))
    assert sorted(listed) == [e.id for e in all_extractors()]
    for family in FAMILIES:
        for e in family.EXTRACTORS:
            assert f"``{e.id}``" in (family.__doc__ or ""), f"{family.__name__} does not document {e.id}"
    assert extract.__doc__ is not None


def test_extract_top_level_holds_only_shared_code() -> None:
    """A new extractor goes into its family's subpackage (and its ``EXTRACTORS``), never beside base.py."""
    top = sorted(p.name for p in EXTRACT.glob("*.py"))
    assert top == ["__init__.py", "base.py", "qualifiers.py", "registry.py"]


def _declared_ids(path: Path) -> list[str]:
    """Ids of the extractor classes a file declares (a class attribute ``id = "<name>.v<N>"``)."""
    ids = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef):
            for stmt in node.body:
                if (
                    isinstance(stmt, ast.Assign)
                    and [getattr(t, "id", None) for t in stmt.targets] == ["id"]
                    and isinstance(stmt.value, ast.Constant)
                    and isinstance(stmt.value.value, str)
                    and ".v" in stmt.value.value
                ):
                    ids.append(stmt.value.value)
    return ids


def test_every_declared_extractor_is_listed_by_its_family() -> None:
    declared = sorted(i for path in EXTRACT.rglob("*.py") for i in _declared_ids(path))
    assert declared == sorted(e.id for family in FAMILIES for e in family.EXTRACTORS)


def test_no_module_level_weak_caches_of_articles() -> None:
    """Per-article state lives on the article context, not in module globals keyed by the context."""
    for path in EXTRACT.rglob("*.py"):
        assert "WeakKeyDictionary" not in path.read_text(encoding="utf-8"), path


def test_shared_analyses_are_per_article_and_computed_once() -> None:
    quake = context(
        "Strong earthquake hits the coast\n\nA strong earthquake struck the coast on Tuesday, killing 12 people.\n",
        dt.date(2024, 5, 8),
    )
    vote = context(
        "Polls close in the election\n\nThe election was held on Sunday, and 61 percent voted.\n",
        dt.date(2024, 5, 8),
        source_id="u",
    )
    assert quake.main_event == "earthquake"
    assert vote.main_event == "election"
    sentence = quake.sentences[-1]
    assert [m.value for m in quake.figures(sentence)] == [12.0]
    assert quake.skipped == {}
    assert quake.dates(sentence) is quake.dates(sentence)
    assert [m.date for m in quake.dates(sentence)] == [dt.date(2024, 5, 7)]
    assert quake.event_time(sentence) is quake.event_time(sentence)


# The project's cap on a module's length: past it a module has more than one job (split it on a seam).
MAX_MODULE_LINES = 400


@pytest.mark.parametrize(
    "path", sorted((REPO / "src" / "factcheck").rglob("*.py")), ids=lambda p: str(p.relative_to(REPO))
)
def test_modules_stay_small(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{path.relative_to(REPO)} has {lines} lines"


def test_lemmas_are_read_through_the_parse_module() -> None:
    """The lemmatizer is disabled at load and run on demand by ``factcheck.parse.lemma``: reading
    ``token.lemma_`` anywhere else gives an empty string for every token."""
    readers = [
        str(path.relative_to(REPO))
        for path in sorted((REPO / "src" / "factcheck").rglob("*.py"))
        if path.name != "parse.py" and ".lemma_" in path.read_text(encoding="utf-8")
    ]
    assert readers == []
