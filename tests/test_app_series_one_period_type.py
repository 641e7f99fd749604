"""The series view holds one type of period at a time: a month's growth
rate never stands beside a year-to-date one as if they were consecutive
points (社会消费品零售总额 +6.4% in May, +5.0% in the first half, +4.0% for
January–November are three different measurements).  It opens on the type
of the fact it was opened from, says the others in its head, and ``p``
steps through them.  ``store.series.periods.period_grains`` says which
type a period is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from store.series.periods import period_grains
from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.screens.series import SeriesScreen
from tui.widgets.facts_table import FactsTable


@pytest.mark.parametrize(("period", "grains"), [
    ("2024", ("year",)),
    ("2024-01/2024-12", ("year",)),              # 1-12月 is the year
    ("2024-01/2024-05", ("to-date",)),           # 1-5月
    ("2024Q1-Q3", ("to-date",)),                 # 前三季度
    ("2024H1", ("to-date", "half")),             # 上半年: the year to date, and a half-year
    ("2024H2", ("half",)),
    ("2024Q1", ("quarter", "to-date")),          # 一季度: a quarter, and the first step of the year to date
    ("2024Q2", ("quarter",)),
    ("2024-05", ("month",)),
    ("2024-05-03", ("day",)),
    ("2021/2025", ("span",)),                    # 十四五 and other runs of years
    ("2024-03/2024-05", ("span",)),
    ("2024Q2-Q3", ("span",)),
    (None, ("none",)),
    ("", ("none",)),
])
def test_a_period_is_of_one_type_its_own_first(period: str | None, grains: tuple[str, ...]) -> None:
    assert period_grains(period) == grains


NEWS = [  # (date, sentence): one indicator, one place, four types of period
    ("2025-03-17", "1-2月份，全国社会消费品零售总额同比增长4.0%。"),
    ("2025-06-16", "5月份，全国社会消费品零售总额同比增长6.4%。"),
    ("2025-07-15", "上半年，全国社会消费品零售总额同比增长5.0%。"),
    ("2025-07-16", "二季度，全国社会消费品零售总额同比增长5.4%。"),
    ("2025-09-15", "8月份，全国社会消费品零售总额同比增长3.4%。"),
    ("2025-10-20", "前三季度，全国社会消费品零售总额同比增长4.5%。"),
]


@pytest.fixture
def store(tmp_path: Path) -> FakeStore:
    fake = FakeStore(tmp_path / "s.json", empty=True)
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps({"title": f"国民经济运行情况{n}", "body": text, "date": date, "source": "新闻联播"},
                                       ensure_ascii=False) + "\n" for n, (date, text) in enumerate(NEWS)),
                    encoding="utf-8")
    assert fake.ingest([news]).added == len(NEWS)
    return fake


async def _series_from(app: FactdeskApp, pilot, title: str) -> SeriesScreen:
    await settle(pilot)
    entry = next(e for e in app.main_screen.catalog if e["title"] == title)
    app.main_screen.open_by_id(entry["id"])
    await settle(pilot)
    fact = next(f for f in app.main_screen.article_facts if f.get("kind") == "percent")
    table = app.query_one(FactsTable)
    table.focus()
    table.select_fact(fact)
    await pilot.press("t")
    await settle(pilot)
    assert isinstance(app.screen, SeriesScreen)
    return app.screen


def _periods(screen: SeriesScreen) -> list[str]:
    return [r["period"] for r in screen.rows]


async def test_the_series_of_a_year_to_date_figure_holds_the_year_to_date_figures_only(store: FakeStore) -> None:
    app = FactdeskApp(store)  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _series_from(app, pilot, "国民经济运行情况2")  # 上半年 +5.0%
        assert len(screen.all_rows) == len(NEWS)
        assert _periods(screen) == ["2025-01/2025-02", "2025H1", "2025Q1-Q3"]
        assert screen.query_one(DataTable).row_count == 3
        assert str(screen.query_one(DataTable).get_row_at(screen.query_one(DataTable).cursor_row)[0]) == "2025年上半年"
        head = str(screen.query_one("#series-head", Static).render())
        assert "year to date · 3 figures from 3 articles" in head
        assert "p: quarters 1, months 2" in head  # what else there is, and the key that shows it


async def test_a_month_opens_the_months_and_p_steps_through_the_other_types(store: FakeStore) -> None:
    app = FactdeskApp(store)  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _series_from(app, pilot, "国民经济运行情况1")  # 5月份 +6.4%
        assert _periods(screen) == ["2025-05", "2025-08"]
        seen = []
        for _ in range(3):
            await pilot.press("p")
            await settle(pilot)
            seen.append((screen.grain, _periods(screen)))
        assert seen == [("to-date", ["2025-01/2025-02", "2025H1", "2025Q1-Q3"]), ("quarter", ["2025Q2"]),
                        ("month", ["2025-05", "2025-08"])]
        assert screen.query_one(DataTable).row_count == 2
        await pilot.press("c")  # the copy is of the figures shown
        await settle(pilot)
