"""Textual's themes with footer keys and a cursor row that read.

textual-light draws the footer's keys (``?``, ``/``, ``c`` …, the first
thing a new user reads) in #0178D4 on #D0D0D0: a contrast of 2.9:1, under
the 4.5:1 text needs; catppuccin-latte (1.9), rose-pine-dawn (2.4) and
atom-one-light (1.8) are fainter still.  Such a theme is handed out (the
app's ``get_theme``: ``readable(theme)``, under the same name) with the keys
in its ``text-primary`` (primary made readable on the background), when that
reads at least 4.5:1 on the footer.
Themes whose keys already read, and the dark ones, are left as they are.

The block cursor (the facts table's highlighted row, the series and
conflicts tables') is drawn in a foreground that reads on it (4.5:1) where
the theme's does not: gruvbox's #fbf1c7 on #85A598 read at 2.4:1,
solarized's at 3.2, atom-one-light's 3.5, textual-dark's 3.8, catppuccin-
latte's 4.5 — the theme's own colour made opaque when that reads, else black
or white.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.color import Color
    from textual.theme import Theme

READABLE = 4.5  # WCAG's contrast for text


def contrast(first: Color, second: Color) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    def luminance(color: Color) -> float:
        def channel(value: int) -> float:
            v = value / 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _cursor_text(colors: dict[str, str]) -> str | None:
    """A foreground for the block cursor (the facts table's highlighted row)
    that reads on it, when the theme's own does not: its own choice made
    opaque (textual-dark's white, 3.8:1 at 87 %, 4.5 whole), else black or
    white, the better.  None when the theme's reads already."""
    from textual.color import Color

    back = Color.parse(colors["background"]) + Color.parse(colors["block-cursor-background"])
    written = colors["block-cursor-foreground"]
    own = back.get_contrast_text(1.0) if written.startswith("auto") else Color.parse(written)
    shown = back + (back.get_contrast_text(float(written.split()[1].rstrip("%")) / 100)
                    if written.startswith("auto ") else own)
    if contrast(shown, back) >= READABLE:
        return None
    black, white = Color(0, 0, 0), Color(255, 255, 255)
    for candidate in (own.with_alpha(1.0), max((black, white), key=lambda c: contrast(c, back))):
        if contrast(back + candidate, back) >= READABLE:
            return candidate.hex
    return None


_READABLE: dict[str, tuple[Theme, Theme]] = {}  # name -> (the theme, its readable version)


def readable(theme: Theme) -> Theme:
    """``theme``, or a copy whose footer keys or cursor row read where its
    own are too faint; worked out once per theme, when it is first used (a
    theme's colour system takes a millisecond or so: all of them at start
    would cost the first screen some 10–25 ms)."""
    from textual.color import Color, ColorParseError

    known = _READABLE.get(theme.name)
    if known is not None and known[0] is theme:
        return known[1]
    result = theme
    if not theme.name.startswith("ansi"):  # the terminal's own colours
        colors = theme.to_color_system().generate()
        variables = dict(theme.variables)
        try:
            if not theme.dark:
                key, footer, text = (Color.parse(colors[name]) for name in
                                     ("footer-key-foreground", "footer-background", "text-primary"))
                if contrast(key, footer) < READABLE <= contrast(text, footer):
                    variables["footer-key-foreground"] = colors["text-primary"]
            if cursor := _cursor_text(colors):
                variables["block-cursor-foreground"] = cursor
        except (KeyError, ColorParseError, ValueError, IndexError):
            variables = dict(theme.variables)
        if variables != theme.variables:
            result = dataclasses.replace(theme, variables=variables)
    _READABLE[theme.name] = (theme, result)
    return result
