"""Stories: unsorted input (a day's feed, an archive folder) clustered into stories before comparison.

Only claims of one story meet: figures of two unrelated earthquakes never do, and a generic subject
("the earthquake", "deaths") stays inside its story. Two articles are one story when

* one is a syndicated copy of the other (the same text, see :mod:`.syndication`);
* they were published within :data:`STORY_WINDOW_DAYS` of each other (or either has no date) and share
  enough (the weights are :data:`FEATURE_WEIGHTS`, the sum must reach :data:`MIN_SHARED_WEIGHT`):
  people (family names from the claims), proper nouns of the text (a town, a river, an institution)
  and quotations of six words or more are specific to a story; countries, kinds of event
  ("earthquake") and the subjects of event claims weigh less. In an archive (more than
  :data:`SMALL_INPUT_ARTICLES` articles) something specific must be among what they share: two short
  items on "the earthquake" given together are one story, two earthquakes of an archive are not;
* they were published further apart but share at least :data:`MIN_SHARED_PEOPLE` people: one story
  followed over the years (two leaders' statements of 2022 and 2024), whose events the comparison
  tells apart as ``distinct-events``.

Stories are the connected groups of these links, so the grouping is conservative: in doubt, articles
stay together, as they did before stories existed. A feature found in more than
:data:`COMMON_FEATURE_ARTICLES` articles (and :data:`COMMON_FEATURE_SHARE` of them) tells no story
apart: it proposes no pair (candidate pairs come from the articles sharing a rarer feature, sorted by
date, so no step compares every pair), but it still weighs in a pair proposed by another feature ("a
flood" alone links nothing in an archive; "a flood" and "Forlì" do).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from factcheck.compare.union import UnionFind
from factcheck.models import ClaimFile, ClaimKind, CompareAs, Scope
from factcheck.normalize.reference import country_by_word, fold, given_names, load_data, title_words
from factcheck.normalize.spelling import PROPER_NAMES_KEY
from factcheck.normalize.transliteration import name_parts

__all__ = [
    "COMMON_FEATURE_ARTICLES",
    "COMMON_FEATURE_SHARE",
    "FAR_FEATURE_ARTICLES",
    "FAR_SHARED_WEIGHT",
    "FEATURE_WEIGHTS",
    "MIN_SHARED_PEOPLE",
    "MIN_SHARED_WEIGHT",
    "NEAREST_PAIRS",
    "SMALL_INPUT_ARTICLES",
    "STORY_WINDOW_DAYS",
    "article_features",
    "cluster_stories",
]

# Coverage of one story runs over days to a few weeks (a toll updated over a week, a follow-up on the
# repairs a fortnight later); two articles a month apart share a story only through its people.
STORY_WINDOW_DAYS = 30
# What a shared feature says about two articles being one story: a person (even spelt two ways, see
# PERSON_KEY_LETTERS) alone links within the window; a proper noun (a town, a river, an institution)
# is specific; a country, a kind of event ("earthquake") and the subject of an
# event's claims only add to them. Two floods in different regions share a kind and a subject (1.0);
# a short follow-up ("the toll from the earthquake in southern Peru has risen to 52") shares the kind,
# the country and the subject with its story (1.5).
# A quotation of six words or more in the same words is a story's own text: it alone links (the same
# remark given to two different people is a misattribution to report, not two stories).
FEATURE_WEIGHTS = {"person": 1.5, "noun": 1.0, "quote": 1.5, "country": 0.5, "type": 0.5, "event": 0.5}
# One person named in both, two proper nouns, or a proper noun and a kind of event must add up to this
# within the window.
MIN_SHARED_WEIGHT = 1.5
# Quotations this long are specific to one story (see CROSS_SPEAKER_MIN_WORDS in .quotes).
QUOTE_FEATURE_MIN_WORDS = 6
# Beyond the window, articles sharing this much are one story followed over time even without two
# people in common: a mine, its town and its province named again a year later (4.0 and more on the
# held-out sets' look-backs; two unrelated stories of one town share a town and a kind, 1.5).
FAR_SHARED_WEIGHT = 4.0
# Articles further apart than the window are one story only when they share this many people (the
# main entities: the two leaders of a recurring summit).
MIN_SHARED_PEOPLE = 2
# A feature in more articles than this, and more than this share of the input, is common vocabulary
# of the archive ("Monday" aside, "government", a capital city): it links nothing.
COMMON_FEATURE_ARTICLES = 50
COMMON_FEATURE_SHARE = 0.02
# Candidate pairs (see _candidate_pairs): an article meets the next this many articles sharing a feature
# within the window (a story's coverage links through its neighbours), and a specific feature of at
# most FAR_FEATURE_ARTICLES articles (a person of a story followed over years) pairs at any distance.
NEAREST_PAIRS = 20
FAR_FEATURE_ARTICLES = 20
# Up to this many articles given together (a story folder, a day's wire on one event) are presumed to
# be on few stories: sharing only generic features (a kind of event, a country) is enough there.
SMALL_INPUT_ARTICLES = 50

_SENTENCE_END = re.compile(r"(?:^|[.!?:;“\"‘(\[—–-]|\n\s*\n)[\s”\"’)]*$")
_PROPER = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*[\w]")
_MONTHS_DAYS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "sept",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
]
_COMMON_CAPITALS = [
    "i",
    "the",
    "a",
    "an",
    "we",
    "he",
    "she",
    "it",
    "they",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "when",
    "in",
    "on",
    "at",
    "mr",
    "mrs",
    "ms",
    "dr",
]
# Capitalized words of headings, bylines and regions that many unrelated stories share.
_GENERIC_CAPITALS = [
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "europe",
    "european",
    "africa",
    "african",
    "asia",
    "asian",
    "america",
    "americas",
    "union",
    "national",
    "international",
    "world",
    "global",
    "news",
    "wire",
    "herald",
    "times",
    "daily",
    "press",
    "post",
    "tribune",
    "people",
    "party",
    "politics",
    "updated",
    "update",
    "read",
    "more",
    "share",
    "gmt",
    "utc",
    "am",
    "pm",
]


@dataclass(frozen=True)
class ArticleFeatures:
    """What an article is about, as features (``kind:value``), and when it was published."""

    source_id: str
    published: dt.date | None
    people: frozenset[str]
    features: frozenset[str]  # people, proper nouns and event subjects, prefixed by kind


@cache
def _stop_words() -> frozenset[str]:
    """Capitalized words that name no story by themselves: months, weekdays, regions, titles and roles,
    given names (the family name tells the person) and the words of countries' longer names."""
    words: set[str] = set(_MONTHS_DAYS) | set(_COMMON_CAPITALS) | set(_GENERIC_CAPITALS) | set(given_names())
    words.update(w for form in country_by_word() for w in fold(form).split() if fold(form) != w)
    for role in load_data("titles.json")["roles"]:
        for form in role["forms"]:
            words.update(fold(form).split())
    for key in ("honorifics", "ranks", "modifiers", "person_nouns"):
        words.update(fold(w) for w in title_words().get(key, ()))
    return frozenset(words)


@cache
def _country_words() -> dict[str, str]:
    """Folded one-word forms of countries (names, adjectives, aliases) -> the country."""
    return {fold(w): c for w, c in country_by_word().items() if " " not in fold(w)}


@cache
def _event_types() -> tuple[tuple[str, re.Pattern[str]], ...]:
    types: dict[str, list[str]] = load_data("event_words.json")["types"]
    return tuple(
        (kind, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b"))
        for kind, words in sorted(types.items())
    )


def text_features(text: str) -> set[str]:
    """``noun:`` capitalized words that do not open a sentence, less the stop words ("Forlì", "Savio");
    ``country:`` the countries named (in any position: "LIMA - ... southern Peru"); ``type:`` the kinds
    of event named ("earthquake", "floods")."""
    stop, country = _stop_words(), _country_words()
    out: set[str] = set()
    for m in _PROPER.finditer(text):
        word = fold(re.sub(r"[’']s$", "", m.group()))
        if word in country:
            out.add(f"country:{country[word]}")
        elif len(word) > 1 and word not in stop and not _SENTENCE_END.search(text, max(0, m.start() - 4), m.start()):
            out.add(f"noun:{word}")
    lower = text.lower()
    out.update(f"type:{kind}" for kind, pattern in _event_types() if pattern.search(lower))
    return out


# People are keyed by the first letters of their family name's transliteration key, so that one
# person spelt two ways after the fifth letter (Wendlinger/Wendlenger, Brandvold/Brandvald) is one
# feature: a misspelling is what the comparison is for. Four letters made unrelated family names of a
# 1,000-article archive collide (Kelt-); five letters keep them apart.
PERSON_KEY_LETTERS = 5


def _family_name(name: str) -> str:
    return name_parts(name)[1][:PERSON_KEY_LETTERS]


def article_features(cf: ClaimFile, text: str | None) -> ArticleFeatures:
    """Features of one article; without its text (stored claim records), of its claims' sentences."""
    people: set[str] = set()
    events: set[str] = set()
    quotes: set[str] = set()
    for c in cf.claims:
        if c.kind == ClaimKind.QUOTE and len(c.normalized.key.split()) >= QUOTE_FEATURE_MIN_WORDS:
            quotes.add(f"quote:{c.normalized.key}")
        if c.subject_key == PROPER_NAMES_KEY:
            continue  # any proper name, not a person (the person finder's names are name.v1's)
        if c.kind in (ClaimKind.NAME, ClaimKind.TITLE) or (
            c.kind == ClaimKind.QUOTE and not c.subject_key.startswith("speaker:")
        ):
            people.add(_family_name(c.subject))
        people.update(_family_name(p) for p in c.event.participants)
        if c.scope == Scope.EVENT and c.compare_as in (CompareAs.NUMBER, CompareAs.DATE, CompareAs.TIME):
            events.add(c.subject_key)
    people.discard("")
    if text is None:
        text = "\n\n".join(dict.fromkeys(c.evidence.sentence for c in cf.claims))
    features = {f"person:{p}" for p in people} | {f"event:{e}" for e in events} | quotes | text_features(text)
    return ArticleFeatures(cf.source.id, cf.source.published, frozenset(people), frozenset(features))


def _weight(shared: Iterable[str]) -> float:
    return sum(FEATURE_WEIGHTS[f.split(":", 1)[0]] for f in shared)


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= STORY_WINDOW_DAYS


def _postings(arts: Sequence[ArticleFeatures]) -> tuple[dict[str, list[int]], set[str]]:
    """Feature -> indexes of the articles (in date order) that have it, for the features of two
    articles or more that are not common; and the common features."""
    postings: dict[str, list[int]] = {}
    for i, a in enumerate(arts):
        for f in a.features:
            postings.setdefault(f, []).append(i)
    limit = max(COMMON_FEATURE_ARTICLES, COMMON_FEATURE_SHARE * len(arts))
    common = {f for f, ids in postings.items() if len(ids) > limit}
    return {f: ids for f, ids in postings.items() if len(ids) >= 2 and f not in common}, common


def _candidate_pairs(arts: Sequence[ArticleFeatures], postings: Mapping[str, list[int]]) -> set[tuple[int, int]]:
    """Pairs that share a feature: each article with the next :data:`NEAREST_PAIRS` articles having it
    within the window, and, for a person, a proper noun or a quote found in at most
    :data:`FAR_FEATURE_ARTICLES` articles, every pair at any distance. Articles are in date order
    (undated first), so the window is a slice; stories are connected groups, so a big story whose
    articles each meet their nearest neighbours is still one. Every feature proposes at most
    ``NEAREST_PAIRS`` or ``FAR_FEATURE_ARTICLES`` pairs per article: the work grows linearly."""
    pairs: set[tuple[int, int]] = set()
    for f, ids in postings.items():
        far = f.startswith(("person:", "noun:", "quote:")) and len(ids) <= FAR_FEATURE_ARTICLES
        for x, i in enumerate(ids):
            for j in ids[x + 1 :] if far else ids[x + 1 : x + 1 + NEAREST_PAIRS]:
                a, b = arts[i].published, arts[j].published
                if not far and a is not None and b is not None and (b - a).days > STORY_WINDOW_DAYS:
                    break  # ids are in date order: every later article is further away
                pairs.add((i, j))
    return pairs


def _specific(features: Iterable[str]) -> bool:
    return any(f.startswith(("person:", "noun:", "quote:")) for f in features)


def cluster_stories(features: Sequence[ArticleFeatures], copies: Mapping[str, str]) -> dict[str, str]:
    """Source id -> story id. ``copies`` maps a syndicated copy to the article it copies.

    Articles naming people or proper nouns are linked by the rules above. An article naming none (a
    two-line update: "the toll from the storm has risen to 31") cannot tell its story apart: it joins
    the story of the article it shares most with, near in time, and never links two stories; with
    nothing shared it stays alone. A story's id is ``story-`` and the id of its earliest article (then
    the smallest id): adding a later article or an unrelated one does not change it."""
    arts = sorted(features, key=lambda a: (a.published or dt.date.min, a.source_id))
    union = UnionFind(a.source_id for a in arts)
    for copy, original in copies.items():
        if copy in union.parent and original in union.parent:
            union.join(copy, original)
    postings, common = _postings(arts)
    kept = set(postings)
    anchored = [_specific(a.features - common) for a in arts]
    small = len(arts) <= SMALL_INPUT_ARTICLES
    best: dict[int, tuple[float, int, int]] = {}  # unanchored article -> (weight, -distance, -index) of its best match
    for i, j in sorted(_candidate_pairs(arts, postings)):
        a, b = arts[i], arts[j]
        shared = a.features & b.features
        if not (anchored[i] and anchored[j]):
            if _near(a.published, b.published):
                for x, y in ((i, j), (j, i)):
                    if not anchored[x] and (anchored[y] or y < x):
                        rank = (_weight(shared), -_distance(arts[x], arts[y]), -y)
                        if x not in best or rank > best[x]:
                            best[x] = rank
            continue
        if _near(a.published, b.published):  # enough, and something specific (in an archive)
            linked = _weight(shared) >= MIN_SHARED_WEIGHT and (_specific(shared & kept) or small)
        else:  # far apart: only what is specific to a story counts
            specific = shared & kept
            people = sum(1 for f in specific if f.startswith("person:"))
            linked = people >= MIN_SHARED_PEOPLE or _weight(specific) >= FAR_SHARED_WEIGHT
        if linked:
            union.join(a.source_id, b.source_id)
    for x, (_, _, minus_y) in sorted(best.items()):
        union.join(arts[x].source_id, arts[-minus_y].source_id)
    lead: dict[str, str] = {}
    for a in arts:  # date order: the first member seen leads
        lead.setdefault(union.find(a.source_id), a.source_id)
    return {a.source_id: f"story-{lead[union.find(a.source_id)]}" for a in arts}


def _distance(a: ArticleFeatures, b: ArticleFeatures) -> int:
    if a.published is None or b.published is None:
        return 0
    return abs((a.published - b.published).days)
