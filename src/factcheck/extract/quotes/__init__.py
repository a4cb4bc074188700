"""The quotes family: direct quotes with their speakers, and quoted labels.

Extractors (id: what it finds):

- ``quote.v1`` (:mod:`.quote`): a direct quote and the person or body it is attributed to.
- ``label.v1`` (:mod:`.label`): short quoted phrases nobody is said to have spoken, and hyphenated
  compounds, that label a relationship (their “no limits” friendship).

Helpers (register nothing), in the order a quote goes through them:

- :mod:`.marks`: quotation marks, the quoted words, paragraph-spanning quotes;
- :mod:`.speech`: the speech vocabulary (verbs, nouns and the wording around a speaker), patterns only;
- :mod:`.speaker_names`: names in a speaker's slot that the people finder left out;
- :mod:`.antecedents`: who a "he"/"she" or "the governor" in an attribution is;
- :mod:`.attribution`: who each quotation is given to, and how sure that is.
"""

from __future__ import annotations

from factcheck.extract.base import Extractor
from factcheck.extract.quotes.label import LabelExtractor
from factcheck.extract.quotes.quote import QuoteExtractor
from factcheck.extract.registry import register

__all__ = ["EXTRACTORS", "LabelExtractor", "QuoteExtractor"]

EXTRACTORS: tuple[Extractor, ...] = (QuoteExtractor(), LabelExtractor())

for _extractor in EXTRACTORS:
    register(_extractor)
