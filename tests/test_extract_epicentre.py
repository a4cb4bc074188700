"""Epicentres: the governed place after an epicentre cue, known or not."""

from __future__ import annotations

import pytest

from factcheck.extract.places.epicentre import EpicentreExtractor
from tests.helpers import context


def _epicentres(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (c.subject, c.normalized.display, c.normalized.place_path) for c in EpicentreExtractor().extract(context(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The earthquake's epicentre was about 30 km south-east of Tarma, officials said.",
            [("earthquake", "Tarma", ("Tarma",))],
        ),
        (
            "The quake was centred in the Junín region, near the town of Tarma.",
            [("earthquake", "Tarma", ("Tarma",))],
        ),
        ("Seismologists placed the epicentre close to Osaka.", [("earthquake", "Osaka", ("Japan", "Osaka"))]),
    ],
)
def test_epicentres(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert _epicentres(text) == expected


def test_no_cue_no_claim() -> None:
    assert _epicentres("The quake was felt near Tarma and in the capital.") == []
