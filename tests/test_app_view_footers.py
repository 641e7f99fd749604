"""The footer of the series and conflicts views shows the key that opens
the article (enter), as the main screen's does: the table's own enter,
shown nowhere, hid it there.  A dialog (export, help, fact detail) shows a
footer of its own keys: the one behind it listed keys that do other things
there (c copies a fact behind the export dialog, where it chooses CSV)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Footer
from textual.widgets._footer import FooterKey

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tests.test_app_series import _gdp_store, _series_of
from tui.app import FactdeskApp
from tui.screens.export import ExportScreen
from tui.screens.fact_detail import FactDetailScreen
from tui.screens.help import HelpScreen
from tui.screens.series import ConflictsScreen
from tui.widgets.facts_table import FactsTable


def _footer_keys(screen) -> dict[str, str]:
    """Key → label of what the footer shows on this screen."""
    return {key: active.binding.description for key, active in screen.active_bindings.items()
            if active.binding.show and active.enabled}


async def test_the_series_footer_shows_enter_opens() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _series_of(pilot, "3.1万辆")
        assert screen.query_one(DataTable).has_focus
        assert _footer_keys(screen).get("enter") == "Open"


async def test_the_conflicts_footer_shows_enter_opens(tmp_path: Path) -> None:
    app = FactdeskApp(_gdp_store(tmp_path))  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        assert isinstance(app.screen, ConflictsScreen)
        assert _footer_keys(app.screen).get("enter") == "Open"


async def _shown_footer(pilot) -> dict[str, str]:
    """Key → label of the footer drawn on the screen on top."""
    await settle(pilot)
    footers = list(pilot.app.screen.query(Footer))
    assert footers, f"{type(pilot.app.screen).__name__} has no footer of its own"
    return {k.key: k.description for k in footers[0].query(FooterKey)}


async def test_each_dialog_shows_its_own_keys_in_the_footer() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        shown = await _shown_footer(pilot)
        assert (shown.get("c"), shown.get("t"), shown.get("escape")) == ("CSV", "TSV", "Cancel")
        await pilot.press("escape")
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert (await _shown_footer(pilot)).get("escape") == "Close"
        await pilot.press("escape")
        app.query_one(FactsTable).focus()
        await pilot.press("i")
        assert isinstance(app.screen, FactDetailScreen)
        shown = await _shown_footer(pilot)
        assert (shown.get("c"), shown.get("escape")) == ("Copy fact", "Close")


async def test_the_series_export_dialog_s_footer_lists_only_the_formats_it_offers() -> None:
    """A series exports as CSV or TSV: its dialog's footer listed j JSON and
    m Markdown too, keys that did nothing there (found walking at 80×24)."""
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await _series_of(pilot, "3.1万辆")
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        shown = await _shown_footer(pilot)
        assert (shown.get("c"), shown.get("t"), shown.get("escape")) == ("CSV", "TSV", "Cancel")
        assert "j" not in shown and "m" not in shown, shown
