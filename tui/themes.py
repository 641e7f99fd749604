"""Textual's light themes with footer keys that read.

textual-light draws the footer's keys (``?``, ``/``, ``c`` …, the first
thing a new user reads) in #0178D4 on #D0D0D0: a contrast of 2.9:1, under
the 4.5:1 text needs; catppuccin-latte (1.9), rose-pine-dawn (2.4) and
atom-one-light (1.8) are fainter still.  Such a theme is registered again
under its own name with the keys in its ``text-primary`` (primary made
readable on the background), when that reads at least 4.5:1 on the footer.
Themes whose keys already read, and the dark ones, are left as they are.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App
    from textual.color import Color

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


def readable_footer_keys(app: App[object]) -> None:
    """Register the light themes whose footer keys are too faint again, with readable keys."""
    from textual.color import Color, ColorParseError
    from textual.theme import BUILTIN_THEMES

    for theme in BUILTIN_THEMES.values():
        if theme.dark:
            continue
        colors = theme.to_color_system().generate()
        try:
            key, footer, text = (Color.parse(colors[name]) for name in
                                 ("footer-key-foreground", "footer-background", "text-primary"))
        except (KeyError, ColorParseError):  # the ANSI themes: the terminal's own colours
            continue
        if contrast(key, footer) >= READABLE or contrast(text, footer) < READABLE:
            continue
        variables = {**theme.variables, "footer-key-foreground": colors["text-primary"]}
        app.register_theme(dataclasses.replace(theme, variables=variables))
