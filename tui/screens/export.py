"""The export dialog: pick CSV, JSON or Markdown."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

from tui import keys


class ExportScreen(ModalScreen[str | None]):
    """Returns "csv", "json", "md" or None (cancelled)."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("export")

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog") as box:
            box.border_title = "Export facts"
            yield Label(f"Export {self.what} to the current directory as:", markup=False)
            with Horizontal(id="export-buttons"):
                yield Button("CSV (c)", id="csv", variant="primary")
                yield Button("JSON (j)", id="json")
                yield Button("Markdown (m)", id="md")
            yield Label("escape to cancel", classes="hint")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id)
