"""Words of the state of counted things, for the open-vocabulary counts of :mod:`.open_counts`.

A helper of :mod:`factcheck.extract.quantities.open_counts` and :mod:`.quantity`: it registers no extractor.
:func:`as_participle` gives one key to a state written "-ing" or "-ed"; :func:`need_state` reads people in
need or at risk ("2 million children are at risk"), a count of its own and never a toll.
"""

from __future__ import annotations

from functools import cache

from factcheck.normalize.reference import load_data

__all__ = ["as_participle", "need_state"]


def need_state(toks: list[tuple[str, int, int]], i: int) -> tuple[str, int] | None:
    """ "children in need", "are at risk": people in need of aid or at risk, never a toll (data: need_states)."""
    state = _need_states().get(" ".join(t[0].lower() for t in toks[i : i + 2]))
    return (state, toks[i + 1][2]) if state is not None else None


@cache
def _need_states() -> dict[str, str]:
    return dict(load_data("counted_nouns.json")["open_states"]["need_states"])


def as_participle(lemma_: str) -> str:
    """The regular past participle of a verb's lemma ("tune" -> "tuned", "carry" -> "carried", "wait" ->
    "waited"): an open count's state written "-ing" ("viewers tuning in") is keyed like the same state
    written "-ed" ("viewers tuned in"). Irregular verbs come out regular ("choose" -> "choosed"): the key
    only has to be the same for both wordings, not to be English."""
    w = lemma_.lower()
    if w.endswith("e"):
        return w + "d"
    if len(w) > 2 and w.endswith("y") and w[-2] not in "aeiou":
        return w[:-1] + "ied"
    return w + "ed"
