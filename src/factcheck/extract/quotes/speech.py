"""The speech vocabulary: the verbs, nouns and surrounding wording that attribute a quote to a speaker.

Patterns only (no logic); used by :mod:`.speaker_names` and :mod:`.attribution`.
"""

from __future__ import annotations

import re

from factcheck.normalize.reference import role_forms

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
# Between a speaker and its verb: a possessive speech noun ("'s statement"), one or two appositions or
# adverbs set off by commas (", the mayor of Lyon,", ", meanwhile,", ", the agency's envoy, who is in the
# port,"; a relative clause may run to ~110 chars, ", who founded the firm with two colleagues from a
# defence research institute,"), an "of the <body>"
# in lower case ("X of the water agency asked") or a place's name ("President X of Ruritania said"),
# auxiliaries and adverbs, and a passive of reported speech ("X was quoted as saying", "was heard saying").
GAP = (
    rf"(?:['’]s?\s+(?:[a-z-]+\s+)?{NOUN})?"
    rf"(?:\s+of\s+(?:the(?:\s+[a-z][a-z-]*){{1,3}}|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}}))?"
    rf"(?:(?:\s*,[^,“”\"]{{1,{APPOSITION_MAX_CHARS}}}){{1,2}},)?(?:\s+{AUX})*\s+(?:(?:quoted|reported|cited)\s+as\s+|heard\s+)?"
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
# A speech verb right after the quote and up to the name: "“…,” said the city's mayor, Anna Berg"; a
# title's abbreviation point is not a sentence end ("“…,” says county physician Dr. Ana Ruiz").
VERB_FIRST = re.compile(rf"^[\s,:;—–-]*{VERB}\b(?:\b[A-Z][a-z]{{0,3}}\.|[^.;“”\"!?]){{0,60}}$")
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
# A report quoting a person: "“…,” the local paper quoted X as saying" (the name is the speaker).
QUOTED_AS_SAYING = re.compile(rf"\b(?:quoted|reported|cited)\s+(?P<name>{NAME_RUN})\s+as\s+saying\b")
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
