"""Whose age an "N-year-old" gives when words stand between the age and the name, read from the parse.

A helper of :mod:`.context` (``age_subject``): it registers no extractor. The plain forms ("29-year-old
Jane Doe", "Jane Doe, 29,") are matched on the text; news often puts the person's role or description
between the age and the name, or names the person in an apposition after the described noun:

- "the third victim, 31-year-old school teacher Mara Lintz": up to :data:`AGED_WORDS_MAX` nouns and
  adjectives of description, then the name;
- "a 52-year-old farmer, Tom Ardle, was hurt": the age modifies a noun, and the name is that noun's
  apposition.

Not read: a name after a conjunction, a determiner, a preposition or a verb ("a 40-year-old man and his
neighbour Jane Roe", "a 40-year-old man told Jane Roe"), a name further than :data:`AGED_WORDS_MAX`
words after the age.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.analysis.participants import person_subject
from factcheck.extract.base import ArticleContext
from factcheck.segment import Sentence

__all__ = ["AGED_WORDS_MAX", "aged_name"]

# Words of a description between "N-year-old" and the name or the noun the name is an apposition of
# ("college senior", "former school teacher"): three; a longer run is a clause, not a description.
AGED_WORDS_MAX = 3
# Characters after the figure in which its "-year-old" stands ("-year-old", " years old").
_OLD_WITHIN = 12
# The parts of speech of a description between the age and its noun: nouns and adjectives (and a
# participle the parser attaches as an adjective, "retired").
_DESCRIPTION = frozenset({"NOUN", "PROPN", "ADJ"})


def _old_token(ctx: ArticleContext, sentence: Sentence, end: int) -> Token | None:
    """The "old" of the "-year-old" right after the figure ending at sentence offset ``end``."""
    span = ctx.parsed_span(sentence.start + end, min(sentence.end, sentence.start + end + _OLD_WITHIN))
    if span is None:
        return None
    return next((t for t in span if t.lower_ == "old" and t.dep_ == "amod"), None)


def aged_name(ctx: ArticleContext, sentence: Sentence, end: int) -> tuple[str, str] | None:
    """(shown name, key) of the person an "N-year-old" (the figure ending at sentence offset ``end``)
    describes through a description or an apposition (module docstring), else None.

    The words after the age are read one by one with the parser's parts of speech, not its attachments:
    the small pipeline often splits "22-year-old college senior Jane Roe" into two appositions."""
    old = _old_token(ctx, sentence, end)
    if old is None:
        return None
    doc = old.doc
    for words, t in enumerate(doc[old.i + 1 : min(len(doc), old.i + 2 + AGED_WORDS_MAX)]):
        named = next((p for p in ctx.people_starting(t.idx, t.idx + 1) if p.full), None)
        if named is not None:
            return person_subject(named.canonical, named.key)
        if t.text == "," and words and doc[t.i - 1].pos_ == "NOUN":
            return _apposition(ctx, doc[t.i - 1], t)
        if t.pos_ not in _DESCRIPTION and not (t.pos_ == "VERB" and t.dep_ == "amod"):
            return None
    return None


def _apposition(ctx: ArticleContext, noun: Token, comma: Token) -> tuple[str, str] | None:
    """ "a 52-year-old farmer, Tom Ardle,": the name right after the comma, which the parser reads as
    the noun's apposition (a name after a comma may as well start the next clause: "a 40-year-old man,
    Jane Roe said")."""
    after = comma.i + 1
    if after >= len(comma.doc):
        return None
    named = next((p for p in ctx.people_starting(comma.doc[after].idx, comma.doc[after].idx + 1) if p.full), None)
    if named is None:
        return None
    last = ctx.parsed_span(named.start, named.end)
    if last is None or last[-1].dep_ != "appos" or last[-1].head != noun:
        return None
    return person_subject(named.canonical, named.key)
