"""Period, base and change forms a fresh sample (sealed39) showed misread, each as its class (sentences written for
the tests, in the registers of the sample: State Council meetings, investment banks' forecasts, Taiwan's house-price
index, farm-price bulletins, Taiwan's port statistics).

- **The quarter just ahead:** `在第四季度，缓缴…14项行政事业性收费` told on 27 September is this year's fourth quarter,
  as `10月` told then is this year's October (the month right after the article's); a quarter further ahead stays
  last year's (its figures exist once it has ended).
- **A forecast named as a noun:** `上调全年经济增长预测0.5个百分点` told in March or May — this year's 全年, as
  `预计全年…` is.
- **A time returned to:** `均價回到一年前`, `重回去年水準` — a level compared with a past time's; the year it names
  dates no later quarter of the sentence (`…第三季國泰房地產指數` stays this year's).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = "2026-01-20") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _fact(text: str, surface: str, date: str | None = "2026-01-20") -> dict:
    return next(f for f in _facts(text, date) if f["surface"] == surface)


def _date(text: str, surface: str, date: str | None) -> dict:
    return next(f for f in extract(text, date=date) if f["kind"] == "date" and f["surface"] == surface)


@pytest.mark.parametrize(("date", "quarter"), [
    ("2022-09-27", "2022Q4"),
    ("2023-03-20", "2023Q2"),
    ("2025-06-28", "2025Q3"),
])
def test_the_quarter_starting_next_month_is_this_years(date: str, quarter: str) -> None:
    name = {"Q4": "第四季度", "Q2": "第二季度", "Q3": "第三季度"}[quarter[4:]]
    text = f"在{name}，缓缴耕地开垦费、污水处理费等14项行政事业性收费，规模530多亿元。"
    assert _date(text, name, date)["period"] == quarter
    assert _fact(text, "530多亿元", date)["period"] == quarter


def test_a_quarter_further_ahead_is_last_years() -> None:
    text = "第四季度，全市规模以上工业增加值增长5.1%。"
    assert _fact(text, "5.1%", "2022-08-01")["period"] == "2021Q4"


def test_a_quarter_just_ended_is_this_years() -> None:
    assert _fact("第三季度，全市规模以上工业增加值增长5.1%。", "5.1%", "2022-10-20")["period"] == "2022Q3"


@pytest.mark.parametrize("date", ["2025-03-29", "2025-05-29"])
def test_a_forecast_named_as_a_noun_is_this_years_full_year(date: str) -> None:
    text = "国际投行摩根士丹利日前发布的研报提出，中国一季度经济表现超预期，因此上调全年经济增长预测0.5个百分点。"
    assert _fact(text, "0.5个百分点", date)["period"] == date[:4]


def test_a_full_year_measured_early_in_the_year_is_still_last_years() -> None:
    text = "全年全市地区生产总值2458.8亿元，按不变价格计算，比上年增长2.3%。"
    assert _fact(text, "2.3%", "2025-03-10")["period"] == "2024"


@pytest.mark.parametrize("back", ["回到一年前", "重回去年水準"])
def test_a_time_returned_to_does_not_date_a_later_quarter(back: str) -> None:
    text = f"第三季全國新建案每坪均價{back},根據最新發布的第三季國泰房地產指數,新竹縣市銷售率達8.62%。"
    assert _fact(text, "8.62%", "2025-10-30")["period"] == "2025Q3"
