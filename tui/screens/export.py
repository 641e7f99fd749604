"""The export dialog: where to (a path, the default from the settings) and
which format: CSV, TSV, JSON or Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Label

from tui import keys
from tui.widgets.ordered_input import OrderedInput

Choice = tuple[str, Path]  # (format, the path typed)
KEY_OF = {"csv": "c", "tsv": "t", "json": "j", "md": "m"}  # as in the key table (export.*)


class ExportScreen(ModalScreen[Choice | None]):
    """Returns (format, path) or None (cancelled)."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("export")

    def __init__(self, what: str, default: Path, formats: tuple[str, ...] = ("csv", "tsv", "json", "md"),
                 title: str = "Export facts") -> None:
        super().__init__()
        self.what = what
        self.default = default
        self.formats = formats
        self.heading = title

    def compose(self) -> ComposeResult:
        from tui.export import FORMATS

        with Vertical(id="export-dialog") as box:
            box.border_title = self.heading
            yield Label(f"Export {self.what} to:", markup=False)
            yield OrderedInput(str(self.default), id="export-path", select_on_focus=False)
            with Horizontal(id="export-buttons"):
                for n, fmt in enumerate(self.formats):
                    yield Button(FORMATS[fmt], id=fmt, variant="primary" if n == 0 else "default")
            keys = " ".join(KEY_OF[fmt] for fmt in self.formats)
            yield Label(f"{keys} or a button: the format · tab: edit the folder and name (the extension is"
                        " added; enter exports CSV, tab goes back to the formats) · escape: cancel",
                        classes="hint", markup=False)
        yield Footer()  # this dialog's keys: the screen behind's footer would list keys that do other things here

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    def action_toggle_path(self) -> None:
        # Tab goes to the path and back: focus would otherwise walk the buttons.
        # The focus moves at once (Widget.focus waits its turn): a path typed
        # right after tab, in the same terminal read, must be typed into the
        # field, never read as format keys that export at once (the c of
        # /proc or /docs chose CSV and wrote to the proposed path).
        path = self.query_one(Input)
        if path.has_focus:
            self.set_focus(self.query_one(Button))
        else:
            self.set_focus(path)
            path.cursor_position = len(path.value)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A format this dialog does not offer (a series has CSV and TSV) has
        no key here, and the footer does not list it."""
        if action == "choose" and parameters and parameters[0] not in self.formats:
            return False
        return True

    def action_choose(self, fmt: str) -> None:
        if fmt not in self.formats:
            return
        self.dismiss((fmt, Path(self.query_one(Input).value.strip() or str(self.default)).expanduser()))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_choose(event.button.id or "csv")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_choose("csv")
