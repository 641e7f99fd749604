"""Pilot tests: a fact's indicator over time (chart and table), the
conflicts view and the totals of a search with fact filters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.app_helpers import settle, type_query
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.screens.main import MainScreen
from tui.screens.series import ConflictsScreen, SeriesScreen
from tui.citation import period_words
from tui.widgets.facts_table import FactsTable
from tui.widgets.reader import Reader
from tui.widgets.series_chart import SeriesChart, chart_lines


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


async def _series_of(pilot, surface: str) -> SeriesScreen:
    """Highlight the fact written ``surface`` in the facts pane and press t."""
    await settle(pilot)
    table = pilot.app.query_one(FactsTable)
    fact = next(f for f in pilot.app.main_screen.article_facts if f["surface"] == surface)
    table.focus()
    table.select_fact(fact)
    await pilot.press("t")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, SeriesScreen)
    return screen


def _bar_cells(line: str) -> int:
    return sum(line.count(ch) for ch in "█▉▊▋▌▍▎▏")


async def test_t_on_a_fact_shows_its_indicator_over_time_in_a_table_and_a_chart() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _series_of(pilot, "3.1万辆")
        assert [(r["period"], r["value"]) for r in screen.rows] == [("2020", 31000), ("2024", 625000)]
        table = screen.query_one(DataTable)
        assert table.row_count == 2 and table.cursor_row == 0  # on the fact it was opened from
        assert [str(c) for c in table.get_row_at(1)[:2]] == ["2024年", "62.5万辆"]
        lines = str(screen.query_one(SeriesChart).render()).splitlines()
        assert [line.split()[0] for line in lines] == ["2020年", "2024年"]
        assert _bar_cells(lines[1]) > 10 * _bar_cells(lines[0]) / 2  # 62.5万 draws far longer than 3.1万


async def test_enter_on_a_row_opens_the_article_at_that_figure() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _series_of(pilot, "3.1万辆")
        screen.query_one(DataTable).move_cursor(row=1)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.query_one(Reader).selected["surface"] == "62.5万辆"
        assert app.query_one(FactsTable).current_fact["surface"] == "62.5万辆"


async def test_c_copies_the_series_as_tsv_with_a_citation_on_every_row() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await _series_of(pilot, "62.5万辆")
        await pilot.press("c")
        await settle(pilot)
        header, *rows = app.clipboard.splitlines()
        assert header.split("\t")[:3] == ["indicator", "entity", "period"] and header.endswith("citation")
        assert len(rows) == 2
        assert all("山城晚报" in row.split("\t")[-1] and "新能源汽车产量" in row.split("\t")[-1] for row in rows)


async def test_the_series_copy_cites_the_sentence_stating_each_figure_as_the_facts_copy_does() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await _series_of(pilot, "62.5万辆")
        await pilot.press("c")
        await settle(pilot)
        header, *rows = app.clipboard.splitlines()
        columns = header.split("\t")
        assert columns[-3:] == ["url", "sentence", "citation"]
        sentence = "会上公布:山城新能源汽车产量从2020年的3.1万辆增至2024年的62.5万辆,全市汽车产量达210万辆"
        for row in rows:
            cells = dict(zip(columns, row.split("\t")))
            assert cells["sentence"] == sentence
            # what (period)：value — the sentence（《title》，publication，date）
            assert cells["citation"].startswith(f"{cells['entity']}{cells['indicator']}（{period_words(cells['period'])}）：")  # in words: 2020年
            assert f" — {sentence}（《" in cells["citation"] and "山城晚报" in cells["citation"]


async def test_e_exports_the_series_to_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await _series_of(pilot, "62.5万辆")
        await pilot.press("e")  # the export dialog: folder and name, CSV or TSV
        await pilot.pause()
        await pilot.press("j")  # not offered for a series: nothing happens
        await pilot.press("c")
        await settle(pilot)
    (path,) = tmp_path.glob("series-*.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # for Excel on Windows (walk36)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("indicator,entity,period,value") and len(lines) == 3


async def test_the_chart_reads_at_80x24_without_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _series_of(pilot, "3.1万辆")
        chart = screen.query_one(SeriesChart)
        assert chart.region.width <= 80 and chart.region.height >= 2
        text = app.export_screenshot()
        assert "2020" in text and "2024" in text and "62.5万辆" in text
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


def test_a_negative_figure_draws_a_bar_marked_minus():
    rows = [{"period": "2023", "value": -5, "unit": "元", "kind": "money"},
            {"period": "2024", "value": 10, "unit": "元", "kind": "money"}]
    first, second = (str(line) for line in chart_lines(rows, 40, lambda r: str(r["value"])))
    assert "−" in first and "−" not in second
    assert _bar_cells(second) == 2 * _bar_cells(first)


def _gdp_store(tmp_path: Path) -> FakeStore:
    store = FakeStore()
    lines = [
        {"title": "重庆经济稳中向好", "body": "2024年，重庆地区生产总值3.22万亿元，同比增长6.1%。", "source": "重庆日报"},
        {"title": "西部城市经济盘点", "body": "2024年重庆地区生产总值3.19万亿元。", "source": "经济观察"},
        {"title": "成都经济年报", "body": "2024年，成都地区生产总值2.35万亿元。", "source": "成都商报"},
    ]
    path = tmp_path / "gdp.jsonl"
    path.write_text("\n".join(json.dumps(dict(line, date="2025-02-01"), ensure_ascii=False) for line in lines),
                    encoding="utf-8")
    store.ingest([path])
    return store


async def test_shift_d_lists_the_figures_sources_disagree_on_side_by_side(tmp_path: Path) -> None:
    app = FactdeskApp(_gdp_store(tmp_path))  # type: ignore[arg-type]
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ConflictsScreen)
        table = screen.query_one(DataTable)
        assert table.row_count == 1
        indicator, period, sources = (str(c) for c in table.get_row_at(0))
        assert (indicator, period) == ("重庆·地区生产总值", "2024年")
        assert "3.22万亿元" in sources and "3.19万亿元" in sources and "2.35" not in sources
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(Reader).selected["surface"] == "3.22万亿元"


async def test_the_conflicts_copy_cites_the_sentence_stating_each_figure(tmp_path: Path) -> None:
    app = FactdeskApp(_gdp_store(tmp_path))  # type: ignore[arg-type]
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        head, *sources = app.clipboard.splitlines()
        assert head.startswith("重庆·地区生产总值（2024")
        assert sources[0].strip().startswith(
            "3.22万亿元 — 2024年，重庆地区生产总值3.22万亿元，同比增长6.1%（《重庆经济稳中向好》，重庆日报，2025-02-01）")
        assert sources[1].strip().startswith(
            "3.19万亿元 — 2024年重庆地区生产总值3.19万亿元（《西部城市经济盘点》，经济观察，2025-02-01）")


async def test_a_search_with_fact_filters_shows_totals_under_the_facts_pane() -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "unit:辆")
        subtitle = str(app.query_one(FactsTable).border_subtitle)
        assert subtitle.startswith("3 count 辆: Σ") and "max 210万" in subtitle
        app.query_one(FactsTable).focus()
        await pilot.press("x", "s")  # the table is rebuilt (as when the article arrives after the totals)
        assert str(app.query_one(FactsTable).border_subtitle) == subtitle
        await pilot.press("escape")
        await settle(pilot)
        assert not app.query_one(FactsTable).border_subtitle


def test_the_series_and_conflicts_keys_come_from_the_key_table() -> None:
    from tui.keys import KEYS

    for place, owner in {"series": SeriesScreen, "conflicts": ConflictsScreen}.items():
        declared = {(b.id, b.key, b.action) for b in owner.BINDINGS}
        assert declared == {(k.id, k.keys, k.action) for k in KEYS if k.place == place and k.keys and k.action}
    main_keys = {b.key: b.action for b in MainScreen.BINDINGS}
    assert (main_keys["t"], main_keys["D"]) == ("series", "conflicts")


def test_totals_add_up_amounts_but_never_percents_points_or_ranks() -> None:
    from tui.series_output import totals_line

    line = totals_line([
        {"kind": "money", "unit": "元", "count": 2, "sum": 300000000, "min": 100000000, "max": 200000000},
        {"kind": "percent", "unit": "%", "count": 8, "sum": 510.2, "min": 40, "max": 98},
        {"kind": "points", "unit": "个百分点", "count": 2, "sum": 0.7, "min": 0.3, "max": 0.4},
        {"kind": "rank", "unit": "", "count": 3, "sum": 6, "min": 1, "max": 3},
    ])
    money, percent, points, rank = line.split(" | ")
    assert money == "2 money 元: Σ 3亿 · min 1亿 · max 2亿"
    assert percent == "8 percent: min 40% · max 98%"
    assert points == "2 points: min 0.3 pp · max 0.4 pp"
    assert rank == "3 rank: min 1 · max 3"


def test_totals_never_add_up_prices_per_a_unit() -> None:
    """Two gold prices of 3,285.6 and 3,301.2 美元/盎司 add up to no price: min and max, no Σ."""
    from tui.series_output import totals_line

    line = totals_line([{"kind": "money", "unit": "美元/盎司", "count": 2, "sum": 6586.8, "min": 3285.6, "max": 3301.2}])
    assert "Σ" not in line and line.startswith("2 money 美元/盎司: min ")


def test_totals_say_the_headline_repeats_they_left_out_of_the_sum() -> None:
    """The seed's title 首期投资35亿 restates its body's 35亿元: the line
    sums it once and says the repeat was seen, not lost."""
    from tui.series_output import totals_line

    line = totals_line([{"kind": "money", "unit": "元", "count": 1, "sum": 3500000000, "min": 3500000000,
                         "max": 3500000000, "repeats": 1}])
    assert line == "1 money 元: Σ 35亿 · min 35亿 · max 35亿 · +1 headline repeat not counted"


def test_totals_give_one_group_per_kind_for_percents_and_points() -> None:
    """个百分点 and 基点 (or % and 成) are one measure once normalised: two
    groups both labelled "points" could not be told apart under the facts."""
    from tui.series_output import totals_line

    line = totals_line([
        {"kind": "points", "unit": "个百分点", "count": 46, "sum": 80, "min": 0.4, "max": 40},
        {"kind": "percent", "unit": "%", "count": 20, "sum": 100, "min": 1, "max": 9},
        {"kind": "points", "unit": "个基点", "count": 13, "sum": 5, "min": 0.25, "max": 4.2},
        {"kind": "percent", "unit": "成", "count": 2, "sum": 50, "min": 20, "max": 30},
    ])
    assert line == "59 points: min 0.25 pp · max 40 pp | 22 percent: min 1% · max 30%"


async def test_a_copy_that_reads_many_articles_says_so_while_it_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.screens.series as series_screen

    said: list[str] = []
    real_say = series_screen.say
    monkeypatch.setattr(series_screen, "READING_NOTE", 1)
    monkeypatch.setattr(series_screen, "say", lambda node, topic, message, **kw: (said.append(message),
                                                                                   real_say(node, topic, message, **kw)))
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await _series_of(pilot, "62.5万辆")
        await pilot.press("c")
        await settle(pilot)
        assert said == ["Reading the sentences of 2 figures from 1 article to cite them…"]
        assert app.clipboard.count("\n") == 3  # then copied: header and two rows


@pytest.mark.parametrize("query,head", [("山城", "No measurement of “山城” has sources that disagree."),
                                        (None, "No measurement in the whole store has sources that disagree.")])
async def test_no_conflicts_is_said_in_plain_words(query, head) -> None:
    from textual.widgets import Static

    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(ConflictsScreen(app.store, query))
        await settle(pilot)
        assert str(app.screen.query_one("#conflicts-head", Static).render()).startswith(head)


@pytest.mark.parametrize("unit", ["℃", "摄氏度", "岁", "级", "度"])
def test_totals_never_add_up_temperatures_ages_or_grades(unit) -> None:
    """Searching <0 on the bulk store totalled "25 quantity ℃: Σ -535": a sum
    of temperatures (ages, wind forces, scores) is no figure; min and max are."""
    from tui.series_output import totals_line

    line = totals_line([{"kind": "quantity", "unit": unit, "count": 25, "sum": -535, "min": -60, "max": 0}])
    assert "Σ" not in line and line == f"25 quantity {unit}: min -60 · max 0"
    assert "Σ 1,295" in totals_line([{"kind": "quantity", "unit": "亩", "count": 2, "sum": 1295, "min": 95,
                                      "max": 1200}])
