"""A `Chart` as people see it on each platform: a PNG picture, or a line of block characters.

The PNG is drawn with matplotlib (its object-oriented `Figure`, no global pyplot state), which
is imported only when a picture is drawn: about 0.9 s and 70 MB the first time in a process,
then about 50 ms a picture (measured on the 2-core machine of docs/benchmarks.md). Adapters
draw it in a worker thread, so the event loop goes on meanwhile.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from bot.core.messages import Chart, Series

BLOCKS = "▁▂▃▄▅▆▇█"
PNG_SIZE = (6.4, 2.2)  # inches per line of the chart, at PNG_DPI
PNG_DPI = 100


def sparkline(series: Series) -> str:
    """The line's values as block characters from `low` (▁) to `high` (█): "▅▅▁"."""
    span = (series.high - series.low) or 1.0
    top = len(BLOCKS) - 1
    return "".join(
        BLOCKS[max(0, min(top, round((value - series.low) / span * top)))]
        for _, value in series.points
    )


def as_text(chart: Chart) -> str:
    """The chart for a terminal: its title, then each line as "label  ▅▅▁  (first → last)"."""
    rows = [chart.title]
    for series in chart.series:
        first, last = series.points[0][1], series.points[-1][1]
        rows.append(f"  {series.label}  {sparkline(series)}  ({first:g} → {last:g})")
    return "\n".join(rows)


def png(chart: Chart) -> bytes:
    """The chart as a PNG: one panel per line, the dates along the bottom, each line on its
    own scale from `low` to `high`. Blocking (run it in a thread)."""
    import matplotlib  # heavy, and only needed when a picture is drawn

    matplotlib.use("Agg")
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure

    width, height = PNG_SIZE
    figure = Figure(figsize=(width, height * len(chart.series) + 0.4), dpi=PNG_DPI)
    figure.suptitle(chart.title)
    axes = figure.subplots(len(chart.series), 1, squeeze=False)[:, 0]
    for ax, series in zip(axes, chart.series, strict=True):
        days = [datetime.fromtimestamp(t, UTC) for t, _ in series.points]
        ax.plot(days, [v for _, v in series.points], marker="o", color="#2b6c8f")
        ax.set_title(series.label, fontsize="medium", loc="left")
        ax.set_ylim(series.low - 0.3, series.high + 0.3)
        locator = AutoDateLocator()  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
        ax.grid(alpha=0.3)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
