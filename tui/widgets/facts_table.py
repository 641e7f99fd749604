"""The facts of the article (or of the search), as a sortable, filterable table."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable

from store.facts.kinds import KINDS

from tui.citation import format_value

# (title, key in the fact record, max cells) in display order.  What was
# measured comes right after the figure: on a narrow terminal the columns on
# the right are the ones cut off.
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("Kind", "kind", 8),
    ("Figure", "surface", 14),
    ("Subject", "subject", 16),
    ("Value", "value", 12),
    ("Unit", "unit", 4),
    ("Period", "period", 8),
    ("Qual.", "qualifier", 4),
)
KIND_ORDER = KINDS


def _clip(value: Any, limit: int) -> Text:
    text = Text("" if value is None else str(value), no_wrap=True, overflow="ellipsis", end="")
    if cell_len(text.plain) > limit:
        text.truncate(limit, overflow="ellipsis")
    return text


def _sort_key(fact: dict[str, Any], key: str) -> tuple:
    value = fact.get(key)
    if key == "value" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, value, "")
    return (1, 0, "" if value is None else str(value))


class FactsTable(DataTable):
    """kind, figure, readable value, unit, subject, period, qualifier."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "jump", "Jump to fact", id="facts.jump"),
        Binding("s", "cycle_sort", "Sort", id="facts.sort"),
        Binding("f", "cycle_kind", "Filter kind", id="facts.filter"),
        Binding("x", "toggle_exact", "Exact values", id="facts.exact"),
        Binding("j", "cursor_down", "Down", show=False, id="facts.down"),
        Binding("k", "cursor_up", "Up", show=False, id="facts.up"),
        Binding("g", "scroll_top", "Top", show=False, id="facts.top"),
        Binding("G", "scroll_bottom", "Bottom", show=False, id="facts.bottom"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = DataTable.COMPONENT_CLASSES | {
        f"facts-table--{k}" for k in KIND_ORDER
    }

    class FactHighlighted(Message):
        def __init__(self, fact: dict[str, Any] | None) -> None:
            self.fact = fact
            super().__init__()

    class JumpToFact(Message):
        def __init__(self, fact: dict[str, Any]) -> None:
            self.fact = fact
            super().__init__()

    class FilterChanged(Message):
        """Sort or kind filter changed (for the status line)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.all_facts: list[dict[str, Any]] = []
        self.shown: list[dict[str, Any]] = []
        self.kind_filter: str | None = None
        self.sort_column: int | None = None  # index into COLUMNS, None = text order
        self.exact = False
        self.empty_message = "No article open."

    def on_mount(self) -> None:
        # Fixed widths: auto-sized columns jump as rows arrive and would make
        # the layout (and its snapshots) depend on timing.
        for title, key, limit in COLUMNS:
            self.add_column(title, key=key, width=max(limit, cell_len(title) + 2))

    # -- content -----------------------------------------------------------
    def set_facts(self, facts: list[dict[str, Any]], empty_message: str = "") -> None:
        self.all_facts = facts
        if empty_message:
            self.empty_message = empty_message
        if self.kind_filter and not any(f.get("kind") == self.kind_filter for f in facts):
            self.kind_filter = None
        self._rebuild()

    def _rebuild(self, keep: dict[str, Any] | None = None) -> None:
        facts = [f for f in self.all_facts if self.kind_filter in (None, f.get("kind"))]
        if self.sort_column is not None:
            key = COLUMNS[self.sort_column][1]
            facts.sort(key=lambda f: _sort_key(f, key))
        self.shown = facts
        self.clear()
        for n, (title, key, _) in enumerate(COLUMNS):
            label = title + (" ▲" if n == self.sort_column else "")
            self.columns[key].label = Text(label)  # type: ignore[index]
        for fact in facts:
            self.add_row(*self._cells(fact), key=fact["id"])
        kind = f" · {self.kind_filter}" if self.kind_filter else ""
        self.border_title = f"Facts ({len(facts)}{'/' + str(len(self.all_facts)) if kind else ''}){kind}"
        self.border_subtitle = "" if facts else self.empty_message
        if keep is not None and keep in facts:
            self.move_cursor(row=facts.index(keep))
        self.post_message(self.FilterChanged())

    def _cells(self, fact: dict[str, Any]) -> list[Text]:
        cells = []
        for _, key, limit in COLUMNS:
            if key == "value":
                cells.append(_clip(format_value(fact, exact=self.exact), 24 if self.exact else limit))
            else:
                cells.append(_clip(fact.get(key), limit))
        if fact.get("kind") in KIND_ORDER:
            cells[0].stylize(self.get_component_rich_style(f"facts-table--{fact['kind']}", partial=True))
        return cells

    @property
    def current_fact(self) -> dict[str, Any] | None:
        if self.shown and 0 <= self.cursor_row < len(self.shown):
            return self.shown[self.cursor_row]
        return None

    def select_fact(self, fact: dict[str, Any]) -> None:
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
        name = "text order" if self.sort_column is None else COLUMNS[self.sort_column][0]
        self.notify(f"Facts sorted by {name}", timeout=2)

    def action_cycle_kind(self) -> None:
        present = [k for k in KIND_ORDER if any(f.get("kind") == k for f in self.all_facts)]
        order: list[str | None] = [None, *present]
        current = self.kind_filter if self.kind_filter in order else None
        self.kind_filter = order[(order.index(current) + 1) % len(order)]
        self._rebuild(keep=self.current_fact)
        self.notify(f"Facts: {self.kind_filter or 'all kinds'}", timeout=2)

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
