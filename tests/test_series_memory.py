"""The series table is built and updated in memory that does not grow with
the number of articles: a commit of a million articles reads them a batch
at a time and never holds them all."""

from __future__ import annotations

import sqlite3
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

from store.series.queries import series
from store.series.table import Doc, SeriesTable

_BATCH = 40
_SUBJECTS = ("重庆新能源汽车产量", "成都地区生产总值", "全国社会消费品零售总额")


def _docs(n: int) -> Iterator[Doc]:
    """``n`` articles of three figures each, made as they are read (as the
    store reads them from its shards), over a fixed set of indicators; each
    year has the figures of eight articles (a conflict check holds one
    year's figures of an indicator at a time)."""
    for i in range(n):
        article = {"id": f"a{i:07d}", "title": f"经济快报{i}", "publication": "日报", "date": "2025-01-02"}
        facts = [{"id": f"a{i:07d}:body:{k}", "kind": "count", "unit": "辆", "subject": subject,
                  "surface": f"{i + k}辆", "value": i + k, "period": str(1900 + i // 8), "change": None, "qualifier": None,
                  "text": "本段说明。" * 40}
                 for k, subject in enumerate(_SUBJECTS)]
        yield article, facts


def _peak(work: Callable[[], None]) -> int:
    """Peak Python memory of ``work`` (run once before, so that what its
    first run imports and caches is not counted)."""
    work()
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _build(path: Path, n: int) -> Callable[[], None]:
    def work() -> None:
        (path / f"built{n}.sqlite").unlink(missing_ok=True)
        SeriesTable.build(path / f"built{n}.sqlite", _docs(n), "t", batch=_BATCH).close()
    return work


def _update(path: Path, n: int) -> Callable[[], None]:
    def work() -> None:
        (path / f"updated{n}.sqlite").unlink(missing_ok=True)
        table = SeriesTable.create(path / f"updated{n}.sqlite")
        table.update(_docs(n), [], "t", batch=_BATCH)
        table.close()
    return work


def test_building_four_times_the_articles_takes_no_more_memory(tmp_path):
    small, large = _peak(_build(tmp_path, 5 * _BATCH)), _peak(_build(tmp_path, 20 * _BATCH))
    assert large < small * 1.5, (small, large)


def test_a_commit_of_four_times_the_articles_takes_no_more_memory(tmp_path):
    small, large = _peak(_update(tmp_path, 5 * _BATCH)), _peak(_update(tmp_path, 20 * _BATCH))
    assert large < small * 1.5, (small, large)


def test_a_commit_read_in_batches_replaces_and_removes_every_article_it_names(tmp_path):
    SeriesTable.build(tmp_path / "s.sqlite", _docs(3 * _BATCH), "t1", batch=_BATCH).close()
    writer = SeriesTable(sqlite3.connect(str(tmp_path / "s.sqlite")))
    changed = [(a, [dict(f, value=f["value"] + 1_000_000) for f in facts]) for a, facts in _docs(2 * _BATCH + 1)]
    writer.update(changed, [f"a{i:07d}" for i in range(2 * _BATCH + 1, 3 * _BATCH)], "t2", batch=_BATCH)
    rows = series(writer, "重庆新能源汽车产量")
    assert len(rows) == 2 * _BATCH + 1
    assert all(r["value"] >= 1_000_000 for r in rows)
    assert writer.token == "t2"
    writer.close()
