"""The role an article gives a person with an ordinary noun: ``role.v1``.

What: the person noun set beside a person's full name ("Tom Reedman, commander,", "spacecraft pilot
Lena Ortega", "Acme's chief executive, Tim Ford,"), as the shared analysis reads it
(:mod:`factcheck.extract.analysis.roles`, which lists the rules and what is not read).

Why: two sources that both call one person the commander confirm each other; the role is one of the
attributes editors check. A person may hold several roles at once (pilot and astronaut, chairman and
founder), so roles are compared as labels (:attr:`~factcheck.models.CompareAs.LABEL`): equal roles agree,
different roles are never a conflict.

Where: under the person's identity (the given name's initial and the family name), so that a nickname
or a short given name meets the full one, and two people sharing a surname stay apart.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract.base import ArticleContext
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized, Scope

__all__ = ["RoleExtractor"]

# A role read from the parse, not matched against a list of titles: the parser may attach a noun to the
# wrong name in a list; below the confidence of a title (0.9) and of a name spelling (1.0).
CONFIDENCE = 0.8


class RoleExtractor:
    """``role.v1``: a person noun in apposition to, or right before, a full name (module docstring)."""

    id = "role.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for r in ctx.person_roles:
            yield ctx.make_claim(
                extractor=self.id,
                kind=ClaimKind.TITLE,
                subject=r.subject,
                subject_key=r.subject_key,
                attribute="role",
                value=ctx.text[r.start : r.end],
                start=r.start,
                end=r.end,
                sentence=r.sentence,
                normalized=Normalized(key=r.key, display=r.display, base=r.noun),
                compare_as=CompareAs.LABEL,
                scope=Scope.ENTITY,
                confidence=CONFIDENCE,
            )
