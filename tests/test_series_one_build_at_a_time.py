"""Two readers of one process that find the series table stale build it
once: the second waits for the first and reads its table (a reader's own,
in memory: readers never write the table on disk).

Walking the bulk store after an upgrade (a table of an older schema), `t`
in the app said "Cannot read the series: … cannot build the series table
(disk I/O error)": the main screen's warm-up (prepare_series, in a worker
thread) and the series view's own read both built the table into the same
temporary file (`series.sqlite.<pid>.tmp`), each deleting the other's.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from store.series.table import SeriesTable


def _table(store_path: Path) -> Path:
    return store_path.parent / "factdesk.json.d" / "series" / "series.sqlite"


@pytest.fixture
def stale(seeded, store_path, monkeypatch):
    seeded.series("新能源汽车产量")  # the table exists …
    with sqlite3.connect(_table(store_path)) as conn:  # … and is of another committed state
        conn.execute("UPDATE meta SET value = 'stale' WHERE key = 'token'")
    seeded._series._close()
    slow = SeriesTable._add

    def add(self, docs):  # a build long enough for the other reader to arrive while it runs
        time.sleep(0.3)
        return slow(self, docs)

    monkeypatch.setattr(SeriesTable, "_add", add)
    return seeded


def test_a_stale_table_read_by_two_threads_at_once_is_built_once_and_read_by_both(stale, store_path):
    builds: list[int] = []
    build = SeriesTable.build.__func__

    def counted(cls, *args, **kwargs):
        builds.append(1)
        return build(cls, *args, **kwargs)

    answers: dict[str, object] = {}
    start = threading.Barrier(2)

    def read(name: str, call) -> None:
        start.wait()
        try:
            answers[name] = call()
        except Exception as error:  # noqa: BLE001 - the answer the test reads
            answers[name] = error

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SeriesTable, "build", classmethod(counted))
        threads = [threading.Thread(target=read, args=("warm", stale.prepare_search)),
                   threading.Thread(target=read, args=("view", lambda: stale.series("新能源汽车产量")))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    assert not isinstance(answers["warm"], Exception), answers["warm"]
    assert isinstance(answers["view"], list) and [r["period"] for r in answers["view"]][:2] == ["2020", "2024"]
    assert len(builds) == 1
    assert not list(_table(store_path).parent.glob("*.tmp*"))  # nothing left behind


async def test_the_series_view_draws_no_chart_until_its_rows_are_read(monkeypatch) -> None:
    """While the rows are read (seconds when the table is being built) the
    view says it is reading, and no empty chart says the indicator has no
    period."""
    from tests.app_helpers import settle
    from tests.fake_store import FakeStore
    from tui.app import FactdeskApp
    from tui.screens.series import SeriesScreen
    from tui.widgets.facts_table import FactsTable
    from tui.widgets.series_chart import SeriesChart

    store = FakeStore()
    release = threading.Event()
    answer = store.series

    def slow(query):
        release.wait(10)
        return answer(query)

    monkeypatch.setattr(store, "series", slow)
    async with FactdeskApp(store).run_test(size=(120, 40)) as pilot:  # type: ignore[arg-type]
        await settle(pilot)
        table = pilot.app.query_one(FactsTable)
        table.focus()
        table.select_fact(next(f for f in pilot.app.main_screen.article_facts if f["surface"] == "3.1万辆"))
        await pilot.press("t")
        await pilot.pause(0.3)
        screen = pilot.app.screen
        assert isinstance(screen, SeriesScreen)
        assert str(screen.query_one("#series-head").render()) == "Reading the series…"
        assert not screen.query_one(SeriesChart).display
        release.set()
        await settle(pilot)
        await pilot.pause(0.3)
        chart = screen.query_one(SeriesChart)
        assert chart.display and "2020" in str(chart.render())
