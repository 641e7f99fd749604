"""The status line: store path, counts and the active filter."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import Static

from store import counted, sanitize


def _short_path(path: Path | str, limit: int = 48) -> str:
    # A folder name may hold an escape sequence: shown cleaned, like article text.
    text = sanitize(str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
    home = str(Path.home())
    if text.startswith(home + "/"):
        text = "~" + text[len(home):]
    return text if len(text) <= limit else "…" + text[-(limit - 1):]


class StatusBar(Static):
    """One line, built from plain Text (paths and queries are never markup)."""

    def update_status(
        self, path: Path | str, articles: int, facts: int, filters: list[str], note: str = ""
    ) -> None:
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        if note:  # first: a long path or search would push it off an 80-column line
            text.append(note, style="bold reverse")
            text.append("  ")
        text.append(_short_path(path), style="bold")
        text.append(f"  {counted(articles, 'article')} · {counted(facts, 'fact')}")
        if filters:
            text.append("  filter: ", style="dim")
            text.append(" · ".join(filters))
        self.update(text)
