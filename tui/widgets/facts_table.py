"""The facts of the article (or of the search), as a sortable, filterable table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.binding import BindingType
from textual.message import Message
from textual.widgets import DataTable

from store import KINDS, Fact
from tui import keys
from tui.citation import format_change, format_value
from tui.notes import say


def _field(name: str) -> Callable[[Fact, bool], str]:
    return lambda fact, exact: str(fact.get(name) or "")


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    key: str                             # the record field it sorts by
    width: int                           # cells; the value column widens for exact values
    show: Callable[[Fact, bool], str]    # (fact, exact) -> the cell's text


# In display order.  What was measured comes right after the figure: on a
# narrow terminal the columns on the right are the ones cut off.
COLUMNS: tuple[Column, ...] = (
    Column("Kind", "kind", 8, _field("kind")),
    Column("Figure", "surface", 14, _field("surface")),
    Column("Subject", "subject", 16, _field("subject")),
    Column("Value", "value", 12, lambda fact, exact: format_value(fact, exact=exact)),
    Column("Unit", "unit", 8, _field("unit")),
    Column("Period", "period", 8, lambda fact, exact: str(fact.get("period") or fact.get("period_text") or "")),
    Column("Change", "change", 7, lambda fact, exact: format_change(fact)),
    Column("Qual.", "qualifier", 4, _field("qualifier")),
)
VALUE_COLUMN = next(n for n, c in enumerate(COLUMNS) if c.key == "value")
KIND_ORDER = KINDS


def _clip(value: str, limit: int) -> Text:
    text = Text(value, no_wrap=True, overflow="ellipsis", end="")
    if cell_len(text.plain) > limit:
        text.truncate(limit, overflow="ellipsis")
    return text


def _sort_key(fact: Fact, key: str) -> tuple:
    value = fact.get(key)
    if key == "value" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, value, "")
    return (1, 0, "" if value is None else str(value))


class FactsTable(DataTable):
    """kind, figure, subject, readable value, full unit, change, period, qualifier."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("facts")

    COMPONENT_CLASSES: ClassVar[set[str]] = DataTable.COMPONENT_CLASSES | {
        f"facts-table--{k}" for k in KIND_ORDER
    }

    class FactHighlighted(Message):
        def __init__(self, fact: Fact | None) -> None:
            self.fact = fact
            super().__init__()

    class JumpToFact(Message):
        def __init__(self, fact: Fact) -> None:
            self.fact = fact
            super().__init__()

    class FilterChanged(Message):
        """Sort or kind filter changed (for the status line)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.all_facts: list[Fact] = []
        self.shown: list[Fact] = []
        self.kind_filter: str | None = None
        self.sort_column: int | None = None  # index into COLUMNS, None = text order
        self.exact = False
        self.empty_message = "No article open."

    def on_mount(self) -> None:
        # Fixed widths: auto-sized columns jump as rows arrive and would make
        # the layout (and its snapshots) depend on timing.
        for column in COLUMNS:
            self.add_column(column.title, key=column.key, width=max(column.width, cell_len(column.title) + 2))

    # -- content -----------------------------------------------------------
    def set_facts(self, facts: list[Fact], empty_message: str = "") -> None:
        self.all_facts = facts
        if empty_message:
            self.empty_message = empty_message
        if self.kind_filter and not any(f.get("kind") == self.kind_filter for f in facts):
            self.kind_filter = None
        self._rebuild()

    def _rebuild(self, keep: Fact | None = None) -> None:
        facts = [f for f in self.all_facts if self.kind_filter in (None, f.get("kind"))]
        if self.sort_column is not None:
            key = COLUMNS[self.sort_column].key
            facts.sort(key=lambda f: _sort_key(f, key))
        self.shown = facts
        self.clear()
        for n, column in enumerate(COLUMNS):
            label = column.title + (" ▲" if n == self.sort_column else "")
            self.columns[column.key].label = Text(label)  # type: ignore[index]
        rows = [self._cells(fact) for fact in facts]
        self._fit_values(rows)
        for fact, cells in zip(facts, rows):
            self.add_row(*cells, key=fact["id"])
        kind = f" · {self.kind_filter}" if self.kind_filter else ""
        self.border_title = f"Facts ({len(facts)}{'/' + str(len(self.all_facts)) if kind else ''}){kind}"
        self.border_subtitle = "" if facts else self.empty_message
        if keep is not None and keep in facts:
            self.move_cursor(row=facts.index(keep))
        self.post_message(self.FilterChanged())

    def _cells(self, fact: Fact) -> list[Text]:
        # Exact values are never cut: the value column widens to fit them.
        cells = [Text(c.show(fact, True), no_wrap=True, end="") if self.exact and c.key == "value"
                 else _clip(c.show(fact, False), c.width) for c in COLUMNS]
        if fact.get("kind") in KIND_ORDER:
            cells[0].stylize(self.get_component_rich_style(f"facts-table--{fact['kind']}", partial=True))
        return cells

    def _fit_values(self, rows: list[list[Text]]) -> None:
        column = COLUMNS[VALUE_COLUMN]
        widest = max((cell_len(r[VALUE_COLUMN].plain) for r in rows), default=0) if self.exact else 0
        self.columns[column.key].width = max(column.width, widest)  # type: ignore[index]

    @property
    def current_fact(self) -> Fact | None:
        if self.shown and 0 <= self.cursor_row < len(self.shown):
            return self.shown[self.cursor_row]
        return None

    def select_fact(self, fact: Fact) -> None:
        if fact in self.shown:
            self.move_cursor(row=self.shown.index(fact))

    # -- actions -----------------------------------------------------------
    def action_jump(self) -> None:
        fact = self.current_fact
        if fact is not None:
            self.post_message(self.JumpToFact(fact))

    def action_cycle_sort(self) -> None:
        order: list[int | None] = [None, *range(len(COLUMNS))]
        self.sort_column = order[(order.index(self.sort_column) + 1) % len(order)]
        self._rebuild(keep=self.current_fact)
        name = "text order" if self.sort_column is None else COLUMNS[self.sort_column].title
        say(self, "facts", f"Facts sorted by {name}", timeout=2)

    def action_cycle_kind(self) -> None:
        present = [k for k in KIND_ORDER if any(f.get("kind") == k for f in self.all_facts)]
        order: list[str | None] = [None, *present]
        current = self.kind_filter if self.kind_filter in order else None
        self.kind_filter = order[(order.index(current) + 1) % len(order)]
        self._rebuild(keep=self.current_fact)
        say(self, "facts", f"Facts: {self.kind_filter or 'all kinds'}", timeout=2)

    def action_toggle_exact(self) -> None:
        self.exact = not self.exact
        self._rebuild(keep=self.current_fact)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.post_message(self.FactHighlighted(self.current_fact))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        # DataTable turns enter into RowSelected; treat it as "jump".
        event.stop()
        self.action_jump()
