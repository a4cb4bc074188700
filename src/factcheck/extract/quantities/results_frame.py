"""The frame of a company-results figure, read from the dependency parse: metric, owner, period, stance.

A helper of :mod:`factcheck.extract.quantities.results`: it registers no extractor.

What: :func:`results_frame` says of an amount of money or a percentage what results figure it is:
- the metric, from the head noun the parse links the figure to (see :func:`.metric.frame_tokens`) and the
  synonyms of ``data/results_frames.json`` ("sales" and "revenue" are one metric; "operating income" is not
  net income; "$5.33 per share" after a profit is earnings per share; "adjusted" and "GAAP" bases stay apart);
- the owner: a segment or product line named as the metric noun's compound, possessor or "from/of/in X"
  attachment ("cloud revenue", "revenue from services"), or the subject of the verb the metric noun is the
  object of ("the devices unit posted revenue of", also through a participle: "the unit grew, generating
  revenue of"); the kind of part is dropped ("cloud division" and "cloud unit" are "cloud"); the company itself
  (its name, a parent the article names as such, "the company", "its") is no owner; a pronoun subject that
  may name a part named before ("It had revenue of") leaves the owner unclear;
- the period: the quarter or the full year, from the words of the metric noun and of the phrases attached
  along the figure's path to its clause's root ("fourth-quarter revenue", "for the full year");
- the stance: the reported figure, the figure a change is measured from ("down from $X a year earlier": the
  year-ago period, else an earlier one), analysts' estimate ("expectations of $X", "$X expected"), or the
  company's guidance ("expects revenue of about $X").

Why: on real results pages the quarter's revenue, the year-ago quarter's, a product line's, the full year's,
analysts' estimate and the company's outlook all fell under ``amount of revenue (USD)`` (wrong
distinct events and conflicts, real small differences hidden), and rises of users and of revenue under
``increase (%)``. Each part of the frame keeps a different fact under a different key.

Precision: a frame is resolved only when the period is named and nothing in it is guessed; a figure with no
period named, a pronoun owner, an estimate (analysts' figures differ by data provider), an earlier period that
is not named or an earnings per share with no accounting basis is keyed the same way but left unresolved
(agreements and possible conflicts only).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from factcheck.extract.quantities.metric import change_base, changed_metric, frame_tokens
from factcheck.extract.quantities.results_when import (
    REACH,
    analyst,
    compared,
    modifiers,
    per_share,
    period,
    stance,
    words_of,
)
from factcheck.normalize.reference import word_mapping, word_set
from factcheck.parse import child, low_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["UNCLEAR_OWNER", "ResultsFrame", "name_word", "results_frame"]

_DATA = "results_frames.json"
_NUMBER_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})
_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})
_OWNER_PREPS = ("from", "of", "in", "at", "for")
_PRONOUN_COMPANY = frozenset({"its", "their", "our", "we", "us"})
# The owner of a figure whose verb's subject is a pronoun that may stand for a part named before ("It had
# revenue of ..." after a sentence on a division): kept apart from the company's figure, never compared with it.
UNCLEAR_OWNER = "unclear owner"


@dataclass(frozen=True)
class ResultsFrame:
    """What a results figure is: metric, owner (None: the company), period, stance, and for a growth rate
    its direction and base."""

    metric: str
    owner: str | None
    period: str  # "quarter" | "full year"
    stance: str  # "reported" | "year-ago" | "previous" | "earlier" | "estimate" | "guidance"
    resolved: bool
    change: str | None = None  # "rise" | "fall" for a growth rate
    base: str | None = None  # "year on year" | "quarter on quarter" | ...

    def attribute(self, unit: str) -> str:
        """ "cloud revenue, year-ago quarter (USD)", "rise in revenue, quarter (%, year on year)"."""
        what = f"{self.owner} {self.metric}" if self.owner else self.metric
        if self.owner == UNCLEAR_OWNER:
            what = f"{self.metric} of an {UNCLEAR_OWNER}"
        when = {
            "reported": self.period,
            "year-ago": f"year-ago {self.period}",
            "previous": f"previous {self.period}",
            "earlier": f"earlier {self.period}",
            "estimate": f"{self.period}, analysts' estimate",
            "guidance": "guidance",
        }[self.stance]
        if self.change is not None:
            return f"{self.change} in {what}, {when} ({unit}{', ' + self.base if self.base else ''})"
        return f"{what}, {when} ({unit})"


def _metric(noun: Token, figure: Token) -> str | None:
    """The metric's name ("net income", "adjusted earnings per share", "gross margin"); None when the noun
    names no results metric."""
    name = word_mapping(_DATA, "metrics").get(noun.lower_) or word_mapping(_DATA, "metrics").get(low_lemma(noun))
    if name is None:
        return None
    mods = {t.lower_ for t in modifiers(noun)} | {low_lemma(t) for t in modifiers(noun)}
    if "non" in mods and "gaap" in mods:
        mods.add("non-gaap")
    per = any(low_lemma(c) == "per" for c in noun.children) or "per" in mods
    if name == "margin":
        margins = sorted(mods & words_of("margin_kinds"))
        return f"{margins[0]} margin" if len(margins) == 1 else None
    if name == "net income":
        if per or per_share(figure):
            name = "earnings per share"
        else:
            income = word_mapping(_DATA, "income_kinds")
            kinds = {income[k] for k in mods & income.keys()}
            if len(kinds) > 1:
                return None
            name = kinds.pop() if kinds else name
    bases = {word_mapping(_DATA, "bases")[b] for b in mods & word_mapping(_DATA, "bases").keys()}
    if "non-gaap" in mods:
        bases = {"adjusted"}
    return f"{bases.pop()} {name}" if len(bases) == 1 and name != "revenue" else name


def name_word(t: Token) -> str:
    """A proper noun's word in lower case, without the web suffix a company may be named with ("Orbix.com"
    is Orbix)."""
    return t.lower_.removesuffix(".com")


def _is_company(t: Token, company: frozenset[str]) -> bool:
    """The company itself: its name, "the company", "the tech giant", "its"."""
    if t.lower_ in _PRONOUN_COMPANY or (name_word(t) in company and t.pos_ == "PROPN"):
        return True
    named = [c for c in t.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN")]
    return low_lemma(t) in words_of("company_nouns") and all(c.lower_ in company or c.dep_ == "amod" for c in named)


def _skip_word(t: Token, company: frozenset[str]) -> bool:
    lowered, lem = t.lower_, low_lemma(t)
    return (
        not t.is_alpha
        or t.ent_type_ in _NUMBER_ENTS
        or _is_company(t, company)
        or t.pos_ in ("DET", "PRON", "NUM", "ADP", "PART", "ADV", "VERB", "CCONJ")
        # an adjective says how much or which measure ("strong", "record"), unless the tagger took a name or
        # a compound for one ("Cloud revenue", "its Lantern revenue")
        or (t.pos_ == "ADJ" and t.dep_ != "compound" and not t.text[:1].isupper())
        or lowered in words_of("period_fillers")
        or lem in words_of("quarter_words") | words_of("year_words")
        or lowered in word_mapping(_DATA, "metrics")
        or lem in word_mapping(_DATA, "metrics")
        or lowered in word_mapping(_DATA, "bases")
        or lowered in word_mapping(_DATA, "income_kinds")
    )


def _owner(noun: Token, company: frozenset[str]) -> str | None:
    """A segment or product line named by the metric noun's modifiers or its "from/of/in X" attachment."""
    words = [t.lower_ for t in modifiers(noun) if not _skip_word(t, company)]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS and c.i > noun.i:
            obj = child(c, ("pobj",))
            if obj is None or obj.ent_type_ in _PLACES or _skip_word(obj, company):
                continue
            words += [t.lower_ for t in modifiers(obj) if not _skip_word(t, company)] + [low_lemma(obj)]
    return " ".join(words) or None


def _verb_owner(noun: Token, company: frozenset[str]) -> tuple[str | None, bool]:
    """The owner a verb's subject names when the metric noun is its object ("the devices unit posted
    revenue of"), and whether the owner is clear (a pronoun subject may be a part named before)."""
    verb = noun.head
    while verb.dep_ in ("pobj", "prep", "dobj") and verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or noun.dep_ in ("nsubj", "nsubjpass"):
        return None, True
    subject = child(verb, ("nsubj", "nsubjpass"))
    if subject is None and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        # "The cloud division grew, generating $9 billion in revenue": the participle's subject is its head's
        subject = child(verb.head, ("nsubj", "nsubjpass"))
    if low_lemma(verb) not in words_of("owner_verbs") or subject is None or _is_company(subject, company):
        return None, True
    if analyst(subject):
        return None, True
    if subject.pos_ == "PRON":
        if subject.lower_ not in ("it", "they"):
            return None, True
        previous = [s for s in noun.doc.sents if s.end <= noun.sent.start]
        root_subject = child(previous[-1].root, ("nsubj", "nsubjpass")) if previous else None
        return None, root_subject is not None and _is_company(root_subject, company)
    if subject.ent_type_ in _PLACES or subject.pos_ not in ("NOUN", "PROPN"):
        return None, True
    named = any(t.pos_ == "PROPN" for t in modifiers(subject))
    if subject.pos_ == "NOUN" and low_lemma(subject) not in words_of("segment_nouns") and not named:
        return None, True  # "the toolmaker reported revenue of": a common noun for the company itself
    words = [t.lower_ for t in modifiers(subject) if not _skip_word(t, company)]
    return " ".join([*words, subject.lower_]), True


def _plain_owner(owner: str | None) -> str | None:
    """ "cloud division" -> "cloud": the kind of part a named segment is ("unit", "division") varies between
    outlets and is dropped, so that two outlets' figures for one segment meet under one owner."""
    words = (owner or "").split()
    if len(words) > 1 and {words[-1], words[-1].removesuffix("s")} & words_of("segment_nouns"):
        return " ".join(words[:-1])
    return owner


def _subject_owner(noun: Token, company: frozenset[str]) -> str | None:
    """ "Mac revenues fell, well below the revenues of $11.5 billion": a bare "the <metric>" takes the owner of
    the same metric as its clause's subject."""
    if noun.dep_ in ("nsubj", "nsubjpass") or modifiers(noun) or child(noun, ("det",)) is None:
        return None
    subject = child(noun.sent.root, ("nsubj", "nsubjpass"))
    if subject is None or subject.i == noun.i or _metric(subject, subject) != _metric(noun, noun):
        return None
    return _owner(subject, company)


def _chained(figure: Token) -> Token:
    """ "$14 billion, or $5.33 per share": the per-share figure hangs on the amount before it."""
    head = figure.head
    if figure.dep_ in ("conj", "appos") and head.ent_type_ == "MONEY" and head.i < figure.i:
        return head
    return figure


def _level_noun(figure: Token) -> tuple[Token | None, Token | None]:
    """The metric noun of an amount the metric reader leaves alone: a list row ("Revenue: $2.1 billion"),
    a metric the tagger takes for a name ("adjusted EPS of $1.10"), or the level a change reached ("a 12%
    rise in cloud revenue, reaching $2.1 billion")."""
    head = figure.head
    if figure.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN"):
        return head, head
    if figure.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "PROPN":
        return head.head, head.head
    reached = figure.dep_ == "dobj" and low_lemma(head) in REACH and head.dep_ in ("advcl", "acl")
    changes = word_set("metric_frames.json", "rise_words") | word_set("metric_frames.json", "fall_words")
    if reached and head.dep_ == "acl" and low_lemma(head.head) in changes:
        what = changed_metric(head.head)  # "a 12% rise in revenue, reaching $2.1 billion"
        return (what, head) if what is not None else (None, None)
    if reached and child(head, ("nsubj", "nsubjpass")) is None:
        for c in head.head.children:
            changed = child(c, ("pobj",)) if c.dep_ == "agent" else c
            if changed is None or c.dep_ not in ("dobj", "nsubj", "nsubjpass", "agent"):
                continue
            if low_lemma(changed) in changes and (what := changed_metric(changed)) is not None:
                return what, head
    return None, None


def _inherited(figure: Token, percent: bool, earlier: Mapping[int, ResultsFrame]) -> ResultsFrame | None:
    """The frame of a figure the parse links to no metric but to a figure read before it in the sentence:
    a per-share amount after a profit ("$14 billion, or $5.33 per share") is its earnings per share; the
    figure a change is measured from ("down from $2.3 billion a year earlier") is the last level's metric in
    the period the words after it name."""
    head = _chained(figure)
    per = per_share(figure)
    verb = figure.head
    if head is figure and per and figure.dep_ == "conj" and verb.pos_ in ("VERB", "AUX"):
        # "net income rose to $4 billion, or $2.00 per share": the parser conjoins the per-share figure with
        # the verb; it restates the verb's last amount before it
        before = [i for i in earlier if verb.i < i < figure.i]
        if before and any(c.dep_ == "cc" and c.lower_ == "or" and c.i < figure.i for c in verb.children):
            head = figure.doc[max(before)]
    frame = earlier.get(head.i) if head is not figure and per else None
    if frame is not None and frame.change is None and frame.metric.endswith(("net income", "earnings per share")):
        return replace(frame, metric="earnings per share", resolved=False)
    if percent or not compared(figure):
        return None
    levels = [
        f
        for i, f in sorted(earlier.items())
        if i < figure.i and f.change is None and f.stance == "reported" and (f.metric == "earnings per share") == per
    ]
    side = stance(figure, figure, figure)
    if not levels or side not in ("year-ago", "previous", "earlier"):
        return None
    return replace(levels[-1], stance=side, resolved=levels[-1].resolved and side != "earlier")


def results_frame(
    span: Span, percent: bool, company: frozenset[str], earlier: Mapping[int, ResultsFrame] | None = None
) -> ResultsFrame | None:
    """The results frame of the figure over ``span`` (a money amount, or a percentage when ``percent``);
    None when the parse links it to no results metric. ``company``: the lower-cased words of the company's
    name (the story's most named organisation); ``earlier``: the frames of the sentence's figures read
    before it, by their root token's index."""
    figure = span.root
    noun, direction, anchor = frame_tokens(figure, percent, bare=False)
    if noun is None and not percent:
        noun, anchor = _level_noun(figure)
    if noun is not None and low_lemma(noun) == "share" and noun.head.lower_ == "per" and noun.head.head.i < noun.i:
        noun = noun.head.head  # "earnings per share of $1.10": the parse hangs the amount on "share"
    if (
        noun is not None
        and noun.head.head.i == figure.i
        and (low_lemma(noun) in words_of("quarter_words") | {"year"} or noun.ent_type_ == "DATE")
    ):
        # "$90 million in the quarter", "$214 billion in 2022": the metric reader's "$3 billion in damage"
        # took the period for it
        verb = figure.head if figure.dep_ in ("attr", "dobj") and figure.head.pos_ in ("VERB", "AUX") else None
        noun, anchor = (child(verb, ("nsubj", "nsubjpass")), verb) if verb is not None else (None, None)
    if noun is None or anchor is None:
        return _inherited(figure, percent, earlier or {})
    metric = _metric(noun, figure)
    if metric is None or (percent and direction is None and not metric.endswith("margin")):
        return None
    if metric.endswith("margin") and not percent:
        return None
    if metric == "dividend" and direction is None:
        return None  # a dividend's level is per share and changes with a split: left to the other readers
    owner = _owner(noun, company) or _subject_owner(noun, company)
    clear = True
    if owner is None:
        owner, clear = _verb_owner(noun, company)
        owner = owner if clear else UNCLEAR_OWNER
    owner = _plain_owner(owner)
    when, named = period(figure, noun)
    side = stance(figure, noun, anchor)
    if side is None:
        return None
    if direction is not None and side in ("year-ago", "previous", "earlier"):
        side = "reported"  # "up 26% from a year ago": the base of the change (below), not its period
    base = change_base(figure, noun, anchor) if direction is not None else None
    resolved = (
        clear
        and named
        and side not in ("estimate", "earlier")
        and metric != "earnings per share"  # no accounting basis named: adjusted or GAAP?
    )
    return ResultsFrame(metric, owner, when, side, resolved, direction, base)
