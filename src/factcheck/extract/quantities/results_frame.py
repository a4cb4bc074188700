"""The frame of a company-results figure, read from the dependency parse: metric, owner, period, stance.

A helper of :mod:`factcheck.extract.quantities.results`: it registers no extractor.

What: :func:`results_frame` says of an amount of money or a percentage what results figure it is:
- the metric, from the head noun the parse links the figure to (see :func:`.metric.frame_tokens`) and the
  synonyms of ``data/results_frames.json`` ("sales" and "revenue" are one metric; "operating income" is not
  net income; "$5.33 per share" after a profit is earnings per share; "adjusted" and "GAAP" bases stay apart);
- the owner: a segment or product line named as the metric noun's compound, possessor or "from/of/in X"
  attachment ("cloud revenue", "revenue from services"), or the subject of the verb the metric noun is the
  object of ("the devices unit posted revenue of"); the company itself (its name, "the company", "its") is no
  owner; a pronoun subject that may name a part named before ("It had revenue of") leaves the owner unclear;
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
from factcheck.normalize.reference import word_mapping, word_set
from factcheck.parse import child, low_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["UNCLEAR_OWNER", "ResultsFrame", "results_frame"]

_DATA = "results_frames.json"
# Tokens after a comparison figure read for its period ("from $90.1 billion in the year-ago quarter"): the
# rest of a clause of the development pages, at most.
COMPARISON_WINDOW = 20
# Tokens after a figure read for a year-ago mark that makes it the comparison figure itself ("$4.65 billion a
# year prior", "$90.1 billion in the same quarter last year").
YEAR_AGO_WINDOW = 6
# Words that end the window after a figure: the next clause's figure is not this one's.
_STOPS = frozenset({";", ".", ",", "while", "but", "and", "whereas", "compared", "versus", "vs", "vs.", "up"})
_NUMBER_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})
_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})
_REACH = frozenset({"reach", "hit", "total", "top"})
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


def _words(key: str) -> frozenset[str]:
    return word_set(_DATA, key)


def _per_share(figure: Token) -> bool:
    """ "$5.33 per share", "$1.46 per diluted share", "$6.12 a share"."""
    after = [t for t in figure.doc[figure.i + 1 : figure.i + 4] if t.ent_type_ != "MONEY" or t.i > figure.i]
    return len(after) >= 2 and after[0].lower_ in ("per", "a", "an") and any(
        low_lemma(t) == "share" for t in after[1:3]
    )


def _modifiers(noun: Token) -> list[Token]:
    """The words before ``noun`` that modify it (compounds of compounds, adjectives, possessors)."""
    start = noun.left_edge.i
    for t in noun.doc[noun.left_edge.i : noun.i]:
        if t.is_space or t.text in ("•", "|", ":"):
            start = t.i + 1  # a line break or a bullet: the words before it are another line's
    return [t for t in noun.doc[start : noun.i] if t.dep_ not in ("det", "punct", "case", "cc", "prep") and t in set(noun.subtree)]


def _metric(noun: Token, figure: Token) -> str | None:
    """The metric's name ("net income", "adjusted earnings per share", "gross margin"); None when the noun
    names no results metric."""
    name = word_mapping(_DATA, "metrics").get(noun.lower_) or word_mapping(_DATA, "metrics").get(low_lemma(noun))
    if name is None:
        return None
    mods = {t.lower_ for t in _modifiers(noun)} | {low_lemma(t) for t in _modifiers(noun)}
    if "non" in mods and "gaap" in mods:
        mods.add("non-gaap")
    per_share = any(low_lemma(c) == "per" for c in noun.children) or "per" in mods
    if name == "margin":
        kinds = sorted(mods & _words("margin_kinds"))
        return f"{kinds[0]} margin" if len(kinds) == 1 else None
    if name == "net income":
        if per_share or _per_share(figure):
            name = "earnings per share"
        else:
            kinds = {word_mapping(_DATA, "income_kinds")[k] for k in mods & word_mapping(_DATA, "income_kinds").keys()}
            if len(kinds) > 1:
                return None
            name = kinds.pop() if kinds else name
    bases = {word_mapping(_DATA, "bases")[b] for b in mods & word_mapping(_DATA, "bases").keys()}
    if "non-gaap" in mods:
        bases = {"adjusted"}
    return f"{bases.pop()} {name}" if len(bases) == 1 and name != "revenue" else name


def _is_company(t: Token, company: frozenset[str]) -> bool:
    """The company itself: its name, "the company", "the tech giant", "its"."""
    if t.lower_ in _PRONOUN_COMPANY or (t.lower_ in company and t.pos_ == "PROPN"):
        return True
    named = [c for c in t.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN")]
    return low_lemma(t) in _words("company_nouns") and all(c.lower_ in company or c.dep_ == "amod" for c in named)


def _skip_word(t: Token, company: frozenset[str]) -> bool:
    lowered, lem = t.lower_, low_lemma(t)
    return (
        not t.is_alpha
        or t.ent_type_ in _NUMBER_ENTS
        or _is_company(t, company)
        or t.pos_ in ("ADJ", "DET", "PRON", "NUM", "ADP", "PART", "ADV", "VERB", "CCONJ")
        or lowered in _words("period_fillers")
        or lem in _words("quarter_words") | _words("year_words")
        or lowered in word_mapping(_DATA, "metrics")
        or lem in word_mapping(_DATA, "metrics")
        or lowered in word_mapping(_DATA, "bases")
        or lowered in word_mapping(_DATA, "income_kinds")
    )


def _owner(noun: Token, company: frozenset[str]) -> str | None:
    """A segment or product line named by the metric noun's modifiers or its "from/of/in X" attachment."""
    words = [t.lower_ for t in _modifiers(noun) if not _skip_word(t, company)]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS and c.i > noun.i:
            obj = child(c, ("pobj",))
            if obj is None or obj.ent_type_ in _PLACES or _skip_word(obj, company):
                continue
            words += [t.lower_ for t in _modifiers(obj) if not _skip_word(t, company)] + [low_lemma(obj)]
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
    if low_lemma(verb) not in _words("owner_verbs") or subject is None or _is_company(subject, company):
        return None, True
    if _analyst(subject):
        return None, True
    if subject.pos_ == "PRON":
        if subject.lower_ not in ("it", "they"):
            return None, True
        previous = [s for s in noun.doc.sents if s.end <= noun.sent.start]
        root_subject = child(previous[-1].root, ("nsubj", "nsubjpass")) if previous else None
        return None, root_subject is not None and _is_company(root_subject, company)
    if subject.ent_type_ in _PLACES or subject.pos_ not in ("NOUN", "PROPN"):
        return None, True
    words = [t.lower_ for t in _modifiers(subject) if not _skip_word(t, company)]
    return " ".join([*words, subject.lower_]), True


def _subject_owner(noun: Token, company: frozenset[str]) -> str | None:
    """ "Mac revenues fell, well below the revenues of $11.5 billion": a bare "the <metric>" takes the owner of
    the same metric as its clause's subject."""
    if noun.dep_ in ("nsubj", "nsubjpass") or _modifiers(noun) or child(noun, ("det",)) is None:
        return None
    subject = child(noun.sent.root, ("nsubj", "nsubjpass"))
    if subject is None or subject.i == noun.i or _metric(subject, subject) != _metric(noun, noun):
        return None
    return _owner(subject, company)


def _phrase(top: Token) -> list[Token]:
    """The tokens of ``top``'s phrase, without the clauses inside it ("the quarter, which was down ...")."""
    inner = {t.i for c in top.subtree if c.dep_ in ("relcl", "acl", "advcl", "ccomp") for t in c.subtree}
    return [t for t in top.subtree if t.i not in inner]


def _period_words(figure: Token, noun: Token) -> tuple[set[str], set[str]]:
    """The words of the metric noun's modifiers, and those of the phrases attached along the figure's path
    to its root (not the phrases holding the figure, nor a base: "year-over-year", "from a year ago")."""
    own = {low_lemma(t) for t in _modifiers(noun)} | {t.lower_ for t in _modifiers(noun)}
    around: set[str] = set()
    for node in (figure, noun, *figure.ancestors):
        for c in node.children:
            if c.dep_ in ("prep", "npadvmod") and figure not in c.subtree:
                sub = _phrase(c)
                if any(t.lower_ in ("over", "on", "ago", "earlier") for t in sub) or _year_ago(sub):
                    # a base ("from the same quarter last year", "quarter-over-quarter") says the period is
                    # a quarter, never that it is a year
                    around |= {"quarter"} & {low_lemma(t) for t in sub}
                    continue
                around |= {low_lemma(t) for t in sub} | {t.lower_ for t in sub}
    return own, around


def _classify(words: set[str]) -> set[str]:
    found = set()
    if words & _words("quarter_words") or ("month" in words and words & {"three", "3"}):
        found.add("quarter")
    if words & _words("year_words") - {"full"} or ("year" in words and words & {"full", "fiscal", "whole", "entire"}):
        found.add("full year")
    return found


def _period(figure: Token, noun: Token) -> tuple[str, bool]:
    own, around = _period_words(figure, noun)
    for words in (own, around):
        kinds = _classify(words)
        if len(kinds) == 1:
            return kinds.pop(), True
        if kinds:
            return "quarter", False
    return "quarter", False


def _after(figure: Token, window: int, stops: frozenset[str], figures: bool = True) -> list[Token]:
    """The tokens after ``figure`` up to a stop word (and, with ``figures``, the next figure)."""
    sent = figure.sent
    out = []
    for t in figure.doc[figure.i + 1 : min(sent.end, figure.i + 1 + window)]:
        if t.lower_ in stops or (figures and t.ent_type_ in ("MONEY", "PERCENT") and t.ent_iob_ == "B"):
            break
        out.append(t)
    return out


def _year_ago(tokens: list[Token], base: bool = False) -> bool:
    """A year-ago mark: "a year ago", "the year-ago quarter", "last year", or a year before the latest year
    the article names ("from $90.1 billion in the fourth quarter of 2022" in a page on 2023); with ``base``
    (after the figure a change is measured from) also "year-over-year"."""
    if tokens:
        years = [int(t.text) for t in tokens[0].doc if t.ent_type_ == "DATE" and t.is_digit and len(t.text) == 4]
        if any(int(t.text) < max(years) for t in tokens if t.ent_type_ == "DATE" and t.is_digit and len(t.text) == 4):
            return True
    words = [t.lower_ for t in tokens if t.text != "-"]  # "year-ago" is three tokens
    if base and any(w in ("yoy", "y/y") for w in words):
        return True
    for i, w in enumerate(words):
        if base and w == "year" and i + 2 < len(words) and words[i + 1] in ("over", "on") and words[i + 2] == "year":
            return True  # the figure a change is measured from, "year-over-year": the year-ago one
        if w in ("year-ago", "year-earlier"):
            return True
        if w == "year" and i + 1 < len(words) and words[i + 1] in ("ago", "earlier", "prior", "before"):
            return True
        if w == "year" and i > 0 and words[i - 1] in ("last", "previous", "prior"):
            return True
    return False


def _previous_quarter(tokens: list[Token]) -> bool:
    words = [t.lower_ for t in tokens]
    return any(w == "quarter" and i > 0 and words[i - 1] in _words("previous_words") for i, w in enumerate(words))


def _compared(figure: Token) -> bool:
    """The figure a change or a comparison is measured from: the object of "from", "compared to", "vs"."""
    node = figure
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head  # "from $394.3 billion in sales and $99.8 billion in net income"
    for t in (node, *node.ancestors):
        if t.dep_ == "prep" and t.lower_ in _words("comparison_words"):
            return True
        if low_lemma(t) in ("compare", "versus") or t.lower_ in ("vs", "vs."):
            return True
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT":
            break
    before = figure.doc[max(figure.sent.start, figure.i - 2) : figure.i]
    return any(t.lower_ in ("vs", "vs.", "versus", "from") for t in before)


def _analyst(t: Token) -> bool:
    words = {low_lemma(w) for w in t.subtree} | {w.lower_ for w in t.subtree}
    return bool(words & _words("analyst_words"))


def _stance(figure: Token, noun: Token, anchor: Token) -> str | None:
    """None for a stance the reader cannot tell (an estimate and a guidance word both on the path)."""
    path = [figure, *figure.ancestors]
    estimate = any(low_lemma(c) in ("expect", "estimate", "anticipate") for c in figure.children)
    guidance = False
    for t in path:
        lem = low_lemma(t)
        if lem in ("estimate", "expectation", "consensus"):
            estimate = True
        elif lem in _words("guidance_words"):
            subject = child(t, ("nsubj", "nsubjpass", "poss", "agent"))
            by = [c for c in t.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
            if (subject is not None and _analyst(subject)) or any(_analyst(b) for b in by):
                estimate = True
            elif t.pos_ in ("VERB", "NOUN"):
                guidance = True
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in anchor.children):
        guidance = True
    if estimate and guidance:
        return None
    if estimate:
        return "estimate"
    if guidance:
        return "guidance"
    if _compared(figure):
        rest = _after(figure, COMPARISON_WINDOW, frozenset({";", ".", "while", "but"}), figures=False)
        return "year-ago" if _year_ago(rest, base=True) else "previous" if _previous_quarter(rest) else "earlier"
    reached = (figure.dep_ == "dobj" and low_lemma(figure.head) in _REACH) or (
        figure.dep_ == "pobj" and figure.head.lower_ == "to"
    )  # "reaching $2.1 billion from a year earlier": the words after it are the change's base
    if not reached and _year_ago(_after(figure, YEAR_AGO_WINDOW, _STOPS)):
        return "year-ago"
    return "reported"


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
    if figure.dep_ == "dobj" and low_lemma(head) in _REACH and head.dep_ == "advcl":
        if child(head, ("nsubj", "nsubjpass")) is None:
            for c in head.head.children:
                changed = child(c, ("pobj",)) if c.dep_ == "agent" else c
                if changed is not None and c.dep_ in ("dobj", "nsubj", "nsubjpass", "agent"):
                    changes = word_set("metric_frames.json", "rise_words") | word_set("metric_frames.json", "fall_words")
                    if low_lemma(changed) in changes and (what := changed_metric(changed)) is not None:
                        return what, head
    return None, None


def _inherited(figure: Token, percent: bool, earlier: Mapping[int, ResultsFrame]) -> ResultsFrame | None:
    """The frame of a figure the parse links to no metric but to a figure read before it in the sentence:
    a per-share amount after a profit ("$14 billion, or $5.33 per share") is its earnings per share; the
    figure a change is measured from ("down from $2.3 billion a year earlier") is the last level's metric in
    the period the words after it name."""
    head = _chained(figure)
    if head is not figure and _per_share(figure) and (frame := earlier.get(head.i)) is not None:
        if frame.change is None and frame.metric.endswith(("net income", "earnings per share")):
            return replace(frame, metric="earnings per share", resolved=False)
    if percent or not _compared(figure):
        return None
    per_share = _per_share(figure)
    levels = [
        f
        for i, f in sorted(earlier.items())
        if i < figure.i and f.change is None and f.stance == "reported"
        and (f.metric == "earnings per share") == per_share
    ]  # fmt: skip
    if not levels:
        return None
    stance = _stance(figure, figure, figure)
    if stance not in ("year-ago", "previous", "earlier"):
        return None
    frame = levels[-1]
    return replace(frame, stance=stance, resolved=frame.resolved and stance != "earlier")


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
    if noun is None or anchor is None:
        return _inherited(figure, percent, earlier or {})
    metric = _metric(noun, figure)
    if metric is None or (percent and direction is None and not metric.endswith("margin")):
        return None
    if metric.endswith("margin") and not percent:
        return None
    owner = _owner(noun, company) or _subject_owner(noun, company)
    clear = True
    if owner is None:
        owner, clear = _verb_owner(noun, company)
        owner = owner if clear else UNCLEAR_OWNER
    period, named = _period(figure, noun)
    stance = _stance(figure, noun, anchor)
    if stance is None:
        return None
    if direction is not None and stance in ("year-ago", "previous", "earlier"):
        stance = "reported"  # "up 26% from a year ago": the base of the change (below), not its period
    base = change_base(figure, noun, anchor) if direction is not None else None
    resolved = (
        clear
        and named
        and stance not in ("estimate", "earlier")
        and metric != "earnings per share"  # no accounting basis named: adjusted or GAAP?
    )
    return ResultsFrame(metric, owner, period, stance, resolved, direction, base)
