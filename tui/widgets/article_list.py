"""The article list: a Line API widget that draws only the visible rows.

A row is a source header or an article (title truncated by cells with an
ellipsis, date, and the number of facts or search hits). With 100,000 articles
there is no per-row widget and nothing to rebuild on resize.

A narrow list (an 80-column terminal) draws each row on two lines: the
title across the whole width, then the rest of it beside the date and hit
count — one line there left a headline four to seven Chinese characters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui import keys
from tui.article_order import ArticleOrder
from tui.notes import say
from tui.widgets.component_style import component_style
from tui.wrap import ellipsize, wrap_lines

# From this many cells a row is one line and also shows the article's
# number of facts; a narrower list draws each row on two lines.
WIDE_LIST = 40


@dataclass(frozen=True, slots=True)
class Row:
    """One display row: a group header (entry is None) or an article."""

    label: str
    entry: dict[str, Any] | None = None


class _EntryRows(Sequence[Row]):
    """Articles or search results as list rows, made on access (the list
    draws only the rows on screen, and 100,000 rows made at once would hold
    up the first paint)."""

    def __init__(self, results: Sequence[dict[str, Any]]) -> None:
        self.results = results

    def __len__(self) -> int:
        return len(self.results)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        result = self.results[index]
        return Row(result.get("title") or "", result)


class ArticleList(ScrollView, can_focus=True):
    """Articles by date, title, publication or facts; search results ranked with hit counts."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("list")

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--cursor",
        "article-list--header",
        "article-list--meta",
        "article-list--hits",
        "article-list--message",
    }

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor moved onto an article."""

        def __init__(self, article_id: str) -> None:
            self.article_id = article_id
            super().__init__()

    class Selected(Message):
        """Enter was pressed on an article."""

        def __init__(self, article_id: str) -> None:
            self.article_id = article_id
            super().__init__()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rows: Sequence[Row] = []
        self.catalog: list[dict[str, Any]] = []
        self.order = ArticleOrder()
        self.message: str = "Loading articles…"
        self.searching = False
        self.lines_per_row = 1  # 2 in a narrow list: the title gets a line of its own

    # -- content -----------------------------------------------------------
    def show_catalog(self, catalog: list[dict[str, Any]]) -> None:
        """Articles in the chosen order; ordered by publication, a header
        row before each publication's group."""
        rows: Sequence[Row]
        if self.order.grouped:
            rows = [row for header, entry in self.order.arrange(catalog)
                    for row in ([Row(header)] if header else []) + [Row(entry.get("title") or "", entry)]]
        else:
            rows = _EntryRows(self.order.sort(catalog))
        self.catalog = catalog
        self.searching = False
        self.message = "The store is empty. Add articles with `factdesk ingest PATH…`, or re-seed from the command palette (ctrl+p)."
        self._set_rows(rows)
        n = len(catalog)
        self.border_title = f"Articles ({n:,})"
        self._describe_columns()

    def action_sort(self) -> None:
        self._reorder(self.order.next_field)

    def action_reverse(self) -> None:
        self._reorder(self.order.reverse)

    def _reorder(self, change: Callable[[], None]) -> None:
        change()
        if self.searching:  # results stay in rank order
            say(self, "list", f"Articles will be listed {self.order.describe()} (search results stay ranked)",
                timeout=3)
            return
        current = self.current_id
        self.show_catalog(self.catalog)  # its subtitle says the order: no toast over the rows
        if current is not None:
            self.select_id(current)

    def show_results(self, results: Sequence[dict[str, Any]], total: int, message: str) -> None:
        """Search results in rank order, with hit counts: every match, a row
        built only when it is drawn."""
        self.searching = True
        self.message = message
        self._set_rows(_EntryRows(results))
        shown = len(results)
        more = f" of {total:,}" if total > shown else ""
        self.border_title = f"Matches ({shown:,}{more})"
        self._describe_columns()

    def _describe_columns(self) -> None:
        if self.searching:
            self.border_subtitle = "ranked · date · hits"
        elif self._counts_shown(self.scrollable_content_region.width):
            self.border_subtitle = f"{self.order.describe()} · date · facts"
        else:
            self.border_subtitle = f"{self.order.describe()} · date"

    def _set_rows(self, rows: Sequence[Row]) -> None:
        self.rows = rows
        self._fit_lines()
        self.scroll_to(y=0, animate=False)
        first = next((i for i, r in enumerate(rows) if r.entry is not None), 0)
        self.cursor = first
        self.refresh()

    @property
    def current(self) -> dict[str, Any] | None:
        if 0 <= self.cursor < len(self.rows):
            return self.rows[self.cursor].entry
        return None

    @property
    def current_id(self) -> str | None:
        entry = self.current
        if entry is None:
            return None
        return entry.get("id") or entry.get("article_id")

    def select_id(self, article_id: str) -> bool:
        """Move the cursor to an article by id (for the command palette)."""
        for i, row in enumerate(self.rows):
            if row.entry and (row.entry.get("id") or row.entry.get("article_id")) == article_id:
                self.cursor = i
                return True
        return False

    # -- cursor ------------------------------------------------------------
    def _step(self, start: int, direction: int) -> int:
        """The nearest article row from start in direction (skips headers)."""
        for step in (direction, -direction):
            i = start
            while 0 <= i < len(self.rows):
                if self.rows[i].entry is not None:
                    return i
                i += step
        return self.cursor

    def watch_cursor(self, old: int, new: int) -> None:
        self._scroll_cursor_visible()
        self.refresh()
        article_id = self.current_id
        if article_id is not None:
            self.post_message(self.Highlighted(article_id))

    def _fit_lines(self) -> None:
        """Lines per row for the width, and the scrollable height they make."""
        width = self.scrollable_content_region.width
        per = self.lines_per_row = 2 if 0 < width < WIDE_LIST else 1
        # Scrolled by whole rows, the top line is always a row's first: with
        # an odd height the end needs a line more to stay on a row's start.
        spare = self.scrollable_content_region.height % per
        self.virtual_size = Size(self.size.width, len(self.rows) * per + spare)

    def _scroll_cursor_visible(self) -> None:
        height = self.scrollable_content_region.height or 1
        top = int(self.scroll_y)
        per = self.lines_per_row
        first, last = self.cursor * per, self.cursor * per + per - 1
        if first < top:
            header = self.cursor and self.rows[self.cursor - 1].entry is None  # keep its group's header in view
            self.scroll_to(y=max(0, first - (per if header else 0)), animate=False)
        elif last >= top + height:
            low = last - height + 1
            self.scroll_to(y=-(-low // per) * per, animate=False)  # up to a row's first line

    def action_cursor(self, delta: int) -> None:
        if not self.rows:
            return
        target = max(0, min(len(self.rows) - 1, self.cursor + delta))
        self.cursor = self._step(target, 1 if delta > 0 else -1)

    def action_page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height // self.lines_per_row - 1)
        self.action_cursor(direction * height)

    def action_first(self) -> None:
        if self.rows:
            self.cursor = self._step(0, 1)

    def action_last(self) -> None:
        if self.rows:
            self.cursor = self._step(len(self.rows) - 1, -1)

    def action_open(self) -> None:
        article_id = self.current_id
        if article_id is not None:
            self.post_message(self.Selected(article_id))

    def on_click(self, event: events.Click) -> None:
        row = (int(self.scroll_y) + event.y) // self.lines_per_row
        if 0 <= row < len(self.rows) and self.rows[row].entry is not None:
            self.cursor = row
            if event.chain > 1:
                self.action_open()

    def on_resize(self) -> None:
        self._fit_lines()
        self._describe_columns()
        self._scroll_cursor_visible()

    # -- rendering ---------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if not self.rows:
            return self._message_line(y, width, base)
        index, part = divmod(int(self.scroll_y) + y, self.lines_per_row)
        if index >= len(self.rows):
            return Strip.blank(width, base)
        row = self.rows[index]
        if row.entry is None:
            if part:
                return Strip.blank(width, base)
            style = base + self.get_component_rich_style("article-list--header")
            text = Text(row.label, style=style, no_wrap=True, overflow="ellipsis", end="")
            return self._strip(text, width, style)
        style = base
        on_cursor = index == self.cursor
        if on_cursor:
            style = base + self.get_component_rich_style("article-list--cursor")
        if self.lines_per_row == 2:
            return self._strip(self._two_line_text(row.entry, width, style, part, on_cursor), width, style)
        return self._strip(self._entry_text(row.entry, width, style, on_cursor), width, style)

    def _meta_styles(self, on_cursor: bool) -> tuple[Style, Style]:
        """The date's and the number's styles: muted (a search's hits in
        amber) on the list; on the cursor row in the row's own colour (the
        muted grey and the amber read at 2.2–3:1 on the cursor's tint)."""
        if on_cursor:
            return Style(), Style(bold=True) if self.searching else Style()
        meta = component_style(self, "article-list--meta")
        return meta, component_style(self, "article-list--hits") if self.searching else meta

    def _two_line_text(self, entry: dict[str, Any], width: int, style: Style, part: int,
                       on_cursor: bool = False) -> Text:
        """Line ``part`` of a row in a narrow list: the title's first line
        across the width; then, indented, the rest of it (… when cut) with
        the date and a search's hit count."""
        title = " ".join((entry.get("title") or "").split())
        head, used = "", 0
        for ch in title:
            if used + cell_len(ch) > width:
                break
            head, used = head + ch, used + cell_len(ch)
        head = _unsplit_number(title, head)
        if part == 0:
            return Text(head, style=style, no_wrap=True, end="")
        date = entry.get("date") or ""
        number = f" {self._number(entry):>4}" if self._counts_shown(width) else ""
        meta = f" {date:>10}{number}"
        rest = Text(" " + ellipsize(title[len(head):].lstrip(), max(1, width - 1 - len(meta))),
                    style=style, no_wrap=True, end="")
        rest.truncate(max(1, width - len(meta)), pad=True)
        meta_style, num_style = self._meta_styles(on_cursor)
        rest.append(f" {date:>10}", style=meta_style)
        if number:
            rest.append(number, style=num_style)
        return rest

    def _counts_shown(self, width: int) -> bool:
        """Whether a row shows its number: a search's hits always; the number
        of facts in a wide list, and in a narrow one when the list is ordered
        by it (most facts first without the counts left the order unseen)."""
        return self.searching or width >= WIDE_LIST or self.order.field == "facts"

    def _number(self, entry: dict[str, Any]) -> str:
        return _hits(entry) if self.searching else str(entry.get("n_facts", ""))

    def _entry_text(self, entry: dict[str, Any], width: int, style: Style, on_cursor: bool = False) -> Text:
        meta_style, num_style = self._meta_styles(on_cursor)
        date = entry.get("date") or ""  # always with its year: a store may span decades
        number = self._number(entry)
        date_col = f" {date:>10}"
        # Narrow lists give the title the room: the count of facts goes
        # (the facts pane's title has it) unless the list is ordered by it;
        # a search's hit count stays.
        num_col = f" {number:>4}" if self._counts_shown(width) else ""
        title_width = max(1, width - len(date_col) - len(num_col))
        # Text builds literal text: a "[red]" in a title stays text, never markup.
        title = Text(ellipsize(" ".join((entry.get("title") or "").split()), title_width),
                     style=style, no_wrap=True, end="")
        title.truncate(title_width, pad=True)
        title.append(date_col, style=meta_style)
        title.append(num_col, style=num_style)
        return title

    def _message_line(self, y: int, width: int, base: Style) -> Strip:
        style = base + self.get_component_rich_style("article-list--message")
        lines = wrap_lines(self.message, max(4, width - 2))
        if 1 <= y <= len(lines):
            return self._strip(Text(" " + lines[y - 1], style=style, end=""), width, base)
        return Strip.blank(width, base)

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        console: Console = self.app.console
        # Rich leaves a segment's style None where nothing is set; Textual's
        # NO_COLOR filter reads every segment's style, so give each one.
        segments = [Segment(s.text, s.style or style) for s in text.render(console) if s.text != "\n"]
        strip = Strip(segments).crop(0, width)
        return strip.extend_cell_length(width, style)


def _hits(entry: dict[str, Any]) -> str:
    """A result's hit count; blank when the query counts none (article
    fields alone, date:2025-11: every row read "0" beside a found article)."""
    return str(entry.get("hits") or "")


# What a figure is written with: a headline's first line never ends inside
# one (同比上涨0 | .7% read as a rise of 0).
_FIGURE_CHARS = frozenset("0123456789.,%．，％０１２３４５６７８９")


def _unsplit_number(title: str, head: str) -> str:
    """``head`` (the first line of ``title``) ending before a number that
    would be cut between the two lines, when that leaves at least half of
    the line; else as it is."""
    cut = len(head)
    if cut >= len(title) or head[-1:] not in _FIGURE_CHARS or title[cut] not in _FIGURE_CHARS:
        return head
    start = cut
    while start > 0 and title[start - 1] in _FIGURE_CHARS:
        start -= 1
    return head[:start] if start * 2 >= cut else head

