"""Finding articles in the list: dates with their year, ordered by date
(newest first), title, publication (grouped) or number of facts, either way
round with s and S."""

from __future__ import annotations

import json

import pytest

from tests.app_helpers import settle
from tui.app import FactdeskApp
from tui.widgets.article_list import ArticleList

store_mod = pytest.importorskip("store")

ARTICLES = [  # (title, date, publication, figures in the body)
    ("乙报道", "2012-06-12", "新闻联播", 1),
    ("甲报道", "2025-11-24", "重庆晨报", 3),
    ("丙报道", "2019-01-05", "重庆晨报", 0),
    ("丁报道", "2024-03-01", "人民日报", 2),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("articles")
    lines = []
    for title, date, publication, figures in ARTICLES:
        body = "本市今天召开会议。" + "".join(f"项目投资{n + 2}亿元。" for n in range(figures)) + "会议强调要抓好落实。"
        lines.append(json.dumps({"title": title, "body": body, "date": date, "source": publication},
                                ensure_ascii=False))
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opened = store_mod.open_store(folder / "s.json", seed=False)
    report = opened.ingest([folder / "news.jsonl"])
    assert report.added == len(ARTICLES), report
    return opened


def titles(lst: ArticleList) -> list[str]:
    return [r.entry["title"] for r in lst.rows if r.entry]


def headers(lst: ArticleList) -> list[str]:
    return [r.label for r in lst.rows if r.entry is None]


async def test_the_list_shows_dates_with_their_year_newest_first(store) -> None:
    app = FactdeskApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lst = app.query_one(ArticleList)
        assert titles(lst) == ["甲报道", "丁报道", "丙报道", "乙报道"]
        assert headers(lst) == []
        shown = "\n".join(lst.render_line(y).text for y in range(len(lst.rows) * lst.lines_per_row))
        for _, date, _, _ in ARTICLES:
            assert date in shown


async def test_s_orders_by_title_publication_and_facts_and_S_reverses(store) -> None:
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.query_one(ArticleList)
        await pilot.press("S")
        assert titles(lst) == ["乙报道", "丙报道", "丁报道", "甲报道"]  # oldest first
        await pilot.press("s")  # titles in pinyin order (bing, ding, jia, yi), not by code point
        assert titles(lst) == ["丙报道", "丁报道", "甲报道", "乙报道"]
        await pilot.press("s")  # by publication (chong, ren, xin), grouped under it, newest first within
        assert headers(lst) == ["重庆晨报", "人民日报", "新闻联播"]
        assert [r.label if r.entry is None else r.entry["title"] for r in lst.rows] == [
            "重庆晨报", "甲报道", "丙报道", "人民日报", "丁报道", "新闻联播", "乙报道"]
        await pilot.press("S")
        assert headers(lst) == ["新闻联播", "人民日报", "重庆晨报"]
        await pilot.press("s")  # by number of facts, most first
        counts = [r.entry["n_facts"] for r in lst.rows]
        assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
        await pilot.press("S")
        assert [r.entry["n_facts"] for r in lst.rows] == sorted(counts)
        assert (lst.border_subtitle or "").startswith("fewest facts first")
        assert not app._notifications  # the list's own subtitle says the order: no toast over the rows


async def test_reordering_keeps_the_highlighted_article_in_the_reader(store) -> None:
    from tui.widgets.reader import Reader

    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.query_one(ArticleList)
        await pilot.press("G")  # the oldest: 乙报道
        await settle(pilot)
        for key in ("s", "s", "S", "s"):  # title (丁报道 first), publication, reversed, facts
            await pilot.press(key)
            await settle(pilot)
            assert lst.current["title"] == "乙报道"
            assert app.query_one(Reader).article["title"] == "乙报道", key
