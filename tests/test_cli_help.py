"""`factdesk search --help` teaches the query language with examples a new
user can paste (the filters the README documents), and `series --help`
says how a fall reads."""

from __future__ import annotations

import pytest

from tui.cli import main


def _help(capsys, *args: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*args, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_search_help_shows_the_query_language_with_examples(capsys):
    out = _help(capsys, "search")
    for fragment in ("-word", "a|b", "changshou", "kind:money", "year:2024", ">1亿", ">=40%", ">0.3pp",
                     "date:2025-11", "pub:", "source:", 'factdesk search "kind:percent >=40%"'):
        assert fragment in out, fragment
    assert "%%" not in out


def test_series_help_says_a_fall_is_a_change_below_zero(capsys):
    assert "同比下降1.5% is -1.5%" in " ".join(_help(capsys, "series").split())


def test_the_query_language_table_lines_up_in_terminal_cells():
    """Chinese characters take two cells: the descriptions start at one
    column however many of them the example holds."""
    from rich.cells import cell_len

    from tui.cli_parser import QUERY_LANGUAGE

    rows = [line for line in QUERY_LANGUAGE.splitlines()[1:] if line.startswith("  ") and "   " in line.strip()]
    starts = {cell_len(line) - cell_len(line.split("   ")[-1].lstrip()) for line in rows}
    assert len(rows) >= 7 and starts == {26}


@pytest.mark.parametrize("command", ["ingest", "articles", "show", "facts", "extract", "search", "series",
                                     "conflicts", "check", "seed", "config", "completion", "copy"])
def test_every_help_fits_an_80_column_terminal(capsys, monkeypatch, command):
    """Counted in terminal cells (a Chinese character takes two): the query
    language's line on qualified figures took 87 and wrapped mid-word."""
    from rich.cells import cell_len

    monkeypatch.setenv("COLUMNS", "80")
    wide = [line for line in _help(capsys, command).splitlines() if cell_len(line) > 80]
    assert not wide, wide
