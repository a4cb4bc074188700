"""When a results figure holds and whose figure it is: its period and its stance, read from the parse.

A helper of :mod:`factcheck.extract.quantities.results_frame`: it registers no extractor.

What: :func:`period` says whether a figure is the quarter's or the full year's, from the words of its metric
noun ("fourth-quarter revenue", "annual sales") and of the phrases attached along the figure's path to its
clause's root ("for the full fiscal year", "in the three months to June"); a base ("from a year ago",
"quarter-over-quarter") names no period but a quarter. :func:`stance` says whether it is the reported
figure, the figure a change is measured from (the year-ago period, the previous quarter, or an earlier one
not named), analysts' estimate ("estimates of $X", "the expected $X", "analysts had forecast $X") or the
company's guidance ("expects revenue of about $X", "will be").
Why: these are the words that made a year-ago quarter, a full year, a forecast and the quarter itself meet
as one fact. Example: "Revenue was $2.1 billion, down from $2.3 billion a year earlier." -> $2.1 billion:
reported; $2.3 billion: year-ago.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.normalize.reference import word_set
from factcheck.parse import child, low_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "REACH",
    "after_tokens",
    "analyst",
    "compared",
    "modifiers",
    "per_share",
    "period",
    "stance",
    "words_of",
    "year_ago",
]

_DATA = "results_frames.json"
# rest of a clause of the development pages, at most.
COMPARISON_WINDOW = 20
# Tokens after a figure read for a year-ago mark that makes it the comparison figure itself ("$4.65 billion a
# year prior", "$90.1 billion in the same quarter last year").
YEAR_AGO_WINDOW = 6
# Words that end the window after a figure: the next clause's figure is not this one's.
_STOPS = frozenset({";", ".", ",", "while", "but", "and", "whereas", "compared", "versus", "vs", "vs.", "up"})
REACH = frozenset({"reach", "hit", "total", "top"})


def words_of(key: str) -> frozenset[str]:
    return word_set(_DATA, key)


def per_share(figure: Token) -> bool:
    """ "$5.33 per share", "$1.46 per diluted share", "$6.12 a share"."""
    after = [t for t in figure.doc[figure.i + 1 : figure.i + 4] if t.ent_type_ != "MONEY" or t.i > figure.i]
    return (
        len(after) >= 2 and after[0].lower_ in ("per", "a", "an") and any(low_lemma(t) == "share" for t in after[1:3])
    )


def modifiers(noun: Token) -> list[Token]:
    """The words before ``noun`` that modify it (compounds of compounds, adjectives, possessors)."""
    start = noun.left_edge.i
    for t in noun.doc[noun.left_edge.i : noun.i]:
        if t.is_space or t.text in ("•", "|", ":"):
            start = t.i + 1  # a line break or a bullet: the words before it are another line's
    return [
        t
        for t in noun.doc[start : noun.i]
        if t.dep_ not in ("det", "punct", "case", "cc", "prep") and t in set(noun.subtree)
    ]


def _phrase(top: Token) -> list[Token]:
    """The tokens of ``top``'s phrase, without the clauses inside it ("the quarter, which was down ...")."""
    inner = {t.i for c in top.subtree if c.dep_ in ("relcl", "acl", "advcl", "ccomp") for t in c.subtree}
    return [t for t in top.subtree if t.i not in inner]


def _period_words(figure: Token, noun: Token) -> tuple[set[str], set[str]]:
    """The words of the metric noun's modifiers, and those of the phrases attached along the figure's path
    to its root (not the phrases holding the figure, nor a base: "year-over-year", "from a year ago")."""
    own = {low_lemma(t) for t in modifiers(noun)} | {t.lower_ for t in modifiers(noun)}
    around: set[str] = set()
    for node in (figure, noun, *figure.ancestors):
        for c in node.children:
            if c.dep_ in ("prep", "npadvmod") and figure not in c.subtree:
                sub = _phrase(c)
                if any(t.lower_ in ("over", "on", "ago", "earlier") for t in sub) or year_ago(sub):
                    # a base ("from the same quarter last year", "quarter-over-quarter") says the period is
                    # a quarter, never that it is a year
                    around |= {"quarter"} & {low_lemma(t) for t in sub}
                    continue
                around |= {low_lemma(t) for t in sub} | {t.lower_ for t in sub}
                if _bare_year(c):
                    around.add(_WHOLE_YEAR)
    return own, around


# The mark :func:`_period_words` adds for a phrase that names a whole year ("in 2023"): one of the
# ``year_words`` of results_frames.json.
_WHOLE_YEAR = "full-year"


def _bare_year(prep: Token) -> bool:
    """ "in 2023", "for 2023", "during fiscal 2023": a phrase naming a year and no part of it (a figure "in
    2023" is the year's; one "in the fourth quarter of 2023" names its quarter)."""
    obj = child(prep, ("pobj",))
    if prep.lower_ not in ("in", "for", "during") or obj is None or obj.ent_type_ != "DATE":
        return False
    words = {t.lower_ for t in prep.subtree}
    return obj.is_digit and len(obj.text) == 4 and words <= {prep.lower_, obj.text, "fiscal", "calendar", "the", "year"}


def _classify(words: set[str]) -> set[str]:
    found = set()
    if words & words_of("quarter_words") or ("month" in words and words & {"three", "3"}):
        found.add("quarter")
    if words & words_of("year_words") or ("year" in words and words & words_of("year_qualifiers")):
        found.add("full year")
    return found


def period(figure: Token, noun: Token) -> tuple[str, bool]:
    own, around = _period_words(figure, noun)
    for words in (own, around):
        kinds = _classify(words)
        if len(kinds) == 1:
            return kinds.pop(), True
        if kinds:
            return "quarter", False
    return "quarter", False


def after_tokens(figure: Token, window: int, stops: frozenset[str], figures: bool = True) -> list[Token]:
    """The tokens after ``figure`` up to a stop word (and, with ``figures``, the next figure)."""
    sent = figure.sent
    out = []
    for t in figure.doc[figure.i + 1 : min(sent.end, figure.i + 1 + window)]:
        if t.lower_ in stops or (figures and t.ent_type_ in ("MONEY", "PERCENT") and t.ent_iob_ == "B"):
            break
        out.append(t)
    return out


def year_ago(tokens: list[Token], base: bool = False) -> bool:
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
        if w == "year" and i + 1 < len(words) and words[i + 1] in words_of("year_ago_words"):
            return True
        if w == "year" and i > 0 and words[i - 1] in words_of("previous_words"):
            return True
    return False


def _previous_quarter(tokens: list[Token]) -> bool:
    words = [t.lower_ for t in tokens]
    return any(w == "quarter" and i > 0 and words[i - 1] in words_of("previous_words") for i, w in enumerate(words))


def compared(figure: Token) -> bool:
    """The figure a change or a comparison is measured from: the object of "from", "compared to", "vs"."""
    node = figure
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head  # "down from $512.6 billion in sales and $40.2 billion in profit"
    for t in (node, *node.ancestors):
        if t.dep_ == "prep" and t.lower_ in words_of("comparison_words"):
            return True
        if low_lemma(t) in ("compare", "versus") or t.lower_ in ("vs", "vs."):
            return True
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT":
            break
    before = figure.doc[max(figure.sent.start, figure.i - 2) : figure.i]
    return any(t.lower_ in ("vs", "vs.", "versus", "from") for t in before)


def analyst(t: Token) -> bool:
    words = {low_lemma(w) for w in t.subtree} | {w.lower_ for w in t.subtree}
    return bool(words & words_of("analyst_words"))


def stance(figure: Token, noun: Token, anchor: Token) -> str | None:
    """None for a stance the reader cannot tell (an estimate and a guidance word both on the path)."""
    path = [figure, *figure.ancestors]
    estimate = any(low_lemma(c) in words_of("expected_words") for c in figure.children)
    guidance = False
    for t in path:
        lem = low_lemma(t)
        if lem in words_of("estimate_words"):
            estimate = True
        elif lem in words_of("guidance_words"):
            subject = child(t, ("nsubj", "nsubjpass", "poss", "agent"))
            by = [c for c in t.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
            if (subject is not None and analyst(subject)) or any(analyst(b) for b in by):
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
    if compared(figure):
        rest = after_tokens(figure, COMPARISON_WINDOW, frozenset({";", ".", "while", "but"}), figures=False)
        return "year-ago" if year_ago(rest, base=True) else "previous" if _previous_quarter(rest) else "earlier"
    reached = (figure.dep_ == "dobj" and low_lemma(figure.head) in REACH) or (
        figure.dep_ == "pobj" and figure.head.lower_ == "to"
    )  # "reaching $2.1 billion from a year earlier": the words after it are the change's base
    if not reached and year_ago(after_tokens(figure, YEAR_AGO_WINDOW, _STOPS)):
        return "year-ago"
    return "reported"
