"""Amounts of money and percentages keyed by what they measure, read from the dependency parse.

What: ``metric.v1`` — an amount or a percentage whose metric no lexicon noun names, found by the
grammatical relations around the figure: the noun it is "of" ("sales of $4.2 billion"), the noun it is
"in" ("$3 billion in damage"), the subject of the verb it completes ("sales hit $900 million", "cloud
sales jumped 35% to $1.1 billion") or the object of a verb of change ("raised its dividend by 20%"), a
noun of change it modifies ("a 40% jump in profit"), or the noun "up"/"down" follows ("sales of $4.2
billion, up 12% from a year ago"). A bare count (no unit, no noun it counts) gets a level the same ways:
"an average audience of 11.9 million" -> "average audience (count)", "viewing peaked at 20.4 million" ->
"peak viewing (count)". A change is keyed by its direction, the metric (noun compounds kept:
"cloud sales" is not "sales") and its base when the sentence names one ("rise in sales (%, year on
year)"); a level is ``amount of <metric> (<currency>)`` (the name the lexicon rules give money) or
``<metric> (%)``; a level stated as a forecast ("will be about $28 billion") gets `` forecast``.

Why: on real news a figure is worded many ways ("a 262% jump in sales", "sales jumped 262%", "up 262%
from a year ago"); the lexicon readers know a few of them and key the rest by the change noun alone
("increase (%)"), so the same fact never met and different metrics collided. The parse gives the metric
whatever the wording. A fallback: where another quantity extractor claims the figure, its reading stands
(``registry.FALLBACK``).

Precision: every metric is keyed from open words (``key_resolved`` False): such claims agree, but a
disagreement on them is only a possible conflict. (On the development half the one disagreement they found
was a real one, a growth of 262% against 268%, but the same figures under the lexicon's keys were not all
read, so whether a based change may assert a conflict is left to be measured on more text.)

Example: "Cloud sales jumped 35% to $1.1 billion from a year earlier." -> "rise in cloud sale (%, year on
year)" = 35 and "amount of cloud sale (USD)" = 1.1 billion.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from factcheck.extract.base import ArticleContext
from factcheck.extract.quantities.money import FORECAST_SUFFIX
from factcheck.extract.quantities.open_frame import open_figure_claim, parsed_figures
from factcheck.extract.quantities.shares import CLOSING_PRICE, closes_at, per_share_basis, per_share_noun
from factcheck.models import Claim
from factcheck.normalize.reference import load_data, word_set
from factcheck.parse import child, low_lemma, prep_object

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["MetricFrame", "MetricFrameExtractor", "change_base", "changed_metric", "frame_tokens", "metric_frame"]

_DATA = "metric_frames.json"
# Confidence of a metric read from open words (the same as an open-vocabulary count in quantity.v1).
OPEN_METRIC_CONFIDENCE = 0.65
# Tokens after the figure read for the base of a change ("262% from the same quarter a year ago").
BASE_WINDOW = 12
# Where a clause ends for the base window: the base of the next figure is not this one's.
_CLAUSE_ENDS = frozenset({";", ".", "and", "while", "but", "whereas", "versus", "vs", "vs."})
_NOT_METRIC_ENTS = frozenset({"ORG", "PERSON", "GPE", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"})
# Compounds of a metric kept in its name: a name ("the Data Center revenue", "Acme revenue") narrows it, so
# only numbers and dates are left out (they are values or bases, not part of what is measured).
_NOT_COMPOUND_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"})
_FORECAST_WORDS = frozenset({"forecast", "guidance", "outlook", "expect", "project", "predict", "anticipate"})
_FUTURE_AUX = frozenset({"will", "would", "shall"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# Relations of a number that counts the noun it hangs on ("140,000 viewers", "a 40-year-old building").
_COUNTING_DEPS = frozenset({"nummod", "compound", "amod", "npadvmod", "quantmod"})


@cache
def _synonyms() -> dict[str, str]:
    return {str(k): str(v) for k, v in load_data(_DATA)["synonyms"].items()}


@cache
def _name_synonyms() -> dict[str, str]:
    return {str(k): str(v) for k, v in load_data(_DATA)["name_synonyms"].items()}


@dataclass(frozen=True)
class MetricFrame:
    """What a figure measures: the metric, and for a change its direction and base."""

    metric: str
    change: str | None = None  # "rise" | "fall" | None (a level)
    base: str | None = None  # "year on year" | "quarter on quarter" | "month on month" | None
    forecast: bool = False

    def attribute(self, unit: str | None) -> str:
        if unit is None:  # a bare count: "an average audience of 11.9 million", "viewing peaked at 20.4 million"
            return f"{self.metric}{FORECAST_SUFFIX if self.forecast else ''} (count)"
        if self.change is not None:
            return f"{self.change} in {self.metric} ({unit}{', ' + self.base if self.base else ''})"
        suffix = FORECAST_SUFFIX if self.forecast else ""
        return f"amount of {self.metric}{suffix} ({unit})" if unit != "%" else f"{self.metric}{suffix} (%)"


def _direction(token: Token) -> str | None:
    word = low_lemma(token)
    return (
        "rise" if word in word_set(_DATA, "rise_words") else "fall" if word in word_set(_DATA, "fall_words") else None
    )


def _metric_name(noun: Token | None) -> str | None:
    """ "cloud sales" -> "cloud sale": the noun's lemma after its noun compounds; None for a noun too
    general to name a metric, a name, a date or a pronoun."""
    if noun is None or noun.ent_type_ in _NOT_METRIC_ENTS:
        return None
    if noun.pos_ != "NOUN" and not (noun.tag_ == "VBG" and noun.dep_ in ("nsubj", "nsubjpass")):
        return None  # a gerund subject names an activity measured: "viewing peaked at 20.4 million"
    head = low_lemma(noun) if noun.pos_ == "NOUN" else noun.lower_
    head = _synonyms().get(head, head)  # "participation" and "turnout" of one vote meet under one name
    if head in word_set(_DATA, "not_metrics") or _direction(noun) is not None or not head.isalpha():
        return None
    bases = word_set(_DATA, "year_base") | word_set(_DATA, "quarter_base") | word_set(_DATA, "month_base")
    # The nouns right before it that modify it, with their own modifiers, as written: "Data Center
    # revenue", "Non-GAAP earnings" (spaCy makes "Non", "-" and "GAAP" modifiers of "earnings").
    start = noun.i
    while start > noun.sent.start and _modifies(noun.doc[start - 1], noun, bases):
        start -= 1
    run = [t for t in noun.doc[start : noun.i] if t.is_alpha or t.text == "-"]
    words = " ".join(t.lower_ for t in run).replace(" - ", "-") if any(t.is_alpha for t in run) else ""
    # A statistic of the metric is part of its name: an average audience is not a peak audience.
    stats = [
        c.lower_
        for c in noun.children
        if c.dep_ == "amod" and c.i < noun.i and low_lemma(c) in word_set(_DATA, "statistics")
    ]
    stats = [s for s in stats if s not in words.split()]  # "a peak audience": "peak" is in the run already
    name = " ".join(w for w in (*stats, words, head, *_narrowed(noun, bases)) if w)
    return _name_synonyms().get(name, name)  # "cash dividend" is the dividend


def _modifies(t: Token, noun: Token, bases: frozenset[str]) -> bool:
    """``t`` is part of a noun modifier of ``noun``: a compound (or a compound of one), a noun used as an
    adjective, or the hyphen or "non" of "Non-GAAP"; not a number, a date or a base ("year-over-year")."""
    if t.ent_type_ in _NOT_COMPOUND_ENTS or low_lemma(t) in bases:
        return False
    under = t.head.i == noun.i or (t.head.i < noun.i and t.head.head.i == noun.i and t.head.dep_ == "compound")
    if not under:
        return False
    return t.dep_ == "compound" or (
        t.dep_ in ("amod", "nmod") and (t.pos_ in ("NOUN", "PROPN") or t.text == "-" or t.lower_ == "non")
    )


def _narrowed(noun: Token, bases: frozenset[str]) -> list[str]:
    """ "revenue in the data center segment" -> "in data center segment": a prepositional phrase that
    narrows the metric is part of its name (else two segments' figures would share one)."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "from", "of", "for") and c.i > noun.i:
            obj = child(c, ("pobj",))
            if (
                obj is None
                or obj.ent_type_ in _NOT_COMPOUND_ENTS
                or obj.ent_type_ in _PLACES
                or low_lemma(obj) in bases
            ):
                continue  # "in the UK" is where the figure holds (a scope qualifier), not what it measures
            parts = [t.lower_ for t in obj.subtree if t.dep_ == "compound" and t.is_alpha]
            return [c.lower_, *parts, low_lemma(obj)]
    return []


def changed_metric(noun: Token) -> Token | None:
    """What a noun of change is about: "a jump in profit", "profit growth", "a profit increase"."""
    found = prep_object(noun, ("in",)) or prep_object(noun, ("of",))
    if found is not None and found.ent_type_ not in ("PERCENT", "MONEY", "CARDINAL") and found.text != "%":
        return found  # "an increase of 12%": the "of" object is the figure itself, not what rose
    compounds = [
        c
        for c in noun.children
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i and c.is_alpha
        and c.ent_type_ not in _NOT_COMPOUND_ENTS
    ]  # fmt: skip
    return compounds[-1] if compounds else None  # the one next to the noun: "a 15% sales increase"


def _subject(verb: Token, figure: Token) -> Token | None:
    """What a verb's figure measures: the object of a transitive verb of change ("raised its dividend by
    20%"), else the subject ("sales jumped 35%", "sales hit $900 million")."""
    if low_lemma(verb) in word_set(_DATA, "transitive_change_verbs"):
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i != figure.i), None)
        if obj is not None:
            return obj
    subject = child(verb, ("nsubj", "nsubjpass"))
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head, figure)  # "sales fell 8% ... and rose 30%": the first verb's subject
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head, figure)  # "sales were the driver, surging 40%": the participle's subject
    return subject


def _of_verb(verb: Token, figure: Token, by: bool) -> tuple[Token | None, str | None]:
    """The metric and direction of a figure completing ``verb`` (``by``: the figure is the size of the
    change, "by 20%"; else a level or, for a percentage, a change)."""
    direction = _direction(verb)
    subject = _subject(verb, figure)
    if subject is not None and _direction(subject) is not None:
        return changed_metric(subject), _direction(subject)  # "sales growth was 12%"
    if by:
        return (subject, direction) if direction else (None, None)
    return subject, direction


def frame_tokens(figure: Token, percent: bool, bare: bool) -> tuple[Token | None, str | None, Token | None]:
    """(metric noun, direction or None for a level, the word the frame hangs on)."""
    head, dep = figure.head, figure.dep_
    if dep in ("compound", "nummod") and _base_phrase(head):
        head, dep = head.head, head.dep_  # "sales grew 15% year over year": the parser hangs it on the base
    if not percent and not bare and (damage := prep_object(figure, ("in",))) is not None:
        return damage, None, figure  # "$3 billion in damage"
    if dep == "pobj":
        prep, governor = low_lemma(head), head.head
        if prep == "of" and governor.pos_ == "NOUN":
            if (direction := _direction(governor)) is not None:
                return changed_metric(governor), direction, governor  # "an increase of 12% in sales"
            return governor, None, governor  # "sales of $4.2 billion"
        if governor.pos_ in ("VERB", "AUX") and prep in ("by", "to", "at"):
            metric, direction = _of_verb(governor, figure, by=prep == "by")
            if prep != "by" and low_lemma(governor) not in word_set(_DATA, "level_verbs"):
                return None, None, None
            return metric, direction if prep == "by" else None, governor
        return None, None, None
    if dep in ("dobj", "attr", "npadvmod", "oprd") and head.pos_ in ("VERB", "AUX"):
        metric, direction = _of_verb(head, figure, by=False)
        if direction is not None:
            # "sales jumped 35%"; an amount of money after a verb of change is the size of the change
            # ("sales jumped $2 billion"), neither a level nor a percentage: left alone.
            return (metric, direction, head) if percent else (None, None, None)
        if low_lemma(head) in word_set(_DATA, "level_verbs"):
            return metric, None, head  # "sales hit $900 million", "sales were $4 billion"
        return None, None, None
    if dep == "npadvmod" and low_lemma(head) in ("up", "down"):
        own = head  # "up 5% ... and down 2%": each figure's own direction
        while head.dep_ == "conj" and (above := _up_or_down_above(head.head)) is not None:
            head = above  # "up 18% from ... and up 262% from ...": the first "up" hangs on the noun
        noun = head.head
        if noun.pos_ == "NUM" and noun.dep_ in ("attr", "dobj"):
            noun = noun.head  # "sales were $4.2 billion, up 12%": the change is the level's, of the verb's subject
        if noun.pos_ in ("VERB", "AUX"):
            # "sales rose to $4 billion, up 12%": the subject changed; "Orbix reported revenue of $4 billion,
            # up 12%": a name or pronoun reports, and the change is of its object.
            subject = child(noun, ("nsubj", "nsubjpass"))
            if subject is None or subject.pos_ in ("PROPN", "PRON"):
                subject = child(noun, ("dobj",)) or subject
            noun = subject or noun
        return noun, _direction(own), head  # "sales of $4.2 billion, up 12%"
    if dep in ("compound", "amod", "nmod", "nummod") and head.pos_ == "NOUN":
        if (direction := _direction(head)) is not None:
            return changed_metric(head), direction, head  # "a 40% jump in profit", "a 12% profit increase"
        if not percent and not bare:
            return head, None, head  # an amount before its noun: "a $40 fee", "a one-cent dividend"
        return None, None, None
    return None, None, None


def _base_phrase(token: Token) -> bool:
    """ "year" of "year over year", "quarter" of "quarter on quarter": the base of a change, a phrase the
    parser may take for the noun the figure before it counts."""
    return low_lemma(token) in ("year", "quarter", "month") and any(
        c.dep_ == "prep" and c.lower_ in ("over", "on") for c in token.children
    )


def _up_or_down_above(token: Token) -> Token | None:
    """The "up"/"down" a conjoined one hangs on: the token itself, or the "up" whose base it is ("up 7%
    quarter-over-quarter and up 33% year-over-year": the parser hangs the second "up" on "quarter")."""
    if low_lemma(token) in ("up", "down"):
        return token
    if token.dep_ == "npadvmod" and low_lemma(token.head) in ("up", "down"):
        return token.head
    return None


def _changed_to(span: Span) -> Token | None:
    """The object of a transitive verb of change an amount right after "to" is the new level of, however the
    parser hangs the "to" ("raised its dividend by 20% to $0.12", "... by 20%, from $0.10 to $0.12"); None
    when "to" is not right before the amount or no such verb governs it."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ != "to":
        return None
    verb = next((t for t in span.root.ancestors if t.pos_ == "VERB"), None)
    if verb is None or low_lemma(verb) not in word_set(_DATA, "transitive_change_verbs"):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def change_base(figure: Token, metric: Token, anchor: Token) -> str | None:
    """ "year on year" when the words after the figure (to the end of its clause), the metric's
    modifiers or the change noun name a year as the base ("from a year ago", "year-over-year"), else a
    quarter or a month; None when none is named."""
    sentence = figure.sent
    words = set()
    for t in sentence[figure.i + 1 - sentence.start : figure.i + 1 - sentence.start + BASE_WINDOW]:
        if t.lower_ in _CLAUSE_ENDS or (t.like_num and t.i > figure.i) or t.ent_type_ in ("MONEY", "PERCENT"):
            break
        words.add(low_lemma(t))
    if (right_after := _named_base(words)) is not None:
        return right_after  # "up 21% quarter-over-quarter and up 62% year-over-year": each its own words
    # The change word's own modifiers name a base ("a year-over-year increase", "annual growth"); the
    # metric's adjectives do not ("its annual dividend"), its noun compounds may ("year-on-year sales").
    for c in anchor.children:
        if c.dep_ in ("npadvmod", "advmod"):
            words.update(low_lemma(t) for t in c.subtree)  # "year-to-date", "year-over-year"
        elif c.dep_ != "prep" or c.i > figure.i:
            words.add(low_lemma(c))
    words.update(low_lemma(c) for c in metric.children if c.dep_ in ("compound", "nmod", "npadvmod"))
    return _named_base(words)


def _named_base(words: set[str]) -> str | None:
    if "date" in words:
        return "to date"  # "year-to-date": a running period, not a comparison with a year ago
    for base, key in (("year on year", "year_base"), ("quarter on quarter", "quarter_base"),
                      ("month on month", "month_base")):  # fmt: skip
        if words & word_set(_DATA, key):
            return base
    return None


def _forecast(anchor: Token) -> bool:
    """A level stated as a forecast: a future auxiliary on its verb, or a verb or noun of forecasting
    above it ("expects revenue of $28 billion", "revenue will be about $28 billion")."""
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in anchor.children):
        return True
    return any(low_lemma(t) in _FORECAST_WORDS for t in (anchor, *anchor.ancestors, *anchor.children))


def metric_frame(span: Span, percent: bool, bare: bool = False) -> MetricFrame | None:
    """The frame of the figure whose tokens are ``span``; None when the parse names no metric. ``bare``:
    the figure has no unit and counts no noun ("an audience of 140,000"): only a level is read for it."""
    figure = span.root
    noun, direction, anchor = frame_tokens(figure, percent, bare)
    name = _metric_name(noun)
    if noun is None or anchor is None or name is None or (bare and direction is not None):
        return None
    if direction is None:
        peak = "peak " if low_lemma(anchor) == "peak" and anchor.pos_ == "VERB" else ""  # "viewing peaked at"
        return MetricFrame(peak + name, forecast=_forecast(anchor))
    return MetricFrame(name, direction, change_base(figure, noun, anchor))


class MetricFrameExtractor:
    """``metric.v1``: money and percentages keyed by what they measure (see the module docstring)."""

    id = "metric.v1"
    fallback = True

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence, m, span in parsed_figures(ctx):
            if m.unit == "pp" or (m.unit is None and span.root.dep_ in _COUNTING_DEPS):
                continue  # a number that counts a noun ("140,000 viewers") is the lexicon rules' to read
            if sentence.text[max(0, m.start - 1) : m.start] == "[":
                continue  # a citation mark ("[5]"), not a figure
            money = m.unit is not None and m.unit not in ("%", "bp")
            if money and closes_at(span.root):  # a price that closes each trading day: a series
                attribute, changes = f"{CLOSING_PRICE} ({m.unit})", True
            else:
                frame = metric_frame(span, m.unit == "%", bare=m.unit is None)
                if frame is None and money and (name := _metric_name(_changed_to(span))) is not None:
                    frame = MetricFrame(name)  # "raised its dividend by 20%, from $0.10 to $0.12": the new level
                if frame is None and money and (name := _metric_name(per_share_noun(span))) is not None:
                    # "a one cent per share dividend": the noun after "per share" ("share" is no part of it)
                    frame = MetricFrame(name.removeprefix("share "))
                if frame is None:
                    continue
                if money and frame.change is None and (basis := per_share_basis(span, sentence.text)):
                    frame = replace(frame, metric=frame.metric + basis)  # one share's, not the total paid
                attribute, changes = frame.attribute(m.unit), False
            yield open_figure_claim(
                ctx,
                self.id,
                sentence,
                m,
                attribute=attribute,
                unit=m.unit,
                confidence=OPEN_METRIC_CONFIDENCE,
                changes=changes,
            )
