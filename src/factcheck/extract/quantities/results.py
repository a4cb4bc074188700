"""A company's results figures keyed by metric, owner, period and stance: ``results.v1``.

What: each amount of money and each percentage the parse links to a results metric (revenue, net income,
operating income, earnings per share, a margin; see :mod:`.results_frame`) is a claim about the company
("the company") keyed by the frame: "Orchard Foods posted fourth-quarter revenue of $2.1 billion" ->
"revenue, quarter (USD)"; "cloud revenue of $400 million" -> "cloud revenue, quarter (USD)"; "down from $2.3
billion a year earlier" -> "revenue, year-ago quarter (USD)"; "analysts had expected $2.0 billion" ->
"revenue, quarter, analysts' estimate (USD)"; "revenue rose 13%" -> "rise in revenue, quarter (%)".

Why: the lexicon readers key such figures by the money head alone ("amount of revenue (USD)"), so the
quarter's, the year-ago quarter's, a product line's and analysts' figures met as one fact (wrong distinct
events or conflicts) while two outlets' small differences on the same figure were lost among them. Where
this extractor reads a figure it supersedes ``quantity.v1`` and ``metric.v1`` (``supersedes``).

Precision: a frame with a guessed part (no period named, an unclear owner, an estimate, an unnamed earlier
period, an earnings per share with no basis) is left unresolved (``key_resolved`` False) at the open-vocabulary
confidence: such claims agree, and disagree only as a possible conflict.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from factcheck.extract.base import ArticleContext
from factcheck.extract.quantities.context import is_revised, normalized_number
from factcheck.extract.quantities.open_frame import parsed_figures
from factcheck.extract.quantities.results_frame import ResultsFrame, name_word, results_frame
from factcheck.models import Claim, ClaimKind, CompareAs, EventHints
from factcheck.parse import low_lemma
from factcheck.segment import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ResultsExtractor", "company_words"]

# The subject of a company's figures: the one the scheduled dates of times/scheduled.py use ("the company"),
# so that a results page's figures and dates are listed under one subject.
COMPANY_SUBJECT = "the company"
COMPANY_KEY = "company"
# Confidence of a resolved results frame: every part read from the parse, none guessed; above the 0.7 at
# which a disagreement is a conflict. An unresolved one gets the open-vocabulary confidence of the other
# frame readers (0.65, below it).
RESOLVED_CONFIDENCE = 0.9
UNRESOLVED_CONFIDENCE = 0.65
# Entity labels of proper nouns that name no company: a date's month, and a region, which a results page
# may name more often than the company itself ("North America segment sales ...", one line per segment).
# Not GPE: the small pipeline tags many a company's name as one.
_NOT_COMPANY_ENTS = frozenset({"DATE", "LOC"})
# The nouns by which an article names a company's parent ("Lumo's parent company Orbix").
_KIN_NOUNS = frozenset({"parent"})


def company_words(ctx: ArticleContext) -> frozenset[str]:
    """The proper noun the article names most often (lower case): the company of its results. (The small
    pipeline's organisation entities miss or split a company's name too often to be counted instead.)"""
    names = Counter(
        name_word(t)
        for t in ctx.parse
        if t.pos_ == "PROPN" and name_word(t).isalpha() and len(t) > 1 and t.ent_type_ not in _NOT_COMPANY_ENTS
    )
    if not names:
        return frozenset()
    top = names.most_common(1)[0][0]
    # The words of its name next to it in one compound ("Acme Robotics", "Acme Corp") where the article's
    # text first names it (its full name comes first): a later "Acme Cloud" is a segment of it, not its
    # name. A headline, which names it short ("Acme beats forecasts"), is not where the full name is given.
    mentions = [t for t in ctx.parse if name_word(t) == top and t.pos_ == "PROPN"]
    first = next((t for t in mentions if not _in_headline(ctx, t.idx)), mentions[0])
    beside = {
        n.lower_
        for n in (first.head, *first.children)
        if n.pos_ == "PROPN" and abs(n.i - first.i) == 1 and "compound" in (first.dep_, n.dep_)
    }
    words = {top, *beside}
    # A parent or child the article names as such ("Lumo's parent company Orbix", "Lumo parent Orbix"): its
    # figures are the company's, so its name is no owner either.
    for t in ctx.parse:
        if low_lemma(t) in _KIN_NOUNS:
            linked = _kin_names(t)
            if linked & words:
                words |= linked
    return frozenset(words)


def _in_headline(ctx: ArticleContext, offset: int) -> bool:
    """The offset is in the article's first paragraph and that paragraph is a headline: a line without a
    sentence's closing stop, with more text after it."""
    sentence = ctx.sentence_at(offset)
    if sentence is None or sentence.paragraph != 0 or len(ctx.sentences) < 2:
        return False
    return not sentence.text.rstrip().endswith((".", "!", "?", '"', "”"))


def _kin_names(kin: Token) -> set[str]:
    """The proper names a "parent" noun links: its possessor or compound and the name it is in apposition
    with ("Lumo's parent company Orbix": Lumo and Orbix)."""
    phrase = kin.head if kin.dep_ == "compound" and kin.head.pos_ == "NOUN" else kin
    owner = phrase.head if phrase.dep_ == "appos" else phrase  # "Orbix, the parent of Lumo"
    of = [o for c in kin.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    near = [*kin.children, *phrase.children, owner, *of]
    return {
        n.lower_
        for n in near
        if n.pos_ == "PROPN" and (n.dep_ in ("poss", "compound", "appos") or n.i in (owner.i, *(o.i for o in of)))
    }


def _money(unit: str | None) -> bool:
    return unit is not None and len(unit) == 3 and unit.isupper()


class ResultsExtractor:
    """``results.v1``: results figures keyed by their frame (see the module docstring)."""

    id = "results.v1"
    supersedes = frozenset({"quantity.v1", "metric.v1"})

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        company: frozenset[str] | None = None
        earlier: dict[int, ResultsFrame] = {}  # the frames of the current sentence's figures, by root token
        current: Sentence | None = None
        for sentence, m, span in parsed_figures(ctx):
            if not (m.unit == "%" or _money(m.unit)) or m.unit is None:
                continue
            if sentence is not current:
                earlier, current = {}, sentence
            if company is None:
                company = company_words(ctx)
            frame = results_frame(span, m.unit == "%", company, earlier)
            if frame is None:
                continue
            earlier[span.root.i] = frame
            yield ctx.make_claim(
                extractor=self.id,
                kind=ClaimKind.QUANTITY,
                subject=COMPANY_SUBJECT,
                subject_key=COMPANY_KEY,
                attribute=frame.attribute(m.unit),
                start=sentence.start + m.start,
                end=sentence.start + m.end,
                sentence=sentence,
                normalized=normalized_number(m, m.unit, is_revised(sentence.text)),
                compare_as=CompareAs.NUMBER,
                changes_over_time=frame.stance == "guidance",  # an outlook is revised as news comes in
                # The period and the stance are in the key: a year-ago look-back or a year in the sentence
                # ("the fourth quarter of fiscal 2023") is no other event of the story.
                event=EventHints(),
                confidence=RESOLVED_CONFIDENCE if frame.resolved else UNRESOLVED_CONFIDENCE,
                key_resolved=frame.resolved,
            )
