"""The ? screen says every word of every key's and query's description at
any terminal width (Rich's table would cut the last character of a wrapped
line of Chinese into "…": 下降8.6% shown as 下降8.6…), and it says where a
key works: the main screen's keys are not keys of every screen (c copies
the series in the series view, q goes back there)."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from tui import keys
from tui.screens.help import QUERY_LANGUAGE, _keys_table, _query_table


def _rendered(table, width: int) -> str:
    console = Console(width=width, file=io.StringIO(), color_system=None, legacy_windows=False)
    console.print(table)
    return console.file.getvalue()


@pytest.mark.parametrize("width", range(29, 132, 3))
def test_no_description_is_cut_at_any_width(width: int) -> None:
    keys_text = _rendered(_keys_table(), width)
    query_text = _rendered(_query_table(), width)
    assert "…" not in keys_text and "…" not in query_text
    for _, _, what in keys.help_rows():
        assert all(word in keys_text for word in what.split()), what
    for _, finds in QUERY_LANGUAGE:
        assert all(word in query_text for word in finds.split()), finds


def test_the_main_screens_keys_are_listed_as_the_main_screens_not_everywhere() -> None:
    places = {k.id: place for k, (place, _, _) in zip((k for k in sorted(
        (k for k in keys.KEYS if k.keys), key=lambda k: list(keys.PLACES).index(k.place))), keys.help_rows())}
    assert places["app.help"] == places["app.quit"] == "Everywhere"
    assert places["main.copy_fact"] == places["main.series"] == "Main screen"


def test_the_query_language_says_year_ranges_and_the_query_limits() -> None:
    """The README's year:2020..2024 and its limits (1,000 characters, 64
    terms: past them a search is refused) were not in the ? screen."""
    text = _rendered(_query_table(), 100)
    assert "year:2020..2024" in text
    assert "1,000 characters" in text and "64 different terms" in text


async def test_at_40_columns_the_help_says_what_each_key_does() -> None:
    """At 40×12 the side-by-side table gave the keys their columns and the
    descriptions none: ? listed ?, q, ctrl+p … and not what they do."""
    from textual.geometry import Region
    from textual.widgets import Static

    from tests.app_helpers import settle
    from tests.fake_store import FakeStore
    from tui.app import FactdeskApp
    from tui.screens.help import HelpScreen

    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one("#help-body Static", Static)
        lines = [strip.text for strip in body.render_lines(Region(0, 0, body.outer_size.width, body.outer_size.height))]
        text = " ".join(line.strip() for line in lines)
        for what in ("Quit", "Next / previous pane", "Search articles and facts"):
            assert what in text, lines
