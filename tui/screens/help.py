"""The ? screen: every key, grouped by the pane that owns it."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

# How keys are written on a keyboard rather than Textual's names for them.
KEY_NAMES = {"slash": "/", "question_mark": "?", "down": "↓", "up": "↑", "left": "←", "right": "→"}

EXTRA = [
    ("Everywhere", "tab / shift+tab", "Next / previous pane"),
    ("Everywhere", "ctrl+p", "Command palette: open article, copy, export, re-seed, theme"),
    ("Search", "enter", "Open the best match"),
    ("Search", "escape", "Clear the search and leave it"),
    ("Dialogs", "escape", "Close"),
]


def key_rows() -> list[tuple[str, str, str]]:
    """(pane, keys, what) for every binding the app declares."""
    from tui.app import FactdeskApp
    from tui.widgets.article_list import ArticleList
    from tui.widgets.facts_table import FactsTable
    from tui.widgets.reader import Reader
    from tui.widgets.search_bar import SearchBar

    rows: list[tuple[str, str, str]] = []
    for pane, cls in (("Everywhere", FactdeskApp), ("Articles", ArticleList),
                      ("Reader", Reader), ("Facts", FactsTable), ("Search", SearchBar)):
        for b in cls.BINDINGS:
            if isinstance(b, Binding) and b.description:
                keys = " / ".join(KEY_NAMES.get(k.strip(), k.strip()) for k in b.key.split(","))
                # The footer's label is terse; the tooltip says it in full.
                rows.append((pane, keys, b.tooltip or b.description))
    rows += EXTRA
    return rows


class HelpScreen(ModalScreen[None]):
    """Lists every key; escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        table = Table(box=None, expand=True, show_header=True, header_style="bold")
        table.add_column("Pane", style="dim", no_wrap=True)
        table.add_column("Keys", style="bold", no_wrap=True)
        table.add_column("What it does")
        last = ""
        for pane, keys, what in key_rows():
            table.add_row(pane if pane != last else "", keys, Text(what))
            last = pane
        with VerticalScroll(id="help-body") as body:
            body.border_title = "factdesk — keys"
            body.border_subtitle = "escape to close"
            yield Static(table)
