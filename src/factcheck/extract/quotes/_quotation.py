"""Finding quotations in text: the marks, the quoted words, and paragraph-spanning quotes.

Shared by the quote and label extractors (:mod:`factcheck.extract.quotes.quote`, :mod:`.label`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from factcheck.normalize.people import PersonMention, resolve_name
from factcheck.normalize.reference import country_by_word, fold, load_data, people, role_forms, word_list
from factcheck.segment import Sentence

if TYPE_CHECKING:
    from factcheck.extract.base import ArticleContext

__all__ = [
    "FULL_SENTENCE_MIN_WORDS",
    "TITLE_CASE_SHARE",
    "QuoteSpan",
    "find_quote_spans",
    "quote_key",
    "speech_subjects",
    "title_case",
]

# A quote this short, or one that starts in lower case, is a fragment: its closing period is the
# sentence's, not the speaker's ("he called it “a duty.”" -> "a duty").
FULL_SENTENCE_MIN_WORDS = 4
# Share of capitalized content words above which a line is a headline in title case (news headlines
# capitalize every content word; running text capitalizes 10-30% of them).
TITLE_CASE_SHARE = 0.7
_WORD = re.compile(r"[\w’'-]+")
_FUNCTION_WORDS = frozenset(word_list("function_words.json", "title_case_minor"))


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation: marks at ``open``/``close``; the quoted words are ``[start, end)``."""

    open: int
    close: int
    start: int
    end: int
    paragraph: int
    continued: bool = False  # opens a paragraph that continues the previous paragraph's quote

    def words(self, text: str) -> int:
        return len(_WORD.findall(text[self.start : self.end]))


def quote_key(text: str) -> str:
    """Comparison key of quoted words: lower case, punctuation dropped, hyphens as spaces, order kept."""
    tokens = re.findall(r"[a-z0-9']+", fold(text).replace("-", " "))
    return " ".join(t.strip("'") for t in tokens if t.strip("'"))


def title_case(text: str) -> bool:
    """True for a headline in title case (most content words capitalized)."""
    found: list[str] = _WORD.findall(text)
    words = [w for w in found[1:] if w.lower() not in _FUNCTION_WORDS and w[:1].isalpha()]
    if len(words) < 2:
        return False
    share = sum(w[:1].isupper() for w in words) / len(words)
    return share >= TITLE_CASE_SHARE


# ---------------------------------------------------------------- finding quotation marks


def _paragraphs(sentences: list[Sentence]) -> list[tuple[int, int, int]]:
    spans: dict[int, tuple[int, int]] = {}
    for s in sentences:
        a, b = spans.get(s.paragraph, (s.start, s.end))
        spans[s.paragraph] = (min(a, s.start), max(b, s.end))
    return [(a, b, p) for p, (a, b) in sorted(spans.items())]


def _opens(text: str, i: int, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and not after.isspace()


def _closing(text: str, mark: str, i: int, hi: int) -> int:
    """Offset of the mark closing the quotation opened at ``i``, or -1."""
    if mark == "“":
        j = text.find("”", i + 1, hi)
        nxt = text.find("“", i + 1, hi)
        return -1 if nxt != -1 and (j == -1 or nxt < j) else j
    if mark == '"':
        j = text.find('"', i + 1, hi)
        return j if j != -1 and not text[j - 1].isspace() else -1
    for m in re.finditer("’", text[i + 1 : hi]):  # ‘…’: the closing mark is not an apostrophe
        j = i + 1 + m.start()
        follow = text[j + 1] if j + 1 < len(text) else " "
        if not follow.isalpha() and not text[j - 1].isspace() and "“" not in text[i:j]:
            return j
    return -1


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
        b -= 1
    inner = text[a:b]
    if inner.endswith(".") and not inner.endswith("..."):
        words = len(_WORD.findall(inner))
        if words < FULL_SENTENCE_MIN_WORDS or inner[:1].islower():
            b -= 1
            while b > a and text[b - 1].isspace():
                b -= 1
    return a, b


def find_quote_spans(text: str, sentences: list[Sentence]) -> list[QuoteSpan]:
    """Top-level quotations in text order; a quotation never crosses a paragraph, except that an
    unclosed quotation runs to the end of its paragraph when the next paragraph opens with “ (the
    newspaper convention for a quote of several paragraphs)."""
    spans: list[QuoteSpan] = []
    paragraphs = _paragraphs(sentences)
    carried = False
    for n, (lo, hi, number) in enumerate(paragraphs):
        i = lo
        continued, carried = carried, False
        while i < hi:
            mark = text[i]
            if mark not in '“"‘' or not _opens(text, i, lo):
                i += 1
                continue
            j = _closing(text, mark, i, hi)
            if j == -1 and mark == "“" and n + 1 < len(paragraphs):
                next_lo = paragraphs[n + 1][0]
                if text[next_lo : next_lo + 1] == "“":
                    j, carried = hi, True
            if j == -1:
                i += 1
                continue
            a, b = _trim(text, i + 1, j)
            if b > a:
                spans.append(QuoteSpan(i, j, a, b, number, continued and i == lo))
            i = j + 1
    return spans


# ---------------------------------------------------------------- who said it: speech vocabulary

SPEECH_VERBS = (
    "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "adding", "continued",
    "continues", "wrote", "writes", "warned", "warns", "warning", "stated", "states", "noted", "notes",
    "explained", "explains", "argued", "argues", "claimed", "claims", "insisted", "insists", "declared",
    "declares", "asked", "asks", "replied", "replies", "responded", "emphasized", "emphasised",
    "emphasizes", "emphasises", "stressed", "stresses", "urged", "urges", "remarked", "recalled",
    "announced", "acknowledged", "admitted", "suggested", "described", "describes", "describing",
    "called", "calls", "calling", "referred", "refers", "referring", "tweeted", "posted", "commented",
    "observed", "cautioned", "complained", "conceded", "predicted", "hailed", "dubbed", "termed",
    "labelled", "labeled", "branded", "put it", "puts it", "quipped", "joked", "vowed", "promised",
    "spoke of", "speaks of", "spoke about", "speaks about", "talked of", "talked about", "affirmed",
    "affirms", "asserted", "asserts", "reiterated", "reiterates",
)  # fmt: skip
SPEECH_NOUNS = (
    "statement", "statements", "remarks", "words", "comments", "speech", "address", "message", "letter",
    "interview", "post", "tweet", "response", "reply", "testimony", "op-ed", "announcement", "view",
)  # fmt: skip
# Longest apposition set off by commas between a speaker and the verb (news relative clauses: ~110).
APPOSITION_MAX_CHARS = 120
VERB = r"(?:" + "|".join(sorted((re.escape(v) for v in SPEECH_VERBS), key=len, reverse=True)) + r")"
NOUN = r"(?:" + "|".join(re.escape(n) for n in SPEECH_NOUNS) + r")"
AUX = (
    r"(?:has|have|had|also|then|later|again|once|previously|earlier|repeatedly|recently|often|would|will|"
    r"was|is|were|are|reportedly|just|even|once|who|and|[a-z]+ly)"
)
# Between a speaker and its verb: a possessive speech noun ("'s statement"), an apposition or adverb
# set off by commas (", the mayor of Lyon,", ", meanwhile,"; a relative clause may run to ~110 chars,
# ", who founded the firm with two colleagues from a defence research institute,"), an "of the <body>"
# in lower case ("X of the water agency asked"), auxiliaries and adverbs.
GAP = (
    rf"(?:['’]s?\s+(?:[a-z-]+\s+)?{NOUN})?(?:\s+of\s+the(?:\s+[a-z][a-z-]*){{1,3}})?"
    rf"(?:\s*,[^,“”\"]{{1,{APPOSITION_MAX_CHARS}}},)?(?:\s+{AUX})*\s+"
)
SUBJECT_GAP = re.compile(rf"{GAP}$")
# After a name in apposition, its closing comma and auxiliaries: "the chief executive, X, had promised".
APPOSED_GAP = re.compile(rf"\s*,(?:\s+{AUX})*\s+$")
# A person referred to by a pronoun: the sentence continues a chain of reference to someone named before.
THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]im|[Hh]er|[Hh]imself|[Hh]erself)\b")
# A short phrase fronted before a sentence's subject: "Outside the gate, X waited", "On Monday, X said".
FRONTED_PHRASE = re.compile(r"^(?:[\w’'-]+\s+){0,4}[\w’'-]+,\s+")
# A described subject before a name: "The veteran X", "Mwamba's new chief X" -- a determiner or a
# possessive and up to three words that are not verbs (past tenses and common short verbs excluded,
# "The police arrested X" does not make X the subject).
DESCRIBED_SUBJECT = re.compile(
    r"^(?:[Tt]he|[Aa]n?|[A-Z][\w’'-]*['’]s)\s+"
    r"(?:(?![a-z]+ed\b|(?:met|told|said|saw|beat|hit|won|led|left|took|gave|sent|is|was|were|has|had)\b)"
    r"[\w’'-]+,?\s+){0,3}$"
)
# After a name in apposition after a quote: "“…,” the lawyer for the family, Ana Ruiz, said".
APPOSED_VERB = re.compile(rf"\s*,(?:\s+{AUX})*\s+{VERB}\b")
# A name and a colon right before the quotation: "Union leader Ana Ruiz: “…”".
NAME_COLON = re.compile(r"\s*:\s*")
# A participle clause after a comma: ", saying", ", adding" (its subject is the main clause's).
PARTICIPLE_CLAUSE = re.compile(r",\s+(?:[a-z]+ly\s+)?$")
GAP_THEN_VERB = re.compile(rf"{GAP}{VERB}\b")
SPEECH_CUE = re.compile(rf"\b{VERB}\b")
POSSESSIVE_NOUN = re.compile(rf"^['’]s?\s+(?:[a-z-]+\s+)?{NOUN}\b")
PRONOUN_BEFORE = re.compile(rf"\b(?P<pro>[Hh]e|[Ss]he|[Tt]hey|[Ww]e)(?P<gap>{GAP})$")
PLURAL_BEFORE = re.compile(rf"\b(?:leaders|sides|officials|governments|countries|nations|both|them){GAP}$")
PRONOUN_AFTER = re.compile(rf"^[\s,:;—–-]*(?P<pro>he|she|they|we)(?:\s+{AUX})*\s+{VERB}\b", re.IGNORECASE)
VERB_FIRST = re.compile(rf"^[\s,:;—–-]*{VERB}\b[^.;“”\"!?]{{0,60}}$")
# Lower-case words that cannot stand in a speaker's description between a quote and the name
# ("“…,” police spokesman X said" is fine; "“…,” she told X" and "“…,” before X said" are not).
_NOT_DESCRIPTION = (
    r"i|he|she|it|we|they|you|his|her|its|our|their|this|that|these|those|who|whom|which|what|when|while|"
    r"where|because|after|before|as|but|or|so|then|than|if|though|although|until|since|was|were|is|are|be|"
    r"been|being|has|have|had|will|would|could|should|may|might|can|do|does|did|not|no|by|with|from|to|in|"
    r"on|at|about|into|over|under|through|during|against|between|without|also|"
    + "|".join(re.escape(v) for v in SPEECH_VERBS)
)
# Between a quote and its speaker's name: a description of capitalized words, "of/the/for/and/a", and
# lower-case role words ("“…,” Rivertown club manager X said", "“…,” police spokesman Superintendent
# X told reporters"); the name must be followed by a speech verb (checked by the caller).
NAME_FIRST = re.compile(
    rf"^[\s,:;—–-]*(?:as\s+)?(?:(?:[A-Z][\w.’'-]*|(?!(?:{_NOT_DESCRIPTION})\b)[a-z][\w’'-]*),?\s+){{0,6}}$"
)
ACCORDING = re.compile(r"(?i:a)ccording to\s+[^.;“”\"]{0,60}$")
PLURAL_JOIN = re.compile(r"^\s*(?:and|&)\s+(?:[A-Z][\w-]*['’]s\s+)?$")
PLURAL_VERB = re.compile(r"^\s+(?:have|are|were)\b")
LETTERS = r"[^\W\d_]"
# A capitalized name of one to four words, any alphabet ("Tomás Echeverría", "Ivana Matić").
NAME_RUN = rf"(?<![\w’'-])(?:[A-Z]{LETTERS}+(?:['’-]{LETTERS}+)*\s){{0,3}}[A-Z]{LETTERS}+(?:-{LETTERS}+)*(?![\w])"
NAME_BEFORE_VERB = re.compile(rf"(?P<name>{NAME_RUN})(?={GAP}{VERB}\b)")
VERB_THEN_NAME = re.compile(rf"(?:\b{VERB}|(?i:a)ccording to)\s+(?P<name>{NAME_RUN})")
TITLE_PREFIX = re.compile(r"(?:(?:[A-Z][\w’'.-]*|the|of|and|former|acting|,)\s*)*")
COORDINATED = re.compile(r"(?:\band|\bor|,)\s*$")
CLAUSE_END = re.compile(r"[.!?…:][”\"’)]*\s*$")
WORK_TITLE = re.compile(
    r"(?:thought on|titled|entitled|headlined|book|novel|film|movie|song|album|documentary|essay|column|"
    r"series|poem|slogan)\s*[,:]?\s*$",
    re.IGNORECASE,
)
# "the governor said" / "“…,” the spokeswoman told reporters": a role standing for the person given it.
_ROLE = "|".join(re.escape(f) for f in role_forms())
ROLE_BEFORE = re.compile(rf"\b(?i:the)\s+(?P<role>(?i:{_ROLE}))(?:{GAP})$")
ROLE_IN = re.compile(rf"\b(?i:the)\s+(?P<role>(?i:{_ROLE}))\b(?![\w’'-])")
ROLE_AFTER = re.compile(rf"^[\s,:;—–-]*(?i:the)\s+(?P<role>(?i:{_ROLE}))(?:\s+{AUX})*\s+{VERB}\b")


# ---------------------------------------------------------------- speakers the people finder left out


@cache
def _not_name_words() -> frozenset[str]:
    """Capitalized words that are not names: stopwords, countries, role and honorific words."""
    words = set(load_data("name_stopwords.json")["words"]) | set(country_by_word())
    for form in role_forms():
        words |= set(form.split())
    words |= set(load_data("titles.json")["honorifics"])
    return frozenset(words)


def _mention(text: str, a: int, b: int, full: str) -> PersonMention:
    person, variant = resolve_name(full) if " " in full else (None, "unknown")
    if person is not None:
        return PersonMention(a, b, text[a:b], person.name, person.id, True, variant, " " in text[a:b])
    surname = fold(full).replace("-", " ").split()[-1]
    return PersonMention(a, b, text[a:b], full, f"unknown:{surname}", False, "unknown", " " in text[a:b])


def _speaker_mention(text: str, a: int, b: int) -> PersonMention | None:
    """A person for a name in a speaker's slot; a lone surname needs a known person or the full name
    elsewhere in the article ("Organisers said" names nobody)."""
    name = text[a:b]
    if " " in name:
        return _mention(text, a, b, name)
    known = [p for p in people() if fold(p.surname) == fold(name) and p.alone]
    if len(known) == 1:
        return PersonMention(a, b, name, known[0].name, known[0].id, True, "surname", False)
    bad = _not_name_words()
    for m in re.finditer(rf"(?<![\w’'-])([A-Z]{LETTERS}+\s){re.escape(name)}(?![\w])", text):
        given = [t for t in m.group(1).split() if t not in bad]
        if given:
            return _mention(text, a, b, " ".join([*given, name]))
    return None


def speech_subjects(ctx: ArticleContext) -> list[PersonMention]:
    """Names in a speaker's slot that the people finder left out ("Lindqvist said", "said Ivana
    Matić"): the attribution of quotes must not depend on a name being in the reference data."""
    taken = [(m.start, m.end) for m in ctx.people]
    bad = _not_name_words()
    out: list[PersonMention] = []
    for rx in (NAME_BEFORE_VERB, VERB_THEN_NAME):
        for m in rx.finditer(ctx.text):
            tokens = [(t.start() + m.start("name"), t.end() + m.start("name")) for t in re.finditer(r"\S+", m["name"])]
            while tokens and re.sub(r"['’]s$", "", ctx.text[tokens[0][0] : tokens[0][1]]) in bad:
                tokens.pop(0)
            if not tokens or any(ctx.text[x:y] in bad for x, y in tokens):
                continue
            a, b = tokens[0][0], tokens[-1][1]
            if any(x < b and a < y for x, y in taken) or ctx.doc.in_junk(a, b):
                continue
            mention = _speaker_mention(ctx.text, a, b)
            if mention is not None:
                out.append(mention)
                taken.append((a, b))
    return out
