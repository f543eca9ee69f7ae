"""Charts as inline SVG, drawn on the server: no JavaScript, nothing to download.

Each chart is an ``<svg role="img">`` with a ``<title>`` and a ``<desc>`` (the sentence
shown next to it), so a screen reader reads the same text a sighted reader sees.
Hidden figures are never drawn as zero: the row says "niet getoond".
"""

from __future__ import annotations

import itertools
import math
import textwrap
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from stemsync_portal import fmt

WIDTH = 680
FONT = 16
SMALL = 14
INK = "#1b1b1b"
MUTED = "#595959"
GRID = "#d0d0d0"
MAIN = "#00607a"
# Okabe-Ito: distinguishable with colour blindness
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
ROLE_COLORS = {"ouder": "#0072B2", "jong": "#D55E00", "prof": "#009E73", "alle": MAIN, "onbekend": "#777777"}


@dataclass
class Bar:
    """One bar: ``value`` None means not shown (privacy)."""

    label: str
    value: float | None
    text: str = ""
    color: str = MAIN


@dataclass
class BarGroup:
    """Bars under one heading (e.g. a theme with a bar per role); label None: no heading."""

    label: str | None
    bars: list[Bar] = field(default_factory=list)


@dataclass
class Series:
    """One line in a line chart; ``values`` align with the chart's periods (None: not shown)."""

    label: str
    values: list[float | None]
    color: str = MAIN
    intervals: list[tuple[float, float] | None] = field(default_factory=list)  # 95 % interval per value


def _ticks(vmin: float, vmax: float) -> list[float]:
    span = vmax - vmin
    if span <= 10:
        step = 1
    else:
        step = 10 ** math.floor(math.log10(span))
        if span / step < 4:
            step /= 2
        step = max(step, 1)
        if span / step > 10:
            step *= 2
    ticks, t = [], vmin
    while t <= vmax + 1e-9:
        ticks.append(round(t, 6))
        t += step
    return ticks


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, break_long_words=True) or [""]


def _text(x: float, y: float, content: str, size: int = FONT, anchor: str = "start", fill: str = INK,
          weight: str = "normal", italic: bool = False, extra: str = "") -> str:
    style = ' font-style="italic"' if italic else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" fill="{fill}" '
            f'font-weight="{weight}"{style}{extra}>{escape(content)}</text>')


def _svg(chart_id: str, title: str, desc: str, height: float, body: list[str]) -> Markup:
    head = (f'<svg class="chart" id="{escape(chart_id)}" role="img" viewBox="0 0 {WIDTH} {height:.0f}" '
            f'width="{WIDTH}" height="{height:.0f}" preserveAspectRatio="xMinYMin meet" '
            f'aria-labelledby="{escape(chart_id)}-t {escape(chart_id)}-d" xmlns="http://www.w3.org/2000/svg" '
            f'font-family="inherit">')
    meta = f'<title id="{escape(chart_id)}-t">{escape(title)}</title><desc id="{escape(chart_id)}-d">{escape(desc)}</desc>'
    return Markup(head + meta + "".join(body) + "</svg>")


def bar_chart(chart_id: str, groups: list[BarGroup], vmin: float, vmax: float, title: str, desc: str,
              label_width: int = 250, percent: bool = False) -> Markup:
    """Horizontal bars from ``vmin`` to each value, grouped under optional headings.

    Long labels wrap over several lines. A bar whose value is None gets the text
    "niet getoond" instead of a bar.
    """
    chars = max(12, int(label_width / (FONT * 0.52)))
    x0, x1 = label_width + 10, WIDTH - 70
    scale = (x1 - x0) / ((vmax - vmin) or 1)
    ticks = _ticks(vmin, vmax) if not percent else [0, 25, 50, 75, 100]
    body: list[str] = []
    y = 26.0
    for t in ticks:
        x = x0 + (t - vmin) * scale
        body.append(_text(x, 18, fmt.number(t, 0) + ("%" if percent else ""), SMALL, "middle", MUTED))
    top = y
    for group in groups:
        if group.label:
            lines = _wrap(group.label, int((WIDTH - 10) / (FONT * 0.55)))
            for i, line in enumerate(lines):
                body.append(_text(4, y + 18 + i * 19, line, FONT, weight="bold"))
            y += 8 + 19 * len(lines)
        for bar in group.bars:
            lines = _wrap(bar.label, chars)
            row = max(34, 19 * len(lines) + 12)
            mid = y + row / 2
            for i, line in enumerate(lines):
                body.append(_text(label_width, mid - (len(lines) - 1) * 9.5 + i * 19 + 5, line, FONT, "end"))
            if bar.value is None:
                body.append(_text(x0 + 6, mid + 5, bar.text or fmt.hidden_short(), SMALL, fill=MUTED, italic=True))
            else:
                w = max(2.0, (min(bar.value, vmax) - vmin) * scale)
                body.append(f'<rect class="bar" x="{x0:.1f}" y="{mid - 11:.1f}" width="{w:.1f}" height="22" '
                            f'fill="{bar.color}" rx="2"><title>{escape(bar.label)}: {escape(bar.text)}</title></rect>')
                body.append(_text(x0 + w + 6, mid + 6, bar.text, FONT, weight="bold"))
            y += row
        y += 6
    grid = [f'<line x1="{x0 + (t - vmin) * scale:.1f}" y1="{top - 2:.1f}" x2="{x0 + (t - vmin) * scale:.1f}" '
            f'y2="{y:.1f}" stroke="{GRID}" stroke-width="1"/>' for t in ticks]
    return _svg(chart_id, title, desc, y + 6, grid + body)


def line_chart(chart_id: str, periods: list[str], series: list[Series], vmin: float, vmax: float, title: str,
               desc: str, value_labels: bool | None = None) -> Markup:
    """Means over periods: a point per shown value, lines between them (dashed across a
    period that is not shown). Values are written above the points for a single line."""
    height = 300
    left, right, top, bottom = 40, WIDTH - 24, 28, height - 58
    pad = 26  # keeps the first and last value labels clear of the axis
    value_labels = len(series) == 1 if value_labels is None else value_labels
    n = len(periods)
    step = (right - left - 2 * pad) / max(n - 1, 1)
    xs = [left + pad + i * step if n > 1 else (left + right) / 2 for i in range(n)]
    scale = (bottom - top) / ((vmax - vmin) or 1)

    def y_of(v: float) -> float:
        return bottom - (v - vmin) * scale

    body: list[str] = []
    for t in _ticks(vmin, vmax):
        body.append(f'<line x1="{left}" y1="{y_of(t):.1f}" x2="{right}" y2="{y_of(t):.1f}" stroke="{GRID}"/>')
        body.append(_text(left - 8, y_of(t) + 5, fmt.number(t, 0), SMALL, "end", MUTED))
    every = max(1, math.ceil(n / 8))
    for i, period in enumerate(periods):
        if i % every and i != n - 1:
            continue
        first, second = fmt.period_short(period)
        body.append(_text(xs[i], bottom + 22, first, SMALL, "middle", MUTED))
        body.append(_text(xs[i], bottom + 40, second, SMALL, "middle", MUTED))
    for s in series:
        shown = [(i, v) for i, v in enumerate(s.values) if v is not None]
        for (i, v), (j, w) in itertools.pairwise(shown):
            dash = ' stroke-dasharray="6 5"' if j != i + 1 else ""
            body.append(f'<line class="trend-line" x1="{xs[i]:.1f}" y1="{y_of(v):.1f}" x2="{xs[j]:.1f}" '
                        f'y2="{y_of(w):.1f}" stroke="{s.color}" stroke-width="3"{dash}/>')
        for i, v in shown:
            band = s.intervals[i] if i < len(s.intervals) else None
            if band is not None:  # whiskers: how far the mean may swing by chance
                lo_y, hi_y = y_of(max(band[0], vmin)), y_of(min(band[1], vmax))
                x = xs[i] + (0 if len(series) == 1 else (series.index(s) - (len(series) - 1) / 2) * 5)
                body.append(f'<path class="whisker" d="M{x:.1f} {lo_y:.1f}V{hi_y:.1f}M{x - 6:.1f} {lo_y:.1f}'
                            f'h12M{x - 6:.1f} {hi_y:.1f}h12" stroke="{s.color}" stroke-width="1.5" fill="none" '
                            f'opacity="0.8" aria-hidden="true"/>')
        for i, v in shown:
            body.append(f'<circle class="point" cx="{xs[i]:.1f}" cy="{y_of(v):.1f}" r="6" fill="{s.color}" '
                        f'stroke="#fff" stroke-width="2"><title>{escape(s.label)}, '
                        f'{escape(fmt.period_label(periods[i]))}: {fmt.number(v)}</title></circle>')
            if value_labels:
                beside = i < len(s.intervals) and s.intervals[i] is not None  # clear of the whiskers
                body.append(_text(xs[i] + 10, y_of(v) - 6, fmt.number(v), SMALL + 1, "start", INK, "bold")
                            if beside else _text(xs[i], y_of(v) - 12, fmt.number(v), SMALL + 1, "middle", INK, "bold"))
        for i, v in enumerate(s.values):
            if v is None and len(series) == 1:
                body.append(_text(xs[i], bottom - 6, "–", SMALL, "middle", MUTED,
                                  extra=' aria-hidden="true"'))
    return _svg(chart_id, title, desc, height, body)
