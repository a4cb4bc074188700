"""split-ratio.v1: the ratio of a company's stock split (invented sentences only)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from factcheck.compare.certainty import inverted
from factcheck.extract.quantities.split_ratio import SplitRatioExtractor, split_ratio
from tests.helpers import context, findings_of


def _ratios(text: str, published: dt.date | None = None) -> list[tuple[str, str, str, float | None]]:
    claims = SplitRatioExtractor().extract(context(text, published))
    return [(c.attribute, c.value, c.normalized.key, c.normalized.low) for c in claims]


def test_split_ratios_in_figures_and_words() -> None:
    assert _ratios("Orbix unveiled a 10-for-1 stock split alongside a bigger payout.") == [
        ("stock split ratio", "10-for-1", "10-for-1", 10.0)
    ]
    assert _ratios("Ten-for-one forward stock split takes effect March 3") == [
        ("stock split ratio", "Ten-for-one", "10-for-1", 10.0)
    ]
    assert _ratios("The board approved a 1-for-20 reverse share split.") == [
        ("stock split ratio", "1-for-20", "1-for-20", 0.05)
    ]


def test_no_split_ratio_without_a_split_or_of_an_earlier_year() -> None:
    assert _ratios("The club won two-for-two in the cup.") == []
    assert _ratios("Orbix traded shares one-for-one with its rival.") == []
    earlier = "Orbix had carried out a 4-for-1 stock split in 2029."
    assert _ratios(earlier, dt.date(2031, 5, 2)) == []
    assert _ratios(earlier.replace("2029", "2031"), dt.date(2031, 5, 2)) != []


def test_a_ratio_written_the_wrong_way_round_conflicts() -> None:
    day = dt.date(2031, 5, 2)
    found = findings_of(
        ("Orbix announced a 10-for-1 stock split on Wednesday.", day),
        ("Orbix said on Wednesday it would carry out a 10-for-one stock split.", day),
        ("Orbix also announced a 1-for-10 stock split on Wednesday.", day),
    )
    ratio = [(f.status.value, [v.value for v in f.values]) for f in found if f.attribute == "stock split ratio"]
    assert ratio[0] == ("conflict", ["10-for-1", "1-for-10"])


@given(st.integers(min_value=2, max_value=50), st.integers(min_value=1, max_value=50))
def test_split_ratio_reads_any_pair_of_figures(new: int, old: int) -> None:
    found = split_ratio(f"It announced a {new}-for-{old} stock split.")
    if new == old:
        assert found == []
    else:
        assert [(r[2], r[3]) for r in found] == [(new / old, f"{new}-for-{old}")]
        assert inverted(new / old, old / new)
