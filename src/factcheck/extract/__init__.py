"""Stage 3: the extractors, one subpackage per claim family; importing this package registers them all.

- :mod:`.quantities`: ``quantity.v1``, ``doc-length.v1``, ``toll.v1``, ``origin-count.v1``, ``metric.v1``,
  ``count-frame.v1``, ``measure-frame.v1``, ``age-frame.v1``, ``score.v1``
- :mod:`.people`: ``name.v1``, ``title.v1``, ``role.v1``
- :mod:`.places`: ``event-place.v1``, ``incident-place.v1``, ``epicentre.v1``
- :mod:`.times`: ``event-date.v1``, ``event-time.v1``, ``scheduled-date.v1``, ``death-date.v1``
- :mod:`.quotes`: ``quote.v1``, ``label.v1``

Each family's ``__init__`` lists its extractors (``EXTRACTORS``) and registers them. Shared by all:
:mod:`.base` (:class:`ArticleContext`, what every extractor gets), :mod:`.registry` (ids),
:mod:`.qualifiers` (who a value is attributed to, what it is measured from), and the shared analysis of
:mod:`.analysis` (what kind of event a sentence is about, who took part in it), whose per-article results
are cached on :class:`ArticleContext`. Families never import each other.
"""

from __future__ import annotations

from factcheck.extract import people, places, quantities, quotes, times
from factcheck.extract.base import ArticleContext, Extractor
from factcheck.extract.registry import all_extractors, get, register, run_extractors

__all__ = [
    "FAMILIES",
    "ArticleContext",
    "Extractor",
    "all_extractors",
    "get",
    "register",
    "run_extractors",
]

# The claim families, each a subpackage that registers its extractors when imported.
FAMILIES = (quantities, people, places, times, quotes)
