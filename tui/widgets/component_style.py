"""A component class's own style, in the colours it is drawn with.

Textual's partial component style (the one a widget lays over its own
background, a cursor or a highlight) keeps a colour as declared: an auto
or translucent colour such as ``$text`` or ``$text-muted`` comes out
unblended, which is white whatever the theme, so white on light grey in
``textual-light``.  The full style blends it against the widget's
background; this takes the colours from there and the rest (bold, italic,
underline, reverse) from the partial style.
"""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


def component_style(widget: Widget, name: str) -> Style:
    """``name``'s style for laying over a row: its colour and background
    only where it sets them, each as the theme resolves it."""
    partial = widget.get_component_rich_style(name, partial=True)
    if partial.color is None and partial.bgcolor is None:
        return partial
    full = widget.get_component_rich_style(name)
    return partial + Style(color=full.color if partial.color is not None else None,
                           bgcolor=full.bgcolor if partial.bgcolor is not None else None)
