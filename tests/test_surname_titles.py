"""A title given to a family name alone joins the one person of the story so named, and only agrees
(compare/surname_titles.py). Every article here is invented."""

from __future__ import annotations

import datetime as dt

from factcheck.compare import compare_claims
from factcheck.pipeline import extract_document
from tests.helpers import document

D1 = dt.date(2025, 4, 1)


def _titles(*texts: str) -> list[tuple[str, str, list[tuple[str, list[str]]]]]:
    docs = [document(t, D1, f"s{i + 1}") for i, t in enumerate(texts)]
    found = compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs}).findings
    return [
        (f.status.value, f.subject, [(v.value, sorted({e.source_id for e in v.sources})) for v in f.values])
        for f in found
        if f.attribute == "title"
    ]


FULL = "Governor Ada Okafor said on Monday that the storm repairs would start at the harbour.\n"
FULL2 = "The harbour will be rebuilt, Governor Ada Okafor told reporters on Monday.\n"
ALONE = "Storm repairs start at the harbour on Monday, Governor Okafor said in a statement.\n"


def test_a_family_name_alone_with_a_title_joins_the_one_person_so_named() -> None:
    assert _titles(FULL, ALONE) == [("agreement", "Ada Okafor", [("Governor", ["s1", "s2"])])]


def test_a_family_name_alone_that_no_article_names_in_full_is_not_compared() -> None:
    other = "Governor Okafor visited the harbour on Monday and promised storm repairs.\n"
    assert _titles(ALONE, other) == []


def test_a_family_name_two_people_share_joins_neither() -> None:
    two = "Governor Ada Okafor and her brother, Mayor Ben Okafor, toured the harbour on Monday.\n"
    assert _titles(two, ALONE) == [
        ("unique", "Ada Okafor", [("Governor", ["s1"])]),
        ("unique", "Ben Okafor", [("Mayor", ["s1"])]),
    ]


def test_a_family_name_alone_with_another_title_starts_no_conflict() -> None:
    senator = "Storm repairs start at the harbour on Monday, Senator Okafor said in a statement.\n"
    assert _titles(FULL, FULL2, senator) == [("agreement", "Ada Okafor", [("Governor", ["s1", "s2"])])]


def test_a_form_of_a_given_name_people_go_by_is_one_person() -> None:
    short = "Storm repairs start at the harbour on Monday, Governor Mike Okafor said in a statement.\n"
    full = "Governor Michael Okafor said on Monday that the storm repairs would start at the harbour.\n"
    assert _titles(full, short) == [("agreement", "Michael Okafor", [("Governor", ["s1", "s2"])])]


def test_a_nationality_of_a_family_name_alone_is_compared_with_the_same_name_alone() -> None:
    from factcheck.compare.surname_titles import attach_family_names

    docs = [
        document("Storm repairs start on Monday, Kenyan President Okafor said.\n", D1, "s1"),
        document("Storm repairs start on Monday, Kenyan President Okafor said again.\n", D1, "s2"),
    ]
    claims = [c for d in docs for c in extract_document(d).claims if c.attribute == "title"]
    nationality = [c.model_copy(update={"attribute": "nationality"}) for c in claims]
    assert [len(p) for p in attach_family_names([], nationality)] == [2]
    assert attach_family_names([], claims) == []
