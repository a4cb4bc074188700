"""The people family: people's names, titles and nationalities.

Extractors (id: what it finds):

- ``name.v1`` (:mod:`.names`): the spelling of each person's full name, once per spelling per article.
- ``title.v1`` (:mod:`.names`): the title or role an article gives a person ("Chinese President Xi
  Jinping" -> President of China), or the nationality it gives a person with no such title.
- ``role.v1`` (:mod:`.roles`): the role an ordinary noun gives a person ("Tom Reedman, commander,",
  "spacecraft pilot Lena Ortega"), compared as a label: equal roles agree, different ones never conflict.
- ``proper-name.v1`` (:mod:`.proper_names`): the spelling of every proper name the parser recognises
  (people, organisations, venues, places), for one-source misspellings.

Who took part in an event (the article's main participants) is shared analysis, not a claim: see
:mod:`factcheck.extract.analysis.participants`.
"""

from __future__ import annotations

from factcheck.extract.base import Extractor
from factcheck.extract.people.names import NameExtractor, TitleExtractor
from factcheck.extract.people.proper_names import ProperNameExtractor
from factcheck.extract.people.roles import RoleExtractor
from factcheck.extract.registry import register

__all__ = ["EXTRACTORS", "NameExtractor", "ProperNameExtractor", "RoleExtractor", "TitleExtractor"]

EXTRACTORS: tuple[Extractor, ...] = (NameExtractor(), TitleExtractor(), RoleExtractor(), ProperNameExtractor())

for _extractor in EXTRACTORS:
    register(_extractor)
