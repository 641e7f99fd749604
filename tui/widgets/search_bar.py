"""The search bar: debounced queries, escape clears, enter opens the best match."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.binding import BindingType
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input

from tui import keys

DEBOUNCE = 0.15  # seconds of quiet typing before a search runs


class SearchBar(Input):
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
            **kwargs,
        )
        self._timer: Timer | None = None
        self.last_text = ""

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
