"""A series table built from scratch reads each article's id, title, date
and publication from the catalog and only the facts from the shards (their
articles' blocks, mostly bodies, are not decoded): what it reads is what the
whole records would give it, in the same order, and the table is the same."""

from __future__ import annotations

import json
import sqlite3

from store import open_store
from store.series.table import SeriesTable

BODIES = ["全市新增企业{n}家，同比增长5.7%。", "重庆新能源汽车产量2024年达到{n}万辆。", "地区生产总值{n}亿元，增长6.1%。",
          "今天天气晴朗。"]


def write_archive(path, n: int, offset: int = 0):
    records = []
    for i in range(offset, offset + n):
        record = {"title": f"重庆第{i}期经济快报", "body": BODIES[i % 4].format(n=100 + i)}
        if i % 3:
            record["date"] = f"2024-0{1 + i % 9}-01"
        if i % 5 == 0:
            record["publication"] = f"日报{i % 2}"
        records.append(json.dumps(record, ensure_ascii=False))
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    return path


def as_read(docs):
    """(article, facts) as the series table reads them."""
    return [((a["id"], a.get("title"), a.get("date"), a.get("publication")), facts) for a, facts in docs]


def test_every_article_as_the_table_reads_it_is_what_its_record_gives(tmp_path):
    store = open_store(tmp_path / "s.json", seed=False)
    store.ingest([write_archive(tmp_path / "a.jsonl", 40), write_archive(tmp_path / "b.jsonl", 30, offset=100)])
    whole = as_read(store._series_docs(None))
    assert len(whole) == 70 and any(facts for _, facts in whole)
    assert as_read(store._series_rows()) == whole


def test_a_table_built_from_the_catalog_equals_one_built_from_whole_records(tmp_path):
    store = open_store(tmp_path / "s.json", seed=False)
    store.ingest([write_archive(tmp_path / "a.jsonl", 40)])
    tables = []
    for name, docs in (("rows", store._series_rows()), ("docs", store._series_docs(None))):
        path = tmp_path / f"{name}.sqlite"
        SeriesTable.build(path, docs, "token").close()
        conn = sqlite3.connect(path)
        tables.append({t: conn.execute(f"SELECT * FROM {t}").fetchall()
                       for t in ("facts", "article_rows", "names", "indicators", "periods", "units", "publications",
                                 "conflicts")})
        conn.close()
    assert tables[0] == tables[1]
    assert tables[0]["facts"] and tables[0]["publications"]


def test_a_stale_table_is_built_again_from_the_catalog(tmp_path):
    store = open_store(tmp_path / "s.json", seed=False)
    store.ingest([write_archive(tmp_path / "a.jsonl", 12)])
    before = store.series("企业")
    assert before
    (store.dir / "series" / "series.sqlite").unlink()
    again = open_store(tmp_path / "s.json", seed=False)
    assert again.series("企业") == before
