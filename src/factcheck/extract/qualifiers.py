"""Qualifiers of a value, read from the dependency parse of its sentence.

What: for a value at a character span (a figure, a date, a place), who the sentence attributes it to
(``authority``: "according to the county", "police said", "the agency put the toll at", "the
survey's figures"), what it is measured from (``relative_to``: "30 km from the epicentre", "north of
the city"), which place it covers (``scope``: "in the old town", "across the province") and for when
(``as_of``: "by Tuesday evening", "as of Friday").

Why: on real news the same attribute is stated for different reference points, places and
authorities; those are different facts (or a disagreement between authorities, which an editor reports
side by side), never a conflict between the articles. The parse finds them whatever the wording: the
value's head chain up to the governing verbs, that verb's subject and its prepositional attachments.

Example: "The toll rose to 115 on Thursday, Maui County officials said." -> authority "Maui County
officials" (key ``maui county``), as_of "Thursday".
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factcheck.extract.analysis.instances import instance_of
from factcheck.extract.analysis.place_scope import is_place, scope_of
from factcheck.models import Qualifiers
from factcheck.normalize.reference import fold, load_data
from factcheck.parse import lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "GENERIC_AUTHORITIES",
    "REPORTING_VERBS",
    "authority_key",
    "instance_qualifier",
    "qualifiers_of",
    "same_authority",
    "toll_words",
]

_WORDS = load_data("qualifier_words.json")
# Word lists (data/qualifier_words.json says what each holds and why).
REPORTING_VERBS = frozenset(_WORDS["reporting_verbs"])
ESTIMATE_NOUNS = frozenset(_WORDS["estimate_nouns"])
GENERIC_AUTHORITIES = frozenset(_WORDS["generic_authorities"])
EVERYONE_NOUNS = frozenset(_WORDS["everyone_nouns"])
# Modifiers of a counted noun that do not narrow the group ("at least 40 more people", "other victims").
_NOT_GROUP_MODIFIERS = frozenset({"more", "other", "further", "additional", "total", "confirmed", "estimated", "known"})
# Prepositions that measure a figure from a point ("from", "of" after a direction).
_FROM_PREPS = frozenset({"from", "of"})
_DIRECTIONS = frozenset(_WORDS["directions"])
_TIME_ENTS = frozenset({"DATE", "TIME"})
# How far up the head chain to look for a governing verb: the value's noun, its preposition, the
# verb, and the reporting verb of an embedding clause ("officials said [the toll rose to 115]").
MAX_HEAD_STEPS = 6
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _phrase(token: Token) -> str:
    """The noun phrase a token heads (its subtree), without a leading article."""
    words = [t for t in token.subtree if t.dep_ not in ("punct", "cc", "relcl", "acl", "appos") or t is token]
    left = min(t.i for t in words)
    right = max(t.i for t in words)
    # The parse may run a headline into the sentence below it: a phrase never spans a line break.
    breaks = [t.i for t in token.doc[left : right + 1] if t.is_space and "\n" in t.text]
    left = max([left, *(i + 1 for i in breaks if i < token.i)])
    right = min([right, *(i - 1 for i in breaks if i > token.i)])
    span = token.doc[left : right + 1]
    return _ARTICLE.sub("", span.text.strip())


def authority_key(text: str) -> str | None:
    """A folded key for an authority: a multi-word name's acronym ("US Geological Survey" -> "usgs"),
    else the folded words; None for a generic or pronoun subject."""
    words = [w for w in re.split(r"[\s'’]+", _ARTICLE.sub("", text.strip())) if w and w.lower() not in {"s"}]
    if not words:
        return None
    if all(fold(w) in GENERIC_AUTHORITIES for w in words):
        return None
    if words[-1].lower() in GENERIC_AUTHORITIES and len(words) > 1:
        words = words[:-1]  # "Maui County officials" -> "Maui County"
    capitals = [w for w in words if w[:1].isupper()]
    if len(capitals) >= 2 and len(capitals) == len(words):
        return "".join(w if w.isupper() else w[0] for w in words).lower()
    return " ".join(fold(w) for w in words)


def same_authority(a: str, b: str) -> bool:
    """Two authority keys name one body: equal, or one's words contain the other's ("police" and
    "city police")."""
    if a == b:
        return True
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


def _heads(token: Token) -> list[Token]:
    chain, cur = [], token
    for _ in range(MAX_HEAD_STEPS):
        if cur.head.i == cur.i:  # the root is its own head (a new Token object each time: no "is")
            break
        cur = cur.head
        chain.append(cur)
    return chain


def _authority(tokens: list[Token], chain: list[Token]) -> str | None:
    path = {t.i for t in tokens} | {t.i for t in chain}
    for node in [*tokens, *chain]:
        for child in node.children:
            if lemma(child).lower() == "accord" and child.dep_ == "prep":  # "according to X"
                for to in child.children:
                    for obj in to.children:
                        if obj.dep_ == "pobj":
                            return _phrase(obj)
            if child.dep_ == "poss" and lemma(node).lower() in ESTIMATE_NOUNS:
                return _phrase(child)
        if node.pos_ == "VERB" and lemma(node).lower() in REPORTING_VERBS:
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i not in path:
                    return _phrase(child)
                if child.dep_ == "agent":  # "was reported by the agency"
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return _phrase(obj)
    return None


def _attached(node: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the prepositions in ``preps`` attached to ``node``."""
    out: list[Token] = []
    for child in node.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            out.extend(obj for obj in child.children if obj.dep_ == "pobj")
    return out


def _place_subject(root: Token, chain: list[Token]) -> tuple[str | None, bool]:
    """The place a toll belongs to when it is the subject of the toll's verb: "South Carolina has suffered
    25 deaths", "Georgia has seen 17 deaths", "Florida has reported 11 deaths", "North Carolina has been
    hard hit, with at least 36 deaths". Returns (place, True); (None, True) for a list of places ("Virginia
    and Tennessee have recorded two and four deaths": whose figure is which is not read); (None, False)
    when the first verb up the chain with a subject has no place for one ("the storm killed 40")."""
    for node in [root, *chain]:  # the span may end with its verb: "16 people died"
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue  # "..., killing 25 people": the participle's subject is the clause's
        if not is_place(subject):
            return None, False
        if any(c.dep_ == "conj" for c in subject.children):
            return None, True
        return _phrase(subject), True
    return None, False


def _relative_to(tokens: list[Token], chain: list[Token]) -> str | None:
    """What a distance is measured from: "30 km from X", "20 miles north of X", "X km away from Y"."""
    for node in [*tokens, *chain[:3]]:
        for child in node.children:
            if child.lower_ in _DIRECTIONS:
                for obj in _attached(child, _FROM_PREPS):
                    return _phrase(obj)
        for obj in _attached(node, frozenset({"from"})):
            return _phrase(obj)
    return _apposed_place(tokens)


# Words between the comma after a place and a distance ("Lorvik, some 300 km away").
_APPOSED_HEDGES = frozenset({"over", "about", "some", "around", "nearly", "almost", "roughly", "more", "than"})
# How many tokens after the figure "away" may come (the unit, then "away").
_AWAY_WINDOW = 3


def _apposed_place(tokens: list[Token]) -> str | None:
    """ "reached Port Avel, over 500 km away": a distance set after a place name with a comma and ending in
    a bare "away" is how far that place is; the place is the distance's other end, so it is not the
    distance of the event from wherever another article measures it."""
    doc = tokens[0].doc
    j = tokens[0].i - 1
    while j >= 0 and doc[j].lower_ in _APPOSED_HEDGES:
        j -= 1
    place = doc[j - 1] if j >= 1 else None
    # a capitalised name the tagger reads as a proper noun or as part of any named entity
    if place is None or doc[j].text != "," or not place.is_title or not (place.pos_ == "PROPN" or place.ent_type_):
        return None
    after = doc[tokens[-1].i + 1 : tokens[-1].i + 1 + _AWAY_WINDOW]
    away = next((t for t in after if t.lower_ == "away"), None)
    if away is None or (away.i + 1 < len(doc) and doc[away.i + 1].lower_ == "from"):
        return None
    return entity_around(place).text if place.ent_type_ else place.text


def entity_around(token: Token) -> Span:
    """The named entity ``token`` is part of, found from the token's IOB tags (reading ``doc.ents`` once
    per value made the cost quadratic in the length of the article)."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _as_of(tokens: list[Token], chain: list[Token]) -> str | None:
    for node in chain[:3]:
        for child in node.children:
            if child.ent_type_ in _TIME_ENTS and child.dep_ in ("npadvmod", "tmod"):
                return child.text
            if child.dep_ == "prep" and child.lower_ in ("by", "as", "on", "at", "until"):
                for obj in child.subtree:
                    if obj.ent_type_ in _TIME_ENTS:
                        return f"{child.text} {entity_around(obj).text}"
    return None


@cache
def toll_words() -> dict[str, str]:
    """Single words of the casualty lexicon (nouns and verbs of tolls that change over time), and their
    lemmas ("fatalities" -> "fatality"), -> attribute."""
    from factcheck.parse import nlp

    words: dict[str, str] = {}
    for entry in load_data("counted_nouns.json")["casualties"]:
        if entry.get("changes") is False:
            continue
        for w in [*entry["nouns"], *entry["after"], *entry["before"]]:
            if " " not in w:
                words.setdefault(w.lower(), entry["attribute"])
    for doc in nlp().pipe(list(words)):
        if len(doc) == 1:
            words.setdefault(lemma(doc[0]).lower(), words[doc.text])
    return words


def _counts_everyone(noun: Token) -> bool:
    """The noun counts everyone a toll covers: a people noun, or the toll's own word ("52 arrests",
    "40 injured")."""
    words = toll_words()
    return any(w in EVERYONE_NOUNS or w in words for w in (lemma(noun).lower(), noun.lower_))


def _group(tokens: list[Token]) -> str | None:
    """The group a toll counts: the counted noun when it is not everyone ("98 women"), or its modifier
    ("26 foreign victims"); None for everyone ("154 people", "154 dead")."""
    for tok in tokens:
        if tok.like_num or tok.pos_ == "NUM":
            noun = tok.head if tok.dep_ == "nummod" else None
            if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
                return None
            if not _counts_everyone(noun):
                return lemma(noun).lower()
            for child in noun.children:
                if child.dep_ in ("amod", "compound") and child.lower_ not in _NOT_GROUP_MODIFIERS and child.is_alpha:
                    return lemma(child).lower()
            return None
    return None


def instance_qualifier(span: Span | None) -> Qualifiers:
    """Only the instance of the value at ``span`` (a place: which quake of a series was centred there)."""
    if span is None or len(span) == 0:
        return Qualifiers()
    return Qualifiers(instance=instance_of(list(span), _heads(span.root)))


def qualifiers_of(span: Span | None, *, measure: bool = False, toll: bool = False) -> Qualifiers:
    """The qualifiers of the value at ``span`` (``measure``: the value is a distance, look for a
    reference point; ``toll``: a count of people, look for the group counted; the instance of a series,
    :mod:`factcheck.extract.analysis.instances`, always)."""
    if span is None or len(span) == 0:
        return Qualifiers()
    tokens = list(span)
    root = span.root
    chain = _heads(root)
    authority = _authority(tokens, chain)
    scope = scope_of(tokens, chain)
    if toll and scope is None:
        # A place that "reports", "suffers" or "sees" a toll is where the toll is, not who counted it.
        place, placed = _place_subject(root, chain)
        scope, authority = place, (None if placed and authority is not None else authority)
    relative = _relative_to(tokens, chain) if measure else None
    return Qualifiers(
        authority=authority,
        authority_key=authority_key(authority) if authority else None,
        scope=scope,
        scope_key=fold(scope) if scope else None,
        relative_to=relative,
        relative_key=fold(_ARTICLE.sub("", relative)) if relative else None,
        as_of=_as_of(tokens, chain),
        group=_group(tokens) if toll else None,
        instance=instance_of(tokens, chain),
    )
