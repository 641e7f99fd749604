"""A large first ingest's extraction workers work out each article's rows of
the series table beside its facts (store.series.prepared); the writer
spools them (store.db.index_spool.SeriesSpool) and the commit's series
build, in its own process, inserts them instead of reading every article's
facts back from the shard files and working them out again.  The table is
the one built from the stored articles: the same rows, the same answers."""

from __future__ import annotations

import json
import math
import sqlite3

import pytest

from store import open_store
from store.db import side_build
from store.db import store as db_store
from store.db.index_spool import SeriesSpool
from store.ingest import extraction
from store.series.prepared import SeriesRows, article_series, pack_series, unpack_series

FIGURES = ["全市新增企业{n}家，同比增长5.7%。", "重庆新能源汽车产量2024年达到{n}万辆，下降1.5%。",
           "地区生产总值{n}亿元，增长6.1%，3月份CPI环比下降1.0%。"]


def archive(path, n: int, figure: int = 100, titles: str = "第{i}期经济快报"):
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"title": titles.format(i=i), "body": FIGURES[i % 3].format(n=figure + i),
                         "date": f"2024-05-{1 + i % 28:02d}"}, ensure_ascii=False) for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def handed(monkeypatch) -> list:
    """The spooled rows each commit handed to its series process (None: none)."""
    monkeypatch.setattr(extraction, "POOL_MIN_ARTICLES", 0)
    monkeypatch.setattr(db_store, "SIDE_BUILD_MIN_ARTICLES", 5)
    seen = []
    aside = side_build.series_built_aside

    def recording(path, job=side_build.build_series, rows=None):
        seen.append(None if rows is None else sum(1 for i in range(len(rows.ends) // 8)
                                                  if rows.reader().get(rows.first + i) is not None))
        return aside(path, job=job, rows=rows)

    monkeypatch.setattr(db_store, "series_built_aside", recording)
    return seen


def ingested(tmp_path, name: str, jobs: int, monkeypatch, files, seed: bool = True):
    monkeypatch.setenv("FACTDESK_JOBS", str(jobs))
    store = open_store(tmp_path / name / "s.json", seed=seed)
    for i, file in enumerate(files):
        store.ingest([file], build_index=i == len(files) - 1)
    return store


def table_rows(store) -> list[str]:
    """The series table's rows (its SQL dump) but for the committed state's token."""
    conn = sqlite3.connect(store.dir / "series" / "series.sqlite")
    try:
        return [line for line in conn.iterdump() if "'token'" not in line]
    finally:
        conn.close()


def answers(store) -> tuple:
    return (store.series("企业"), store.series("地区生产总值"), store.series("CPI"), store.conflicts(None))


def test_the_table_of_the_workers_rows_is_the_one_built_from_the_stored_articles(tmp_path, monkeypatch, handed):
    files = [archive(tmp_path / "a.jsonl", 40)]
    pooled = ingested(tmp_path, "pooled", 2, monkeypatch, files)
    assert handed == [40]  # every archive article's rows came from a worker; the seed page's were read back
    inline = ingested(tmp_path, "inline", 1, monkeypatch, files)
    assert handed == [40, None]  # one process: nothing worked out aside
    assert table_rows(pooled) == table_rows(inline)
    assert answers(pooled) == answers(inline)
    assert pooled.series("企业") != []
    assert pooled.check() == []


def test_a_renamed_article_has_its_rows_under_its_new_id(tmp_path, monkeypatch, handed):
    """An article the store renames after its worker worked out its rows
    (its id another file's) is read back from its stored record."""
    files = [archive(tmp_path / "one" / "a.jsonl", 3), archive(tmp_path / "two" / "a.jsonl", 40, figure=500)]
    pooled = ingested(tmp_path, "pooled", 2, monkeypatch, files, seed=False)
    assert handed[-1] == 40 - 3
    inline = ingested(tmp_path, "inline", 1, monkeypatch, files, seed=False)
    assert table_rows(pooled) == table_rows(inline)
    ids = {doc["id"] for doc in pooled.catalog()}
    assert {row["article_id"] for row in pooled.series("企业")} <= ids


def test_the_spool_is_gone_once_the_ingest_ends(tmp_path, monkeypatch, handed):
    store = ingested(tmp_path, "pooled", 2, monkeypatch, [archive(tmp_path / "a.jsonl", 20)])
    assert sorted(p.name for p in (store.dir / "series").iterdir()) == ["series.sqlite"]


def test_a_failed_transaction_leaves_no_spool(tmp_path):
    """The rows spool is a named file: a transaction that fails removes it."""
    from store.db.transaction import write_transaction

    store = open_store(tmp_path / "s.json", seed=False)
    with pytest.raises(RuntimeError), write_transaction(store) as tx:
        tx.series_spool.add(1, b"rows")
        assert list((store.dir / "series").glob("series.sqlite.*.tmp-rows"))
        raise RuntimeError("stop")
    assert not list((store.dir / "series").glob("series.sqlite.*"))


def test_a_series_folder_that_cannot_hold_the_spool_only_costs_the_spool(tmp_path):
    (tmp_path / "series").write_text("in the way")
    spool = SeriesSpool(tmp_path / "series")
    spool.add(1, b"rows")
    spool.add(2, b"more")
    assert len(spool) == 0 and spool.where() is None
    spool.close()


def test_rows_come_back_as_the_build_works_them_out():
    article = {"id": "a", "title": "重庆持续扩大开放", "date": "2024-05-01"}
    facts = [{"id": "a:body:0", "kind": "count", "value": 12, "unit": "家", "subject": "新增企业", "period": "2024"},
             {"id": "a:body:1", "kind": "percent", "value": 5.7, "unit": "%", "subject": "地区生产总值",
              "change": "up", "surface": "5.7%"},
             {"id": "a:body:2", "kind": "date", "value": "2024-05-01"},
             {"id": "a:body:0", "kind": "count", "value": 13, "unit": "家", "subject": "新增企业"}]
    from store.db.storage import dumps

    runs = (["重庆持续扩大开放", "新增企业"], ["全市新增企业"])
    rows, runs_back = unpack_series(pack_series(article, facts, dumps(facts), runs))
    assert type(rows) is SeriesRows
    assert runs_back == runs
    assert rows == article_series(article, facts)
    assert [(fid, fno) for fid, fno, _ in rows] == [("a:body:0", 3), ("a:body:1", 1)]
    assert rows[0][2].value == "13"  # a repeated id keeps its last fact
    assert rows[1][2].indicator.entity == "重庆"


@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_facts_whose_json_would_not_give_them_back_are_not_worked_out_aside(value):
    """The store keeps facts through their JSON, where NaN is null: the
    build reads such an article's stored facts instead."""
    from store.db.storage import dumps

    facts = [{"id": "a:body:0", "kind": "count", "value": value, "unit": "家", "subject": "企业"}]
    assert pack_series({"id": "a", "title": "t"}, facts, dumps(facts)) is None


def test_a_figure_beyond_64_bits_is_not_worked_out_aside():
    from store.db.storage import dumps

    facts = [{"id": "a:body:0", "kind": "count", "value": 10 ** 30, "unit": "家", "subject": "企业"}]
    assert dumps(facts)[:1] != b"["
    assert pack_series({"id": "a", "title": "t"}, facts, dumps(facts)) is None
