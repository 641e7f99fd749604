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


@pytest.mark.parametrize("width", range(56, 132, 3))
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
