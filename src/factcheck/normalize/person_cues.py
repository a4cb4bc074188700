"""What makes a capitalised run a person's name: the cues around it and the words of the name itself.

A helper of :mod:`factcheck.normalize.people` (``find_people``): a full name not in the reference data
is a person's only when something says so (a speech verb, an apposition, a title or person noun before
it, an age before it, a common given name, its family name used alone in the article); see
:func:`has_person_cue`.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.normalize.known_people import known_by_surname, resolve_name
from factcheck.normalize.reference import (
    country_after,
    fold,
    given_names,
    load_data,
    nationality_adjectives,
    nationality_cue,
    surname_ending,
    word_list,
)
from factcheck.normalize.titles import may_cue_before, title_patterns
from factcheck.segment import Sentence

__all__ = ["after_thing", "has_person_cue", "is_place", "joins_known_people"]

_SPEECH_VERBS = (
    r"said|says|told|tells|added|adds|wrote|writes|warned|stated|noted|explained|argued|claimed|insisted|"
    r"announced|promised|describes|described|replied|admitted|acknowledged|urged|denied|recalled|conceded|"
    r"thanked|congratulated|asked|called|predicted|estimated|confirmed|declared|stressed|suggested"
)
# "X said", "X, said", "X of the water agency said" (a body in lower case between name and verb).
_SPEECH_AFTER = re.compile(rf"^(?:\s+of\s+the(?:\s+[a-z][a-z-]*){{1,3}})?\s*,?\s*(?:{_SPEECH_VERBS})\b")
# Not "by": "a study by Oxford Economics", "organised by Rijeka Sailing Club" name organisations as often.
_SPEECH_BEFORE = re.compile(r"(?:said|says|according to|told|added|wrote)\s*$")
# "the Red Cross", "the Ocean Watch coalition": a capitalized run right after "the" is not a person's name
# (a title in between, "the President of Chile, X", is matched before this is checked).
_AFTER_ARTICLE = re.compile(r"\b[Tt]he\s+$")
# ", a former school director", ", the runner-up", ", who runs...", ", 47," after a name: a person; so is
# an age ending an item of a list of victims (", 54;", ", 54 and", ", 54." or ", 54" at the end of a line).
_APPOSITION = re.compile(
    r"^\s*,\s+(?:(?:a|an|the)\s+(?:[A-Z][a-z]+\s+)?[a-z]|who\b|whose\b|\d{1,3}\s*(?:[,;]|\.(?!\d)|and\b|$))",
    re.MULTILINE,
)


def is_place(name: str) -> bool:
    from factcheck.normalize.places import lookup_place

    return lookup_place(name) is not None


def _looks_like_given_name(name: str) -> bool:
    """The first word of ``name`` is a common given name that is not also a place (Victoria, Jordan)."""
    first = name.split()[0]
    return fold(first.split("-")[0]) in given_names() and not is_place(first) and not is_place(name)


# "22-year-old Jane Roe,", "the 31-year-old school teacher Mara Lintz.": an age, then up to three
# lower-case words of description, right before a name that closes its phrase (a comma, a full stop, a
# semicolon after it). Places and things have ages too ("the 150-year-old Velmar Bridge opened"), but they
# are named with a generic head or go on in a longer phrase; a person's name closes the apposition.
_AGED = re.compile(r"\b\d{1,3}[- ]years?[- ]old\s+((?:[a-z][a-z-]*\s+){0,3})$")
_PHRASE_END = frozenset(",.;")


def _aged_before(before: str, after: str) -> bool:
    """An age and a description stand right before the name, and the name closes its phrase; the words
    of the description are no function words ("a 40-year-old man and Jane Roe" is two people)."""
    m = _AGED.search(before)
    return m is not None and after in _PHRASE_END and not any(w in _function_words() for w in m.group(1).split())


@cache
def _thing_before() -> re.Pattern[str]:
    """ "the vessel ", "the 40-year-old tanker ", "a fishing boat ": a determiner and a noun of a
    structure, a vessel or a vehicle (data/age_frames.json "things", one copy of the list) right before
    a name: the name is that thing's ("the vessel Marit Sund, 30, was built in 1994"), not a person's."""
    things = "|".join(sorted((re.escape(t) for t in load_data("age_frames.json")["things"]), key=len, reverse=True))
    return re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){{0,2}}(?:{things})s?\s+$")


def after_thing(before: str) -> bool:
    """A determiner and a thing's noun end ``before``: a name after it names that thing."""
    return _thing_before().search(before) is not None


@cache
def _function_words() -> frozenset[str]:
    return frozenset(word_list("function_words.json", "stopwords"))


def has_person_cue(text: str, sentence: Sentence, a: int, b: int, lone: set[str], placed: bool = False) -> bool:
    """A full name is a person's when something says so: a speech verb, an apposition, a person noun
    or honorific before it, a common given name first, or its last word used alone in the article. A
    name the parser tags as a place (``placed``) is a person's only by its own words (a given name, a
    family-name ending): places speak through their officials and take appositions too ("Port Alden, the
    agency said"), while the small pipeline tags many foreign family names as places."""
    after = text[b : min(sentence.end, b + 40)]
    before = text[max(sentence.start, a - 60) : a]
    if _AFTER_ARTICLE.search(before) or after_thing(before):
        return False
    name = text[a:b]
    if _aged_before(before, text[b : b + 1]) and not is_place(name):
        return True
    if placed:
        return _looks_like_given_name(name) or (surname_ending().search(name) is not None and not is_place(name))
    if _SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before) or _APPOSITION.match(after):
        return True
    if country_after().match(text, b, sentence.end) is not None and " " in text[a:b]:  # "X Y of Kenya"
        return True
    if may_cue_before(before) and title_patterns().cue_before.search(before):
        return True
    if before.rstrip().endswith(nationality_adjectives()) and nationality_cue().search(before):
        return True
    if _looks_like_given_name(name) or (surname_ending().search(name) is not None and not is_place(name)):
        return True
    last = fold(name.split()[-1])
    return last in lone and not is_place(name) and not is_place(last.title())


def joins_known_people(name: str) -> bool:
    """A hyphenated compound with a known person's name in it ("the Xi Jinping-Putin talks") names
    the known people, not an unknown one."""
    last = fold(name.split()[-1])
    if "-" not in last:
        return False
    parts = last.split("-")
    return any(part in known_by_surname() for part in parts) or resolve_name(name.rsplit("-", 1)[0])[0] is not None
