"""Pilot tests: empty states, literal text, resizing and store changes."""

from __future__ import annotations

import pytest

from tests.app_helpers import settle, type_query
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.widgets.article_list import ArticleList
from tui.widgets.facts_table import FactsTable
from tui.widgets.reader import Reader


async def test_an_empty_store_says_what_to_do() -> None:
    app = FactdeskApp(FakeStore(empty=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "store is empty" in app.query_one(ArticleList).message
        assert "factdesk ingest" in app.query_one(Reader).visible_text()
        await pilot.press("c", "C", "e")  # nothing to copy or export: no crash
        await settle(pilot)
        assert type(app.screen).__name__ == "MainScreen"


async def test_an_article_without_facts_says_so() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        assert "No figures" in app.query_one(Reader).visible_text()
        table = app.query_one(FactsTable)
        assert table.row_count == 0 and "No figures" in str(table.border_subtitle)


async def test_markup_in_article_text_is_shown_literally() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        text = app.query_one(Reader).visible_text()
        assert "[red]不是标记[/red]" in text and "[bold]方括号[/bold]" in text
        await pilot.press("C")  # notification escapes markup: must not raise
        svg = app.export_screenshot()
        assert "[red]" in svg.replace("&#160;", " ")


async def test_resizing_rewraps_the_reader_by_cells() -> None:
    from rich.cells import cell_len

    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.query_one(Reader)
        wide = len(reader.visible_text().splitlines())
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        narrow = reader.visible_text().splitlines()
        assert len(narrow) > wide
        width = reader.scrollable_content_region.width
        assert all(cell_len(line) <= width for line in narrow)
        # Numbers with units are never split across lines.
        for surface in ("62.5万辆", "58.2%", "1-10月"):
            assert any(surface in line for line in narrow), surface


async def test_the_store_changed_note_leads_the_status_line_so_80_columns_show_it() -> None:
    store = FakeStore()
    app = FactdeskApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_query(pilot, "山城 新能源汽车产量 全市汽车产量")
        store.changed = True
        app.main_screen.disk.poll()
        await pilot.pause()
        status = app.query_one("#status")
        line = "".join(segment.text for segment in status.render_line(0))
        assert line.lstrip().startswith("store changed — r reloads")


async def test_a_store_changed_on_disk_is_offered_for_reload() -> None:
    store = FakeStore()
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        store.changed = True
        app.main_screen.disk.poll()
        await pilot.pause()
        assert app.main_screen.disk.pending
        assert any("press r to reload" in str(n.message).lower() for n in app._notifications)
        assert "store changed" in str(app.query_one("#status").render())
        await pilot.press("r")
        await settle(pilot)
        assert store.reloads == 1 and not app.main_screen.disk.pending
        assert app.main_screen.article["id"] == "a0"


async def test_the_list_truncates_titles_with_an_ellipsis_at_80_columns() -> None:
    from rich.cells import cell_len

    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lst = app.query_one(ArticleList)
        width = lst.scrollable_content_region.width
        lines = [lst.render_line(y).text for y in range(4)]
        assert all(cell_len(line) == width for line in lines)
        assert "…" in lines[1]


async def test_no_color_draws_every_pane_and_dialog_without_crashing(monkeypatch: pytest.MonkeyPatch) -> None:
    # NO_COLOR (no-color.org) makes Textual filter every segment of the screen.
    monkeypatch.setenv("NO_COLOR", "1")
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.no_color
        await pilot.press("j", "j", "tab", "n", "tab", "x")
        await pilot.press("slash", *"产量")
        await pilot.pause(0.2)
        await settle(pilot)
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        await pilot.press("escape", "e")
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot)
        assert "新能源汽车产量" in app.export_screenshot()
    assert app.return_code in (None, 0)


async def test_at_80_columns_a_long_store_path_gives_way_to_the_search_and_its_count() -> None:
    store = FakeStore("/tmp/a/rather/long/folder/of/the/analysts/archive/of/news/factdesk.json")
    app = FactdeskApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_query(pilot, "产量")
        status = app.query_one("#status")
        line = "".join(segment.text for segment in status.render_line(0))
        assert "“产量” → 1 article" in line, line
        assert "factdesk.json" in line and line.index("…") < line.index("factdesk.json"), line


async def test_the_store_changed_toast_is_brief_and_the_status_line_keeps_saying_it() -> None:
    """At 80x24 the toast covers four rows of facts; a feed commits often."""
    store = FakeStore()
    app = FactdeskApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        store.changed = True
        app.main_screen.disk.poll()
        await pilot.pause()
        [note] = [n for n in app._notifications if "press r to reload" in str(n.message).lower()]
        assert note.timeout <= 8
        assert "store changed — r reloads" in str(app.query_one("#status").render())


async def test_a_reload_key_moved_in_the_settings_is_the_one_the_messages_name(tmp_path) -> None:
    """With [keys] "main.reload" = "R" the toast and the status line still
    said to press r, which no longer reloaded."""
    from tui.config import Settings

    store = FakeStore()
    app = FactdeskApp(store, settings=Settings(tmp_path / "config.toml", keys={"main.reload": "R"}))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        store.changed = True
        app.main_screen.disk.poll()
        await pilot.pause()
        assert [n for n in app._notifications if "Press R to reload" in str(n.message)]
        assert "store changed — R reloads" in str(app.query_one("#status").render())
        await pilot.press("R")
        await settle(pilot)
        assert "store changed" not in str(app.query_one("#status").render())


async def test_a_reload_that_fails_stops_offering_r_until_one_succeeds(monkeypatch) -> None:
    """walk21: the store changed into something unreadable (a truncated main
    file); r said 'Reload failed … run factdesk check' while the status line
    went on saying 'store changed — r reloads'."""
    from store.errors import CorruptStoreError

    store = FakeStore()
    real_reload = store.reload

    def broken() -> None:
        raise CorruptStoreError("/tmp/s.json: store file is not valid JSON (corrupt or truncated)")

    monkeypatch.setattr(store, "reload", broken)
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        store.changed = True
        app.main_screen.disk.poll()
        await pilot.pause()
        assert "r reloads" in str(app.query_one("#status").render())
        await pilot.press("r")
        await settle(pilot)
        status = str(app.query_one("#status").render())
        assert "r reloads" not in status and "factdesk check" in status, status
        assert any("Reload failed" in str(n.message) for n in app._notifications)
        monkeypatch.setattr(store, "reload", real_reload)  # repaired (check --fix in another terminal)
        await pilot.press("r")
        await settle(pilot)
        assert store.reloads == 1 and "factdesk check" not in str(app.query_one("#status").render())
