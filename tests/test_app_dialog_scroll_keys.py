"""The help (?) and fact-detail (i) dialogs scroll with j k g G, the keys
that move in every pane of the app: at 80×24 the help is three screens
long, and a user who pressed j to read on saw nothing move (only the
arrows and the page keys scrolled it)."""

from __future__ import annotations

from textual.containers import VerticalScroll

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.screens.help import HelpScreen


async def test_j_k_g_G_scroll_the_help_screen() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one(VerticalScroll)
        await pilot.pause()
        assert body.max_scroll_y > 10 and body.scroll_y == 0
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert body.scroll_y == 3
        await pilot.press("k")
        await pilot.pause()
        assert body.scroll_y == 2
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0
        assert isinstance(app.screen, HelpScreen)  # none of them closed it


def test_the_help_screen_lists_the_dialog_scroll_keys() -> None:
    from tui import keys

    rows = {(where, shown) for where, shown, _ in keys.help_rows()}
    assert ("Dialogs", "j") in rows and ("Dialogs", "G") in rows
