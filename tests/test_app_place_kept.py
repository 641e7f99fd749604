"""Pilot tests: a relaunch comes back where the reader quit (tui.session).

Quit on an article, in a pane, with a search typed or a series open, and
the next launch on the same store shows the same article (by its id: the
archive may have grown since), the same pane in focus, the same search and
the same series.  A place that cannot be trusted — the article gone, the
file damaged or of another version, the store made again — is ignored
without a word: the list's top, as on a first launch.  Each store keeps its
own place; ``factdesk --fresh`` reads none.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.app_helpers import open_series, settle, type_query
from tests.fake_store import FakeStore
from tui import session
from tui.app import FactdeskApp
from tui.cli_parser import build_parser
from tui.screens.series import SeriesScreen
from tui.session import Place
from tui.widgets.article_list import ArticleList
from tui.widgets.facts_table import FactsTable
from tui.widgets.reader import Reader
from tui.widgets.search_bar import SearchBar


@pytest.fixture(autouse=True)
def _own_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


def _relaunched(store: FakeStore) -> FactdeskApp:
    """The app as ``factdesk`` starts it: the place kept for this store, and kept again on quit."""
    return FactdeskApp(store, place=session.load(store), keep_place=True)  # type: ignore[arg-type]


def _shown_id(app: FactdeskApp) -> str | None:
    return (app.main_screen.article or {}).get("id")


async def test_quit_and_relaunch_comes_back_to_the_article_and_the_pane(tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "a.json")
    app = _relaunched(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        await settle(pilot)
        await pilot.press("tab", "tab")  # the list → the reader → the facts
        await settle(pilot)
        assert isinstance(app.focused, FactsTable)
        await pilot.press("j", "j")
        await settle(pilot)
        left_on, fact = _shown_id(app), app.query_one(FactsTable).current_fact
        assert left_on is not None and left_on != app.query_one(ArticleList).rows[0].entry["id"]
        assert fact is not None and fact != app.query_one(FactsTable).shown[0]
        await pilot.press("q")
    assert session.load(store) == Place(article=left_on, focus="facts", query="", series=None, fact=fact["id"])

    again = _relaunched(store)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert _shown_id(again) == left_on
        assert again.query_one(ArticleList).current_id == left_on
        assert isinstance(again.focused, FactsTable)
        assert again.query_one(FactsTable).current_fact == fact  # the fact highlighted, too
        assert again.query_one(Reader).selected == fact


async def test_the_article_is_found_by_its_id_when_the_archive_has_grown(tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "a.json")
    app = _relaunched(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        left_on, row = _shown_id(app), app.query_one(ArticleList).cursor
        await pilot.press("q")
    news = tmp_path / "news.jsonl"
    news.write_text(json.dumps({"title": "新到的报道", "body": "今年全市投资增长5.1%。", "date": "2099-01-01",
                                "source": "新报"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert store.ingest([news]).added == 1  # the newest: the top row, every other one a row down

    again = _relaunched(store)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert _shown_id(again) == left_on
        assert again.query_one(ArticleList).cursor == row + 1


async def test_the_search_typed_comes_back_with_its_matches_and_the_article_read(tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "a.json")
    app = _relaunched(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "kind:percent")
        await pilot.press("tab")  # to the list of matches
        await settle(pilot)
        matches = [r["article_id"] for r in app.main_screen.search_state.results]
        assert len(matches) >= 2
        await pilot.press("j")
        await settle(pilot)
        left_on = _shown_id(app)
        assert left_on == matches[1]
        await pilot.press("q")

    again = _relaunched(store)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert again.query_one(SearchBar).value == "kind:percent"
        assert [r["article_id"] for r in again.main_screen.search_state.results] == matches
        assert _shown_id(again) == left_on
        assert again.query_one(ArticleList).current_id == left_on


async def test_the_series_being_followed_is_open_again(tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "a.json")
    app = _relaunched(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_series(pilot, "3.1万辆")
        assert isinstance(app.screen, SeriesScreen)
        fact = app.screen.fact
        app.exit(return_code=143)  # as a `kill` ends it
        await pilot.pause()

    again = _relaunched(store)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert isinstance(again.screen, SeriesScreen)
        assert again.screen.fact["id"] == fact["id"]
        assert [(r["period"], r["value"]) for r in again.screen.rows] == [("2020", 31000), ("2024", 625000)]
        await pilot.press("escape")
        await settle(pilot)
        assert _shown_id(again) == fact["article_id"]


async def test_an_article_no_longer_in_the_store_comes_back_to_the_list_top(tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "a.json")
    assert session.save(store, Place(article="gone0000000000", focus="reader", query="", series=("gone", "f1")))
    app = _relaunched(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert app.query_one(ArticleList).cursor == 0
        assert _shown_id(app) == app.query_one(ArticleList).current_id
        assert isinstance(app.focused, ArticleList)
        assert not isinstance(app.screen, SeriesScreen)


@pytest.mark.parametrize("content", [
    b"\x00\xff garbage",
    b'{"version": 1, "store": ',                          # cut short by a crash
    b'[1, 2, 3]',
    b'{"version": 99, "article": "x", "focus": "reader", "query": "", "series": null}',  # another version
    b'{"version": 1, "article": 42, "focus": "reader", "query": "", "series": null}',
    b'{"version": 1, "article": "x", "focus": "nowhere", "query": "", "series": null}',
    b'{"version": 1, "article": "x", "focus": "reader", "query": "", "series": ["only one"]}',
    b"[" * 100_000,                                       # deeper than the JSON reader goes
])
async def test_a_damaged_place_file_is_ignored_without_a_word(tmp_path: Path, content: bytes) -> None:
    store = FakeStore(tmp_path / "a.json")
    path = session.place_file(store)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert session.load(store) is None
    app = _relaunched(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.query_one(ArticleList).cursor == 0 and _shown_id(app) is not None
        assert isinstance(app.focused, ArticleList)
        await pilot.press("j")
        await settle(pilot)
        second = _shown_id(app)
        await pilot.press("q")
    assert session.load(store) == Place(article=second)  # written over with a good one


def test_a_place_of_a_store_made_again_at_the_same_path_is_ignored(tmp_path: Path) -> None:
    old = FakeStore(tmp_path / "a.json")
    assert session.save(old, Place(article=old.catalog()[1]["id"]))
    assert session.load(old) is not None
    remade = FakeStore(tmp_path / "a.json")  # same path, another store (its own id)
    assert session.load(remade) is None


def test_two_stores_keep_separate_places(tmp_path: Path) -> None:
    one, two = FakeStore(tmp_path / "one.json"), FakeStore(tmp_path / "two.json")
    ids = [e["id"] for e in one.catalog()]
    session.save(one, Place(article=ids[1], focus="reader"))
    session.save(two, Place(article=ids[2], query="增长", focus="search"))
    assert session.load(one) == Place(article=ids[1], focus="reader")
    assert session.load(two) == Place(article=ids[2], query="增长", focus="search")
    assert len(list(session.places_dir().iterdir())) == 2  # written atomically: no temporary file left


def test_a_place_that_cannot_be_written_does_not_stop_the_quit(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "blocked").write_text("a file where the state folder should be")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "blocked"))
    store = FakeStore(tmp_path / "a.json")
    assert session.save(store, Place(article="x")) is False
    assert session.load(store) is None


async def test_fresh_starts_at_the_top_and_keeps_the_new_place(tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "a.json")
    ids = [e["id"] for e in store.catalog()]
    session.save(store, Place(article=ids[-1], focus="reader"))
    app = FactdeskApp(store, place=None, keep_place=True)  # type: ignore[arg-type]  (factdesk --fresh)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.query_one(ArticleList).cursor == 0 and isinstance(app.focused, ArticleList)
        top = _shown_id(app)
        await pilot.press("q")
    assert session.load(store) == Place(article=top, focus="articles")


def test_fresh_is_an_option_of_factdesk_and_of_factdesk_app() -> None:
    parser = build_parser()
    assert parser.parse_args(["--fresh"]).fresh is True
    assert parser.parse_args(["app", "--fresh"]).fresh is True
    assert getattr(parser.parse_args([]), "fresh") is False
    assert "--fresh" in parser.format_help()


async def test_a_reader_in_focus_comes_back_in_focus(tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "a.json")
    ids = [e["id"] for e in store.catalog()]
    session.save(store, Place(article=ids[1], focus="reader"))
    app = _relaunched(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, Reader) and _shown_id(app) == ids[1]
