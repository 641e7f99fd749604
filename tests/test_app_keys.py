"""Pilot tests: every documented key does what the help screen says."""

from __future__ import annotations

import pytest

from tests.app_helpers import settle, type_query, palette_has_matches, wait_until
from tests.test_app_terminal_safety import screen_text
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.widgets.article_list import ArticleList
from tui.widgets.facts_table import FactsTable
from tui.widgets.reader import Reader
from tui.widgets.search_bar import SearchBar


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


def make_app(**kw: object) -> FactdeskApp:
    return FactdeskApp(FakeStore(**kw))  # type: ignore[arg-type]


async def test_start_shows_the_catalog_and_opens_the_first_article() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.query_one(ArticleList)
        assert [r.entry["id"] for r in lst.rows] == ["a0", "a1", "a2"]  # newest first, the undated last
        assert lst.current_id == "a0"
        assert app.main_screen.article["id"] == "a0"
        assert "山城产业对接会举行" in app.query_one(Reader).visible_text()
        assert app.focused is lst


async def test_j_k_arrows_g_G_move_the_article_cursor() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.query_one(ArticleList)
        await pilot.press("j")
        assert lst.current_id == "a1"
        await pilot.press("down")
        assert lst.current_id == "a2"
        await pilot.press("k", "up")
        assert lst.current_id == "a0"
        await pilot.press("up")  # already the first
        assert lst.current_id == "a0"
        await pilot.press("G")
        assert lst.current_id == "a2"
        await pilot.press("g")
        assert lst.current_id == "a0"
        await pilot.press("pagedown")
        assert lst.current_id == "a2"
        await pilot.press("pageup")
        assert lst.current_id == "a0"
        await pilot.press("end")
        await settle(pilot)
        assert app.main_screen.article["id"] == "a2"  # moving previews the article


async def test_enter_opens_the_article_and_focuses_the_reader() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)
        assert app.main_screen.article["id"] == "a1"
        assert isinstance(app.focused, Reader)


async def test_tab_and_shift_tab_cycle_the_panes() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        seen = []
        for _ in range(4):
            await pilot.press("tab")
            seen.append(type(app.focused))
        assert seen == [Reader, FactsTable, SearchBar, ArticleList]
        await pilot.press("shift+tab")
        assert isinstance(app.focused, SearchBar)


async def test_reader_keys_scroll_a_long_article() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("G", "enter")
        await settle(pilot)
        reader = app.query_one(Reader)
        await pilot.press("j", "j")
        assert reader.scroll_y == 2
        await pilot.press("k")
        assert reader.scroll_y == 1
        await pilot.press("G")
        assert reader.scroll_y == reader.max_scroll_y > 0
        await pilot.press("g")
        assert reader.scroll_y == 0
        await pilot.press("pagedown")
        assert reader.scroll_y > 5


async def test_facts_s_sorts_f_filters_and_enter_jumps_to_the_fact() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.focus()
        await pilot.press("s")  # sort by kind
        kinds = [f["kind"] for f in table.shown]
        assert kinds == sorted(kinds)
        await pilot.press("s", "s", "s")  # kind → figure → subject → value
        values = [f["value"] for f in table.shown]
        assert values == sorted(values)
        await pilot.press("f")  # first kind present: money
        assert {f["kind"] for f in table.shown} == {"money"}
        assert "money" in str(table.border_title)
        await pilot.press("f", "f")  # count → percent
        assert {f["kind"] for f in table.shown} == {"percent"}
        await pilot.press("f")  # back to all kinds
        assert len(table.shown) == 10
        # Enter jumps: the reader selects the fact and takes focus.
        await pilot.press("G", "enter")
        reader = app.query_one(Reader)
        assert reader.selected is table.current_fact
        assert isinstance(app.focused, Reader)


async def test_enter_on_a_fact_scrolls_the_reader_to_it() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("G")
        await settle(pilot)
        app.query_one(FactsTable).focus()
        await pilot.press("G", "enter")
        reader = app.query_one(Reader)
        fact = reader.selected
        assert fact["surface"] == "60.5%"
        line = reader.line_of("body", fact["start"])
        assert reader.scroll_y <= line < reader.scroll_y + reader.scrollable_content_region.height


async def test_x_shows_exact_values() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.focus()
        row = [f["surface"] for f in table.shown].index("62.5万辆")
        value_column = 3
        assert str(table.get_row_at(row)[value_column]) == "62.5万"
        await pilot.press("x")
        assert str(table.get_row_at(row)[value_column]) == "625,000"


async def test_n_and_N_step_through_facts_without_a_search() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.query_one(Reader).focus()
        await pilot.press("n")
        reader = app.query_one(Reader)
        assert reader.selected == reader.facts[0]
        await pilot.press("n", "n")
        assert reader.selected == reader.facts[2]
        assert app.query_one(FactsTable).current_fact == reader.facts[2]
        await pilot.press("N")
        assert reader.selected == reader.facts[1]


async def test_c_copies_the_fact_as_a_citation() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.query_one(FactsTable).focus()
        await pilot.press("j", "j", "j", "j", "j")  # 62.5万辆
        await pilot.press("c")
        assert app.clipboard == (
            # The whole body sentence, as the source states it.
            "新能源汽车产量（2024年）：62.5万辆 — 会上公布:山城新能源汽车产量从2020年的3.1万辆增至2024年的62.5万辆,"
            "全市汽车产量达210万辆（《山城产业对接会举行 签约项目88个 金额超500亿》，山城晚报，2025-11-25）"
        )


async def test_y_copies_just_the_figure() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.query_one(FactsTable).focus()
        await pilot.press("j", "y")
        assert app.clipboard == "超500亿元"  # with the unit the figure leaves to its kind, as c cites it


async def test_C_copies_all_facts_as_tsv_with_a_header() -> None:
    from store import FACT_COLUMNS
    from tui.citation import SOURCE_COLUMNS

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        lines = app.clipboard.splitlines()
        header = lines[0].split("\t")
        assert header == [*FACT_COLUMNS, *SOURCE_COLUMNS]  # every field, then where it comes from
        assert len(lines) == 11
        rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
        assert all(len(row) == len(header) for row in rows)
        article = app.main_screen.article
        assert {(r["article_title"], r["publication"], r["date"]) for r in rows} == {
            (article["title"], article["publication"], article["date"])}
        assert all(r["surface"] in r["sentence"] for r in rows)


async def test_copy_without_facts_says_so() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        await pilot.press("c")
        assert app.clipboard == ""
        assert any("Nothing to copy: no facts shown." in str(n.message) for n in app._notifications)


async def test_e_exports_the_facts_in_the_chosen_format(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        assert type(app.screen).__name__ == "ExportScreen"
        await pilot.press("j")
        await settle(pilot)
        assert type(app.screen).__name__ == "MainScreen"
        files = list(tmp_path.glob("factdesk-*.json"))
        assert len(files) == 1
        import json

        assert len(json.loads(files[0].read_text(encoding="utf-8"))) == 10
        await pilot.press("e", "c")
        await settle(pilot)
        assert len(list(tmp_path.glob("factdesk-*.csv"))) == 1
        await pilot.press("e", "m")
        await settle(pilot)
        assert list(tmp_path.glob("factdesk-*.md"))[0].read_text(encoding="utf-8").startswith("# ")


async def test_escape_closes_the_export_dialog_without_writing(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("e", "escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "MainScreen"
        assert not list(tmp_path.iterdir())


async def test_question_mark_lists_every_key_and_the_query_language() -> None:
    from tui.keys import KEYS

    app = make_app()
    async with app.run_test(size=(140, 140)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        shown = screen_text(app.export_screenshot())  # rows joined, blanks dropped
        for key in KEYS:
            if key.keys:
                # The start of each line (a long one wraps beside the pane behind the dialog).
                assert "".join(key.help.split())[:20] in shown, key.id
        await pilot.press("G")  # the query language follows the keys: at its end once they fill the dialog
        await pilot.pause()
        assert ">0.3pp" in screen_text(app.export_screenshot())  # the points filter
        await pilot.press("escape")
        assert type(app.screen).__name__ == "MainScreen"


async def test_help_and_palette_show_the_keys_the_settings_bound(tmp_path) -> None:
    """With [keys] "main.copy_fact" = "ctrl+y" and "main.series" = "T", help
    still listed c and t (the table's defaults), which no longer did anything."""
    from tui.config import Settings

    settings = Settings(tmp_path / "config.toml", keys={"main.copy_fact": "ctrl+y", "main.series": "T"})
    app = FactdeskApp(FakeStore(), settings=settings)
    async with app.run_test(size=(140, 110)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        shown = screen_text(app.export_screenshot())
        assert "ctrl+yCopythehighlightedfact" in shown and "cCopythehighlightedfact" not in shown
        assert "TThehighlightedfact" in shown and "tThehighlightedfact" not in shown
        assert "yCopyjustthefigure" in shown  # the others as they were
        await pilot.press("escape")
        await pilot.press("ctrl+p")  # the palette's commands list their keys too
        await wait_until(pilot, lambda: "Copyfactwithcitation" in screen_text(app.export_screenshot()))
        shown = screen_text(app.export_screenshot())
        assert "Copyfactwithcitationctrl+y—Copythehighlightedfact" in shown


async def test_ctrl_p_opens_the_palette_with_the_apps_commands() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert type(app.screen).__name__ == "CommandPalette"
        await pilot.press(*"很长")
        await wait_until(pilot, lambda: palette_has_matches(app))
        await pilot.press("enter")
        await settle(pilot)
        assert app.main_screen.article["id"] == "a2"


async def test_palette_runs_copy_and_reseed() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Re-seed")
        await wait_until(pilot, lambda: palette_has_matches(app))
        await pilot.press("enter")
        await settle(pilot)
        assert app.store.reseeds == 1


async def test_a_reseed_waiting_behind_another_writer_says_so_until_it_is_done() -> None:
    import threading
    import time

    app = make_app()
    released = threading.Event()
    reseed = app.store.reseed

    def blocked(progress=None):  # another process holds the write lock
        released.wait(10)
        return reseed(progress)

    app.store.reseed = blocked  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.main_screen.action_reseed()
        deadline = time.monotonic() + 4  # past the few seconds of an ordinary toast
        while time.monotonic() < deadline:
            await pilot.pause(0.2)
        assert [n for n in app._notifications if "Re-seeding" in n.message and not n.has_expired]
        released.set()
        await settle(pilot)
        assert app.store.reseeds == 1 and "Re-seeding" not in (app.toasts.showing("reload") or "")


async def test_q_quits() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


def test_bindings_help_and_palette_all_come_from_the_key_table() -> None:
    from tui.app import FactdeskApp
    from tui.keys import KEYS, palette_commands
    from tui.screens.export import ExportScreen
    from tui.screens.help import HelpScreen
    from tui.screens.main import MainScreen

    owners = {"app": FactdeskApp, "main": MainScreen, "search": SearchBar, "list": ArticleList,
              "reader": Reader, "facts": FactsTable, "export": ExportScreen, "dialog": HelpScreen}
    for place, owner in owners.items():
        declared = {(b.id, b.key, b.action) for b in owner.BINDINGS}
        table = {(k.id, k.keys, k.action) for k in KEYS if k.place == place and k.keys and k.action}
        assert declared == table, place
    assert [k.palette for k in palette_commands()] == [
        "Show keys", "Search", "Copy fact with citation", "Copy figure", "Copy the facts shown (TSV)",
        "Export facts…", "Open the article's URL", "Reload store", "Re-seed store"]


def test_the_key_table_palette_and_help_do_not_import_the_app() -> None:
    import subprocess
    import sys

    code = ("import sys, tui.keys, tui.commands, tui.screens.help; "
            "sys.exit('tui.app' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


async def test_no_dom_node_hides_textuals_query_method() -> None:
    from textual.dom import DOMNode

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "产量")
        for node in [app, app.screen, *app.screen.walk_children()]:
            assert getattr(type(node), "query") is DOMNode.query, type(node).__name__
            assert callable(node.query), type(node).__name__
        # Textual's own focus action looks widgets up with query().
        await app.run_action("focus('facts')")
        assert isinstance(app.focused, FactsTable)


async def test_the_facts_pane_shows_full_units_points_change_and_uncut_exact_values() -> None:
    base = {"article_id": "a0", "where": "body", "start": 0, "end": 1, "clause": "", "section": None}
    facts = [
        {**base, "id": "f1", "kind": "money", "surface": "26.30元/股", "value": 26.3, "value_text": "26.30",
         "unit": "元/股", "per": "股", "subject": "发行价格"},
        {**base, "id": "f2", "kind": "points", "surface": "2.3个百分点", "value": 2.3, "value_text": "2.3",
         "unit": "个百分点", "change": "up", "change_word": "提高", "period": "2024H1", "subject": "占比"},
        {**base, "id": "f3", "kind": "money", "surface": "17.9999999255亿元", "value": 1799999925.5,
         "value_text": "1799999925.50", "unit": "元", "change": "down", "change_word": "下降", "subject": "净利润"},
    ]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.set_facts(facts)
        table.focus()
        await pilot.pause()
        assert table.cell_text(0, "unit") == "元/股"
        # The period in words (2024年上半年) leaves no room for the Change
        # column: the value says the direction with its arrow.
        assert table.cell_text(1, "value") == "↑2.3 pp" and "change" not in table.widths
        assert table.cell_text(1, "period") == "2024年上半年"
        assert table.cell_text(2, "value") == "↓≈18亿"
        await pilot.press("x")
        exact = table.cell_text(2, "value")
        # The wider value leaves no room for both the Unit and the Period
        # columns: the unit goes with the value and the period stays.
        assert exact == "↓1,799,999,925.50元" and table.cell_text(1, "period") == "2024年上半年"
        assert table.columns["value"].width >= len(exact)  # widened, not cut


async def test_c_and_y_in_the_fact_detail_copy_the_citation_and_figure_it_shows() -> None:
    # The dialog says "Citation (c copies it)": c there must copy, not do nothing.
    from tui.citation import citation
    from tui.screens.fact_detail import FactDetailScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.query_one(FactsTable).focus()
        await pilot.press("j", "i")
        await settle(pilot)
        assert isinstance(app.screen, FactDetailScreen)
        fact = app.screen.fact
        await pilot.press("c")
        assert app.clipboard == citation(fact, app.main_screen.article)
        await pilot.press("y")
        assert app.clipboard == "超500亿元"  # the figure with its unit, as the citation gives it
        assert isinstance(app.screen, FactDetailScreen)  # copying leaves the dialog open
        await pilot.press("escape")
        assert not isinstance(app.screen, FactDetailScreen)


async def test_keys_typed_in_one_burst_after_slash_go_to_the_search_bar_not_the_list() -> None:
    """A terminal delivers "/cq" typed fast (or pasted) in one read: the keys
    after / must be typed into the search, never run the list's c (copy)
    and q (quit)."""
    from textual import events

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key, char in (("slash", "/"), ("c", "c"), ("q", "q")):
            app.post_message(events.Key(key, char))  # all queued before the first is handled
        await pilot.pause(0.3)
        await settle(pilot)
        assert app.is_running and app.clipboard == ""
        bar = app.query_one(SearchBar)
        assert app.focused is bar and bar.value == "cq"
        await pilot.press("slash")  # in the search bar / is typed: unit:元/股
        assert bar.value == "cq/"


async def test_ctrl_c_says_to_press_q_to_quit_and_ctrl_q_while_typing() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.is_running
        [said] = [n.message for n in app._notifications if "quit" in n.message]
        assert said == "Press q to quit (ctrl+q while typing in a field)."
        await pilot.press("slash", "a", "ctrl+q")
        await pilot.pause()
    assert not app.is_running
