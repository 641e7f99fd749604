"""Series, conflicts and totals: the same answers from every backend
(the backends of ``tests/test_store_contract.py``, each seeded with the
seed page)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store import QueryError, Store
from store.series import SERIES_COLUMNS
from tests.test_store_contract import BACKENDS, Backend


@pytest.fixture(params=BACKENDS, ids=lambda b: b.name)
def seeded(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    backend: Backend = request.param
    return backend.open_seeded(tmp_path)

_GDP = [  # (paper, title, 2024 重庆 GDP as written)
    ("重庆日报", "重庆经济稳中向好", "2024年，重庆地区生产总值3.22万亿元，同比增长6.1%。"),
    ("经济观察", "西部城市经济盘点", "2024年重庆地区生产总值3.19万亿元，比上年增长6.1%。"),
    ("山城晚报", "重庆去年经济总量", "2024年，重庆地区生产总值3.2万亿元。"),
    ("成都商报", "成都经济年报", "2024年，成都地区生产总值2.35万亿元，增长5.7%。"),
]


def _ingest_gdp(store: Store, tmp_path: Path, papers: list[tuple[str, str, str]]) -> None:
    path = tmp_path / "gdp.jsonl"
    lines = [json.dumps({"title": t, "body": b, "date": f"2025-02-0{n + 1}", "source": p}, ensure_ascii=False)
             for n, (p, t, b) in enumerate(papers)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert store.ingest([path]).added == len(papers)


def test_the_seed_series_of_new_energy_vehicle_output_runs_from_2020_to_2024(seeded):
    levels = [r for r in seeded.series("新能源汽车产量") if r["measure"] == "level" and r["period"]]
    assert [(r["period"], r["value"], r["unit"]) for r in levels] == [("2020", 43000, "辆"), ("2024", 953000, "辆")]
    for row in levels:
        assert set(SERIES_COLUMNS) - {"value_unit"} <= set(row)  # value_unit: derived by the outputs
        assert (row["indicator"], row["entity"], row["publication"]) == ("新能源汽车产量", "重庆", "重庆晨报")
        assert seeded.article(row["article_id"])["title"] == row["title"]
        assert row["fact_id"] in {f["id"] for f in seeded.facts(row["article_id"])}


def test_a_series_query_with_filters_keeps_the_figures_that_pass_them(seeded):
    rows = seeded.series("unit:辆 year:2024")
    assert rows and all(r["unit"] == "辆" for r in rows)
    assert 953000 in [r["value"] for r in rows] and 43000 not in [r["value"] for r in rows]


def test_a_series_is_sorted_by_indicator_then_period(seeded):
    rows = seeded.series("kind:money,count")
    keys = [(r["indicator"], r["entity"] or "") for r in rows]
    assert keys == sorted(keys)


def test_a_query_that_names_no_indicator_gives_nothing(seeded):
    assert seeded.series("没有这个指标") == []
    assert seeded.conflicts("没有这个指标") == []


def test_a_malformed_series_query_raises_query_error(seeded):
    with pytest.raises(QueryError):
        seeded.series("kind:nonsense")


def test_the_seed_page_has_no_conflicts(seeded):
    assert seeded.conflicts() == []


def test_two_papers_giving_different_gdp_for_the_same_year_are_a_conflict(seeded, tmp_path):
    _ingest_gdp(seeded, tmp_path, _GDP)
    found = seeded.conflicts("地区生产总值")
    assert [(c["indicator"], c["entity"], c["period"], c["unit"]) for c in found] == [
        ("地区生产总值", "重庆", "2024", "元")]
    by_paper = {v["publication"]: v["value"] for v in found[0]["values"]}
    assert by_paper["重庆日报"] == 3220000000000 and by_paper["经济观察"] == 3190000000000
    assert "成都商报" not in by_paper  # another city is another measurement
    assert seeded.conflicts() == found


def test_figures_that_agree_at_their_precision_and_equal_growth_rates_are_no_conflict(seeded, tmp_path):
    _ingest_gdp(seeded, tmp_path, [_GDP[0], _GDP[2], _GDP[3]])
    assert seeded.conflicts("地区生产总值") == []


def test_a_conflict_goes_when_the_article_giving_the_other_figure_is_replaced(seeded, tmp_path):
    _ingest_gdp(seeded, tmp_path, _GDP)
    assert seeded.conflicts("重庆")
    _ingest_gdp(seeded, tmp_path, [_GDP[0], _GDP[2]])
    assert seeded.conflicts("重庆") == []


# One indicator told for months, quarters, a half, the year to date and the year, in an order
# their text would sort wrongly (2024-01/2024-11 before 2024Q1, 2024 before its months).
_RETAIL = [("2024年1月", "1200"), ("2024年一季度", "3600"), ("2024年1-11月", "14000"), ("2024年", "15000"),
           ("2024年上半年", "7000"), ("2024年2月", "1100"), ("2024年11月", "1300"), ("2024年1月5日", "40"),
           ("2023年", "14500")]
_RETAIL_ORDER = ["2023", "2024-01", "2024Q1", "2024H1", "2024-01/2024-11", "2024", "2024-01-05", "2024-02",
                 "2024-11"]


def _ingest_retail(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "retail.jsonl"
    lines = [json.dumps({"title": f"消费市场{n}", "body": f"{when}，重庆社会消费品零售总额{value}亿元。",
                         "date": "2025-01-20", "source": "重庆日报"}, ensure_ascii=False)
             for n, (when, value) in enumerate(_RETAIL)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert store.ingest([path]).added == len(_RETAIL)


def test_a_series_orders_periods_sharing_a_start_by_their_end(seeded, tmp_path):
    """A month before the quarter that begins with it, the quarter before
    the half, the year to date and the year; a day of the month after them
    (it starts later), then the next month."""
    _ingest_retail(seeded, tmp_path)
    rows = [r for r in seeded.series("社会消费品零售总额") if r["measure"] == "level"]
    assert [r["period"] for r in rows] == _RETAIL_ORDER


def _counted(facts: list[dict]) -> list[dict]:
    """The facts a total counts: a headline figure whose article's body
    states the same kind, unit and value is that figure again."""
    in_body = {(f["article_id"], f["kind"], f["unit"], f["value"]) for f in facts if f["where"] != "title"}
    return [f for f in facts
            if not (f["where"] == "title" and (f["article_id"], f["kind"], f["unit"], f["value"]) in in_body)]


def test_totals_count_and_sum_the_facts_a_search_matches_per_unit(seeded):
    totals = seeded.totals("kind:money unit:元")
    money = _counted([f for f in seeded.facts(kind="money") if f["unit"] == "元"])
    assert [(t["kind"], t["unit"]) for t in totals] == [("money", "元")]
    assert totals[0]["count"] == len(money)
    assert totals[0]["sum"] == sum(f["value"] for f in money)
    assert (totals[0]["min"], totals[0]["max"]) == (min(f["value"] for f in money), max(f["value"] for f in money))


def test_a_total_keeps_its_exact_sum_as_text(seeded):
    (total,) = seeded.totals("kind:money unit:元")
    assert total["sum_text"] == str(sum(f["value"] for f in _counted(seeded.facts(kind="money")) if f["unit"] == "元"))


@pytest.mark.parametrize("query", ["长寿 kind:money", "kind:money 首期投资", "kind:money unit:元"])
def test_a_headline_figure_its_body_states_again_is_counted_once(seeded, query):
    """The seed's 首期投资35亿 (title) and 首期投资达35亿元的…项目 (body) are
    one investment: totals said Σ 70亿, twice the money there is.  Since the
    body's figure names its project (…项目首期投资) it is one fact, the title a
    mention of it; were they two facts, the title's would be a repeat."""
    result = seeded.search(query, limit=0)
    article = next(h for h in result["results"] if h["title"].startswith("首期投资35亿"))
    money = [f for f in article["facts"] if f["kind"] == "money" and f["value"] == 3_500_000_000]
    places = sorted([f["where"] for f in money] + [m["where"] for f in money for m in f["mentions"] if m["where"] == "title"])
    assert places == ["body", "title"]
    (total,) = [t for t in seeded.totals(query) if t["kind"] == "money"]
    assert total.get("repeats", 0) == len(money) - 1
    if query != "kind:money unit:元":
        assert (total["count"], total["sum"]) == (1, 3_500_000_000)


def test_a_damaged_series_table_is_built_again(tmp_path):
    from store import open_store

    open_store(tmp_path / "factdesk.json")
    table = tmp_path / "factdesk.json.d" / "series" / "series.sqlite"
    assert table.exists()  # made with the store
    table.write_bytes(b"not a database")
    rows = open_store(tmp_path / "factdesk.json", seed=False).series("新能源汽车产量")
    assert [r["value"] for r in rows if r["period"]] == [43000, 953000, 22.2]   # levels, and the rise to 2024


@pytest.mark.parametrize("query", ["kind:count unit:辆", "kind:money >1亿", "新能源汽车 unit:辆", "重庆 kind:money"])
def test_totals_count_exactly_the_facts_the_search_matches(seeded, query):
    result = seeded.search(query, limit=0)
    matched = [f for hit in result["results"] for f in hit["facts"] if f["kind"] not in ("date", "year")]
    totals = seeded.totals(query)
    assert sum(t["count"] + t.get("repeats", 0) for t in totals) == len(matched) > 0
    for t in totals:
        values = [f["value"] for f in _counted(matched) if (f["kind"], f["unit"]) == (t["kind"], t["unit"])]
        assert (t["count"], t["sum"], t["min"], t["max"]) == (len(values), sum(values), min(values), max(values))


def test_what_a_killed_build_left_behind_is_swept_when_the_table_is_built(tmp_path):
    from store import open_store

    open_store(tmp_path / "factdesk.json")
    folder = tmp_path / "factdesk.json.d" / "series"
    leftovers = [folder / "series.sqlite.999999999.tmp", folder / "series.sqlite.999999999.tmp-journal"]
    for leftover in leftovers:
        leftover.write_bytes(b"half a table")
    (folder / "series.sqlite").unlink()
    assert open_store(tmp_path / "factdesk.json", seed=False).series("新能源汽车产量")  # a reader: read around
    assert all(p.exists() for p in leftovers)
    open_store(tmp_path / "factdesk.json", seed=False).prepare_series()  # a writer's build
    assert not any(p.exists() for p in leftovers)
