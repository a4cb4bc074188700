"""The quantities family: figures together with what they count, and the length of documents.

Extractors (id: what it finds):

- ``quantity.v1`` (:mod:`.quantity`): a number and what it counts, named precisely enough that figures
  counting different things never share an attribute (tolls, money, areas, rates, vote splits, ages).
- ``doc-length.v1`` (:mod:`.doc_length`): the length of a statement or report, in words or pages.
- ``toll.v1`` (:mod:`.toll`): a count of people affected (killed, injured, missing...) read from the
  dependency parse; a fallback, dropped where another extractor's claim covers the same figure.
- ``origin-count.v1`` (:mod:`.origin`): a group counted by where its members come from ("the victims
  include five from Peru"), read from the parse; a fallback too.
- ``count-frame.v1`` (:mod:`.count_frame`): counts whose counted noun is not next to the number ("four
  of the rover's 12 wheels went down", "two more cracks", "six others remain in serious condition"), read
  from the parse; a fallback too.
- ``measure-frame.v1`` (:mod:`.measure_frame`): lengths keyed by what they measure (an altitude, a
  dimension, a level: "cruising at 37,000 feet", "if the level falls below 3.4 metres"), read from the
  parse; a fallback too.
- ``age-frame.v1`` (:mod:`.age_frame`): the age of a structure, a vessel or a vehicle ("a 40-year-old
  bridge", "the tower, built 40 years ago"), read from the parse; a fallback too.
- ``age-range.v1`` (:mod:`.age_range`): the ages of the youngest and the oldest of a group ("the victims
  ranged in age from 14 to 27"), keyed by the group (dead, injured, passengers, survivors).
- ``score.v1`` (:mod:`.score`): the final or penalty shoot-out score of a game ("beat the Foxes 25-22",
  "a 3-1 victory over the Foxes"), keyed by the teams, read from the parse.
- ``metric.v1`` (:mod:`.metric`): amounts of money and percentages keyed by what they measure and, for a
  change, its direction and base, read from the parse; a fallback too.
- ``results.v1`` (:mod:`.results`): a company's results figures (revenue, net and operating income,
  earnings per share, margins, their growth) keyed by metric, owner (the company or a segment or product
  line), period (quarter, full year) and stance (reported, year-ago, analysts' estimate, guidance), read
  from the parse (:mod:`.results_frame`); it supersedes ``quantity.v1`` and ``metric.v1`` on the figures
  it reads.
- ``split-ratio.v1`` (:mod:`.split_ratio`): the ratio of a company's stock split ("a 10-for-1 stock
  split"), as new shares per share held.
- ``measure-length.v1`` (:mod:`.measure_length`): the declared length of a measure (a state of emergency,
  a curfew, mourning: "a month-long state of emergency"), in days, keyed by the measure.

Helpers (they register nothing): :mod:`.rules` (what a figure counts, rule by rule, returning a
:class:`~.found.Found`), :mod:`.lexicon` (the counted-noun lexicon), :mod:`.context` (whose figure it is,
revisions, event hints), :mod:`.found` (the word readers the rules share), and one module a kind of
figure: :mod:`.units` (percentages, money, temperatures, areas), :mod:`.money`, :mod:`.measure`,
:mod:`.open_counts` (with :mod:`.state_words`), :mod:`.votes`, :mod:`.phrases` and :mod:`.speed`.
"""

from __future__ import annotations

from factcheck.extract.base import Extractor
from factcheck.extract.quantities.age_frame import AgeFrameExtractor
from factcheck.extract.quantities.age_range import AgeRangeExtractor
from factcheck.extract.quantities.count_frame import CountFrameExtractor
from factcheck.extract.quantities.doc_length import DocLengthExtractor
from factcheck.extract.quantities.measure_frame import MeasureFrameExtractor
from factcheck.extract.quantities.measure_length import MeasureLength
from factcheck.extract.quantities.metric import MetricFrameExtractor
from factcheck.extract.quantities.origin import OriginCountExtractor
from factcheck.extract.quantities.quantity import QuantityExtractor
from factcheck.extract.quantities.results import ResultsExtractor
from factcheck.extract.quantities.score import ScoreExtractor
from factcheck.extract.quantities.split_ratio import SplitRatioExtractor
from factcheck.extract.quantities.toll import TollFrameExtractor
from factcheck.extract.registry import register

__all__ = [
    "EXTRACTORS",
    "AgeFrameExtractor",
    "AgeRangeExtractor",
    "CountFrameExtractor",
    "DocLengthExtractor",
    "MeasureFrameExtractor",
    "MeasureLength",
    "MetricFrameExtractor",
    "OriginCountExtractor",
    "QuantityExtractor",
    "ResultsExtractor",
    "ScoreExtractor",
    "SplitRatioExtractor",
    "TollFrameExtractor",
]

EXTRACTORS: tuple[Extractor, ...] = (
    QuantityExtractor(),
    DocLengthExtractor(),
    TollFrameExtractor(),
    OriginCountExtractor(),
    MetricFrameExtractor(),
    CountFrameExtractor(),
    MeasureFrameExtractor(),
    AgeFrameExtractor(),
    AgeRangeExtractor(),
    ResultsExtractor(),
    ScoreExtractor(),
    SplitRatioExtractor(),
    MeasureLength(),
)

for _extractor in EXTRACTORS:
    register(_extractor)
