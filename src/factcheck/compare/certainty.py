"""Precision first: when a disagreement is a ``conflict`` and when only a ``possible-conflict``.

Two values that cannot both be right are reported as a ``conflict`` only when both claims' keys are
resolved: the same entity, the same attribute, the same qualifiers, the same moment. Each test below
names a way a key can look resolved without being so; any of them makes the disagreement a
``possible-conflict`` (a warning the default gate passes), with the reason in the explanation and a
confidence no higher than :data:`POSSIBLE_CONFLICT_CONFIDENCE`.

- the value's referent was guessed by the extractor (``Claim.key_resolved`` false) in every claim of one
  side (:func:`guessed_side`), unless the two sides write one sentence with the figure changed;
- no pair of values is shown to be about one fact (:mod:`factcheck.compare.sameness`): a subject inferred
  from the story with nothing tying the two reports to one thing, or a separating qualifier (a place
  covered, a reference point, a changing figure's authority) stated on one side only;
- two of the values are more than :data:`FAR_APART_RATIO` times apart: the key lumps different counts;
- a figure that changes over time (a toll, the number missing) whose reports cannot all be placed in
  time (no publication date and no date in the sentence): which came later cannot be told (unless a
  syndicated copy and its original disagree: one report of one moment);
- a figure known only from a count in progress ("with 97% of ballots counted", "preliminary results")
  against another: two snapshots of one count differ without either being wrong (a value that other
  sources also state without such words is not only a snapshot);
- a date written as page metadata ("2024-05-23" as an ISO date): a page's own date, not the event's;
- a figure given only as a magnitude ("hundreds feared dead", "dozens of homes"): a word for an order
  of size, often of a feared or partial count, not a figure one report can contradict;
- a count whose noun one side narrows with a describing word the other side lacks ("1,200 stranded
  passengers" against "2,200 passengers"): the narrowed side may count a part, or another group.

Places named as a reference point ("near Miami", "north of the capital") are not the place of the event
at all: :func:`reference_point` makes them different facts, never a conflict.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from factcheck.compare.context import CompareContext
from factcheck.compare.sameness import key_doubt, one_report, same_wording
from factcheck.compare.series import as_of
from factcheck.compare.values import ValueGroup
from factcheck.models import Claim, CompareAs

__all__ = [
    "FAR_APART_RATIO",
    "MAGNITUDE_CONFIDENCE",
    "POSSIBLE_CONFLICT_CONFIDENCE",
    "claims_confidence",
    "conflict_doubt",
    "decimal_slip",
    "guessed_side",
    "in_progress",
    "inverted",
    "magnitude_only",
    "noun_modifiers",
    "reference_point",
    "spread_confidence",
    "stray_values",
]

# Two figures of one fact from two reports differ by a typo, a revision or a rounding (159 and 158, 561
# and 475, 12 and 13 storeys on the real-news development half); figures this many times apart were, on
# that half, always two different counts under one coarse name (200 and 2,207 structures, 3.3 and 18.8
# million viewers of two channels, 5 and 82 injured: foreigners and everyone).
FAR_APART_RATIO = 3.0

# Confidence of a possible conflict: on the real-news development half none of the 58 possible
# conflicts (both modes) matched a labelled real conflict before the sameness criterion
# (factcheck.compare.sameness); after it, about one in five (10 of 50 on the development half, both modes,
# by their values; 2 of 25 on the judged pools) is a real conflict, so a possible conflict sits well
# below the 0.7 at which an editor is told to trust a finding.
POSSIBLE_CONFLICT_CONFIDENCE = 0.4

# Confidence of a finding in which a magnitude word ("hundreds", "dozens of") meets a different figure:
# a magnitude agrees with almost any figure of its order of size, so such an agreement says little (on
# the unlabelled pool of new stories, three of four such agreements above 0.7 lumped different facts:
# "hundreds of bodies in a bay" with 170 deaths elsewhere). Below the 0.7 an editor is told to trust.
MAGNITUDE_CONFIDENCE = 0.6

# A count still running: the share of the ballots, voting machines or returns counted so far ("as 98%
# of voting machines were counted"), how many results are declared ("with 500 results declared"), or
# results called preliminary, partial or provisional.
_IN_PROGRESS = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+|all\s+)?"
    r"(?:votes?|(?:electronic\s+)?voting\s+machines|ballots?|ballot\s+boxes|precincts|polling\s+stations|"
    r"returns|districts|constituencies|results)\s+"
    r"(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?:counted|opened|tallied|processed|reporting|declared)\b|"
    r"\b(?:with|after|as)\s+\d[\d,]*\s+(?:of\s+(?:the\s+)?\d[\d,]*\s+)?(?:[a-z]+\s+)?"
    r"(?:results|constituencies|seats|precincts|districts)\s+(?:(?:were|had\s+been|have\s+been)\s+)?"
    r"(?:declared|counted|reported)\b|"
    r"\b(?:preliminary|partial|provisional|unofficial|incomplete|early)\s+(?:results?|counts?|returns|tally|tallies)\b|"
    r"\bcounting\s+(?:is\s+|was\s+)?(?:still\s+)?(?:continu|under\s*way|ongoing)",
    re.IGNORECASE,
)

# Words that make a place a reference point rather than the place itself: "near Miami", "north of
# Miami Beach", "outside the capital", "20 km from Kyiv" (but "in the north of Wales" is inside Wales).
_REFERENCE = re.compile(
    r"(?:\bnear(?:by)?|\boutside(?:\s+of)?|\bclose\s+to|\bjust\s+off|(?<!the\s)\b(?:north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western)\s+of|"
    r"\b(?:miles?|kilometres?|kilometers?|km|mi)\s+(?:from|of)|\baway\s+from|\bcoast\s+of|"
    r"\boutskirts\s+of)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# A magnitude word with no figure: "hundreds", "dozens of", "tens of thousands", "scores".
_MAGNITUDE = re.compile(
    r"^(?:(?:many|several|some|about|around|nearly|almost|over|more\s+than|up\s+to|at\s+least)\s+)?"
    r"(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions|billions)\b",
    re.IGNORECASE,
)

# Words between a figure and its noun that do not narrow what is counted ("40 more people", "12 other
# victims", "95 confirmed deaths"): the same list the extractor uses for a toll's group.
_NEUTRAL_MODIFIERS = frozenset(
    {"more", "other", "further", "additional", "total", "confirmed", "estimated", "known", "of", "the", "and"}
)
_WORD = re.compile(r"[a-z][a-z'’-]*")
_FIGURE = re.compile(r"\d")


def in_progress(claim: Claim) -> bool:
    """The claim's sentence gives its figure as a snapshot of a count still running."""
    return bool(_IN_PROGRESS.search(claim.evidence.sentence))


def reference_point(claim: Claim) -> bool:
    """A place the sentence names as a reference point ("near X", "north of X"), not as the place."""
    if claim.compare_as != CompareAs.PLACE:
        return False
    sentence, text = claim.evidence.sentence, claim.evidence.text
    at = sentence.find(text)
    return at >= 0 and bool(_REFERENCE.search(sentence[:at]))


def magnitude_only(claim: Claim) -> bool:
    """The figure is a magnitude word with no digits ("hundreds", "dozens of"), not a count."""
    text = claim.evidence.text.strip()
    return claim.compare_as == CompareAs.NUMBER and not _FIGURE.search(text) and bool(_MAGNITUDE.match(text))


def claims_confidence(claims: Sequence[Claim]) -> float:
    """The confidence of a finding on ``claims``: the lowest of theirs, and at most
    :data:`MAGNITUDE_CONFIDENCE` when a magnitude word meets a different figure."""
    confidence = min(c.confidence for c in claims)
    if len({c.normalized.key for c in claims}) > 1 and any(magnitude_only(c) for c in claims):
        confidence = min(confidence, MAGNITUDE_CONFIDENCE)
    return confidence


def spread_confidence(claims: Sequence[Claim], confidence: float) -> float:
    """``confidence``, at most :data:`MAGNITUDE_CONFIDENCE` when two figures of ``claims`` are more than
    :data:`FAR_APART_RATIO` times apart and yet not a series: open bounds such as "at least 4" and "at
    least 240" fit together without being one fact (on the second unlabelled pool, a storm's deaths
    agreed with the previous storm's that way)."""
    lows = [c.normalized.low for c in claims if c.compare_as == CompareAs.NUMBER and c.normalized.low is not None]
    if lows and min(lows) > 0 and max(lows) / min(lows) > FAR_APART_RATIO:
        return min(confidence, MAGNITUDE_CONFIDENCE)
    return confidence


def noun_modifiers(claim: Claim) -> frozenset[str] | None:
    """The describing words between a count's figure and its counted noun ("stranded" in "1,200 stranded
    passengers"), neutral ones left out; None when the counted noun (the claim's group) is not in the
    value's words, so nothing can be told."""
    group = claim.qualifiers.group
    if claim.compare_as != CompareAs.NUMBER or not group:
        return None
    text = claim.evidence.text.lower()
    figures = list(_FIGURE.finditer(text))
    if not figures:
        return None
    after = [m.group(0) for m in _WORD.finditer(text, figures[-1].end())]
    stem = group.lower()[: max(3, len(group) - 2)]  # the lemma's stem: "woman" finds "women"
    noun = next((i for i, w in enumerate(after) if w.startswith(stem)), None)
    if noun is None:
        return None
    return frozenset(after[:noun]) - _NEUTRAL_MODIFIERS


def _narrowed_one_side(a: ValueGroup, b: ValueGroup) -> bool:
    """The two values' nouns carry different describing words (one side has one the other lacks), read
    from the claims whose counted noun is in their words."""
    mods_a = [m for c in a.claims if (m := noun_modifiers(c)) is not None]
    mods_b = [m for c in b.claims if (m := noun_modifiers(c)) is not None]
    return bool(mods_a) and bool(mods_b) and frozenset().union(*mods_a) != frozenset().union(*mods_b)


def guessed_side(a: ValueGroup, b: ValueGroup) -> bool:
    """Every claim of one side has a guessed referent (``Claim.key_resolved`` false). A side with one
    resolved claim holds its value on its own ("revenue rose 262%" read with its period and owner); claims
    of that value whose referent was guessed ("a 262% jump", no period named) only join it, so they do not
    make the resolved claims' disagreement a guess. Nor is a referent a guess when the two sides write one
    sentence with the figure changed (:func:`factcheck.compare.sameness.same_wording`): whatever the key's
    words mean, both figures are of the one thing that sentence is about."""
    if any(same_wording(x, y) for x in a.claims for y in b.claims):
        return False
    return not any(c.key_resolved for c in a.claims) or not any(c.key_resolved for c in b.claims)


def _far_apart(a: ValueGroup, b: ValueGroup) -> bool:
    x, y = a.claims[0].normalized, b.claims[0].normalized
    lows = [v for v in (x.low, y.low) if v is not None]
    if len(lows) < 2 or min(lows) <= 0 or decimal_slip(lows[0], lows[1]) or inverted(lows[0], lows[1]):
        return False
    return max(lows) / min(lows) > FAR_APART_RATIO


# Significant digits two figures must share to be one figure with its decimal point misplaced: round
# figures (100 and 1,000; 25 and 250) share their digits by chance, "86.31" and "863.1" do not.
SLIP_MIN_DIGITS = 3


def _digits(v: float) -> str:
    """The significant digits of ``v`` ("86.31" and "863.1" -> "8631")."""
    return f"{abs(v):.9e}".split("e")[0].replace(".", "").rstrip("0")


def decimal_slip(x: float, y: float) -> bool:
    """``x`` and ``y`` are one figure with its decimal point misplaced: the same significant digits (at
    least :data:`SLIP_MIN_DIGITS`), a power of ten apart. Such figures are far apart, yet plainly one
    fact misprinted, not two counts under one name."""
    digits = _digits(x)
    return x != y and len(digits) >= SLIP_MIN_DIGITS and digits == _digits(y)


def inverted(x: float, y: float) -> bool:
    """``x`` and ``y`` are one ratio written both ways round ("10-for-1" and "1-for-10" of a stock split:
    10 and 0.1): far apart, yet one fact with its terms swapped, not two counts under one name (no count
    is a fraction below one)."""
    return x != y and math.isclose(x * y, 1.0, rel_tol=1e-9)


def stray_values(groups: Sequence[ValueGroup], ctx: CompareContext) -> list[ValueGroup]:
    """Values of a count that changes over time that one source alone gives, more than
    :data:`FAR_APART_RATIO` times below the highest figure another source gives for the same as-of day:
    on one day a count does not move that far, so the value counts a part under the same name ("20
    foreign casualties", "five students" beside 82 and 149 injured), not a step of the series. (A value
    far above the others is not set apart: which side counts a part cannot be told from it.) Undated
    claims have no day, so no value of theirs is set apart."""
    out = []
    for g in groups:
        if ctx.independent(g.source_ids) > 1 or (low := g.claims[0].normalized.low) is None or low <= 0:
            continue
        days = {as_of(c, ctx) for c in g.claims} - {None}
        others = [
            o.normalized.low
            for h in groups
            if h is not g
            for o in h.claims
            if o.source_id not in g.source_ids and as_of(o, ctx) in days and o.normalized.low is not None
        ]
        top = max((x for x in others if x is not None), default=None)
        if top is not None and top / low > FAR_APART_RATIO:
            out.append(g)
    return out


def conflict_doubt(
    pairs: Sequence[tuple[ValueGroup, ValueGroup]], claims: Sequence[Claim], ctx: CompareContext
) -> str | None:
    """Why the incompatible ``pairs`` (values of one frame, whose claims are ``claims``) are only a
    possible conflict, as a sentence for the explanation; None when the conflict stands."""
    opposed = [c for a, b in pairs for c in [*a.claims, *b.claims]]
    first = claims[0]
    if any(guessed_side(a, b) for a, b in pairs):
        return (
            "What the values are about was read from words outside factcheck's lexicon, so they may describe"
            " different things: a possible conflict to check, not asserted."
        )
    if first.compare_as == CompareAs.NUMBER and any(_far_apart(a, b) for a, b in pairs):
        return (
            f"Some figures are more than {FAR_APART_RATIO:g} times apart: two reports of one figure rarely are, so"
            " they may count different things under one name."
        )
    placed = all(as_of(c, ctx) is not None for c in claims)
    if first.changes_over_time and not placed and not any(one_report(a, b, ctx) for a, b in pairs):
        return (
            f"The {first.attribute} changes over time and not every report could be placed in time (no"
            " publication date or date in the text): which figure is the later one cannot be told."
        )
    if any(all(in_progress(c) for c in side.claims) for pair in pairs for side in pair):
        return (
            "A figure comes from a count still in progress (a share of the ballots counted, preliminary"
            " results): snapshots of one count differ without either being wrong."
        )
    if first.compare_as == CompareAs.DATE and any(_ISO_DATE.match(c.evidence.text.strip()) for c in opposed):
        return (
            "A date is written as page metadata (an ISO date), which may be the page's own date rather than"
            " the event's."
        )
    if any(all(magnitude_only(c) for c in side.claims) for pair in pairs for side in pair):
        return (
            'A value is only a magnitude ("hundreds", "dozens"), often of a feared or partial count: not a'
            " figure another report can contradict."
        )
    if any(_narrowed_one_side(a, b) for a, b in pairs):
        return (
            "One source narrows what it counts with a describing word the other does not use, so the two"
            " figures may count different groups."
        )
    return key_doubt(pairs, ctx, placed)
