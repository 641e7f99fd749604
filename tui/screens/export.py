"""The export dialog: where to (a path, the default from the settings) and
which format: CSV, TSV, JSON or Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from tui import keys

Choice = tuple[str, Path]  # (format, the path typed)


class ExportScreen(ModalScreen[Choice | None]):
    """Returns (format, path) or None (cancelled)."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("export")

    def __init__(self, what: str, default: Path) -> None:
        super().__init__()
        self.what = what
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog") as box:
            box.border_title = "Export facts"
            yield Label(f"Export {self.what} to:", markup=False)
            yield Input(str(self.default), id="export-path", select_on_focus=False)
            with Horizontal(id="export-buttons"):
                yield Button("CSV", id="csv", variant="primary")
                yield Button("TSV", id="tsv")
                yield Button("JSON", id="json")
                yield Button("Markdown", id="md")
            yield Label("c t j m or a button: the format · tab: edit the folder and name (the extension is"
                        " added) · escape: cancel", classes="hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#csv", Button).focus()

    def action_choose(self, fmt: str) -> None:
        self.dismiss((fmt, Path(self.query_one(Input).value.strip() or str(self.default)).expanduser()))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_choose(event.button.id or "csv")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_choose("csv")
