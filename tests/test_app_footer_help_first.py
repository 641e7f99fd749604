"""At 80 columns the footer has room for a few keys and cuts off the rest:
it cut off ``? Keys``, the key that lists every other one, since Textual
lists the app's keys last.  It comes first on the main screen (whatever
pane has the focus) and in the series and conflicts views."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tests.test_app_series import _gdp_store, _series_of
from tui.app import FactdeskApp
from tui.screens.series import ConflictsScreen


async def _first_key(pilot) -> tuple[str, str]:
    await settle(pilot)
    [footer] = list(pilot.app.screen.query(Footer))
    keys = list(footer.query(FooterKey))
    first = keys[0]
    # Drawn inside the terminal, left of everything else.
    assert first.region.x < min(k.region.x for k in keys[1:])
    assert first.region.right <= pilot.app.size.width
    return first.key, first.description


async def test_the_main_screens_footer_starts_with_the_key_to_every_key_whatever_pane_has_the_focus() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(3):  # the list, the reader, the facts
            assert await _first_key(pilot) == ("question_mark", "Keys")
            await pilot.press("tab")


async def test_the_series_footer_starts_with_the_key_to_every_key() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await _series_of(pilot, "3.1万辆")
        assert await _first_key(pilot) == ("question_mark", "Keys")


async def test_the_conflicts_footer_starts_with_the_key_to_every_key(tmp_path: Path) -> None:
    app = FactdeskApp(_gdp_store(tmp_path))  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        assert isinstance(app.screen, ConflictsScreen)
        assert await _first_key(pilot) == ("question_mark", "Keys")
