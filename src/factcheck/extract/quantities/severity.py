"""How grave the state of counted people is: "18 were being treated in critical care".

A helper of :mod:`factcheck.extract.quantities.open_counts` and :mod:`factcheck.extract.quantities.rules`: it
registers no extractor.

What: right after a casualty cue ("were treated" -> injured) or the state of an open count ("patients
admitted"), a phrase of gravity ("in critical care", "in a serious condition", "critically", "seriously")
makes the count one of its own: "injured in critical condition", "number of patients admitted in critical
condition".
Why: pages give both the people treated in all and the gravest of them ("78 treated in six hospitals",
"18 in critical care"); read as one count they are a false conflict.
Example: "15 people were being treated in critical care" -> "injured in critical condition", not the toll.
"""

from __future__ import annotations

import re

from factcheck.normalize.reference import word_set

__all__ = ["illness_after", "severity_after", "still_in_care", "treated_for_illness"]

# "treated for waterborne illnesses", "hospitalised with suspected cholera": up to this many words (adjectives)
# between the preposition and the illness noun, as in the longest phrase read ("for acute watery diarrhoea").
_ILLNESS_GAP = 3
_ILLNESS_FOR = re.compile(rf"\s+(?:for|with)((?:\s+[\w-]+){{1,{_ILLNESS_GAP + 1}}})", re.I)

# Each wording of gravity and the one name it gets in the attribute (critical and intensive care are one).
_KEYS = {
    "critical": "in critical condition",
    "intensive": "in critical condition",
    "critically": "in critical condition",
    "serious": "in serious condition",
    "seriously": "in serious condition",
}
_SEVERITY = re.compile(
    r"\s+(?:in\s+(?:a\s+)?(critical|serious|intensive)\s+(?:care|condition)|(critically|seriously))\b", re.I
)


def severity_after(text: str, pos: int) -> tuple[str, int] | None:
    """The gravity phrase right at ``pos`` (after a state word) and where it ends, else ``None``."""
    m = _SEVERITY.match(text, pos)
    if m is None:
        return None
    return _KEYS[(m.group(1) or m.group(2)).lower()], m.end()


def illness_after(text: str, pos: int) -> bool:
    """True when right at ``pos`` (after "treated", "hospitalised") an illness is named ("for different
    diseases", "with suspected cholera", data/counted_nouns.json 'illness_nouns'): patients, no injured toll."""
    m = _ILLNESS_FOR.match(text, pos)
    if m is None:
        return False
    illnesses = word_set("counted_nouns.json", "illness_nouns")
    return any(w.lower() in illnesses for w in m.group(1).split())


# A verb of care after a figure, within this many characters ("90,000 people were treated"): a figure,
# a people noun and two auxiliaries fit.
_CARE_REACH = 60
_CARE = re.compile(r"\b(?:treated|hospitali[sz]ed|admitted)\b", re.I)


def treated_for_illness(text: str, pos: int) -> bool:
    """True when the first verb of care after ``pos`` is followed by an illness (see :func:`illness_after`):
    "9,000 people were treated for waterborne illnesses" counts patients, not the injured."""
    care = _CARE.search(text, pos, min(len(text), pos + _CARE_REACH))
    return care is not None and illness_after(text, care.end())


# Injured people who "remain" or are "still" hospitalized or treated are those not yet discharged: a part
# of the injured, given beside the total ("182 wounded", of whom "101 remain hospitalized"; pool 5).
_STILL = frozenset({"still", "remain", "remained", "remains"})


def still_in_care(attribute: str, skipped: list[str]) -> str | None:
    """The attribute of an injured count read after "remain" or "still" ("injured still in care"), else
    ``None`` (other states, "12 remain missing", are the state's own count)."""
    return "injured still in care" if attribute == "injured" and _STILL.intersection(skipped) else None
