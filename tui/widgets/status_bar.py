"""The status line: store path, counts and the active filter."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

from store import counted, sanitize

PATH_LEAST = 12  # cells a store path keeps when the line is short of room (…/news.json)


def _short_path(path: Path | str, limit: int = 48) -> str:
    # A folder name may hold an escape sequence: shown cleaned, like article text.
    text = sanitize(str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
    home = str(Path.home())
    if text.startswith(home + "/"):
        text = "~" + text[len(home):]
    return text if len(text) <= limit else "…" + text[-(limit - 1):]


class StatusBar(Static):
    """One line, built from plain Text (paths and queries are never markup)."""

    _last: tuple | None = None

    def update_status(
        self, path: Path | str, articles: int, facts: int, filters: list[str], note: str = ""
    ) -> None:
        self._last = (path, articles, facts, filters, note)
        rest = f"  {counted(articles, 'article')} · {counted(facts, 'fact')}"
        shown = " · ".join(filters)
        # The path gives way first: on an 80-column line a long one pushed the
        # search's filter and its count of matches off the end.
        room = self.content_region.width if self.is_mounted else 0
        search = cell_len("  filter: " + shown) if filters else 0
        used = cell_len(note) + 2 * bool(note) + cell_len(rest) + search
        if room and filters and used + PATH_LEAST > room:
            # Then the store's totals give way: the search and its count of
            # matches are what the line is read for (a search of a dozen
            # characters went to a second line no one sees, "filter:" left
            # alone at the end).
            used -= cell_len(rest)
            rest = ""
        limit = max(PATH_LEAST, min(48, room - used)) if room else 48
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        if note:  # first: a long path or search would push it off an 80-column line
            text.append(note, style="bold reverse")
            text.append("  ")
        text.append(_short_path(path, limit), style="bold")
        text.append(rest)
        if filters:
            text.append("  filter: ", style="italic")  # dim read at 2–3:1
            text.append(shown)
        self.update(text)

    def on_resize(self) -> None:
        if self._last is not None:
            self.update_status(*self._last)
