"""The footer lets go of the keys it replaces.  Textual's footer recomposes
its keys at every focus move and binding change, and each key's data
binding stayed filed on the footer (Textual issue 6666): on the whole bulk
store the app grew by about 0.6 MB a search, some 26 keys kept alive each
time, without end."""

from __future__ import annotations

import gc

from textual.widgets._footer import FooterKey

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui.app import FactdeskApp


def footer_keys() -> tuple[int, int]:
    gc.collect()
    keys = [o for o in gc.get_objects() if isinstance(o, FooterKey)]
    return len(keys), sum(1 for k in keys if k.is_attached)


async def test_moving_between_panes_keeps_only_the_keys_shown() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for _ in range(12):   # each focus move recomposes the footer
            await pilot.press("tab")
            await settle(pilot)
        alive, shown = footer_keys()
        assert shown > 0
        assert alive <= 2 * shown, f"{alive} footer keys alive, {shown} shown"
