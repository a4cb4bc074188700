"""Event frames: claims about the same attribute split into the events they describe, by time.

A claim's time is an interval:

* a resolved date in the sentence -> that day;
* an explicit year only ("in 2019") -> that year;
* a look-back with no date ("six weeks ago" unresolved, "previously") -> some time at least
  :data:`LOOKBACK_MIN_DAYS` before its article's publication;
* otherwise the article's own news -> the :data:`NEWS_LAG_DAYS` before its publication date;
* no publication date and nothing in the sentence -> unknown (undated).

Dated claims whose intervals overlap, or lie within :data:`FRAME_GAP_DAYS`, form one frame. Undated
claims cannot be placed: they join the frame whose values they agree with (or the largest), and the
frame is marked uncertain.

Before time, claims are split by the event of a series they name (``Qualifiers.instance``: the second
flight, day 3, the fourth quarter) when they name two or more: each instance's claims, and those naming
none, are framed apart (:func:`split_instances`), so figures of different instances never meet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factcheck.compare.context import CompareContext
from factcheck.models import Claim, CompareAs
from factcheck.normalize.reference import word_set

__all__ = [
    "CHANGING_FRAME_GAP_DAYS",
    "FRAME_GAP_DAYS",
    "LOOKBACK_MIN_DAYS",
    "NEWS_LAG_DAYS",
    "TIME_FRAME_GAP_DAYS",
    "Frame",
    "merge_retold",
    "split_frames",
    "split_instances",
]

# An article reports events of the last few days: a Friday paper covers a Wednesday summit.
NEWS_LAG_DAYS = 3
# Events this close are one event (multi-day visits, tolls reported over a week of coverage).
FRAME_GAP_DAYS = 7
# A figure that changes over time (a toll, the number missing) is reported for weeks after one disaster:
# the real-news development stories ran 4-6 weeks of coverage of one event (a wildfire, a building
# collapse). Reports this close are one event whose figure moved; a year apart they are two events.
CHANGING_FRAME_GAP_DAYS = 45
# A clock time is a moment of one day: two pages' times whose days (a sentence's date, else the page's
# last few days of news) lie more than a day apart tell of two days' moments (a storm's first landfall
# and its landfall a week later), never one moment told two ways. A night runs into the next day.
TIME_FRAME_GAP_DAYS = 1
# "Weeks ago", "last month", "previously": at least a week before the article.
LOOKBACK_MIN_DAYS = 7

_FAR_PAST = dt.date(1, 1, 1)
_COUNTED = "counted_nouns.json"


@dataclass
class Frame:
    claims: list[Claim]
    start: dt.date | None
    end: dt.date | None
    uncertain: bool  # holds undated claims, or only undated ones
    # Which event of a series the frame's claims name (see split_instances); "" when not split by instance.
    instance: str | None = ""

    @property
    def label(self) -> str:
        when = self._when
        if self.instance == "":
            return when
        which = "no event of the series named" if self.instance is None else f"event {self.instance} of a series"
        return which if when == "undated" else f"{which}, {when}"

    @property
    def _when(self) -> str:
        if self.start is None or self.end is None:
            return "undated"
        if self.start == _FAR_PAST:
            return f"before {self.end.isoformat()}"
        if (
            self.start.year == self.end.year
            and self.start.month == 1
            and self.end.month == 12
            and (self.start.day == 1 and self.end.day == 31)
        ):
            return str(self.start.year)
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def claim_interval(claim: Claim, ctx: CompareContext) -> tuple[dt.date, dt.date] | None:
    hints = claim.event
    published = ctx.published(claim.source_id)
    # A date claim's own value places it in time only when it looks back: the dates of the article's
    # own news are the values being checked, not what separates events.
    own_news_date = claim.compare_as == CompareAs.DATE and hints.anchored_to_publication and published is not None
    if hints.date is not None and not own_news_date:
        return hints.date, hints.date
    if hints.year is not None and (not hints.anchored_to_publication or published is None):
        return dt.date(hints.year, 1, 1), dt.date(hints.year, 12, 31)
    if published is None:
        return None
    if not hints.anchored_to_publication:
        return _FAR_PAST, published - dt.timedelta(days=LOOKBACK_MIN_DAYS)
    return published - dt.timedelta(days=NEWS_LAG_DAYS), published


def _fixed(claims: Sequence[Claim]) -> bool:
    """Counts of a property of a built thing that cannot change between reports (a building's storeys,
    ``fixed_units`` in ``data/counted_nouns.json``): the dates around them place other news."""
    fixed = word_set(_COUNTED, "fixed_units")
    return bool(claims) and all(
        c.compare_as == CompareAs.NUMBER and not c.changes_over_time and c.normalized.unit in fixed for c in claims
    )


def _one_frame(claims: Sequence[Claim], ctx: CompareContext) -> Frame:
    """All ``claims`` in one frame spanning their dates (uncertain when one of them has none)."""
    spans = [claim_interval(c, ctx) for c in claims]
    dated = [iv for iv in spans if iv is not None]
    if not dated:
        return Frame(list(claims), None, None, True)
    return Frame(list(claims), min(iv[0] for iv in dated), max(iv[1] for iv in dated), len(dated) < len(spans))


def split_frames(claims: Sequence[Claim], ctx: CompareContext, agrees: Callable[[Claim, Claim], bool]) -> list[Frame]:
    """Frames of ``claims`` in time order (undated-only claims give one uncertain frame).

    Dated claims are clustered first. A look-back claim (open interval) then joins the frame that
    agrees with it among those that started before its bound, else the latest of those, else a frame of
    its own. Undated claims join the frame they agree with, else the largest. A property that cannot
    change between reports (:func:`_fixed`) is one frame whatever the dates: "the 12-storey tower" of a
    report of the collapse and "the 13-storey tower" of a report two weeks on are one building.
    """
    if _fixed(claims):
        return [_one_frame(claims, ctx)]
    dated: list[tuple[dt.date, dt.date, Claim]] = []
    open_ended: list[tuple[dt.date, Claim]] = []
    undated: list[Claim] = []
    for c in claims:
        iv = claim_interval(c, ctx)
        if iv is None:
            undated.append(c)
        elif iv[0] == _FAR_PAST:
            open_ended.append((iv[1], c))
        else:
            dated.append((iv[0], iv[1], c))
    dated.sort(key=lambda t: (t[0], t[1], t[2].source_id, t[2].id))
    frames: list[Frame] = []
    gap = dt.timedelta(days=CHANGING_FRAME_GAP_DAYS if claims and claims[0].changes_over_time else FRAME_GAP_DAYS)
    if claims and claims[0].compare_as == CompareAs.TIME:
        gap = dt.timedelta(days=TIME_FRAME_GAP_DAYS)
    for start, end, c in dated:
        last = frames[-1] if frames else None
        if last is not None and last.end is not None and start <= last.end + gap:
            last.claims.append(c)
            last.end = max(last.end, end)
        else:
            frames.append(Frame([c], start, end, False))
    for bound, c in sorted(open_ended, key=lambda t: (t[0], t[1].id)):
        earlier = [f for f in frames if f.start is not None and f.start <= bound]
        target = next((f for f in reversed(earlier) if any(agrees(c, o) for o in f.claims)), None)
        if target is None and earlier:
            target = earlier[-1]
        if target is None:
            frames.append(Frame([c], _FAR_PAST, bound, True))
            frames.sort(key=lambda f: (f.start or _FAR_PAST, f.end or _FAR_PAST))
        else:
            target.claims.append(c)
            target.uncertain = True
    if not undated:
        return frames
    if not frames:
        return [Frame(list(undated), None, None, True)]
    own_news: Frame | None = None
    for c in undated:
        target = next((f for f in frames if any(agrees(c, o) for o in f.claims)), None)
        if target is None:
            # An undated claim about its article's own news never joins a frame made only of
            # look-backs ("they last met in Oslo in 2023"): it is the other event of the comparison.
            candidates = [f for f in frames if not c.event.anchored_to_publication or _has_own_news(f)]
            target = max(candidates, key=lambda f: len(f.claims)) if candidates else own_news
        if target is None:
            own_news = target = Frame([], None, None, True)
            frames.append(own_news)
        target.claims.append(c)
        target.uncertain = True
    return frames


def _has_own_news(frame: Frame) -> bool:
    return any(c.event.anchored_to_publication for c in frame.claims)


def _placed_by_publication_only(frame: Frame) -> bool:
    """Every claim of the frame is placed in time by its article's publication date alone: no date or
    year in its sentence, no look-back, and its article is dated."""
    return frame.start is not None and all(
        c.event.anchored_to_publication and c.event.date is None and c.event.year is None for c in frame.claims
    )


def _value(c: Claim) -> tuple[str, str | None]:
    """A value as a disagreement is told by (its figure and unit; "about 100" and "100" are one)."""
    return (c.normalized.key, c.normalized.unit)


def _disagreements(claims: Sequence[Claim], agrees: Callable[[Claim, Claim], bool]) -> set[frozenset[object]]:
    return {
        frozenset((_value(a), _value(b))) for i, a in enumerate(claims) for b in claims[i + 1 :] if not agrees(a, b)
    }


def _retells(later: Frame, earlier: Frame, agrees: Callable[[Claim, Claim], bool]) -> bool:
    """Whether two consecutive frames, placed by publication dates alone, tell one fact: all their
    claims agree; or, for a figure that does not change over time, every claim of one agrees with some
    claim of the other (a later article repeats one of the earlier figures) and every value pair that
    disagrees across them already disagrees inside one of them (so the merge makes no new conflict)."""
    if not (_placed_by_publication_only(earlier) and _placed_by_publication_only(later)):
        return False
    if all(agrees(a, b) for a in earlier.claims for b in later.claims):
        return True
    if any(c.changes_over_time for c in [*earlier.claims, *later.claims]):
        return False  # a toll told again lower weeks later would read as a fall, not a retelling
    if not any(
        all(any(agrees(a, b) for b in y.claims) for a in x.claims) for x, y in ((later, earlier), (earlier, later))
    ):
        return False
    known = _disagreements(earlier.claims, agrees) | _disagreements(later.claims, agrees)
    return all(
        frozenset((_value(a), _value(b))) in known for a in earlier.claims for b in later.claims if not agrees(a, b)
    )


def merge_retold(frames: list[Frame], agrees: Callable[[Claim, Claim], bool]) -> list[Frame]:
    """Consecutive frames set apart only by when their articles were published, one of which retells
    the other (:func:`_retells`), made one: a fact told again in a later week's article ("the crowd of
    100,000", "the 12-storey building") with nothing in the text that says another event. Frames with a
    value of their own stay apart (the split is what keeps a later event's figure from being a
    conflict); frames placed by a date in the text are other events and stay apart too."""
    out: list[Frame] = []
    for f in frames:
        last = out[-1] if out else None
        if last is not None and _retells(f, last, agrees):
            ends = [d for d in (last.end, f.end) if d is not None]
            out[-1] = Frame([*last.claims, *f.claims], last.start, max(ends), last.uncertain or f.uncertain)
            continue
        out.append(f)
    return out


def split_instances(
    claims: Sequence[Claim], ctx: CompareContext, agrees: Callable[[Claim, Claim], bool]
) -> list[Frame]:
    """The frames of ``claims`` (:func:`split_frames`, then :func:`merge_retold`), first split by the
    event of a series they name when they name two or more different ones; the claims that name none
    are framed apart too (they may be of either instance). With one instance or none the claims are
    framed together: an instance on one side only is a one-sided qualifier
    (``factcheck.compare.sameness``), not another event."""
    parts: dict[str | None, list[Claim]] = {}
    for c in claims:
        parts.setdefault(c.qualifiers.instance, []).append(c)
    if len([k for k in parts if k is not None]) < 2:
        return merge_retold(split_frames(claims, ctx, agrees), agrees)
    frames: list[Frame] = []
    for key in sorted(parts, key=lambda k: (k is None, k or "")):
        for f in merge_retold(split_frames(parts[key], ctx, agrees), agrees):
            f.instance = key
            frames.append(f)
    return frames
