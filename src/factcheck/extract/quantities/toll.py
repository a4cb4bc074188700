"""Tolls read from the dependency parse: a figure of people killed, injured, missing, displaced...

What: ``toll.v1`` — a count of people affected, found by the grammatical relations around the number
rather than by the words next to it: the number's noun and the verb that governs it ("the storm
killed at least 40 people", "the blaze claimed the lives of 12 residents", "300 people still missing"),
or a toll noun that is the subject or object of a verb the number completes ("the authorities lifted
the official death count ... to 27", "the number of confirmed dead ... stands at 40").

Why: real reports word tolls in many ways, with clauses between the figure and the word that says what
it counts. The casualty lexicon (``data/counted_nouns.json``, 'casualties') says which words mean
which toll; the parse says which of them the figure belongs to. It is a fallback: where another
quantity extractor already claims the figure, that reading stands (see ``registry.FALLBACK``).

Example: "Maui County officials raised the confirmed fatality count to 53." -> subject "the event",
attribute "deaths", value "53", changes_over_time True.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from factcheck.extract.base import ArticleContext
from factcheck.extract.qualifiers import toll_words
from factcheck.extract.quantities.context import event_hints, is_revised, normalized_number, participants_of, subject_of
from factcheck.extract.quantities.lexicon import ANIMALS, after_another
from factcheck.extract.quantities.recent import in_new_casualties, in_recent_window
from factcheck.extract.quantities.severity import treated_for_illness
from factcheck.limits import text_before
from factcheck.models import Claim, ClaimKind, CompareAs
from factcheck.parse import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["TollFrameExtractor", "toll_words"]

# Nouns that name a toll when a casualty word modifies them ("death toll", "fatality count").
_TOLL_HEADS = frozenset({"toll", "count", "number", "tally", "total", "figure"})
# Verbs whose complement is the toll's new value ("rose to 53", "stands at 115", "raised ... to 53").
_VALUE_VERBS = frozenset(
    {"rise", "reach", "climb", "stand", "hit", "jump", "increase", "raise", "put", "be", "top", "surpass", "grow"}
)
_VALUE_PREPS = frozenset({"to", "at"})
# Relations in which a number with no noun stands for the people it counts: the subject of a toll verb
# ("82 more were injured", "another 172 were hurt") or the object of "with" carrying a state ("with another
# 61 still unaccounted for").
_NUMBER_AS_NOUN = frozenset({"nsubj", "nsubjpass", "pobj"})
# Named-entity labels of numbers that are never a count of people.
_NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
# Magnitude words that stand for a vague number ("thousands left without water", "hundreds might have
# died"): a toll only when the sentence says these people died, were hurt or went missing, not when the
# parse merely links them to a toll word (a speculation, or a headline glued to the next line).
_MAGNITUDE_WORDS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "billions"})
# Auxiliaries of speculation: "hundreds might have died" says no one has been counted dead.
_SPECULATIVE = frozenset({"may", "might", "could"})


def _word_attribute(token: Token) -> str | None:
    words = toll_words()
    return words.get(token.lower_) or words.get(lemma(token).lower())


def _counted_noun_attribute(number: Token, inside: range) -> str | None:
    """Attribute from the number's noun and what governs it: "115 dead", "killed 115 people",
    "claimed the lives of 12 residents", "300 people still missing". Words outside the sentence
    (``inside``: its token indices) say nothing: the parse may run a headline into the next line."""
    if number.dep_ in _NUMBER_AS_NOUN:
        noun = number  # "82 more were injured", "another 61 unaccounted for": the number stands for the people
    elif number.dep_ != "nummod" or number.head.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    else:
        noun = number.head
    if noun.i not in inside or noun.lower_ in ANIMALS:
        return None  # "3,000 cattle perished": no people's toll
    if (own := _word_attribute(noun)) is not None:
        return own
    for child in noun.children:  # "388 people still missing", "five people injured"
        if child.dep_ in ("amod", "acl", "relcl", "acomp") and (found := _word_attribute(child)) is not None:
            return found
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        # "the lives of 115 people"; the word right before "of" first: in "the deaths of 12 and injuries
        # of scores more" the parse may hang the second "of" on "deaths".
        before = noun.doc[noun.head.i - 1] if noun.head.i > 0 else None
        if before is not None and before.i in inside and (found := _word_attribute(before)) is not None:
            return found
        return _word_attribute(noun.head.head)
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
        return None
    verb = noun.head
    if verb.i not in inside:
        return None
    if (found := _word_attribute(verb)) is not None:
        return found  # "killed 115 people", "115 people died", "115 people were missing"
    if verb.pos_ in ("VERB", "AUX"):
        for child in verb.children:  # "115 people remain missing", "115 people were confirmed dead"
            if child.dep_ in ("acomp", "oprd", "xcomp") and (found := _word_attribute(child)) is not None:
                return found
    return None


def _head_noun_attribute(noun: Token) -> str | None:
    """Attribute of a toll head ("death toll", "fatality count", "number of confirmed dead")."""
    if lemma(noun).lower() not in _TOLL_HEADS:
        return None
    for child in noun.subtree:
        if child is not noun and (found := _word_attribute(child)) is not None:
            return found
    return "deaths" if lemma(noun).lower() == "toll" else None


def _toll_head_attribute(number: Token, inside: range) -> str | None:
    """Attribute from a toll noun the number is the new value of: "the toll rose to 53", "raised the
    fatality count to 53", "the number of confirmed dead stands at 115", "the toll is 93"."""
    node = number
    if number.dep_ == "pobj" and number.head.lower_ in _VALUE_PREPS:
        node = number.head
    elif number.dep_ not in ("attr", "dobj", "npadvmod"):
        return None
    verb = node.head
    if verb.i not in inside or lemma(verb).lower() not in _VALUE_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child is not node:
            found = _head_noun_attribute(child)
            if found is not None:
                return found
    return None


def _speculative_magnitude(number: Token) -> bool:
    """A magnitude word ("hundreds") whose verb is a speculation ("hundreds might have died")."""
    if number.lower_ not in _MAGNITUDE_WORDS:
        return False
    verbs = [t for t in (number.head, number.head.head) if t.pos_ in ("VERB", "AUX", "ADJ")]
    return any(c.lower_ in _SPECULATIVE for v in verbs for c in v.children if c.dep_ == "aux")


def _increment(text: str, start: int, number: Token) -> bool:
    """ "after another 12 deaths": new deaths on top of the toll, as quantity.v1 reads them. A number that
    stands for people ("another 23 were hurt", "another 212 residents remain missing") still counts them."""
    if number.dep_ != "nummod" or _word_attribute(number.head) is None:
        return False  # only a casualty noun itself ("12 deaths") makes the figure an increment of the toll
    return after_another(text_before(text, start))


class TollFrameExtractor:
    """``toll.v1``: counts of people affected, from the parse (see the module docstring)."""

    id = "toll.v1"
    fallback = True

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for sentence in ctx.sentences:
            inside: range | None = None  # the sentence's tokens, found at its first figure
            for m in ctx.figures(sentence, all_roles=True):  # none in a figure-dense run (not parsed)
                if m.role != "quantity":
                    continue
                span = ctx.parsed_span(sentence.start + m.start, sentence.start + m.end)
                if span is None or any(t.ent_type_ in _NOT_COUNTS for t in span):
                    continue
                number = span[-1]
                if inside is None:
                    whole = ctx.parsed_span(sentence.start, sentence.end)
                    inside = range(whole.start, whole.end) if whole is not None else range(span.start, span.end)
                attribute = _counted_noun_attribute(number, inside) or _toll_head_attribute(number, inside)
                if attribute is None or _speculative_magnitude(number):
                    continue
                if attribute == "injured" and treated_for_illness(sentence.text, m.end):
                    continue  # "90,000 people were treated for diseases": patients, no injured toll
                if in_new_casualties(sentence.text, m.start) or in_recent_window(sentence.text, m.start, m.end):
                    continue  # "the latest deaths include 12 children", "31 died in the past day"
                if _increment(sentence.text, m.start, number):
                    continue  # "after another 12 deaths": new deaths on top of the toll
                participants = participants_of(ctx, sentence)
                subject, key = subject_of(())
                yield ctx.make_claim(
                    extractor=self.id,
                    kind=ClaimKind.QUANTITY,
                    subject=subject,
                    subject_key=key,
                    attribute=attribute,
                    start=sentence.start + m.start,
                    end=sentence.start + m.end,
                    sentence=sentence,
                    normalized=normalized_number(m, attribute, is_revised(sentence.text)),
                    compare_as=CompareAs.NUMBER,
                    changes_over_time=True,
                    event=event_hints(ctx, sentence, participants, m.start),
                    confidence=0.9,
                )
