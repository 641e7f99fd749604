"""The series table's compact layout gives back exactly what it was given:
fact ids written relative to their article, repeated texts in lookup
tables, facts found by their ids without an index of them."""

from __future__ import annotations

import pytest

from store.series.layout import fact_tail
from store.series.queries import conflicts, series, totals
from store.series.table import SeriesTable


@pytest.mark.parametrize(("fact_id", "stored"), [
    ("a1:body:47", (47, None)),
    ("a1:body:0", (0, None)),
    ("a1:title:3", ("title:3", None)),
    ("a1:body:047", ("body:047", None)),      # would not be written back the same as a number
    ("a1:body:" + "9" * 30, ("body:" + "9" * 30, None)),  # beyond SQLite's integers
    ("b7:body:2", (None, "b7:body:2")),        # not its article's: kept whole
])
def test_a_fact_id_is_stored_relative_to_its_article(fact_id, stored):
    assert fact_tail(fact_id, "a1") == stored


def _fact(fact_id: str, value: int, unit: str = "元", period: str | None = "2024") -> dict:
    return {"id": fact_id, "kind": "money", "unit": unit, "subject": "重庆地区生产总值", "surface": f"{value}元",
            "value": value, "period": period, "change": None, "qualifier": None}


def _docs() -> list:
    first = {"id": "a1", "title": "重庆经济", "publication": "重庆日报", "date": "2025-01-02"}
    second = {"id": "a2", "title": "西部经济", "publication": None, "date": None}
    return [(first, [_fact("a1:body:47", 500), _fact("a1:title:3", 500, "美元"), _fact("a1:body:047", 510),
                     _fact("other:body:9", 520, period=None)]),
            (second, [_fact("a2:body:5", 900)])]


def test_every_fact_comes_back_with_its_own_id_unit_period_and_article():
    table = SeriesTable.build(None, _docs(), "t")
    rows = {r["fact_id"]: r for r in series(table, "重庆地区生产总值")}
    assert set(rows) == {"a1:body:47", "a1:title:3", "a1:body:047", "other:body:9", "a2:body:5"}
    assert rows["other:body:9"]["article_id"] == "a1" and rows["other:body:9"]["period"] is None
    assert rows["a1:title:3"]["unit"] == "美元"
    assert (rows["a2:body:5"]["publication"], rows["a2:body:5"]["date"]) == (None, None)
    assert rows["a1:body:47"]["publication"] == "重庆日报"


def test_totals_find_facts_by_id_whatever_their_id_looks_like():
    table = SeriesTable.build(None, _docs(), "t")
    found = totals(table, ["a1:body:047", "other:body:9", "a2:body:5", "a2:body:5", "a1:title:3", "a9:body:1", "x"])
    assert {(t["unit"], t["count"], t["sum_text"]) for t in found} == {("元", 3, "1930"), ("美元", 1, "500")}


def test_a_commit_replacing_an_article_leaves_no_row_of_its_old_version():
    table = SeriesTable.build(None, _docs(), "t")
    assert [len(c["values"]) for c in conflicts(table)] == [3]  # 500 and 510 元 in a1 against 900 in a2
    first, _ = _docs()[0]
    table.update([(first, [_fact("a1:body:47", 700)])], ["a2"], "t2")
    assert [(r["fact_id"], r["value"]) for r in series(table, "重庆地区生产总值")] == [("a1:body:47", 700)]
    assert totals(table, ["a1:title:3", "other:body:9", "a2:body:5"]) == []
    assert conflicts(table) == []


def test_an_article_whose_new_version_states_no_figure_leaves_no_row():
    table = SeriesTable.build(None, _docs(), "t")
    first, _ = _docs()[0]
    table.update([(first, [dict(_fact("a1:body:1", 0), value=None)])], [], "t2")
    assert {r["article_id"] for r in series(table, "重庆地区生产总值")} == {"a2"}
    assert table.conn.execute("SELECT count(*) FROM article_rows").fetchone()[0] == 1


def test_a_commit_touching_more_groups_than_it_lists_finds_the_same_conflicts(monkeypatch):
    from store.series import table as table_module

    first, second = _docs()
    listed = SeriesTable.build(None, [first], "t")
    listed.update([second], [], "t2")
    monkeypatch.setattr(table_module, "_GROUP_LIMIT", 0)
    every = SeriesTable.build(None, [first], "t")
    every.update([second], [], "t2")
    assert conflicts(listed) == conflicts(every) != []
