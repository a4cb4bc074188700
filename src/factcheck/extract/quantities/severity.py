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

__all__ = ["severity_after", "still_in_care"]

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


# Injured people who "remain" or are "still" hospitalized or treated are those not yet discharged: a part
# of the injured, given beside the total ("182 wounded", of whom "101 remain hospitalized"; pool 5).
_STILL = frozenset({"still", "remain", "remained", "remains"})


def still_in_care(attribute: str, skipped: list[str]) -> str | None:
    """The attribute of an injured count read after "remain" or "still" ("injured still in care"), else
    ``None`` (other states, "12 remain missing", are the state's own count)."""
    return "injured still in care" if attribute == "injured" and _STILL.intersection(skipped) else None
