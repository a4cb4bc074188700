"""A person named by an official title and one name ("Queen Ysolde", "President Okoro"): a person
mention, whose age an apposition or a role noun gives (invented sentences only)."""

from __future__ import annotations

from factcheck.pipeline import extract_document
from tests.helpers import context, document


def _ages(text: str) -> list[tuple[str, str, str]]:
    claims = extract_document(document(text)).claims
    return [(c.subject, c.subject_key, c.normalized.key) for c in claims if c.attribute == "age"]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind.value, c.subject_key) for c in extract_document(document(text)).claims]


def test_the_monarch_is_the_one_king_the_article_names() -> None:
    text = "King Osric was crowned in Velmar on Saturday. The monarch, 61, waved to the crowds."
    assert _ages(text) == [("Osric", "unknown:osric", "61")]


def test_an_age_in_apposition_to_a_title_and_one_name() -> None:
    assert _ages("Pope Anselm, 88, led the service on the hill on Sunday.") == [("Anselm", "unknown:anselm", "88")]


def test_two_kings_stay_apart_and_give_the_monarch_no_age() -> None:
    text = "King Osric of Velmar and Queen Ysolde of Darnia met on Saturday. The monarch, 61, waved."
    assert _ages(text) == []


def test_two_presidents_stay_apart() -> None:
    text = "President Okoro of Darnia met President Lindqvist of Velmar on Friday. The president, 58, spoke first."
    assert _ages(text) == []


def test_a_title_with_one_unknown_name_is_a_title_claim_under_the_family_names_initial() -> None:
    # compared only when another article names one person so in full (tests/test_surname_titles.py)
    kinds = _kinds("President Okoro opened the bridge on Friday.")
    assert ("title", "unknown:o") in kinds


def test_place_words_after_a_title_are_no_person() -> None:
    assert _ages("The flood reached King County on Monday. The monarch, 61, said nothing.") == [
        ("the monarch", "role:monarch", "61")
    ]
    assert _ages("Crowds filled Queen Street on Monday. The monarch, 61, said nothing.") == [
        ("the monarch", "role:monarch", "61")
    ]


def test_a_title_and_one_name_does_not_key_an_event() -> None:
    # one article writes "Queen Ysolde", another her full name: the meeting keeps one key
    kinds = _kinds("King Osric of Velmar and Queen Ysolde of Darnia met on Saturday.")
    assert ("date", "meeting") in kinds


def _people(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in context(text).people]


def test_a_titled_person_named_again_by_given_name_alone() -> None:
    # a ruler goes by title and given name: the bare given name is the one person the article gives it
    text = "King Aldric Venn opened the bridge on Monday. Aldric, 61, said the river had been tamed."
    assert _people(text) == [("Aldric Venn", "unknown:venn"), ("Aldric", "unknown:venn")]
    assert _ages(text) == [("Aldric Venn", "unknown:a venn", "61")]  # the age is the full-named person's


def test_a_given_name_two_people_share_or_no_title_links_to_nobody() -> None:
    two = "King Aldric Venn opened the bridge. Aldric Moor, 40, watched. Aldric said it was fine."
    assert _people(two) == [("Aldric Venn", "unknown:venn"), ("Aldric Moor", "unknown:moor")]
    untitled = "Aldric Venn opened the bridge on Monday. Aldric said the river had been tamed."
    assert _people(untitled) == [("Aldric Venn", "unknown:venn")]
