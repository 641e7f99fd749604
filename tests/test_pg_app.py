"""The app on a PostgreSQL store: the same panes, search and highlighting,
and a commit by another process offered for reload."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app_helpers import settle, type_query, wait_until

pytest_plugins = ("tests.pg_server",)  # the throwaway server's fixtures


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


async def test_the_app_browses_searches_and_reloads_a_server_store(tmp_path: Path, pg_url: str) -> None:
    from store import open_store
    from tui.app import FactdeskApp
    from tui.widgets.article_list import ArticleList
    from tui.widgets.reader import Reader

    store = open_store(pg_url)
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        articles = app.query_one(ArticleList)
        assert len([row for row in articles.rows if row.entry]) == 4
        await type_query(pilot, "changshou")
        await pilot.press("enter")
        await settle(pilot)
        reader = app.query_one(Reader)
        assert {reader.article[where][s:e] for where, s, e in reader.hits} == {"长寿"}

        page = tmp_path / "elsewhere.txt"
        page.write_text("# 另一个进程的文章\n\n全市新增企业1200余家，同比增长5.7%。\n", encoding="utf-8")
        open_store(pg_url, seed=False).ingest([page])   # another writer
        screen = app.main_screen
        await wait_until(pilot, lambda: (screen.disk.poll(), screen.disk.pending)[1])
        await pilot.press("r")
        await settle(pilot)
        assert screen.counts["articles"] == 5 and len(screen.catalog) == 5
