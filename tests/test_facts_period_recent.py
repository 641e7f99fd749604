"""Spans ending on the day told (store/facts/period_recent.py; tests/gold/README.md, the sealed6 calls):
`过去24小时` is the day before and the day its sentence names (else the article's), `近一周` the
seven days to it, `過去一年` in a January or February release the year just ended; a record's
horizon (`近一周新高`) dates no figure."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    ("以色列国防军20日称，过去24小时，以色列空军对加沙地带约100处目标实施空袭。", "2025-09-21", "约100处",
     "2025-09-19/2025-09-20"),
    ("過去24小時，本港新增確診個案1200宗。", "2022-03-30", "1200宗", "2022-03-29/2022-03-30"),
    ("在武汉，近一周每天都有300万片镇痛类药品投放市场。", "2022-12-28", "300万片", "2022-12-22/2022-12-28"),
    ("过去一周，全市累计接种疫苗35万人次。", "2021-06-10", "35万人次", "2021-06-04/2021-06-10"),
    ("近7天，全省新增本土感染者126例。", "2022-11-20", "126例", "2022-11-14/2022-11-20"),
])
def test_a_span_ending_on_the_day_told(text: str, date: str, surface: str, window: str) -> None:
    assert periods(text, date)[surface] == window


def test_the_duration_itself_takes_the_span() -> None:
    assert periods("在武汉，近一周每天都有300万片镇痛类药品投放市场。", "2022-12-28")["近一周"] == "2022-12-22/2022-12-28"


def test_the_past_year_in_january_is_the_year_just_ended() -> None:
    assert periods("過去一年，本港經濟增長3.5%。", "2026-01-10")["3.5%"] == "2025"
    assert periods("过去一年，全市新增就业岗位12万个。", "2025-02-15")["12万个"] == "2024"


def test_the_past_year_later_in_the_year_has_no_period() -> None:
    assert periods("过去一年，本港經濟增長3.5%。", "2026-05-10")["3.5%"] is None


def test_a_records_horizon_dates_no_figure() -> None:
    assert periods("金价创近一周新高，收于2000美元。", "2026-05-10")["2000美元"] is None


@pytest.mark.parametrize("text", [
    "来到厦门，都可以在附近的24小时综合服务驿站里得到温馨的服务。",
    "过去24小时营业的便利店已有120家。",
])
def test_a_round_the_clock_service_is_no_span(text: str) -> None:
    got = periods(text, "2025-12-21")
    assert all(p is None or "/" not in p for p in got.values())


def test_a_time_elapsed_is_no_span() -> None:
    got = periods("据美国媒体9日报道，得克萨斯州洪灾发生已近一周，死亡人数升至至少120人。", "2025-07-10")
    assert got["至少120人"] is None or "/" not in got["至少120人"]


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("回顾过去五年，我们经受了多重考验。", "2023-03-06", "五年", "2018/2022"),
    ("过去五年，我国文化产业营业收入增长37.7%。", "2026-04-03", "37.7%", "2021/2025"),
    ("過去三年，本港累計財政赤字高達5,529億元。", "2025-02-26", "5,529億元", "2022/2024"),
])
def test_the_past_years_told_early_in_the_year_are_the_whole_years_just_ended(text: str, date: str, surface: str,
                                                                             period: str) -> None:
    assert periods(text, date)[surface] == period


def test_the_past_years_told_later_in_the_year_name_no_calendar_years() -> None:
    assert periods("過去四年間，平均每一年的出口都比南韓少了約兩千億美元。", "2025-09-10")["約兩千億美元"] is None


def test_the_past_years_as_a_records_horizon_date_nothing() -> None:
    assert periods("美國占比上升到30.9%，為過去26年來首度看到美國超越中國。", "2026-01-09")["30.9%"] is None
