"""Labels that articles put on a relationship: quoted short phrases and hyphenated compounds.

What: ``label.v1`` — quoted phrases of 1-5 words that nobody in particular is said to have spoken
(their “no limits” friendship, a “new era” of partnership, what both leaders call a “new era”), and the
same kind of phrase written as an unquoted hyphenated modifier of a relationship noun ("their
no-limits relationship" -> "no limits"). The subject is the relationship of the article's two main
participants, by country when the reference data knows them ("China–Russia relationship").

Why: how sources characterise a relationship is checkable wording: the same label across sources is an
agreement worth showing; a label only one source uses is worth a look. Quotes with a speaker are not
labels (:mod:`factcheck.extract.quotes.quote`), nor are titles of works or capitalized names of things
(“One Belt, One Road”) outside headlines.

Example: "The allies renewed their “ironclad” alliance." -> label "ironclad"; "an ironclad-style pact"
-> nothing ("style" compounds are descriptions, see :data:`COMPOUND_EXCLUDED_PARTS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.base import ArticleContext
from factcheck.extract.quotes.quote import LABEL_MAX_WORDS, attributed_quotes, names_a_work, title_case
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized, Scope
from factcheck.normalize.reference import fold, people, word_list

__all__ = ["COMPOUND_EXCLUDED_PARTS", "LabelExtractor", "label_key", "relationship_subject"]

# Nouns that name a relationship: a quoted label in a sentence with one is about the relationship.
RELATIONSHIP_NOUNS = word_list("relationship_words.json", "relationship_nouns")
# A hyphenated compound before one of these is a label ("no-limits relationship"). Nouns of
# agreements are left out: their compounds say what the agreement covers ("free-trade deal",
# "ocean-research agreement"), not how it is characterised.
_NOT_COMPOUND = frozenset(word_list("relationship_words.json", "not_compound_nouns"))
COMPOUND_NOUNS = tuple(n for n in RELATIONSHIP_NOUNS if n not in _NOT_COMPOUND)
# Parts of hyphenated compounds that describe time, size or origin, not a label ("long-term",
# "decades-old", "high-level", "state-run", "full-scale"): the common English compound modifiers
# before relationship nouns in news text.
COMPOUND_EXCLUDED_PARTS = frozenset(
    {
        "term", "long", "old", "year", "years", "day", "days", "week", "month", "decade", "decades",
        "level", "based", "run", "led", "owned", "scale", "range", "time", "standing", "style", "called",
        "known", "like", "wide", "way", "sided", "off", "up", "making", "building", "related", "oriented",
        "backed", "brokered", "sponsored", "linked", "border", "trade", "state",
    }
)  # fmt: skip
# Confidence of a label: quoted next to a relationship noun in its sentence; quoted elsewhere (may
# describe something else than the relationship); an unquoted compound.
CONFIDENCE_RELATION = 0.9
CONFIDENCE_OTHER = 0.7
CONFIDENCE_COMPOUND = 0.8

_RELATION = re.compile(r"\b(?:" + "|".join(RELATIONSHIP_NOUNS) + r")\b", re.IGNORECASE)
_COMPOUND = re.compile(r"(?<![\w.-])(?P<c>[a-z]+(?:-[a-z]+)+)\s+(?:" + "|".join(COMPOUND_NOUNS) + r")\b")
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*")
_FUNCTION_WORDS = frozenset(word_list("function_words.json", "title_case_minor"))


def label_key(text: str) -> str:
    """Normalized label: lower case, hyphens as spaces, outer punctuation and spacing dropped."""
    s = fold(text).replace("-", " ")
    s = re.sub(r"[^a-z0-9' ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip(" '")


def relationship_subject(ctx: ArticleContext) -> tuple[str, str]:
    """Display subject and key of the relationship between the article's main participants:
    by their countries when both are known and differ, else by their names."""
    main = ctx.main_participants
    country_of = {p.name: p.country for p in people()}
    countries = sorted({country_of[n] for n in main if n in country_of})
    if len(main) == 2 and len(countries) == 2:
        return f"{countries[0]}–{countries[1]} relationship", "relationship:" + "|".join(fold(c) for c in countries)
    if len(main) == 2:
        return f"{'–'.join(main)} relationship", "relationship:" + "|".join(fold(n) for n in main)
    if main:
        return main[0], "label:" + fold(main[0])
    return "the story", "label:story"


def _proper_name(quoted: str) -> bool:
    """Every content word capitalized: a name of a thing ("One Belt, One Road"), not a label."""
    words = [w for w in re.findall(r"[\w’'-]+", quoted) if w.lower() not in _FUNCTION_WORDS]
    return bool(words) and all(_NAME_WORD.fullmatch(w) for w in words)


class LabelExtractor:
    """Quoted and hyphenated labels of the main participants' relationship (see module docstring)."""

    id = "label.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        subject, subject_key = relationship_subject(ctx)
        quoted_ranges: list[tuple[int, int]] = []
        for q, who in attributed_quotes(ctx):
            quoted_ranges.append((q.open, q.close))
            quoted = " ".join(ctx.text[q.start : q.end].split())
            if who.speaker is not None or q.words(ctx.text) > LABEL_MAX_WORDS or names_a_work(ctx, q):
                continue
            sentence = ctx.sentence_at(q.open) or ctx.sentence_at(q.start)
            if sentence is None:
                continue
            around = ctx.text[sentence.start : q.open] + " " + ctx.text[q.close + 1 : sentence.end]
            if _proper_name(quoted) and not title_case(around):
                continue
            key = label_key(quoted)
            if not key:
                continue
            near = _RELATION.search(sentence.text) is not None
            yield ctx.make_claim(
                extractor=self.id,
                kind=ClaimKind.LABEL,
                subject=subject,
                subject_key=subject_key,
                attribute="label",
                start=q.start,
                end=q.end,
                sentence=sentence,
                normalized=Normalized(key=key, display=key),
                compare_as=CompareAs.LABEL,
                scope=Scope.ENTITY,
                confidence=CONFIDENCE_RELATION if near else CONFIDENCE_OTHER,
                value=quoted,
            )
        for sentence in ctx.sentences:
            for m in _COMPOUND.finditer(ctx.text, sentence.start, sentence.end):
                a, b = m.span("c")
                if any(lo <= a <= hi for lo, hi in quoted_ranges):
                    continue
                if COMPOUND_EXCLUDED_PARTS & set(m.group("c").split("-")):
                    continue
                key = label_key(m.group("c"))
                yield ctx.make_claim(
                    extractor=self.id,
                    kind=ClaimKind.LABEL,
                    subject=subject,
                    subject_key=subject_key,
                    attribute="label",
                    start=a,
                    end=b,
                    sentence=sentence,
                    normalized=Normalized(key=key, display=key),
                    compare_as=CompareAs.LABEL,
                    scope=Scope.ENTITY,
                    confidence=CONFIDENCE_COMPOUND,
                )
