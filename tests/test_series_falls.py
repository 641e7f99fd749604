"""A fall in a series: 同比下降1.5% is a change of -1.5 wherever a series
or a conflict shows it (text, JSON, CSV, the app's chart and table), and
a fall and a rise of the same size are a conflict, never an agreement.
Value filters read the figure as written, as search does."""

from __future__ import annotations

import json

import pytest

from store.series.columns import series_columns
from store.series.precision import agree, value_step
from tests.test_cli import run
from tui.series_output import row_value


def _fact(surface: str, value: float, change: str | None, qualifier: str | None = None, high=None) -> dict:
    return {"id": "a:body:1", "kind": "percent", "unit": "%", "subject": "重庆进口", "period": "2024",
            "surface": surface, "value": value, "value_high": high, "change": change, "qualifier": qualifier}


@pytest.mark.parametrize(("surface", "value", "high", "signed"), [
    ("下降1.5%", 1.5, None, ("-1.5", None)),
    ("回落0.3%", 0.3, None, ("-0.3", None)),
    ("减少1.5%-2%", 1.5, 2, ("-1.5", "-2")),
])
def test_a_fall_is_a_signed_change_in_the_series_columns_and_filters_read_it_as_written(surface, value, high, signed):
    columns = series_columns(_fact(surface, value, "down", high=high), 2024, None)
    assert columns is not None and (columns.value, columns.value_high) == signed
    assert columns.num == value  # `>1%` finds 下降1.5% in series as it does in search


def test_a_rise_and_a_figure_already_negative_keep_their_sign():
    assert series_columns(_fact("增长1.5%", 1.5, "up"), 2024, None).value == "1.5"
    assert series_columns(_fact("下降-1.5%", -1.5, "down"), 2024, None).value == "-1.5"


def _figure(surface: str, value: str, qualifier: str | None = None) -> tuple:
    return (value, None, value_step(surface, value), qualifier)


def test_a_fall_and_a_rise_of_the_same_size_disagree():
    assert not agree(_figure("下降1.5%", "-1.5"), _figure("增长1.5%", "1.5"))


def test_beyond_a_fall_is_further_below_zero():
    """下降超过2% admits -2.6 and not -1.2; 亏损近3亿 admits -2.9亿 and not -4.8亿."""
    assert agree(_figure("超过2%", "-2", "超过"), _figure("2.6%", "-2.6"))
    assert not agree(_figure("超过2%", "-2", "超过"), _figure("1.2%", "-1.2"))
    assert agree(_figure("近3亿", "-300000000", "近"), _figure("2.9亿", "-290000000"))
    assert not agree(_figure("近3亿", "-300000000", "近"), _figure("4.8亿", "-480000000"))


def test_a_qualified_fall_reads_with_its_sign_first():
    assert row_value({"kind": "percent", "unit": "%", "value": -2, "qualifier": "超过"}) == "-超过2%"
    assert row_value({"kind": "percent", "unit": "%", "value": -1.5, "qualifier": None}) == "-1.5%"


def test_a_rise_reads_as_a_change_beside_a_level_of_its_indicator():
    """`factdesk series 新能源汽车产量` listed 2024 95.3万辆 and then 2024
    22.2倍 (四年增长22.2倍): a change shown unsigned read as a level."""
    assert row_value({"kind": "multiple", "unit": "倍", "value": 22.2, "measure": "change"}) == "+22.2倍"
    assert row_value({"kind": "percent", "unit": "%", "value": 5, "qualifier": "超过", "measure": "change"}) == "+超过5%"
    assert row_value({"kind": "count", "unit": "辆", "value": 953000, "measure": "level"}) == "95.3万辆"
    assert row_value({"kind": "percent", "unit": "%", "value": 0, "measure": "change"}) == "0%"  # 持平: no sign


@pytest.fixture
def db(tmp_path, capsys) -> str:
    papers = [("重庆日报", "2024年，重庆规上工业增加值同比下降1.5%，重庆进口下降超过2%。"),
              ("经济观察", "2024年，重庆规上工业增加值同比增长1.5%，重庆进口下降2.6%。")]
    path = tmp_path / "falls.jsonl"
    path.write_text("\n".join(json.dumps({"title": f"{p}经济", "body": b, "date": "2025-02-01", "source": p},
                                         ensure_ascii=False) for p, b in papers), encoding="utf-8")
    store = str(tmp_path / "store.json")
    assert run(capsys, "--db", store, "ingest", str(path))[0] == 0
    return store


def test_series_shows_a_fall_signed_in_text_json_and_csv(capsys, db):
    code, out, _ = run(capsys, "--db", db, "series", "规上工业增加值")
    assert code == 0 and "2024年  -1.5%" in out and "2024年  +1.5%" in out  # a rise signed too: it is a change
    code, out, _ = run(capsys, "--db", db, "series", "规上工业增加值", "--json")
    assert sorted(json.loads(line)["value"] for line in out.splitlines()) == [-1.5, 1.5]
    code, out, _ = run(capsys, "--db", db, "series", "规上工业增加值", "--csv")
    assert ",-1.5," in out


def test_conflicts_of_a_fall_and_a_rise_show_both_signs_and_a_fall_beyond_its_bound_agrees(capsys, db):
    code, out, _ = run(capsys, "--db", db, "conflicts", "--json")
    groups = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [g["indicator"] for g in groups] == ["规上工业增加值"]  # 进口: -2.6 is beyond -2
    assert sorted(v["value"] for v in groups[0]["values"]) == [-1.5, 1.5]
    code, out, _ = run(capsys, "--db", db, "conflicts")
    assert "    -1.5%  " in out and "    +1.5%  " in out  # a rise signed as a series signs it


async def test_the_app_s_series_view_shows_a_fall_signed_in_its_table_and_below_zero_in_its_chart(tmp_path) -> None:
    from textual.widgets import DataTable

    from tests.app_helpers import settle
    from tests.fake_store import FakeStore
    from tui.app import FactdeskApp
    from tui.screens.series import SeriesScreen
    from tui.widgets.facts_table import FactsTable
    from tui.widgets.series_chart import SeriesChart

    store = FakeStore(empty=True)
    path = tmp_path / "falls.jsonl"
    path.write_text("\n".join(json.dumps({"title": t, "body": b, "date": d, "source": "重庆日报"}, ensure_ascii=False)
                              for t, b, d in [("重庆工业", "2024年，重庆规上工业增加值同比下降1.5%。", "2025-01-20"),
                                              ("重庆工业年报", "2023年，重庆规上工业增加值同比增长6%。", "2024-01-20")]),
                    encoding="utf-8")
    store.ingest([path])
    app = FactdeskApp(store)  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        facts = app.query_one(FactsTable)
        fact = next(f for f in app.main_screen.article_facts if f.get("change"))
        facts.focus()
        facts.select_fact(fact)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SeriesScreen)
        values = {str(screen.query_one(DataTable).get_row_at(n)[1]) for n in range(2)}
        assert values == {"-1.5%", "+6%"}
        chart = str(screen.query_one(SeriesChart).render()).splitlines()
        assert any(line.startswith("2024") and "−" in line for line in chart)
        assert not any(line.startswith("2023") and "−" in line for line in chart)


def test_totals_read_a_fall_as_written_as_the_search_filter_does(tmp_path):
    """A search `>=40%` that finds 下降43.4% must not total it as -43.4%."""
    from store import open_store

    store = open_store(tmp_path / "s.json", seed=False)
    page = tmp_path / "p.jsonl"
    page.write_text(json.dumps({"title": "重庆外贸", "body": "2024年，重庆进口同比下降43.4%，重庆出口同比增长50%。",
                                "date": "2025-01-02"}, ensure_ascii=False), encoding="utf-8")
    store.ingest([page])
    for query in (">=40%", "kind:percent >=40% 重庆"):  # from the series table alone, and through the search
        (total,) = store.totals(query)
        assert (total["count"], total["min"], total["max"]) == (2, 43.4, 50), query


def test_search_text_shows_each_fact_s_direction(capsys, db):
    code, out, _ = run(capsys, "--db", db, "search", "进口")
    assert code == 0 and "· 重庆进口（2024年） 2.6%  ↓ 下降" in out and "· 重庆进口（2024年） 超过2%  ↓ 下降" in out
    assert "·  " not in out  # a fact without a subject: no gap
