"""The search bar: debounced queries, escape clears, enter opens the best match.

It takes at most MAX_QUERY_CHARS characters (the query language's limit):
past it a key or the rest of a paste is refused and a toast says so; a
huge paste would otherwise cost a search and a redraw of the whole text
on every character."""

from __future__ import annotations

import time
from typing import Any, ClassVar

from textual import events
from textual.binding import BindingType
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input

from store import MAX_QUERY_CHARS
from tui import keys
from tui.notes import say
from tui.widgets.ordered_input import OrderedInput

DEBOUNCE = 0.15  # seconds of quiet typing before a search runs
RESTRICTED_QUIET = 2.0  # seconds without refused keys before a refused key is said again


class SearchBar(OrderedInput):
    """Type to filter articles and facts; results arrive from a worker."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("search")

    class TextChanged(Message):
        """The search text settled (after the debounce) or was cleared."""

        def __init__(self, text: str) -> None:
            self.text = text
            super().__init__()

    class OpenBest(Message):
        """Enter: open the best-ranked article."""

    class Leave(Message):
        """Focus should go back to the panes."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            placeholder="/ search — 产量, changshou, kind:money >1亿 …",
            max_length=MAX_QUERY_CHARS,
            **kwargs,
        )
        self._timer: Timer | None = None
        self.last_text = ""
        self._restricted_at = -RESTRICTED_QUIET

    def restricted(self) -> None:
        """A key past the limit: said, not just a bell — once for a burst
        (a paste a terminal sends as keys is thousands of them)."""
        now = time.monotonic()
        if now - self._restricted_at > RESTRICTED_QUIET:
            self.app.bell()
            say(self, "search-limit", f"A query holds at most {MAX_QUERY_CHARS:,} characters: the rest was not taken.",
                severity="warning", timeout=4)
        self._restricted_at = now

    def _on_paste(self, event: events.Paste) -> None:
        """A paste takes its first line, as far as the limit lets it (the
        rest refused and said so), instead of being refused whole."""
        line = event.text.splitlines()[0] if event.text else ""
        start, end = sorted(self.selection)
        room = MAX_QUERY_CHARS - (len(self.value) - (end - start))
        if line:
            self.replace(line[:max(0, room)], start, end)
        if len(line) > room:
            self.restricted()
        event.stop()
        event.prevent_default()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, self._settle)

    def _settle(self) -> None:
        self._timer = None
        text = self.value.strip()
        if text != self.last_text:
            self.last_text = text
            self.post_message(self.TextChanged(text))

    def flush(self) -> None:
        """Run a pending search now (enter should not wait for the debounce)."""
        if self._timer is not None:
            self._timer.stop()
            self._settle()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.flush()
        self.post_message(self.OpenBest())

    def action_clear_search(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.value = ""
        if self.last_text:
            self.last_text = ""
            self.post_message(self.TextChanged(""))
        self.post_message(self.Leave())

    def action_leave(self) -> None:
        self.post_message(self.Leave())
