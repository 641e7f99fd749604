"""Pilot tests: the reader's scroll keys move at once, to whole lines.

Walk 53, in a real terminal on the bulk store's longest article (the 十五五
plan's 建议, 20,703 characters, 742 lines at 120×40): ``end`` (``G``) left
the article's last line unseen, however often it was pressed.  Textual's
eased scroll ended a fraction of a line short of the end, and the reader
draws from ``int(scroll_y)``: one line above it.  (The pilot runs without
animation, which hid it.)  The reader's keys now scroll without animation,
to whole lines: the end is the end, and a key answers in the same frame.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app_helpers import settle
from tests.test_app_place_scrolled import TITLE, _relaunched, _store
from tui.widgets.reader import Reader


@pytest.fixture(autouse=True)
def _own_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


async def test_every_scroll_key_of_the_reader_moves_at_once_to_a_whole_line(tmp_path, monkeypatch) -> None:
    store, _ = _store(tmp_path)
    animated: list[object] = []
    scroll_to = Reader._scroll_to

    def spy(self, *args, animate: bool = True, **kwargs):
        if animate:
            animated.append(kwargs)
        return scroll_to(self, *args, animate=animate, **kwargs)

    monkeypatch.setattr(Reader, "_scroll_to", spy)
    app = _relaunched(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.main_screen.article["title"] == TITLE
        await pilot.press("enter")
        await settle(pilot)
        reader = app.query_one(Reader)
        for key, where in (("end", lambda: reader.max_scroll_y), ("home", lambda: 0), ("G", lambda: reader.max_scroll_y),
                           ("g", lambda: 0), ("pagedown", lambda: reader.scrollable_content_region.height),
                           ("j", lambda: reader.scrollable_content_region.height + 1),
                           ("k", lambda: reader.scrollable_content_region.height), ("pageup", lambda: 0)):
            await pilot.press(key)
            assert reader.scroll_y == where() and float(reader.scroll_y).is_integer(), key
        assert not animated
        await pilot.press("end")
        lines = reader.visible_text().splitlines()
        shown = lines[int(reader.scroll_y):int(reader.scroll_y) + reader.scrollable_content_region.height]
        assert shown[-1] == lines[-1] and lines[-1].strip()  # the article's last line is on the screen
