"""Keys that put things back: Escape clears the search and the kind filter
from any pane, F cycles the kinds backwards, Home/End reach the first and
last fact, sorting and filtering show in the pane's title (no toast), the reload toast goes when the
store is reloaded, and the palette offers each command once."""

from __future__ import annotations

import pytest

from tests.app_helpers import palette_has_matches, settle, type_query, wait_until
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.widgets.article_list import ArticleList
from tui.widgets.facts_table import COLUMNS, FactsTable
from tui.widgets.reader import Reader
from tui.widgets.search_bar import SearchBar


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


@pytest.mark.parametrize("pane", [ArticleList, Reader, FactsTable])
async def test_escape_clears_the_search_and_the_kind_filter_from_any_pane(pane) -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "产量")
        table = app.query_one(FactsTable)
        table.focus()
        await pilot.press("f")
        assert table.kind_filter is not None and app.main_screen.search_state.active
        app.query_one(pane).focus()
        await pilot.press("escape")
        await settle(pilot)
        assert not app.main_screen.search_state.active and app.query_one(SearchBar).value == ""
        assert table.kind_filter is None
        assert not app.query_one(ArticleList).searching
        assert isinstance(app.focused, pane)


async def test_F_cycles_the_kinds_backwards() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.focus()
        forward = []
        for _ in range(3):
            await pilot.press("f")
            forward.append(table.kind_filter)
        await pilot.press("F")
        assert table.kind_filter == forward[1]
        await pilot.press("F", "F")
        assert table.kind_filter is None
        await pilot.press("F")  # from all kinds back to the last kind
        present = {f["kind"] for f in table.all_facts}
        assert table.kind_filter in present and table.kind_filter != forward[0]


async def test_home_and_end_go_to_the_first_and_last_fact() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.focus()
        await pilot.press("end")
        assert table.cursor_row == table.row_count - 1 > 0
        assert table.scroll_x == 0  # not sideways
        await pilot.press("home")
        assert table.cursor_row == 0


async def test_sort_and_filter_keys_say_so_in_the_panes_title_and_reloading_takes_its_toast_down() -> None:
    store = FakeStore()
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.focus()
        for _ in range(4):
            await pilot.press("s")
        await pilot.press("f", "f")
        await settle(pilot)
        assert not app._notifications  # nothing over the rows being read
        sorted_by = next(c.title for n, c in enumerate(COLUMNS) if n == table.sort_column)
        assert table.border_title.endswith(f" · {table.kind_filter} · by {sorted_by}")
        store.changed = True
        app.main_screen.disk.poll()
        await pilot.pause()
        assert any("press r to reload" in n.message.lower() for n in app._notifications)
        await pilot.press("r")
        await settle(pilot)
        assert not any("press r to reload" in n.message.lower() for n in app._notifications)


async def test_the_palette_offers_each_command_once() -> None:
    from textual.command import CommandList

    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 60)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: palette_has_matches(app))
        await pilot.pause(0.3)
        options = app.screen.query_one(CommandList)
        names = [str(options.get_option_at_index(i).prompt).split("\n")[0] for i in range(options.option_count)]
        assert len(names) >= 8 and len(names) == len(set(names)), names
        assert "Show keys" in names and "Keys" not in names
        assert sum(1 for n in names if "theme" in n.lower()) == 1, names


async def test_copy_toasts_are_one_short_line_and_a_table_is_named_not_quoted() -> None:
    from rich.cells import cell_len

    from tui.clipboard import NOTIFY_MAX

    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.query_one(FactsTable).focus()
        await pilot.press("c")
        (note,) = app._notifications
        assert note.message.startswith("fact: ") and cell_len(note.message) <= len("fact: ") + NOTIFY_MAX
        await pilot.press("C")
        (note,) = app._notifications
        assert note.message == f"{app.query_one(FactsTable).row_count} facts as TSV"  # not its header row
