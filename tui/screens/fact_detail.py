"""The `i` screen: one fact with every field of its record, the sentence
that states it and the citation `c` would copy."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from store import FACT_COLUMNS, Fact, table_field
from tui import keys
from tui.citation import citation, cited_sentence, figure_with_change, format_value, period_words
from tui.screens.dialog import ScrollingDialog
from tui.wrap import Wrapped


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def fact_fields(fact: Fact) -> list[tuple[str, str]]:
    """(field, text) for every field of the record, the exact value first;
    the period's code (2025Q1-Q3, as --json writes it) with its words
    beside it (2025年前三季度), as the pane and the citation say it."""
    rows = [("exact value", format_value(fact, exact=True) or "—")]
    code = fact.get("period")
    words = period_words(code) if code else ""
    return rows + [(name, _shown(table_field(fact, name)) + (f"  ({words})" if name == "period" and words
                                                                 and words != code else ""))
                   for name in FACT_COLUMNS]


class FactDetailScreen(ScrollingDialog):
    """Every field, the full sentence and the citation; escape closes it."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("detail") + keys.bindings("dialog")

    def __init__(self, fact: Fact, article: dict[str, Any] | None) -> None:
        super().__init__()
        self.fact, self.article = fact, article

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="fact-detail") as body:
            body.border_title = f"Fact: {self.fact.get('surface') or ''}"
            body.border_subtitle = "escape to close"
            yield Static(detail(self.fact, self.article))
        yield Footer()  # this dialog's keys: the screen behind's footer would list keys that do other things here

    def action_copy_fact(self) -> None:
        from tui.clipboard import copy_text

        copy_text(self.app, citation(self.fact, self.article), "fact")

    def action_copy_figure(self) -> None:
        from tui.clipboard import copy_text

        copy_text(self.app, figure_with_change(self.fact) if self.fact.get("surface") else "", "figure")


def detail(fact: Fact, article: dict[str, Any] | None) -> Group:
    """The sentence, the citation and every field, as plain text (never markup)."""
    table = Table(box=None, expand=True, show_header=False)
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value")
    for name, text in fact_fields(fact):
        table.add_row(name, Text(text))
    return Group(
        Text("Sentence", style="bold underline"), Wrapped(cited_sentence(fact, article) or "—"), Text(""),
        Text("Citation (c copies it)", style="bold underline"), Wrapped(citation(fact, article)), Text(""),
        Text("Fields", style="bold underline"), table,
    )
