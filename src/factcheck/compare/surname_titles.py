"""A title given to a family name alone ("Governor Okafor") joined to the one person of the story so named.

An article that names a person in full once says "Governor Okafor" later, and the extraction already
reads that as the full name's person. But an article may never give the full name (a short update, a
live page): its "Governor Okafor" is a title of the "Ada Okafor" the other articles of the story name.
Title and nationality claims of a family name alone come to the comparison in the block of that family
name's initial (:func:`factcheck.extract.people.names.title_subject_key`), with the full names sharing it.

Joined: to the one person of the block whose family name is written the same, when the title agrees
with every title the other articles give that person (so a family name alone can confirm a title but
never starts a conflict: "Senator Okafor" may be the governor's namesake, a relative, a predecessor).
Left out: a family name two people of the story share ("Ada and Ben Okafor"), a family name no full
name of the story has (a ruler named by title and given name, "King Osric", or someone only ever
named by family name: nothing tells two office-holders apart), a title that disagrees. A nationality
given to a family name alone that no full name has is compared with the same name alone elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.compare.values import compatible
from factcheck.models import Claim
from factcheck.normalize.reference import fold

__all__ = ["NATIONALITY", "attach_family_names", "family_name_alone"]

# The attribute of a nationality claim (extract/people/names.py).
NATIONALITY = "nationality"


def family_name_alone(claim: Claim) -> bool:
    """The claim's subject is one word: a family name (or a ruler's given name) written alone."""
    return len(claim.subject.split()) < 2


def _family_name(subject: str) -> str:
    return fold(subject.split()[-1]) if subject.split() else ""


def attach_family_names(people: list[list[Claim]], alone: Sequence[Claim]) -> list[list[Claim]]:
    """``people`` (each the claims of one person with a full name) with each claim of ``alone`` added to
    the one person whose family name it is and whose every title it agrees with (module docstring);
    claims that fit no one person are left out."""
    out = [list(claims) for claims in people]
    unnamed: dict[str, list[Claim]] = {}
    for claim in alone:
        surname = _family_name(claim.subject)
        homes = [i for i, claims in enumerate(people) if any(_family_name(c.subject) == surname for c in claims)]
        if len(homes) == 1 and all(compatible(claim, c) for c in people[homes[0]]):
            out[homes[0]].append(claim)
        elif not homes and claim.attribute == NATIONALITY:
            # A nationality says who a person is, not which post they hold: one name alone with it is
            # compared with the same name alone, as before titles of a family name alone were read.
            unnamed.setdefault(surname, []).append(claim)
    return out + list(unnamed.values())
