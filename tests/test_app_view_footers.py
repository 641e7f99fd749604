"""The footer of the series and conflicts views shows the key that opens
the article (enter), as the main screen's does: the table's own enter,
shown nowhere, hid it there."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tests.test_app_series import _gdp_store, _series_of
from tui.app import FactdeskApp
from tui.screens.series import ConflictsScreen


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
