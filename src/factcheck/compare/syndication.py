"""Syndicated copies: one wire story republished by several sites counts once.

Two articles are copies when they were published within :data:`SYNDICATION_WINDOW_DAYS` of each other
(or either has no date), their word sequences are nearly the same (:data:`SYNDICATION_SIMILARITY`)
and they name the same people, places and figures (:data:`SYNDICATION_NAME_OVERLAP`): a partner site
reprints wire copy within days and keeps its names and figures, while an archive holds look-alike
stories (the same template of a police report, a results story every quarter) years apart or with
other names and figures.

Candidate pairs come from MinHash signatures of word shingles in a locality-sensitive hash
(``datasketch``), swept in date order so that only articles within the window meet; below
:data:`LSH_MIN_ARTICLES` articles every pair within the window is a candidate (hashing and importing
the library cost more than the comparisons). Either way the candidates are verified the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from factcheck.compare.stories import text_features

__all__ = [
    "LSH_MIN_ARTICLES",
    "SYNDICATION_MIN_NAMES",
    "SYNDICATION_NAME_OVERLAP",
    "SYNDICATION_PREFIX",
    "SYNDICATION_SIMILARITY",
    "SYNDICATION_WINDOW_DAYS",
    "Text",
    "candidate_pairs",
    "syndication_groups",
]

# Two texts whose word sequences are this similar (rapidfuzz token ratio, 0-100) are one story
# republished: wire copy reprinted by partner sites keeps >95% of its words; two outlets writing the
# same news independently score 40-70 on our corpus.
SYNDICATION_SIMILARITY = 90.0
# Only this many leading characters are compared: enough to recognise a reprint, cheap on long pages.
SYNDICATION_PREFIX = 4000
# A reprint appears within days of the original (weekly digests reprint the week's wire copy).
SYNDICATION_WINDOW_DAYS = 7
# A copy names the same people, places and figures: at least this share of the proper nouns and
# figures in digits of the text naming fewer is in the other. A reprint with a partner's byline and a
# "Read more" line keeps 0.8 and more; the same template with other names and towns keeps half or
# less. A text naming fewer than SYNDICATION_MIN_NAMES (a short item, its site's name on top) cannot
# be told apart this way.
SYNDICATION_NAME_OVERLAP = 0.6
SYNDICATION_MIN_NAMES = 2
# Below this many articles, every pair within the window is verified directly.
LSH_MIN_ARTICLES = 64
# MinHash parameters: 3-word shingles; 64 permutations; pairs whose estimated Jaccard similarity of
# shingles is above 0.5 are candidates (a reprint with a changed byline scores 0.8-1.0; texts scoring
# 90 on the token ratio have shingle similarity 0.6 and more on the corpus and the synthetic archives).
SHINGLE_WORDS = 3
NUM_PERM = 64
LSH_THRESHOLD = 0.5


@dataclass(frozen=True)
class Text:
    """An article's junk-free text and publication date, as syndication detection sees them."""

    source_id: str
    text: str
    published: dt.date | None


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()[:SYNDICATION_PREFIX]


_FIGURE = re.compile(r"\d[\d,.]*\d|\d")


def _names(text: str) -> frozenset[str]:
    """The proper nouns, countries (see :func:`.stories.text_features`) and figures in digits of the
    compared prefix."""
    prefix = text[:SYNDICATION_PREFIX]
    names = {f for f in text_features(prefix) if not f.startswith("type:")}
    return frozenset(names | {f"figure:{m.group()}" for m in _FIGURE.finditer(prefix)})


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= SYNDICATION_WINDOW_DAYS


def _all_pairs(items: Sequence[Text]) -> Iterable[tuple[str, str]]:
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if _near(a.published, b.published):
                yield a.source_id, b.source_id


def _shingles(normal: str) -> list[bytes]:
    words = normal.split()
    if len(words) <= SHINGLE_WORDS:
        return [" ".join(words).encode()]
    return [" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)]


def _lsh_pairs(items: Sequence[Text], normal: Mapping[str, str]) -> Iterable[tuple[str, str]]:
    """Candidates by MinHash LSH, sweeping in date order with only the window's articles indexed.
    Undated articles are matched against every article."""
    from datasketch import MinHash, MinHashLSH

    signatures = dict(
        zip(
            (t.source_id for t in items),
            MinHash.bulk([_shingles(normal[t.source_id]) for t in items], num_perm=NUM_PERM),
            strict=True,
        )
    )
    dated = sorted((t for t in items if t.published is not None), key=lambda t: (t.published, t.source_id))
    undated = [t for t in items if t.published is None]
    window = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    start = 0
    for t in dated:
        assert t.published is not None
        while (dated[start].published or t.published) < t.published - dt.timedelta(days=SYNDICATION_WINDOW_DAYS):
            window.remove(dated[start].source_id)
            start += 1
        for other in window.query(signatures[t.source_id]):
            yield other, t.source_id
        window.insert(t.source_id, signatures[t.source_id])
    if undated:
        everything = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        for t in items:
            everything.insert(t.source_id, signatures[t.source_id])
        for t in undated:
            for other in everything.query(signatures[t.source_id]):
                if other != t.source_id:
                    yield other, t.source_id


def candidate_pairs(
    items: Sequence[Text], normal: Mapping[str, str], use_lsh: bool | None = None
) -> set[tuple[str, str]]:
    """Pairs (smaller id first) that may be copies: near in time and, with LSH, similar in shingles.
    ``use_lsh`` None: by the number of articles (see :data:`LSH_MIN_ARTICLES`)."""
    if use_lsh is None:
        use_lsh = len(items) >= LSH_MIN_ARTICLES
    pairs = _lsh_pairs(items, normal) if use_lsh else _all_pairs(items)
    return {(min(a, b), max(a, b)) for a, b in pairs}


def _names_overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    fewer = min(len(a), len(b))
    return fewer < SYNDICATION_MIN_NAMES or len(a & b) / fewer >= SYNDICATION_NAME_OVERLAP


def syndication_groups(items: Sequence[Text], use_lsh: bool | None = None) -> dict[str, str]:
    """Syndicated copy -> the article it copies: the first id in sorted order leads its copies."""
    normal = {t.source_id: _normal(t.text) for t in items}
    names = {t.source_id: _names(t.text) for t in items}
    dates = {t.source_id: t.published for t in items}
    related: dict[str, list[str]] = {}
    for a, b in candidate_pairs(items, normal, use_lsh):
        related.setdefault(a, []).append(b)
    group_of: dict[str, str] = {}
    for a in sorted(related):
        if a in group_of:
            continue
        for b in sorted(related[a]):
            if b in group_of or not _near(dates[a], dates[b]):
                continue
            if (
                _names_overlap(names[a], names[b])
                and fuzz.token_sort_ratio(normal[a], normal[b]) >= SYNDICATION_SIMILARITY
            ):
                group_of[b] = a
    return group_of
