"""Speakers the people finder left out: names in a speaker's slot ("Lindqvist said", "said Ivana Matić")."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factcheck.extract.quotes.speech import LETTERS, NAME_BEFORE_VERB, QUOTED_AS_SAYING, VERB_THEN_NAME
from factcheck.normalize.people import PersonMention, resolve_name
from factcheck.normalize.reference import country_by_word, fold, load_data, people, role_forms

if TYPE_CHECKING:
    from factcheck.extract.base import ArticleContext

__all__ = ["speech_subjects"]

_CAPITALIZED = rf"[A-Z]{LETTERS}+(?:-{LETTERS}+)?"


@cache
def _not_name_words() -> frozenset[str]:
    """Capitalized words that are not names: stopwords, countries, role and honorific words."""
    words = set(load_data("name_stopwords.json")["words"]) | set(country_by_word())
    for form in role_forms():
        words |= set(form.split())
    words |= set(load_data("titles.json")["honorifics"])
    return frozenset(words)


@cache
def _honorifics() -> frozenset[str]:
    """Words that make the capitalized word after them a person's name ("Ms", "Dr", "Rabbi")."""
    return frozenset(load_data("titles.json")["honorifics"])


def _mention(text: str, a: int, b: int, full: str) -> PersonMention:
    person, variant = resolve_name(full) if " " in full else (None, "unknown")
    if person is not None:
        return PersonMention(a, b, text[a:b], person.name, person.id, True, variant, " " in text[a:b])
    surname = fold(full).replace("-", " ").split()[-1]
    return PersonMention(a, b, text[a:b], full, f"unknown:{surname}", False, "unknown", " " in text[a:b])


def _article_person(ctx: ArticleContext, word: str, at: int) -> PersonMention | None:
    """The one person of the article whose name has ``word`` as its first or last word, preferring those
    named before ``at``: a lone given name stands for the full name given earlier ("Ana Ruiz ... Ana
    said"), a family name written first too ("Park Min-jun ... Park said"). Two people who share the
    word (two sisters, two presidents of one family) make it nobody."""
    folded = fold(word)
    found = [m for m in ctx.people if folded in {fold(m.canonical.split()[0]), fold(m.canonical.split()[-1])}]
    before = [m for m in found if m.start < at]
    keys = {m.key for m in before or found}
    if len(keys) != 1:
        return None
    m = (before or found)[0]
    return PersonMention(at, at + len(word), word, m.canonical, m.key, m.known, "surname", False)


def _speaker_mention(ctx: ArticleContext, a: int, b: int, honorific: bool) -> PersonMention | None:
    """A person for a name in a speaker's slot; a lone name needs a known person, a person of the article
    with that first or last name, the full name elsewhere in the article (the lone name last or first in
    it), or an honorific ("Ms Lind said": a person, though named by her family name only); "Organisers
    said" names nobody."""
    text = ctx.text
    name = text[a:b]
    if " " in name:
        return _mention(text, a, b, name)
    known = [p for p in people() if fold(p.surname) == fold(name) and p.alone]
    if len(known) == 1:
        return PersonMention(a, b, name, known[0].name, known[0].id, True, "surname", False)
    if (article := _article_person(ctx, name, a)) is not None:
        return article
    bad = _not_name_words()
    for m in re.finditer(rf"(?<![\w’'-])([A-Z]{LETTERS}+\s){re.escape(name)}(?![\w])", text):
        given = [t for t in m.group(1).split() if t not in bad]
        if given:
            return _mention(text, a, b, " ".join([*given, name]))
    # "Ms Lind" elsewhere in the article: a person's name.
    titles = "|".join(re.escape(h.rstrip(".")) for h in sorted(_honorifics(), key=len, reverse=True))
    titled = honorific or re.search(rf"(?<![\w’'-])(?:{titles})\.?\s+{re.escape(name)}(?![\w])", text) is not None
    # A given name alone ("Maren said") for the full name written elsewhere ("the cellist Maren Holtby").
    # Two full names with that given name ("Ilse Varga and Ilse Brandt") make it nobody.
    full: set[str] = set()
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}((?:\s{_CAPITALIZED}){{1,2}})(?![\w])", text):
        rest = m.group(1).split()
        if not any(t in bad or t.isupper() for t in rest):
            full.add(" ".join([name, *rest]))
    if len(full) == 1:
        return _mention(text, a, b, full.pop())
    return _mention(text, a, b, name) if titled and not full else None


def speech_subjects(ctx: ArticleContext) -> list[PersonMention]:
    """Names in a speaker's slot that the people finder left out ("Lindqvist said", "said Ivana
    Matić"): the attribution of quotes must not depend on a name being in the reference data."""
    taken = [(m.start, m.end) for m in ctx.people]
    bad = _not_name_words()
    out: list[PersonMention] = []
    for rx in (NAME_BEFORE_VERB, VERB_THEN_NAME, QUOTED_AS_SAYING):
        for m in rx.finditer(ctx.text):
            tokens = [(t.start() + m.start("name"), t.end() + m.start("name")) for t in re.finditer(r"\S+", m["name"])]
            honorific = False
            while tokens and (lead := re.sub(r"['’]s$", "", ctx.text[tokens[0][0] : tokens[0][1]])) in bad:
                honorific = lead in _honorifics()
                tokens.pop(0)
            if not tokens or any(ctx.text[x:y] in bad for x, y in tokens):
                continue
            a, b = tokens[0][0], tokens[-1][1]
            if any(x < b and a < y for x, y in taken) or ctx.doc.in_junk(a, b):
                continue
            mention = _speaker_mention(ctx, a, b, honorific)
            if mention is not None:
                out.append(mention)
                taken.append((a, b))
    return out
