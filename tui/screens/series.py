"""One indicator over time, and the figures sources disagree on.

``SeriesScreen`` shows the series of the highlighted fact's indicator (same
name, entity, kind, unit and level-or-change): a chart and a table of
period, value, qualifier, publication and date.  ``ConflictsScreen`` lists
the disagreements of the current search (or of the whole store), each
with its sources side by side.  Either returns the figure chosen with enter,
and ``SeriesActions`` (mixed into the main screen) opens its article at it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Static

from tui import keys
from tui.citation import period_words
from tui.notes import one_line, say, show_notices, store_notices
from tui.series_output import (
    UNNAMED,
    conflict_lines,
    conflict_name,
    conflict_text,
    conflicts_with_sentences,
    row_value,
    series_csv,
    series_tsv,
    with_sentences,
)
from tui.widgets.series_chart import SeriesChart
from tui.wrap import ellipsize
from tui.widgets.key_footer import KeyFooter
from store import counted

if TYPE_CHECKING:
    from store import Conflict, Fact, Indicator, SeriesRow, StoreReader

Chosen = tuple[str, str]  # (article id, fact id)


def fact_indicator(fact: Fact, title: str | None, publication: str | None = None) -> Indicator | None:
    """The fact's indicator as the series table has it (the headline's
    place, or 全国 for national news, stands in for an entity the subject
    does not name)."""
    from store import indicator_of, title_entity

    return indicator_of(fact, title_entity(title, publication))


def same_indicator(fact: Fact, title: str | None, rows: list[SeriesRow],
                   publication: str | None = None) -> list[SeriesRow]:
    """The rows measuring what ``fact`` measures (a query by name also finds
    other entities and other units of the name)."""
    mine = fact_indicator(fact, title, publication)
    if mine is None:
        return []
    return [r for r in rows if (r["indicator"], r["entity"], r["kind"], r["unit"], r["measure"]) ==
            (mine.name, mine.entity, fact.get("kind"), fact.get("unit"), mine.measure)]


def fit_widths(table: DataTable[Any], fixed: list[list[str]], flexible: list[list[str]]) -> list[int]:
    """Widths for a table's flexible columns (their header and cells as
    ``flexible``) once the ``fixed`` ones are laid out, so that the row fits
    the table beside its vertical scrollbar: a column narrower than an even
    share keeps its width, the wider ones share what is left (a long paper's
    name or indicator had pushed the titles or the sources off the screen;
    the screen's width and a one-cell scrollbar hid the last cells of every
    line)."""
    room = table.size.width - table.styles.scrollbar_size_vertical
    room -= sum(max(cell_len(text) for text in column) + 2 for column in fixed) + 2 * len(flexible)  # 2: padding
    natural = [max(cell_len(text) for text in column) for column in flexible]
    widths = list(natural)
    while sum(widths) > room:
        wide = [n for n, w in enumerate(widths) if w == max(widths)]
        share = max(room - sum(w for n, w in enumerate(widths) if n not in wide), 0) // len(wide)
        if share >= max(widths) or max(widths) <= MIN_WIDTH:
            break
        for n in wide:
            widths[n] = max(MIN_WIDTH, share, max((w for w in widths if w < widths[n]), default=0))
    return widths


MIN_WIDTH = 12  # a flexible column is never cut narrower (the table scrolls sideways instead)


def _width_changed(screen: Screen[Any], table: DataTable[Any]) -> bool:
    """Whether the table must be laid out (again) for its width: its columns
    are fitted to it, so a terminal resized from 20×5 back to 200×50 had
    left them 12 cells wide.  Clears the table, keeping its cursor row."""
    width = table.size.width
    if getattr(screen, "_laid_out_for", None) == width:
        return False
    screen._laid_out_for = width  # type: ignore[attr-defined]
    screen._cursor_row = table.cursor_row if table.row_count else 0  # type: ignore[attr-defined]
    table.clear(columns=True)
    return True


class RowKeys:
    """The view's j k g G home end (keys.py): its table's rows, as in the
    panes; the table binds only the arrows and the page keys."""

    def action_row(self, step: int) -> None:
        table = self.query_one(DataTable)  # type: ignore[attr-defined]
        (table.action_cursor_down if step > 0 else table.action_cursor_up)()

    def action_first_row(self) -> None:
        self.query_one(DataTable).action_scroll_top()  # type: ignore[attr-defined]

    def action_last_row(self) -> None:
        self.query_one(DataTable).action_scroll_bottom()  # type: ignore[attr-defined]


def _restore_cursor(table: DataTable[Any]) -> None:
    row = getattr(table.screen, "_cursor_row", 0)
    if 0 < row < table.row_count:
        table.move_cursor(row=row)


# From this many articles to read, a copy says it is at work (a bare
# indicator such as 全国 has thousands of figures: seconds of reading).
READING_NOTE = 100


def _reading(screen: Screen[Any], articles: int, figures: int) -> None:
    """From a copy worker: say that the sentences are being read, when that
    takes a while (the toast the copy ends with takes its place)."""
    if articles >= READING_NOTE:
        screen.app.call_from_thread(say, screen, "copy", f"Reading the sentences of {counted(figures, 'figure')} from "
                                    f"{counted(articles, 'article')} to cite them…", timeout=60)


def _chart_label(row: dict[str, Any]) -> str:
    sources = row.get("sources", 1)
    source = f"{sources} sources" if sources > 1 else row.get("publication") or ""
    return f"{row_value(row)}  {source}".rstrip()


class SeriesScreen(RowKeys, Screen[Chosen | None]):
    """The series of one fact's indicator: chart and table."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("series")

    def __init__(self, store: StoreReader, fact: Fact, title: str | None = None,
                 publication: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.fact = fact
        self.title = title  # the headline of the fact's article
        self.publication = publication  # and its publication: national news's figures are the country's
        self.rows: list[SeriesRow] = []  # the figures shown: one type of period (self.grain)
        self.all_rows: list[SeriesRow] = []  # every figure of the indicator
        self.grain: str | None = None  # store.series.periods.GRAINS

    def compose(self) -> ComposeResult:
        yield Static("Reading the series…", id="series-head", markup=False)
        yield SeriesChart(_chart_label, id="series-chart")
        yield DataTable(id="series-table", cursor_type="row", zebra_stripes=True)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        # Drawn once the rows are read: empty, it said "No figure of this
        # indicator has a period" under "Reading the series…" (seconds, when
        # the series table is built after an upgrade).
        self.query_one(SeriesChart).display = False
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def load(self) -> None:
        indicator = fact_indicator(self.fact, self.title, self.publication)
        if indicator is None:
            self.app.call_from_thread(self._loaded, [])
            return
        from store import QueryError, StoreError

        try:
            rows = same_indicator(self.fact, self.title, self.store.series(f'"{indicator.entity or ""}{indicator.name}"'),
                                  self.publication)
        except (StoreError, QueryError, OSError) as error:  # one line, the screen stays
            self.app.call_from_thread(self._failed, error)
            return
        self.app.call_from_thread(show_notices, self, store_notices(self.store))
        self.app.call_from_thread(self._loaded, rows)

    def _failed(self, error: BaseException) -> None:
        self.query_one("#series-head", Static).update(f"Cannot read the series: {error}")
        self.query_one(SeriesChart).display = False  # an empty chart said no figure had a period

    def _loaded(self, rows: list[SeriesRow]) -> None:
        from store import period_grains

        self.all_rows = rows
        head = self.query_one("#series-head", Static)
        if not rows:
            self.rows = rows
            head.update("This figure has no indicator to follow (no subject, or a date). Escape goes back.")
            self.query_one(SeriesChart).display = False  # else it says "no figure of this indicator has a period"
            return
        # The fact's own type of period: a month's rate never stands beside a year-to-date one.
        mine = next((r["period"] for r in rows if r["fact_id"] == self.fact.get("id")), self.fact.get("period"))
        self._show_grain(period_grains(mine)[0])

    def _grains_present(self) -> list[str]:
        from store import PERIOD_GRAINS as GRAINS, period_grains

        # (a type only its second members make, the half-years of a lone 上半年, is no view of its own)
        present = {period_grains(r["period"])[0] for r in self.all_rows}
        return [g for g in GRAINS if g in present]

    def _show_grain(self, grain: str) -> None:
        from store import PERIOD_GRAIN_NAMES as GRAIN_NAMES, period_grains

        self.grain = grain
        self.rows = rows = [r for r in self.all_rows if grain in period_grains(r["period"])]
        first = rows[0]
        articles = len({r["article_id"] for r in rows})
        what = "change" if first["measure"] == "change" else "level"
        others = [f"{GRAIN_NAMES[g].split(' (')[0]} {sum(g in period_grains(r['period']) for r in self.all_rows)}"
                  for g in self._grains_present() if g != grain]
        more = f" · p: {', '.join(others)}" if others else ""
        self.query_one("#series-head", Static).update(
            f"{conflict_name(first)} · {first['kind']} {first['unit'] or ''} · {what} · {GRAIN_NAMES[grain]}"
            f" · {counted(len(rows), 'figure')} from {counted(articles, 'article')}{more}")
        chart = self.query_one(SeriesChart)
        chart.display = grain != "none"  # figures without a period have no place on a time line
        chart.show(rows)
        self._laid_out_for = None  # the table is filled again for the rows of this type
        self._cursor_row = 0
        self._fill_table()

    def action_grain(self) -> None:
        """The next type of period present in the indicator's figures."""
        present = self._grains_present()
        if len(present) < 2 or self.grain is None:
            say(self, "grain", "Every figure of this series has the same type of period.", timeout=4)
            return
        at = present.index(self.grain) if self.grain in present else -1
        self._show_grain(present[(at + 1) % len(present)])

    def on_resize(self) -> None:
        if self.rows:  # the titles were cut to the width the table had: cut them again
            self.call_after_refresh(self._fill_table)

    def _fill_table(self) -> None:
        rows = self.rows
        table = self.query_one(DataTable)
        if not _width_changed(self, table):
            return
        labels = ("period", "value", "qualifier", "publication", "date")
        cells = [(period_words(row["period"]) or "—", row_value(row), row["qualifier"] or "", row["publication"] or "",
                  row["date"] or "") for row in rows]
        columns = [[label, *column] for label, column in zip(labels, zip(*cells))]
        paper_width, title_width = fit_widths(table, columns[:3] + columns[4:], [columns[3], ["title", *(
            row["title"] or "" for row in rows)]])
        for label in (*labels, "title"):
            table.add_column(label, key=label)
        for n, (row, shown) in enumerate(zip(rows, cells)):  # a long headline ends in …, within the screen
            shown = (*shown[:3], ellipsize(shown[3], paper_width), shown[4])
            table.add_row(*shown, Text(ellipsize(row["title"] or "", title_width)), key=str(n))
        _restore_cursor(table)
        fact_id = self.fact.get("id")
        at = next((n for n, r in enumerate(rows) if r["fact_id"] == fact_id), 0)
        table.move_cursor(row=at)
        self.call_after_refresh(table.move_cursor, row=at)  # again once laid out, so it scrolls into view

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:  # enter on the table
        event.stop()
        self.action_open()

    def _current(self) -> SeriesRow | None:
        table = self.query_one(DataTable)
        if not self.rows or not 0 <= table.cursor_row < len(self.rows):
            return None
        return self.rows[table.cursor_row]

    def action_open(self) -> None:
        row = self._current()
        if row is not None:
            self.dismiss((row["article_id"], row["fact_id"]))

    def action_copy(self) -> None:
        if not self.rows:
            say(self, "copy", "Nothing to copy: the series is empty.", severity="warning")
            return
        self.copy_worker(list(self.rows))

    @work(thread=True, group="copy", exit_on_error=False)
    def copy_worker(self, rows: list[SeriesRow]) -> None:
        """Copy the rows, each citing its article and the sentence stating
        the figure (read from the store: the series table holds neither)."""
        from store import StoreError
        from tui.clipboard import copy_text

        _reading(self, len({r["article_id"] for r in rows}), len(rows))
        try:
            cited = with_sentences(self.store, rows)
        except (StoreError, OSError) as error:  # one line, nothing copied without its sources
            self.app.call_from_thread(say, self, "copy", f"Cannot copy the series: {one_line(error)}",
                                      severity="error")
            return
        self.app.call_from_thread(copy_text, self.app, series_tsv(cited), f"{counted(len(rows), 'figure')} as TSV")

    def action_export(self) -> None:
        from tui.export import slug
        from tui.screens.export import ExportScreen

        if not self.rows:
            say(self, "export", "Nothing to export: the series is empty.", severity="warning")
            return
        rows = list(self.rows)
        settings = getattr(self.app, "settings", None)
        folder = settings.export_dir if settings is not None else Path.cwd()
        default = folder / f"series-{slug((rows[0]['entity'] or '') + rows[0]['indicator'])}"

        def chosen(choice: tuple[str, Path] | None) -> None:
            if choice:
                self.export_worker(rows, *choice)

        self.app.push_screen(ExportScreen(f"the {counted(len(rows), 'figure')} of this series", default, ("csv", "tsv"),
                                          title="Export series"), chosen)

    @work(thread=True, group="export", exit_on_error=False)
    def export_worker(self, rows: list[SeriesRow], fmt: str, target: Path) -> None:
        from tui.export import ExportError, write_new

        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(f"{target.name}.{fmt}")
        from store import StoreError

        try:
            cited = with_sentences(self.store, rows)
            path = write_new(series_csv(cited) if fmt == "csv" else series_tsv(cited), target, bom=fmt == "csv")
        except (ExportError, StoreError, OSError) as error:
            self.app.call_from_thread(say, self, "export", f"Export failed: {one_line(error)}", severity="error")
            return
        self.app.call_from_thread(say, self, "export", f"Exported {counted(len(rows), 'figure')} to {one_line(str(path))}",
                                  title="Export")

    def action_close(self) -> None:
        self.dismiss(None)


class ConflictsScreen(RowKeys, Screen[Chosen | None]):
    """The measurements whose sources disagree, sources side by side."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("conflicts")

    def __init__(self, store: StoreReader, query: str | None) -> None:
        super().__init__()
        self.store = store
        self.search = query
        self.groups: list[Conflict] = []

    def compose(self) -> ComposeResult:
        yield Static("Looking for figures that disagree…", id="conflicts-head", markup=False)
        yield DataTable(id="conflicts-table", cursor_type="row", zebra_stripes=True)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def load(self) -> None:
        from store import QueryError, StoreError

        try:
            groups = self.store.conflicts(self.search)
        except (StoreError, QueryError, OSError) as error:  # said in the heading
            self.app.call_from_thread(self._show_head, f"Cannot look for conflicts: {error}")
            return
        self.app.call_from_thread(show_notices, self, store_notices(self.store))
        self.app.call_from_thread(self._loaded, groups)

    def _show_head(self, text: str) -> None:
        self.query_one("#conflicts-head", Static).update(text)

    def _loaded(self, groups: list[Conflict]) -> None:
        self.groups = groups
        scope = f"of “{self.search}”" if self.search else "in the whole store"
        if not groups:
            self._show_head(f"No measurement {scope} has sources that disagree. Escape goes back.")
            return
        head = f"{counted(len(groups), 'measurement')} {scope} with sources that disagree · enter opens the first"
        if any(not group.get("entity") for group in groups):  # what the mark in the table means, as README says
            head += f"\n{UNNAMED}: its figures may concern several places or companies"  # one line at 80
        self._show_head(head)
        self._fill_table()

    def on_resize(self) -> None:
        if self.groups:  # the columns were fitted to the width the table had: fit them again
            self.call_after_refresh(self._fill_table)

    def _fill_table(self) -> None:
        groups = self.groups
        table = self.query_one(DataTable)
        if not _width_changed(self, table):
            return
        cells = [(conflict_name(group), period_words(group["period"]) or "—") for group in groups]
        texts = [conflict_text(group) for group in groups]
        name_width, width = fit_widths(table, [["period", *(c[1] for c in cells)]],
                                       [["indicator", *(c[0] for c in cells)], ["sources", *texts]])
        table.add_column("indicator", key="indicator", width=name_width)
        table.add_column("period", key="period")
        table.add_column("sources", key="sources", width=width)
        for n, ((name, period), text) in enumerate(zip(cells, texts)):  # both wrap: every source stays on screen
            table.add_row(Text(name), period, Text(text), key=str(n), height=None)
        _restore_cursor(table)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:  # enter on the table
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if self.groups and 0 <= table.cursor_row < len(self.groups):
            first = self.groups[table.cursor_row]["values"][0]
            self.dismiss((first["article_id"], first["fact_id"]))

    def action_copy(self) -> None:
        if not self.groups:
            say(self, "copy", "Nothing to copy: no conflicts.", severity="warning")
            return
        self.copy_worker(list(self.groups))

    @work(thread=True, group="copy", exit_on_error=False)
    def copy_worker(self, groups: list[Conflict]) -> None:
        """Copy the conflicts, each figure citing the sentence that states it."""
        from store import StoreError
        from tui.clipboard import copy_text

        values = [v for g in groups for v in g["values"]]
        _reading(self, len({v["article_id"] for v in values}), len(values))
        try:
            cited = conflicts_with_sentences(self.store, groups)
        except (StoreError, OSError) as error:  # one line, nothing copied without its sources
            self.app.call_from_thread(say, self, "copy", f"Cannot copy the conflicts: {one_line(error)}",
                                      severity="error")
            return
        text = "\n".join(line for g in cited for line in conflict_lines(g)) + "\n"
        self.app.call_from_thread(copy_text, self.app, text, f"{counted(len(groups), 'conflict')}")

    def action_close(self) -> None:
        self.dismiss(None)
