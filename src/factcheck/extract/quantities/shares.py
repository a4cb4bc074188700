"""What a money figure is worth per share, and a share's closing price (helpers of ``metric.v1``).

What: :func:`per_share_basis` says that an amount is one share's ("a dividend of $0.10 per share", "10 cents
a share", "a one-cent per share dividend") and on which basis, when the sentence says the amount is after a
stock split ("on a post-split basis", "a post-split dividend of 1 cent", "based on post-split holdings");
:func:`closes_at` says that a figure is where a share price closed ("Orbix closed the trading day at
$94.50 per share", "its shares closed at $12.40").

Why: an amount per share and the total paid out ("a dividend of $0.10 per share" beside "dividends of $2
billion") measure different things, and after a split the same dividend is a tenth of what it was: keyed
alike they were look-alike disagreements, and two outlets' equal per-share dividends never met. A closing
price is read by no other frame (the verb "close" is no level verb: "the plant closed at dawn").

Precision: the basis is read from the sentence's words; a sentence that names no split basis keeps the
plain key, so a dividend said before a split and one said "post-split" never share a key. A closing price is
a figure that changes from day to day (two days' closes are a series, never a conflict).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.parse import child, low_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["CLOSING_PRICE", "closes_at", "per_share_basis", "per_share_noun"]

CLOSING_PRICE = "closing share price"
# Words after an amount that make it one share's: "per share", "a share", "per-share", "per diluted share".
_PER = frozenset({"per", "a", "an"})
_SHARE_WINDOW = 4
# A stock split's later basis named in the sentence ("post-split", "split-adjusted", "after the split").
_POST_SPLIT = re.compile(r"(?i)\bpost[\s-]?split\b|\bsplit[\s-]adjusted\b|\bafter the (?:stock )?split\b")
# Verbs whose "at $X" is where a price ended a trading day: "closed at", "ended the day at", "finished at".
_CLOSE_VERBS = frozenset({"close", "end", "finish", "settle"})
# Subjects that have a share price: a stock or its shares, or a name (the small pipeline labels a company's
# name a person as often as an organisation; a place or a people has no share price).
_PRICED = frozenset({"share", "stock"})
_NOT_COMPANY_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME"})


def _words_after(span: Span) -> list[Token]:
    """The few tokens after an amount, hyphens left out ("per-share" reads as "per share")."""
    return [t for t in span.doc[span.end : span.end + _SHARE_WINDOW] if t.text not in ("-", "‑")]


def per_share_basis(span: Span, sentence_text: str) -> str | None:
    """ " per share" (or " per share, post-split") when the words right after the amount ``span`` say it
    is one share's; None otherwise."""
    words = _words_after(span)
    if len(words) < 2 or words[0].lower_ not in _PER:
        return None
    if not any(low_lemma(t) == "share" for t in words[1:3]):
        return None
    return " per share, post-split" if _POST_SPLIT.search(sentence_text) else " per share"


def per_share_noun(span: Span) -> Token | None:
    """The noun an amount per share qualifies when it stands before it: "a $2 per share dividend", "a one
    cent per share payout" (the parse often hangs such a noun under "per" rather than the figure)."""
    words = _words_after(span)
    if len(words) < 3 or words[0].lower_ != "per" or low_lemma(words[1]) != "share":
        return None
    noun = words[2]
    return noun if noun.pos_ == "NOUN" and noun.is_alpha else None


def closes_at(figure: Token) -> bool:
    """The figure is where a stock closed: the object of "at" after a verb of closing whose subject is a
    share, a stock or a named company ("shares closed at $12.40", "Orbix closed the day at $94.50")."""
    if figure.dep_ != "pobj" or figure.head.lower_ != "at":
        return False
    verb = figure.head.head
    if verb.pos_ != "VERB" or low_lemma(verb) not in _CLOSE_VERBS:
        return False
    subject = child(verb, ("nsubj",))
    if subject is None:
        return False
    return low_lemma(subject) in _PRICED or (subject.pos_ == "PROPN" and subject.ent_type_ not in _NOT_COMPANY_ENTS)
