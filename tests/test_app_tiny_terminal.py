"""In a tiny terminal (a pane of a split terminal, 40×12) the pane in use
takes the room: the reader had no row of text there beside a facts pane
that kept its minimum height, and twelve columns beside the list."""

from __future__ import annotations

import pytest

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui.app import FactdeskApp

TINY = (40, 12)


async def test_the_focused_reader_shows_lines_of_text_at_40_by_12() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=TINY) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # open the article: the reader has the focus
        await settle(pilot)
        screen = app.main_screen
        assert screen.reader.has_focus
        assert screen.reader.content_region.height >= 3
        assert screen.reader.content_region.width >= 20
        await pilot.press("tab")  # the facts: now they take the room
        await settle(pilot)
        assert screen.facts_table.has_focus
        assert screen.facts_table.content_region.height >= 3
        assert screen.reader.content_region.height >= 1  # a row of the text stays in view
        await pilot.press("shift+tab", "shift+tab")  # back to the list: it is wide again
        await settle(pilot)
        assert screen.article_list.has_focus
        assert screen.article_list.size.width >= 24


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_usual_terminal_keeps_its_layout(size: tuple[int, int]) -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        before = (app.main_screen.reader.size, app.main_screen.article_list.size)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.main_screen
        assert not screen.has_class("-tiny")
        assert (screen.reader.size, screen.article_list.size) == before
