"""A figure's series drawn as a small inline SVG timeline for the HTML report.

Value against time: one mark per source of each point (sources stating one value at one time sit side
by side), a line through the points in order, revised points drawn hollow. Points of unknown time are
spaced evenly in series order. Every piece of text is escaped; the drawing needs no script, font or
file from outside the page.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Sequence

from factcheck.models import Finding, SeriesPoint

__all__ = ["series_svg"]

WIDTH, HEIGHT = 420, 130
# Room for the value labels on the left and the date labels below the plot.
LEFT, RIGHT, TOP, BOTTOM = 118, 16, 14, 30
# Longer value labels are cut (the caption under the drawing has them in full).
LABEL_CHARS = 18
MARK_RADIUS = 4.5
# Horizontal distance between the marks of the sources of one point.
MARK_SPREAD = 10.0
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _number(value: str) -> float | None:
    m = _NUMBER.search(value.replace(",", ""))
    return float(m.group()) if m else None


def _instant(as_of: str | None) -> float | None:
    """Seconds since the epoch of an ISO date or date-time (naive times read as UTC)."""
    if as_of is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(as_of)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.timestamp()


def _scale(values: Sequence[float], low: float, high: float) -> list[float]:
    lo, hi = min(values), max(values)
    if hi == lo:
        return [(low + high) / 2 for _ in values]
    return [low + (v - lo) / (hi - lo) * (high - low) for v in values]


def _xs(points: Sequence[SeriesPoint]) -> list[float]:
    times = [_instant(p.as_of) for p in points]
    known = [t for t in times if t is not None]
    if len(known) == len(points) and len(set(known)) > 1:
        return _scale(known, LEFT + MARK_SPREAD, WIDTH - RIGHT - MARK_SPREAD)
    return _scale([float(i) for i in range(len(points))], LEFT + MARK_SPREAD, WIDTH - RIGHT - MARK_SPREAD)


def _ys(points: Sequence[SeriesPoint]) -> list[float]:
    numbers = [_number(p.value) for p in points]
    values = [n if n is not None else float(i) for i, n in enumerate(numbers)]
    # Larger values higher up: SVG's y grows downwards.
    return _scale(values, HEIGHT - BOTTOM - MARK_RADIUS, TOP + MARK_RADIUS)


def _marks(point: SeriesPoint, x: float, y: float) -> list[str]:
    n = len(point.sources)
    out = []
    for k, source in enumerate(point.sources):
        cx = x + (k - (n - 1) / 2) * MARK_SPREAD
        revised = " revised" if point.revised else ""
        label = f"{point.display}{' (revised)' if point.revised else ''} — {point.as_of or 'time unknown'} — {source}"
        out.append(
            f'<circle class="series-mark{revised}" data-source="{_e(source)}" data-value="{_e(point.value)}" '
            f'cx="{cx:.1f}" cy="{y:.1f}" r="{MARK_RADIUS}"><title>{_e(label)}</title></circle>'
        )
    return out


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _labels(points: Sequence[SeriesPoint], ys: Sequence[float]) -> list[str]:
    top = min(range(len(points)), key=lambda i: ys[i])
    bottom = max(range(len(points)), key=lambda i: ys[i])
    rows = {top, bottom}
    out = [
        f'<text class="series-value" x="{LEFT - 8}" y="{ys[i] + 4:.1f}" text-anchor="end">'
        f"{_e(_short(points[i].display))}</text>"
        for i in sorted(rows)
    ]
    first, last = points[0].as_of or "time unknown", points[-1].as_of or "time unknown"
    base = HEIGHT - 8
    out.append(f'<text class="series-time" x="{LEFT}" y="{base}" text-anchor="start">{_e(first)}</text>')
    if len(points) > 1:
        out.append(f'<text class="series-time" x="{WIDTH - RIGHT}" y="{base}" text-anchor="end">{_e(last)}</text>')
    return out


def series_svg(f: Finding) -> str:
    """The finding's series as an inline ``<svg>`` element, or '' when it has none."""
    points = f.series or ()
    if not points:
        return ""
    xs, ys = _xs(points), _ys(points)
    summary = "; ".join(f"{p.display} ({p.as_of or 'time unknown'}: {', '.join(p.sources)})" for p in points)
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in zip(xs, ys, strict=True))
    parts = [
        f'<svg class="series" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{_e(f"{f.attribute} over time: {summary}")}">',
        f'<line class="series-axis" x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - RIGHT}" y2="{HEIGHT - BOTTOM}"/>',
        f'<line class="series-axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{HEIGHT - BOTTOM}"/>',
        f'<polyline class="series-line" points="{line}"/>',
        *_labels(points, ys),
    ]
    for p, x, y in zip(points, xs, ys, strict=True):
        parts += _marks(p, x, y)
    parts.append("</svg>")
    return "\n".join(parts)
