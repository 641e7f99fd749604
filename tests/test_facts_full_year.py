"""A bare 全年 is the year just past in a release of January–March, and in one of April–June when its
sentence has the year already measured (a comparison with the year before, a preliminary accounting, a
communiqué's whole-area total 全年全市) and no forecast, target or plan; otherwise this year's — a forecast or target (预计全年, 力争全年) is never next year's
(store/facts/period_full_year.py)."""

from __future__ import annotations

import pytest

from store.facts import extract


def _period(text: str, surface: str, date: str) -> str | None:
    got = [f for f in extract(text, date=date) if f["surface"] == surface]
    assert got, (surface, [f["surface"] for f in extract(text, date=date)])
    return got[0]["period"]


@pytest.mark.parametrize("text, surface, date", [
    ("初步核算，全年全市地区生产总值3126.5亿元，按不变价格计算，比上年增长4.1%。", "3126.5亿元", "2025-04-18"),
    ("全年全县规模以上工业增加值比上年增长6.2%。", "6.2%", "2025-05-20"),
    ("全年全区居民人均可支配收入41230元，较上年增长5.0%。", "41230元", "2025-06-28"),
    ("全年发展党员212.4万名，培训党员人次比上年增长2.9%。", "2.9%", "2025-06-30"),
])
def test_a_measured_full_year_told_in_the_second_quarter_is_the_year_just_past(text, surface, date) -> None:
    assert _period(text, surface, date) == "2024"


@pytest.mark.parametrize("text, surface, date", [
    ("全年全市出生人口18650人，人口出生率6.02‰。", "18650人", "2025-04-04"),
    ("全年全省城镇新增就业人数52310人，失业人员再就业人数14020人。", "14020人", "2025-05-12"),
    ("全年全社会用电量1520亿千瓦时。", "1520亿千瓦时", "2025-06-02"),
])
def test_a_communiques_whole_area_total_told_in_the_second_quarter_is_the_year_just_past(text, surface, date) -> None:
    assert _period(text, surface, date) == "2024"     # 全年全市: counted once the year has closed


@pytest.mark.parametrize("text, surface, date, want", [
    ("预计全年地区生产总值比上年增长5%左右。", "5%左右", "2025-05-10", "2025"),
    ("预计全年新增管道里程超4000公里。", "超4000公里", "2025-12-20", "2025"),
    ("力争全年提供就业岗位300万个。", "300万个", "2026-11-02", "2026"),
    ("预计全年风电光伏新增装机约3.7亿千瓦。", "约3.7亿千瓦", "2025-02-20", "2025"),
])
def test_a_forecast_full_year_is_this_year_never_the_next(text, surface, date, want) -> None:
    assert _period(text, surface, date) == want


@pytest.mark.parametrize("text, surface, date, want", [
    ("全年全市地区生产总值比上年增长5.1%。", "5.1%", "2025-02-10", "2024"),     # a release of the first quarter
    ("全年全市地区生产总值比上年增长5.1%。", "5.1%", "2025-08-10", "2025"),     # the second half: unchanged
    ("全年全市计划完成固定资产投资500亿元。", "500亿元", "2025-05-04", "2025"),   # a plan for the year under way
])
def test_other_full_years_keep_their_reading(text, surface, date, want) -> None:
    assert _period(text, surface, date) == want


@pytest.mark.parametrize("text, surface", [
    # the party's statistics, published each 30 June (bulk: 2024's and 2025's both read as the year of publication,
    # so that two years' figures stood as one measurement in factdesk conflicts)
    ("中央组织部最新党内统计数据显示，截至2024年底，中国共产党党员总数为10027.1万名。"
     "党员总量平稳增长。全年发展党员213.1万名，其中生产、工作一线的112.0万名。", "213.1万名"),
    ("截至2025年底，我国发明专利有效量达631.8万件。工作平台全年为企业挽回损失27.5亿元。", "27.5亿元"),
])
def test_a_full_year_after_a_count_to_the_year_end_just_past_is_that_year(text, surface) -> None:
    """A count as of the year end just past (截至2024年底), stated before a bare 全年 in an article of April–June:
    the article reports that year, and its 全年 is it."""
    date = "2026-05-07" if "2025年底" in text else "2025-06-30"
    assert _period(text, surface, date) == str(int(date[:4]) - 1)


@pytest.mark.parametrize("text, surface", [
    ("截至2024年底，全市共有企业3.2万家。2025年以来，全年新增企业预计超过5000家。", "超过5000家"),  # a later year named
    ("截至2023年底，全市共有企业3.2万家。全年新增企业1200家。", "1200家"),                       # not the year just past
])
def test_a_full_year_after_another_year_is_not_moved(text, surface) -> None:
    assert _period(text, surface, "2025-06-30") == "2025"
