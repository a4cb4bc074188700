"""The story's incident: one subject for its date and time across pages, and the verbs of its course.

What: pages about one disaster name it with different words ("the blaze", "the explosion", "the dam
collapsed", "the flood"), so the event word alone types one page's date "fire" and another's
"accident". A date or clock time of an incident of any kind (a fire, a flood, a collapse, an attack:
the ``incident_types`` of ``data/event_words.json``) is keyed as *the incident* (:data:`INCIDENT_SUBJECT`),
whatever word named it, so that the pages meet. Measured on the real-news dev pages, keying only the
kind an article names most split one disaster again (a page about the demolition of a collapsed tower
named the storm approaching more often than the collapse).

A verb between the event word and the date ("the blaze that enveloped the town on Tuesday", "the fire
started on Monday") tells the course of the event itself when the verb is active, no phase verb, and its
subject in the parse is the event word (:func:`verb_of_event`); a verb whose subject is something else
("the toll reached 90 on Saturday", "residents were evacuated on Wednesday") dates another fact and keeps
its own key.

Why: an editor compares the day of the disaster across outlets; splitting it by the noun or the verb of
each sentence means the pages never meet. Dates of other events (an earlier disaster decades ago, a
later phase told by its own verb) stay apart: the former by the comparison's time frames (a date well
before publication is a look-back, see :mod:`factcheck.compare.frames`), the latter by the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.normalize.reference import load_data
from factcheck.parse import lemma
from factcheck.segment import Sentence

if TYPE_CHECKING:
    from factcheck.extract.base import ArticleContext

__all__ = ["INCIDENT_KEY", "INCIDENT_SUBJECT", "INCIDENT_TYPES", "incident_subject", "verb_after_date", "verb_of_event"]

INCIDENT_SUBJECT = "the incident"
INCIDENT_KEY = "incident"
_LEX = load_data("event_words.json")
INCIDENT_TYPES: frozenset[str] = frozenset(_LEX["incident_types"])
# Subject dependencies of an active verb in the parse; a passive verb ("was contained") tells what was done
# to the event, a phase verb ("ends", "resumes") a later phase of it: both date another fact.
_SUBJECTS = frozenset({"nsubj", "csubj"})
_PASSIVE = frozenset({"nsubjpass", "auxpass"})
_PHASE = frozenset(_LEX["phase_verbs"])
# A verb the parser attaches to the event noun as a modifier is the event's own when it is a finite past
# ("a flood swept", a main verb the small model misreads) or an -ing form ("the fire raging"), never a
# past participle ("the fire contained on Thursday": passive).
_ACTIVE_FORMS = frozenset({"VBD", "VBG"})


def incident_subject(event_type: str) -> tuple[str, str] | None:
    """(subject, key) of the story's incident when the event of a date or time is an incident of any kind;
    ``None`` otherwise: a meeting, a launch, an election keep their kind."""
    if event_type in INCIDENT_TYPES:
        return INCIDENT_SUBJECT, INCIDENT_KEY
    return None


def verb_of_event(ctx: ArticleContext, sentence: Sentence, verb: str, before: int) -> bool:
    """Whether the last ``verb`` of a sentence before offset ``before`` (sentence offsets) tells the course of
    an event: its subject in the parse (or, in a relative clause, the noun the clause belongs to:
    "the blaze that enveloped ...") is a typed event word of the sentence."""
    at = sentence.text.rfind(verb, 0, before)
    span = ctx.parsed_span(sentence.start + at, sentence.start + at + len(verb)) if at >= 0 else None
    if span is None:
        return False
    token = span.root
    base = lemma(token)  # the lemmatizer runs on demand only (factcheck.parse.lemma)
    if any(child.dep_ in _PASSIVE for child in token.children) or {f"{base}s", f"{base}es"} & _PHASE:
        return False  # "the fire was contained on Thursday", "the walkout ends on Friday": a later phase
    subjects = [child for child in token.children if child.dep_ in _SUBJECTS]
    if token.dep_ == "relcl" or (token.dep_ == "acl" and token.tag_ in _ACTIVE_FORMS):
        subjects.append(token.head)  # "the blaze that enveloped ...", "a flood swept ..." (parsed as a modifier)
    hits = [(sentence.start + a, sentence.start + b) for a, b, _w, kind in ctx.event_hits(sentence.text) if kind]
    return any(a <= s.idx < b for s in subjects for a, b in hits)


# Steps up the parse from a date to the verb it hangs from (a date, its preposition, the verb).
_DATE_HEAD_STEPS = 3


def verb_after_date(ctx: ArticleContext, sentence: Sentence, start: int, end: int) -> str | None:
    """The verb after a date that the date hangs from in the parse, when no event word of the sentence
    lies on the way or is that verb: "Prosecutors on Monday charged three men over the blast" dates the
    charge, not the blast; "On May 2, the embassy warned of an attack" the warning (pool 5: a charge date
    and a warning date read as an attack's). Offsets are the sentence's; ``None`` when the verb comes
    before the date (:func:`factcheck.extract.times.event_date.governing_verb` reads those) or is an
    event word."""
    span = ctx.parsed_span(sentence.start + start, sentence.start + end)
    if span is None:
        return None
    hits = [(sentence.start + a, sentence.start + b) for a, b, _w, _kind in ctx.event_hits(sentence.text)]
    node = span.root
    for _ in range(_DATE_HEAD_STEPS):
        if node.head.i == node.i or any(a <= node.head.idx < b for a, b in hits):
            return None
        node = node.head
        if node.pos_ == "VERB":
            after = node.idx >= sentence.start + end and node.tag_ == "VBD"
            # "the summit that ended on Tuesday showed ...": a verb whose subject is an event word says
            # something of the event (a misattached date stays the event's).
            subjects = [c for c in node.children if c.dep_ in _SUBJECTS or c.dep_ in _PASSIVE]
            about_event = any(a <= c.idx < b for c in subjects for a, b in hits)
            return node.lower_ if after and not about_event else None
    return None
