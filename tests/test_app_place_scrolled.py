"""Pilot tests: a relaunch comes back to how far the article was read.

Last round's relaunch kept the article but showed it from its top: a reader
deep in a long article came back to its first line, and a fact highlighted
before the list took the focus back was lost.  The place now keeps where
the text was scrolled to — as a place in the text (the title or body offset
the top line starts at), so that a window of another width shows the same
words at the top — and the fact highlighted in the facts pane whichever
pane had the focus.  A place that no longer fits is clamped: an article
shorter than the place kept (the store made its text again) comes back at
its end, never at an empty screen nor with a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui import session
from tui.app import FactdeskApp
from tui.session import Place
from tui.widgets.article_list import ArticleList
from tui.widgets.facts_table import FactsTable
from tui.widgets.reader import Reader

TITLE = "全市经济运行情况长篇通报"
PARAGRAPHS = [f"第{n}部分：今年1-10月，全市规模以上工业增加值同比增长{n % 9 + 1}.{n % 7}%，"
              f"社会消费品零售总额达到{n + 100}亿元，比上年同期增长{n % 5 + 2}.0%。" * 3 for n in range(1, 61)]


@pytest.fixture(autouse=True)
def _own_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


def _store(tmp_path: Path) -> tuple[FakeStore, str]:
    store = FakeStore(tmp_path / "a.json")
    news = tmp_path / "long.jsonl"
    news.write_text(json.dumps({"title": TITLE, "body": "\n\n".join(PARAGRAPHS), "date": "2099-01-01",
                                "source": "新报"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert store.ingest([news]).added == 1  # the newest: the list's top row
    return store, next(e["id"] for e in store.catalog() if e["title"] == TITLE)


def _relaunched(store: FakeStore) -> FactdeskApp:
    return FactdeskApp(store, place=session.load(store), keep_place=True)  # type: ignore[arg-type]


def _top_text(reader: Reader) -> str:
    return reader.visible_text().splitlines()[int(reader.scroll_y)].strip()


async def test_the_text_comes_back_scrolled_where_it_was_read(tmp_path: Path) -> None:
    store, long_id = _store(tmp_path)
    app = _relaunched(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.main_screen.article["id"] == long_id
        await pilot.press("enter")  # into the reader
        await settle(pilot)
        await pilot.press("pagedown", "pagedown", "pagedown", "down")
        await settle(pilot)
        reader = app.query_one(Reader)
        scrolled, words = int(reader.scroll_y), _top_text(reader)
        assert scrolled > 40
        await pilot.press("q")
    kept = session.load(store)
    assert kept is not None and kept.top is not None and kept.top[0] == "body" and kept.focus == "reader"

    again = _relaunched(store)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = again.query_one(Reader)
        assert isinstance(again.focused, Reader)
        assert int(reader.scroll_y) == scrolled and _top_text(reader) == words

    narrow = _relaunched(store)  # another window: the same words at the top, on another line
    async with narrow.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reader = narrow.query_one(Reader)
        top = int(reader.scroll_y)
        assert top > scrolled and reader.line_of(*kept.top) == top  # the top line holds the words kept


async def test_the_fact_highlighted_comes_back_with_the_text_where_it_was(tmp_path: Path) -> None:
    store, long_id = _store(tmp_path)
    app = _relaunched(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab")  # the facts
        await settle(pilot)
        await pilot.press("j", "j", "j")
        await settle(pilot)
        fact = app.query_one(FactsTable).current_fact
        await pilot.press("shift+tab")  # the reader: read on, past the fact
        await pilot.press("pagedown", "pagedown", "pagedown", "pagedown")
        await settle(pilot)
        scrolled = int(app.query_one(Reader).scroll_y)
        await pilot.press("shift+tab")  # the list takes the focus back
        await settle(pilot)
        assert isinstance(app.focused, ArticleList)
        await pilot.press("q")
    kept = session.load(store)
    assert kept is not None and kept.fact == fact["id"] and kept.focus == "articles"

    again = _relaunched(store)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert again.query_one(FactsTable).current_fact == fact
        assert again.query_one(Reader).selected == fact
        assert int(again.query_one(Reader).scroll_y) == scrolled  # not scrolled back to the fact


async def test_a_place_past_the_end_of_the_article_is_clamped_to_its_end(tmp_path: Path) -> None:
    store, long_id = _store(tmp_path)
    assert session.save(store, Place(article=long_id, focus="reader", top=("body", 10**9)))
    app = _relaunched(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.query_one(Reader)
        assert reader.max_scroll_y > 0 and int(reader.scroll_y) == int(reader.max_scroll_y)


async def test_a_short_article_comes_back_at_its_top(tmp_path: Path) -> None:
    store, _ = _store(tmp_path)
    short = next(e["id"] for e in store.catalog() if e["title"] != TITLE)
    assert session.save(store, Place(article=short, focus="reader", top=("body", 5000)))
    app = _relaunched(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.main_screen.article["id"] == short
        assert int(app.query_one(Reader).scroll_y) == int(app.query_one(Reader).max_scroll_y)


@pytest.mark.parametrize("top", [["body"], ["caption", 3], ["body", -1], ["body", "12"], ["body", 1.5],
                                 ["body", True]])
def test_a_damaged_top_makes_the_place_one_not_to_trust(tmp_path: Path, top) -> None:
    store, long_id = _store(tmp_path)
    assert session.save(store, Place(article=long_id, top=("body", 12)))
    path = session.place_file(store)
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["top"] == ["body", 12]
    assert session.load(store) == Place(article=long_id, top=("body", 12))
    path.write_text(json.dumps({**record, "top": top}), encoding="utf-8")
    assert session.load(store) is None


def test_a_place_kept_before_the_scroll_was_kept_still_reads(tmp_path: Path) -> None:
    store, long_id = _store(tmp_path)
    assert session.save(store, Place(article=long_id))
    path = session.place_file(store)
    record = json.loads(path.read_text(encoding="utf-8"))
    del record["top"]
    path.write_text(json.dumps(record), encoding="utf-8")
    assert session.load(store) == Place(article=long_id)


async def test_with_a_search_kept_the_article_comes_back_scrolled_too(tmp_path: Path) -> None:
    """The kept search first shows its best match: the place waits for the article it belongs to
    (the walk's relaunch on the bulk store came back at the top of the 十五五 建议)."""
    store, long_id = _store(tmp_path)
    app = _relaunched(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"增长")
        await pilot.pause(0.2)
        await settle(pilot)
        assert long_id in [r["article_id"] for r in app.main_screen.search_state.results]
        await pilot.press("tab")
        await settle(pilot)
        while app.query_one(ArticleList).current_id != long_id:
            await pilot.press("j")
            await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("pagedown", "pagedown", "pagedown")
        await settle(pilot)
        scrolled = int(app.query_one(Reader).scroll_y)
        assert scrolled > 0
        await pilot.press("q")
    kept = session.load(store)
    assert kept is not None and kept.query == "增长" and kept.top is not None

    again = _relaunched(store)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert again.main_screen.article["id"] == long_id
        assert int(again.query_one(Reader).scroll_y) == scrolled
