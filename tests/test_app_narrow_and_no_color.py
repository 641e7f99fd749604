"""Pilot tests: at 80 columns the list draws each article on two lines, so
a headline shows sixteen Chinese characters or more (one line left four to
seven beside the date and a search's hit count), the date keeps its year;
and under NO_COLOR every cursor is marked by reverse video, which needs no
colour."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import DataTable

from tests.app_helpers import open_series, settle
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.screens.series import SeriesScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.facts_table import FactsTable

LONG_TITLE = "山城产业对接会举行 签约项目88个 金额超500亿"


def _row_of(lst: ArticleList, title_start: str) -> str:
    return next(lst.render_line(y).text for y in range(len(lst.rows))
                if lst.render_line(y).text.startswith(title_start))


def _two_lines(lst: ArticleList, index: int) -> tuple[str, str]:
    assert lst.lines_per_row == 2 and lst.scroll_y == 0
    return lst.render_line(2 * index).text, lst.render_line(2 * index + 1).text


async def test_at_80_columns_a_row_is_two_lines_the_headline_then_its_rest_and_the_date() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lst = app.query_one(ArticleList)
        index = next(i for i, r in enumerate(lst.rows) if r.entry and r.entry["title"] == LONG_TITLE)
        first, second = _two_lines(lst, index)
        date = lst.rows[index].entry["date"]
        assert LONG_TITLE.startswith(first.rstrip()) and cell_len(first.rstrip()) >= 24  # the whole width
        assert second.rstrip().endswith(date)  # full date, year first, and no count after it
        rest = second.rstrip()[:-len(date)].strip().rstrip("…")
        assert LONG_TITLE.startswith(first.rstrip() + rest)
        assert cell_len(first.rstrip() + rest) >= 32  # sixteen Chinese characters or more (before: seven)
        assert "facts" not in (lst.border_subtitle or "") and "date" in (lst.border_subtitle or "")


async def test_at_120_columns_the_list_also_counts_each_articles_facts() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.query_one(ArticleList)
        entry = next(r.entry for r in lst.rows if r.entry and r.entry["title"] == LONG_TITLE)
        assert _row_of(lst, "山城").split()[-2:] == [entry["date"], str(entry["n_facts"])]
        assert (lst.border_subtitle or "").endswith("date · facts")


async def test_a_search_keeps_its_hit_counts_at_80_columns() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"山城")
        await pilot.pause(0.2)
        await settle(pilot)
        lst = app.query_one(ArticleList)
        assert lst.searching and lst.rows
        hits = lst.rows[0].entry["hits"]
        first, second = _two_lines(lst, 0)
        assert second.rstrip().endswith(f" {hits}") and cell_len(first.rstrip()) >= 20


def _reversed(strip: Strip) -> bool:
    return any(seg.style is not None and seg.style.reverse and seg.text.strip()
               for seg in strip if isinstance(seg, Segment))


@pytest.mark.parametrize("no_color", [True, False])
async def test_under_no_color_the_list_and_facts_cursors_are_reverse_video(
        monkeypatch: pytest.MonkeyPatch, no_color: bool) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lst = app.query_one(ArticleList)
        per = lst.lines_per_row  # both lines of the row under the cursor, none of the next
        assert all(_reversed(lst.render_line(lst.cursor * per + n)) is no_color for n in range(per))
        assert not _reversed(lst.render_line((lst.cursor + 1) * per))
        table = app.query_one(FactsTable)
        table.focus()
        await pilot.press("j")
        await pilot.pause()
        # line 0 is the header; the cursor's row is drawn under it
        assert _reversed(table.render_line(1 + table.cursor_row)) is no_color
        assert not _reversed(table.render_line(1 + table.cursor_row - 1))
        lst.focus()
        await pilot.pause()
        assert _reversed(lst.render_line(lst.cursor * per)) is no_color  # focused: reverse and bold


async def test_under_no_color_the_series_tables_cursor_is_reverse_video(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_series(pilot, "3.1万辆")
        assert isinstance(app.screen, SeriesScreen)
        series = app.screen.query_one(DataTable)
        assert series.row_count == 2
        assert _reversed(series.render_line(1 + series.cursor_row))
        assert not _reversed(series.render_line(2 + series.cursor_row))


async def test_at_80x24_the_export_dialog_shows_every_format_and_its_whole_hint() -> None:
    from textual.widgets import Button, Label

    from tui.screens.export import ExportScreen

    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        inside = dialog.query_one("#export-dialog").content_region
        for button in dialog.query(Button):
            assert inside.contains_region(button.region), str(button.label)
            assert cell_len(str(button.label)) <= button.content_region.width  # label not cut
        hint = dialog.query_one(".hint", Label)
        assert inside.contains_region(hint.region)
        shown = "".join(hint.render_line(y).text for y in range(hint.region.height))
        assert "".join(shown.split()) == "".join(str(hint.render()).split())  # wrapped, every word on screen


def _contrast(fg, bg) -> float:
    def luminance(color) -> float:
        r, g, b = (c / 255 for c in color.get_truecolor())
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _drawn(strip: Strip, base) -> list[tuple[str, object, object]]:
    """(text, colour, background) of each visible segment as the terminal gets it."""
    out = []
    for seg in strip:
        if seg.text.strip():
            style = base + seg.style if seg.style else base
            out.append((seg.text, style.color, style.bgcolor))
    return out


async def test_in_every_theme_the_drawn_titles_dates_counts_and_kinds_are_readable_also_after_a_switch() -> None:
    from tui.widgets.reader import Reader

    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader, lst = app.query_one(Reader), app.query_one(ArticleList)
        for name in sorted(app.available_themes):
            app.theme = name
            await settle(pilot)
            # Every line of the reader as drawn: title, byline, section headings, body with its figures.
            lines = [(reader.render_line(y), reader.rich_style) for y in range(reader.content_region.height)]
            lines += [(lst.render_line(lst.cursor + 1), lst.rich_style)]  # a row off the cursor: title, date, count
            table = app.query_one(FactsTable)
            lines += [(table.render_line(y), table.rich_style) for y in range(2, table.row_count + 1)]  # kinds
            for strip, base in lines:
                for text, color, bgcolor in _drawn(strip, base):
                    if color is None or bgcolor is None or color.is_default or bgcolor.is_default:
                        continue  # the ansi themes: the terminal's own colours
                    assert _contrast(color, bgcolor) >= 3.0, (name, text, color, bgcolor)


async def test_at_80_columns_the_series_table_ends_its_titles_with_an_ellipsis_on_screen() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_series(pilot, "3.1万辆")
        series = app.screen.query_one(DataTable)
        titles = [str(series.get_row_at(n)[-1]) for n in range(series.row_count)]
        assert titles and all(title.endswith("…") for title in titles)  # 山城产业对接会举行… is longer
        widths = sum(column.get_render_width(series) for column in series.columns.values())
        assert widths <= series.size.width  # nothing runs off the right edge
