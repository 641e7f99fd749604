"""The ? screen: every key from the key table, and the query language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from store import MAX_QUERY_CHARS, MAX_QUERY_TERMS
from tui import keys
from tui.screens.dialog import ScrollingDialog

# (what you type, what it finds): the search bar's language.
QUERY_LANGUAGE: tuple[tuple[str, str], ...] = (
    ("产量 新能源", "articles holding every term (Chinese needs no spaces)"),
    ("\"a phrase\"  -exclude  a | b", "a phrase, a term left out, either of two"),
    ("changshou  cq", "Latin letters also match by pinyin: 长寿, 重庆 (the words of titles, headings, fact subjects "
                      "and leads; type Chinese to search the whole text)"),
    ("增长  國內生產總值", "simplified and traditional match each other: 增長, 国内生产总值"),
    ("4,759.72  1540万股", "a number with or without thousands separators: 4759.72, 1,540万股"),
    ("kind:money  unit:辆  year:2024", "facts of a kind, with a unit, of a year"),
    ("year:2020..2024", "facts about a year in the range (year: is the year a figure is about, date: the day "
                        "its article was published)"),
    (">1亿  >=50%  1万..10万  <0", "facts by value (<0: losses, minus signs; 下降8.6% is 8.6 ↓); % matches only percent figures"),
    (">0.3pp  1pp..3pp  >10bp  bp>10", "percentage points (个百分点; 基点/bp are hundredths): never percent; "
                                        "kind:points (or kind:pp) all of them; with kind:bp give a number its "
                                        "unit (>10bp: a bare >10 would be 10 pp)"),
    (">=50%  <50%", "a figure as it is stated: 超过50% (逾, 多, 以上) is over 50%, 不足50% (不到, 以下, 近) under it, "
                    "约50% (左右) 50%; so >=50% finds 超过50% and 约50%, never 不足50%"),
    (">三成  >=百分之五  <5‰", "figures as the news writes them: 三成 is 30%, 千分之五 0.5%, 三千万元, 零点五个百分点"),
    ("money>10亿", "a kind and a value together"),
    ("date:2025-11-24  date:2025-11", "articles published that day, that month (date:2025: that year)"),
    ("date:2024..2025-06  date:..2024", "published in a range, ends included; an end may be left open"),
    ("pub:重庆晨报  pub:\"China Daily\"", "articles whose publication's name contains this"),
    ("source:新闻联播", "articles from a source file whose name contains this"),
    ("(limits)", f"a query holds at most {MAX_QUERY_CHARS:,} characters and {MAX_QUERY_TERMS} different terms "
                 "and filters; the search bar takes no more and says so"),
)


# The descriptions fold rather than end in "…": Rich's table cuts the last
# character of a wrapped line of Chinese at some widths (下降8.6% shown as 下降8.6…).


def _keys_table(keymap: Mapping[str, str] | None = None) -> Fitted:
    return Fitted(("Where", "Keys", "What it does"), keys.help_rows(keymap))


def _query_table() -> Fitted:
    return Fitted(("", "Search for", "What it finds"), [("", typed, finds) for typed, finds in QUERY_LANGUAGE])


# The fewest cells a description keeps beside its keys; with less, each
# entry is drawn on lines of its own.
WHAT_ROOM = 24


class Fitted:
    """A help table laid out for the width it is drawn in: where, keys and
    what they do side by side while the descriptions keep WHAT_ROOM cells,
    else each place as a heading and each entry on lines of its own, what
    it does indented under its keys (at 40 columns the side-by-side table
    left the descriptions no cell at all: the keys were listed, not what
    they do).  Rows are (place, typed, what); a place of "" has no column."""

    def __init__(self, heads: tuple[str, str, str], rows: list[tuple[str, str, str]]) -> None:
        self.heads, self.rows = heads, rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        with_place = bool(self.heads[0])
        columns = [[head, *(row[n] for row in self.rows)] for n, head in enumerate(self.heads[:2])]
        fixed = columns if with_place else columns[1:]
        needed = sum(max(cell_len(text) for text in column) + 2 for column in fixed) + WHAT_ROOM
        yield self._side_by_side(with_place) if options.max_width >= needed else self._stacked()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, options.max_width)

    def _side_by_side(self, with_place: bool) -> Table:
        table = Table(box=None, expand=True, show_header=True, header_style="bold")
        if with_place:
            table.add_column(self.heads[0], style="dim", no_wrap=True)
        table.add_column(self.heads[1], style="bold", no_wrap=True)
        table.add_column(self.heads[2])
        last = ""
        for place, typed, what in self.rows:
            shown = [place if place != last else ""] if with_place else []
            table.add_row(*shown, Text(typed), Text(what, overflow="fold"))
            last = place
        return table

    def _stacked(self) -> Group:
        lines: list[Text | Padding] = []
        last = ""
        for place, typed, what in self.rows:
            if place and place != last:
                lines.append(Text(place, style="dim underline"))
            lines += [Text(typed, style="bold", overflow="fold"), Padding(Text(what, overflow="fold"), (0, 0, 0, 2))]
            last = place
        return Group(*lines)


class HelpScreen(ScrollingDialog):
    """Lists every key and the query language; escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("dialog")

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "factdesk — keys"
            body.border_subtitle = "escape to close"
            settings = getattr(self.app, "settings", None)  # the keys the user bound instead
            keymap = settings.keys if settings is not None else None
            yield Static(Group(_keys_table(keymap), Text(""), Text("Search", style="bold underline"), _query_table()))
        yield Footer()  # this dialog's keys: the screen behind's footer would list keys that do other things here
