"""The facts of the article (or of the search), as a sortable, filterable table."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.binding import BindingType
from textual.message import Message
from textual.widgets import DataTable

from store import KINDS, Fact, pinyin_order
from tui import keys
from tui.citation import cited_sentence, fact_period_words, format_change, format_value, with_qualifier
from tui.widgets.component_style import component_style
from tui.wrap import ellipsize


def _field(name: str) -> Callable[[Fact, bool], str]:
    return lambda fact, exact: " ".join(str(fact.get(name) or "").split())


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    key: str                             # the record field it sorts by
    width: int                           # the fewest cells it is shown in
    show: Callable[[Fact, bool], str]    # (fact, exact) -> the cell's text
    drop: int = 0                        # dropped first (1), second (2)… on a narrow pane; 0 never
    flexible: bool = False               # takes the width left over, cut with an ellipsis
    most: int = 0                        # cells it takes at most, cut with an ellipsis (0: no limit)


def _value(fact: Fact, exact: bool) -> str:
    """The value with the direction of its change (↓8.6% for 下降8.6%): the
    value of a fall is written unsigned, and the Change column is the first
    to go on a narrow pane."""
    arrow = {"up": "↑", "down": "↓"}.get(fact.get("change") or "", "")
    return arrow + format_value(fact, exact=exact)


def value_in_full(fact: Fact, exact: bool, unit: bool, qualifier: bool) -> str:
    """The Value column of a pane too narrow for the Unit or the Qual.
    column: the value with its unit (95.3万辆, 26.3元/股, 第1批) and its
    qualifier (超1000亿元, 2万多个, ↓约8.6%), since a value without its unit
    tells an analyst nothing and one without its bound says more than the
    source (percent and points carry their unit; a date's value is the
    day or days themselves, 2024-03-28–2024-04-05, never followed by 日)."""
    shown = _value(fact, exact)
    if not shown:
        return shown
    plain = fact.get("kind") in ("percent", "points", "date") or not unit
    written = "" if plain else " ".join(str(fact.get("unit") or "").split())
    return with_qualifier(shown, written, fact) if qualifier else shown + written


def _period(fact: Fact, exact: bool) -> str:
    """The period as a report writes it (2024年前三季度, 2025年1-11月,
    2022年9月22-25日), as the citation a copy makes says it: the record's
    code (2024Q1-Q3, 2025-01/2025-11) read as no Chinese date, and the
    pane and its copy said one period two ways.  Sorting by the column
    still goes by the code, which is in time order."""
    return fact_period_words(fact)


def _sentence(fact: Fact, exact: bool) -> str:
    return " ".join(str(fact.get("sentence") or fact.get("clause") or "").split())


# In display order.  The figure as written and the value are shown in full;
# what was measured takes the width left over; on a narrow pane the columns
# with a ``drop`` order go first (the detail view, `i`, has them all).
COLUMNS: tuple[Column, ...] = (
    # Goes last but for the period (an 80-column pane): by then the value
    # carries its unit (159个, 超1000亿元, 58.2%, 2.3 pp), which says the kind,
    # and the value cell takes the kind's colour; the period, which nothing
    # else says, outlives it (at 80×24 it was the period that went).
    Column("Kind", "kind", 4, _field("kind"), drop=6),
    # Goes where the subject would otherwise be squeezed to a few
    # characters (航天…, 公司…: at 80×24 a long figure left the subject five
    # cells), once the unit has gone into the value: the value then says the
    # figure with its unit and qualifier (385亿元 beside 385亿元 said it
    # twice), and the reader highlights it as written.  The period outlives
    # it: 500亿元 of 商业航天产业规模 is a 2027 target, which nothing else on
    # the screen says.
    Column("Figure", "surface", 6, _field("surface"), drop=4),
    Column("Subject", "subject", 8, _field("subject"), flexible=True),
    Column("Value", "value", 6, _value),
    # The unit goes into the Value column (-2.3亿元) before the period is
    # dropped: two rows of 净利润, -2.3亿 and -1.1亿, told apart by nothing
    # else once the period (2025Q3, 2024Q3) was gone.
    Column("Unit", "unit", 4, _field("unit"), drop=3),
    Column("Period", "period", 6, _period, drop=7, most=22),  # 2024年11月至2025年2月 whole
    Column("Change", "change", 6, lambda fact, exact: format_change(fact), drop=2, most=8),
    Column("Qual.", "qualifier", 5, _field("qualifier"), drop=1),
    Column("Sentence", "sentence", 20, _sentence, drop=5, flexible=True),
)
WIDE_TERMINAL = 160  # from this many columns the facts pane quotes each fact's sentence
SUBJECT_MOST = 40    # on a wide pane the subject gets up to this much before the sentence
SUBJECT_KEPT = 14    # cells of subject worth more than the minor columns
SUBJECT_LEAST = 5    # a subject squeezed to its least: two characters and …
KIND_ORDER = KINDS
# Rows the pane holds at most: a table of figures (a statistical annex) can
# state a hundred thousand, and a row per fact froze the app for minutes.
# The pane says so; copies (C) and exports (e) still take every fact shown.
ROWS_MOST = 1000
PADDING = 2  # DataTable's cell padding, both sides together


def _clip(value: str, limit: int) -> Text:
    return Text(ellipsize(value, limit), no_wrap=True, overflow="ellipsis", end="")


def plan_widths(natural: dict[str, int], available: int, wide: bool,
                empty: Collection[str] = (), keep: Collection[str] = ()) -> dict[str, int]:
    """Column key -> width for a pane ``available`` cells wide: fixed columns
    at their natural width, columns dropped (in their ``drop`` order, those
    ``empty`` in every row first: a blank Change column said nothing where
    the period had to go) while they do not fit, the flexible ones sharing
    what is left.  A column in ``keep`` (the one the rows are sorted by) is
    not dropped: its header's ▲ took two cells more, and sorting by Unit
    dropped the Unit column, the title naming an order by a column nowhere
    on screen."""
    shown = [c for c in COLUMNS if wide or c.key != "sentence"]
    # A subject of a few words is kept whole before the minor columns are.
    keep_subject = max(0, min(natural["subject"], SUBJECT_KEPT) - COLUMNS[2].width)

    def need(columns: list[Column]) -> int:
        return sum((c.width if c.flexible else natural[c.key]) + PADDING for c in columns)

    def subject_cut(columns: list[Column]) -> bool:
        whole = min(natural["subject"], SUBJECT_MOST) if any(c.key == "sentence" for c in columns) else natural["subject"]
        return need(columns) + max(0, whole - COLUMNS[2].width) > available

    while droppable := [c for c in shown if c.drop and c.key not in keep]:
        if need(shown) + keep_subject > available:
            shown.remove(min(droppable, key=lambda c: (c.key not in empty, c.drop)))
        elif (blank := [c for c in droppable if c.key in empty]) and subject_cut(shown):
            # A blank column never cuts what was measured (全国居民消费价… beside an empty Qual.).
            shown.remove(min(blank, key=lambda c: c.drop))
        elif spare := _one_that_keeps_the_subject_whole(shown, droppable, subject_cut):
            shown.remove(spare)
        else:
            break
    widths = {c.key: natural[c.key] for c in shown if not c.flexible}
    spare = max(0, available - need(shown))
    subject = next(c for c in shown if c.key == "subject")
    sentence = [c for c in shown if c.key == "sentence"]
    limit = min(natural["subject"], SUBJECT_MOST) if sentence else natural["subject"]
    widths["subject"] = subject.width + min(spare, max(0, limit - subject.width))
    if sentence:
        widths["sentence"] = sentence[0].width + spare - (widths["subject"] - subject.width)
    # Still too wide (a value with its unit on a very narrow pane): the
    # subject gives way down to two characters, then the figure if it is
    # still shown, cut with an ellipsis.
    over = sum(w + PADDING for w in widths.values()) - available
    if over > 0:
        give = max(0, min(over, widths["subject"] - SUBJECT_LEAST))
        widths["subject"] -= give
        over -= give
    if over > 0 and "surface" in widths:
        widths["surface"] = max(COLUMNS[1].width, widths["surface"] - over)
    return {c.key: widths[c.key] for c in shown}


def _one_that_keeps_the_subject_whole(shown: list[Column], droppable: list[Column],
                                     subject_cut: Callable[[list[Column]], bool]) -> Column | None:
    """The first column (in drop order) whose going keeps what was measured
    whole, when it is cut: at 120×40 社会消费品零售… stood beside 0.4个百分点
    said three times (Figure, Value ↑0.4 pp, Unit 个百分点), and once the
    periods took their words (2025年上半年) the minor columns kept only 14
    cells of subject.  Never the period, which nothing else says; the kind
    only once the value carries its unit (50.2%, 150颗), which says it."""
    if not subject_cut(shown):
        return None
    unit_shown = any(c.key == "unit" for c in shown)
    for column in sorted(droppable, key=lambda c: c.drop):
        if column.key == "period" or (column.key == "kind" and unit_shown):
            continue
        if not subject_cut([c for c in shown if c is not column]):
            return column
    return None


def _sort_key(fact: Fact, key: str) -> tuple:
    value = fact.get(key)
    if key == "value" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, value, "")
    # Text (subjects, units) in pinyin order, as a Chinese reader expects.
    return (1, 0, pinyin_order("" if value is None else str(value)))


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
        self.article: dict[str, Any] | None = None
        self.kind_filter: str | None = None
        self.of_article: int | None = None  # the article's facts, when a search shows fewer
        self.sort_column: int | None = None  # index into COLUMNS, None = text order
        self.exact = False
        self.empty_message = "No article open."
        self.totals = ""  # a search with fact filters: count, Σ, min, max per unit (kept across rebuilds)
        self.widths: dict[str, int] = {}  # the columns shown, by key, and their widths
        self.unit_in_value = False  # a pane too narrow for the Unit column shows 95.3万辆 as the value
        self.qualifier_in_value = False  # … and one too narrow for the Qual. column 超1000亿元
        self._sentences: dict[str, str] = {}

    def on_resize(self) -> None:
        if self.is_mounted:
            self._rebuild(keep=self.current_fact)

    def on_mount(self) -> None:
        # The kinds' colours are set in the cells: a new theme redraws them.
        self.app.theme_changed_signal.subscribe(self, lambda theme: self._rebuild(keep=self.current_fact))

    # -- content -----------------------------------------------------------
    def set_facts(self, facts: list[Fact], empty_message: str = "", article: dict[str, Any] | None = None,
                  of: int | None = None) -> None:
        """``of``: how many facts the article has, when ``facts`` are fewer
        (those a search matched): the title says so, as for the kind filter."""
        self.all_facts, self.article, self._sentences = facts, article, {}
        self.of_article = of if of is not None and of > len(facts) else None
        if empty_message:
            self.empty_message = empty_message
        if self.kind_filter and not any(f.get("kind") == self.kind_filter for f in facts):
            self.kind_filter = None
        self._rebuild()

    def sentence(self, fact: Fact) -> str:
        """The sentence stating the fact (its clause without the article)."""
        fact_id = fact.get("id") or ""
        if fact_id not in self._sentences:
            self._sentences[fact_id] = " ".join(cited_sentence(fact, self.article).split())
        return self._sentences[fact_id]

    def _rebuild(self, keep: Fact | None = None) -> None:
        facts = [f for f in self.all_facts if self.kind_filter in (None, f.get("kind"))]
        if self.sort_column is not None:
            key = COLUMNS[self.sort_column].key
            facts.sort(key=lambda f: _sort_key(f, key))
        self.shown = facts
        rows = facts[:ROWS_MOST]
        wide = self.app.size.width >= WIDE_TERMINAL
        # Too narrow for the Unit or the Qual. column: they go with the value,
        # which widens it and may drop another column (at most twice more).
        self.unit_in_value = self.qualifier_in_value = False
        while True:
            texts = [self._texts(fact, wide) for fact in rows]
            empty = {key for key in texts[0] if not any(t[key] for t in texts)} if texts else ()
            sorted_by = () if self.sort_column is None else (COLUMNS[self.sort_column].key,)
            self.widths = plan_widths(self._natural(texts), self._available_width(), wide, empty, sorted_by)
            unit = self.unit_in_value or "unit" not in self.widths
            qualifier = self.qualifier_in_value or "qualifier" not in self.widths
            if (unit, qualifier) == (self.unit_in_value, self.qualifier_in_value):
                break
            self.unit_in_value, self.qualifier_in_value = unit, qualifier
        self.clear(columns=True)
        for n, column in enumerate(COLUMNS):
            if column.key in self.widths:
                label = column.title + (" ▲" if n == self.sort_column else "")
                self.add_column(Text(label), key=column.key, width=self.widths[column.key])
        for fact, text in zip(rows, texts):
            self.add_row(*self._cells(fact, text), key=fact["id"])
        # The pane's title says the filter and the sort: a toast would cover the rows.
        kind = f" · {self.kind_filter}" if self.kind_filter else ""
        order = f" · by {COLUMNS[self.sort_column].title}" if self.sort_column is not None else ""
        # "6/16": of the article's facts, those the kind filter or the search left.
        whole = self.of_article or (len(self.all_facts) if kind else None)
        matched = " · matching" if self.of_article else ""
        self.border_title = f"Facts ({len(facts):,}{f'/{whole:,}' if whole else ''}){matched}{kind}{order}"
        self.border_subtitle = self._subtitle()
        if keep is not None and keep in rows:
            self.move_cursor(row=rows.index(keep))
        self.post_message(self.FilterChanged())

    def _subtitle(self) -> str:
        if not self.shown:
            return self.empty_message
        if len(self.shown) > self.row_count:
            # Where the rows stop, not a toast: the reason and the way on.
            cut = f"first {self.row_count:,} of {len(self.shown):,} rows · search or f to narrow · C/e take all"
            return f"{cut} · {self.totals}" if self.totals else cut
        return self.totals

    def _natural(self, texts: list[dict[str, str]]) -> dict[str, int]:
        # A cell is never wider than the pane: measuring past it (a long
        # subject, a sentence) only costs time on an article of many facts.
        reach = max(self.app.size.width, 1)
        return {c.key: max([cell_len(c.title) + (2 if n == self.sort_column else 0)]
                           + [min(cell_len(t[c.key][:c.most or reach]), c.most or reach) for t in texts])
                for n, c in enumerate(COLUMNS)}

    def _available_width(self) -> int:
        # The pane's inside, less a cell for the vertical scrollbar.
        return max(20, self.content_region.width - 1)

    def _texts(self, fact: Fact, wide: bool) -> dict[str, str]:
        # The Sentence column is only ever shown on a wide pane: below it each
        # fact's sentence would be looked up for nothing.
        return {c.key: self.full_text(fact, c) if wide or c.key != "sentence" else "" for c in COLUMNS}

    def full_text(self, fact: Fact, column: Column) -> str:
        """What a cell of ``column`` says for ``fact`` before it is cut to its width."""
        if column.key == "sentence":
            return self.sentence(fact)
        if column.key == "value" and (self.unit_in_value or self.qualifier_in_value):
            return value_in_full(fact, self.exact, self.unit_in_value, self.qualifier_in_value)
        return column.show(fact, self.exact)

    def _cells(self, fact: Fact, texts: dict[str, str]) -> list[Text]:
        # A cell cut to its column ends in an ellipsis, never silently.
        cells = [_clip(texts[key], width) for key, width in self.widths.items()]
        if fact.get("kind") in KIND_ORDER:  # the Kind cell, or the value's once the Kind column has gone
            at = list(self.widths).index("kind" if "kind" in self.widths else "value")
            cells[at].stylize(component_style(self, f"facts-table--{fact['kind']}"))
        return cells

    def cell_text(self, row: int, key: str) -> str | None:
        """What a row shows in a column (None when the column is not shown)."""
        if key not in self.widths:
            return None
        return str(self.get_row_at(row)[list(self.widths).index(key)])

    @property
    def current_fact(self) -> Fact | None:
        if self.shown and 0 <= self.cursor_row < len(self.shown):
            return self.shown[self.cursor_row]
        return None

    def select_fact(self, fact: Fact) -> None:
        row = self.shown.index(fact) if fact in self.shown else None
        if row is not None and row < self.row_count:     # past the rows the pane holds: nothing to move to
            self.move_cursor(row=row)

    # -- actions -----------------------------------------------------------
    def action_jump(self) -> None:
        fact = self.current_fact
        if fact is not None:
            self.post_message(self.JumpToFact(fact))

    def action_next_hit(self, step: int) -> None:
        """n / N: the reader's next or previous search hit (its next fact
        without a search), as the reader's own n and N."""
        reader = getattr(self.screen, "reader", None)
        if reader is not None:
            reader.action_next_hit(step)

    def action_detail(self) -> None:
        fact = self.current_fact
        if fact is not None:
            from tui.screens.fact_detail import FactDetailScreen

            self.app.push_screen(FactDetailScreen(fact, self.article))

    def action_cycle_sort(self) -> None:
        # The columns shown, in their order: a narrow pane's value carries its
        # unit, and sorting "by Unit" there sorted by a column nowhere on screen.
        order: list[int | None] = [None, *(n for n, c in enumerate(COLUMNS)
                                           if c.key in self.widths and c.key != "sentence")]
        if self.sort_column not in order:
            order.append(self.sort_column)  # sorted by a column since hidden: s goes back to the text order
        self.sort_column = order[(order.index(self.sort_column) + 1) % len(order)]
        self._rebuild(keep=self.current_fact)

    def action_cycle_kind(self, step: int = 1) -> None:
        present = [k for k in KIND_ORDER if any(f.get("kind") == k for f in self.all_facts)]
        order: list[str | None] = [None, *present]
        current = self.kind_filter if self.kind_filter in order else None
        self.kind_filter = order[(order.index(current) + step) % len(order)]
        self._rebuild(keep=self.current_fact)

    def show_totals(self, line: str) -> None:
        self.totals = line
        if self.shown:
            self.border_subtitle = self._subtitle()

    def clear_filter(self) -> None:
        if self.kind_filter is not None:
            self.kind_filter = None
            self._rebuild(keep=self.current_fact)

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
