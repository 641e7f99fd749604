"""An empty search asks for nothing.  On the command line it is bad usage:
one line with a hint and exit 2 (never a "no match" that reads as if the
store had been searched).  In the app it is no search: the list shows every
article, as when the search is cleared."""

from __future__ import annotations

import pytest

from tests.app_helpers import settle, type_query
from tests.fake_store import FakeStore
from tests.test_cli import run
from tui.app import FactdeskApp
from tui.widgets.article_list import ArticleList


@pytest.fixture
def db(seeded, store_path) -> str:
    return str(store_path)


@pytest.mark.parametrize("query", ["", "   ", '""'])
@pytest.mark.parametrize("command", ["search", "series"])
def test_an_empty_query_is_one_usage_line_with_a_hint_and_exit_2(capsys, db, command, query):
    code, out, err = run(capsys, "--db", db, command, query)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and f"{command} needs something to look for" in err
    assert f"factdesk {command} --help" in err


def test_an_empty_query_with_a_kind_lists_facts_of_that_kind(capsys, db):
    code, out, _ = run(capsys, "--db", db, "search", "", "--kind", "money", "--json")
    assert code == 0 and out.strip()


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


@pytest.mark.parametrize("typed", ['""', "  "])
async def test_in_the_app_an_empty_search_shows_every_article_as_a_cleared_one(typed):
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        listed = app.query_one(ArticleList)
        everything = len(listed.rows)
        await type_query(pilot, "重庆")
        assert listed.searching
        bar = app.main_screen.search_bar
        bar.value = typed  # the search text replaced by one that asks for nothing
        await pilot.pause(0.3)
        await settle(pilot)
        assert not listed.searching and not app.main_screen.search_state.active
        assert len(listed.rows) == everything and str(listed.border_title).startswith("Articles")
