"""At 80×24 under NO_COLOR the one-line search bar keeps its text in view
when it has the focus: the heavy border that marks a focused pane without
colour took its only row, so a query was typed unseen."""

from __future__ import annotations

import pytest

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui.app import FactdeskApp


@pytest.mark.parametrize("no_color", [True, False])
async def test_the_focused_compact_search_bar_shows_what_is_typed(monkeypatch: pytest.MonkeyPatch,
                                                                   no_color: bool) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        for key in "qiche":
            await pilot.press(key)
        await settle(pilot)
        bar = app.main_screen.search_bar
        assert bar.has_focus
        assert bar.content_region.height >= 1
        drawn = "".join(bar.render_line(y).text for y in range(bar.size.height))
        assert "qiche" in drawn
