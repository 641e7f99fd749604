"""A bar chart of one indicator over time, drawn with block characters.

One line per distinct figure in time order: the period, a bar as long as
the value is large against the largest, the value with its unit and its
source (or how many sources give it).  The
bars are characters, not colours, so the chart reads the same in a 80×24
terminal and with NO_COLOR; figures of the same period from different
sources sit one under the other, so a disagreement shows as bars of
different length.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

from tui.citation import period_words

_EIGHTHS = " ▏▎▍▌▋▊▉█"


def bar(fraction: float, width: int) -> str:
    """A bar ``fraction`` (0..1) of ``width`` cells, in eighths of a cell."""
    eighths = max(0, min(width * 8, round(fraction * width * 8)))
    full, part = divmod(eighths, 8)
    return ("█" * full + (_EIGHTHS[part] if part else "")).ljust(width)


def _magnitude(row: dict[str, Any]) -> Decimal:
    value = row.get("value")
    return abs(Decimal(str(value))) if isinstance(value, (int, float)) else Decimal(0)


def _distinct(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One point per period and value, counting the sources that give it
    (``sources``), in the rows' order."""
    seen: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        key = (row["period"], row["value"], row.get("value_high"), row.get("qualifier"))
        if key in seen:
            seen[key]["sources"] += 1
        else:
            seen[key] = {**row, "sources": 1}
    return list(seen.values())


def _spread(points: list[dict[str, Any]], lines: int) -> list[dict[str, Any]]:
    """At most ``lines`` points, evenly spread, the first and last kept."""
    if len(points) <= lines or lines < 2:
        return points[:max(lines, 1)]
    step = (len(points) - 1) / (lines - 1)
    return [points[round(i * step)] for i in range(lines)]


def chart_lines(rows: Sequence[dict[str, Any]], width: int, label: Any, height: int = 1000) -> list[Text]:
    """The chart's lines for ``rows`` (each with period and value) in
    ``width`` cells and at most ``height`` lines (a longer series is drawn
    at evenly spread figures, and says so); ``label(row)`` gives the text
    after each bar."""
    every = _distinct([r for r in rows if r.get("period") and isinstance(r.get("value"), (int, float))])
    if not every:
        return [Text("No figure of this indicator has a period: nothing to draw over time.")]
    points = _spread(every, height - 1 if len(every) > height else height)
    top = max(_magnitude(r) for r in points) or Decimal(1)
    periods = [period_words(r["period"]) for r in points]  # as the table and the copy say them: 2024年三季度
    period_cells = max(cell_len(p) for p in periods)
    labels = [label(r) for r in points]
    label_cells = min(max(cell_len(s) for s in labels), max(12, width // 2))
    bar_cells = max(4, width - period_cells - label_cells - 4)
    lines = []
    for row, period, text in zip(points, periods, labels):
        sign = "−" if (row.get("value") or 0) < 0 else " "
        fraction = float(_magnitude(row) / top)
        line = Text(period + " " * (period_cells - cell_len(period)) + " " + sign)  # in cells: 年 takes two
        line.append(bar(fraction, bar_cells), style="bold")
        line.append(" " + text)
        line.truncate(width, overflow="ellipsis")
        lines.append(line)
    if len(points) < len(every):
        lines.append(Text(f"({len(points)} of {len(every)} distinct figures drawn, spread over time; all in the table)",
                          style="dim"))
    return lines


class SeriesChart(Static):
    """The chart of a series; redrawn to the width it is given."""

    DEFAULT_CSS = """
    SeriesChart { height: auto; padding: 0 1; }
    """

    def __init__(self, label: Any, **kwargs: Any) -> None:
        super().__init__("", **kwargs)
        self._label = label
        self._rows: list[dict[str, Any]] = []

    def show(self, rows: Sequence[dict[str, Any]]) -> None:
        self._rows = list(rows)
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        width = max(20, self.size.width - 2 if self.size.width else 76)
        height = max(3, self.app.size.height * 2 // 5)  # the table keeps the rest of the screen
        lines = chart_lines(self._rows, width, self._label, height)
        self.update(Text("\n").join(lines))
