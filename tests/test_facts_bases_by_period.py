"""Year-on-year growth as Taiwan and Hong Kong releases write it (issue 10, sealed11's base misses;
store/facts/bases_by_period.py): a whole year's `年增`/`年增率`/`年成長` is over the year before, base
上年 (the sets label 67 such facts 上年, 8 上年同期), while a month's or quarter's keeps 上年同期 and a
written 同比/按年 keeps 上年同期 (the conventions); figures listed after a rate noun
(`年增率達34.9%及22.6%`, `年增率分別為35.7％及37.9％`, `年彈28.4％`) are rises with that base; a clause
that only names the marker (`按年比較，…下跌44.1%，…跌21.4%`) lends its base to the sentence's changes."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "date", "surface"), [
    ("財政部統計處長說明，114年對美國出口1982.7億美元、年增78.0%，出口值與增幅雙創新高。", "2026-01-09", "78.0%"),
    ("經濟部今天公布114年全年外銷訂單7437.3億美元，年增率26％，在AI商機發功下表現優異。", "2026-01-20", "26％"),
    ("累計114年全年訂單金額7437億美元，年成長26％，第一次超越7千億。", "2026-01-20", "26％"),
    ("2024年全年出口4750億美元，年增9.9%，創歷史新高。", "2025-01-09", "9.9%"),
    ("民國113年機械產品全年接單209.5億美元，年減7.8％。", "2025-01-20", "7.8％"),
])
def test_a_years_growth_is_over_the_year_before(text: str, date: str, surface: str) -> None:
    assert facts(text, date)[surface]["base"] == "上年"


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    # a month's or a quarter's 年增 compares with the same month or quarter: 上年同期
    ("經濟部今日公布，10月外銷訂單金額693.7億美元，年增率達25.1％。", "2025-11-20", "25.1％", "上年同期"),
    ("2025年第3季出口1250億美元，年增30%。", "2025-10-09", "30%", "上年同期"),
    # a written 同比 keeps its base whatever the period
    ("2024年出口同比增长5.9%。", "2025-01-13", "5.9%", "上年同期"),
    ("2024年全国粮食产量比上年增长1.6%。", "2025-02-28", "1.6%", "上年"),
])
def test_other_periods_and_written_markers_keep_their_base(text: str, date: str, surface: str, expected: str) -> None:
    assert facts(text, date)[surface]["base"] == expected


@pytest.mark.parametrize(("text", "date", "surfaces", "base"), [
    ("財政部今天公布最新統計，114年出口6407.5億美元、進口4836.1億美元，雙雙刷新紀錄，年增率達34.9%及22.6%，出超亦刷新紀錄。",
     "2026-01-09", ("34.9%", "22.6%"), "上年"),
    ("金額分別是2334.2億美元及2916.2億美元，年增率分別為35.7％及37.9％；", "2026-01-20", ("35.7％", "37.9％"), "上年同期"),
    ("10月資訊通信產品接單金額為225.7億美元，登歷年同月最高，年彈28.4％；", "2025-11-20", ("28.4％",), "上年同期"),
    ("今年首季三類產品年增率為12.1%、8.3%及5.2%。", "2025-04-20", ("12.1%", "8.3%", "5.2%"), "上年同期"),
])
def test_figures_listed_after_a_rate_noun_are_rises(text: str, date: str, surfaces: tuple[str, ...], base: str) -> None:
    got = facts(text, date)
    for s in surfaces:
        assert (got[s]["change"], got[s]["base"]) == ("up", base), s


@pytest.mark.parametrize(("text", "surfaces", "base"), [
    ("按年比較，雜項耐用消費品銷貨價值下跌44.1%，珠寶首飾、鐘錶及名貴禮物跌21.4%、服裝跌12.8%。",
     ("44.1%", "21.4%", "12.8%"), "上年同期"),
    ("按年相比，食品價格上升3.2%，衣履價格下跌1.5%。", ("3.2%", "1.5%"), "上年同期"),
    ("按月比較，電力價格上升2.1%，汽油價格下跌0.8%。", ("2.1%", "0.8%"), "上月"),
])
def test_a_marker_clause_lends_its_base_to_the_changes_after_it(text: str, surfaces: tuple[str, ...], base: str) -> None:
    got = facts(text, "2024-06-03")
    for s in surfaces:
        assert got[s]["base"] == base, s


def test_a_rate_noun_without_a_list_and_a_plain_figure_are_left_alone() -> None:
    got = facts("全年出口4750億美元，出超達800億美元。", "2025-01-09")
    assert got["800億美元"]["change"] is None and got["800億美元"]["base"] is None
    got = facts("每年增收5%的房产税不被接受。", "2025-01-09")
    assert got["5%"]["base"] is None


@pytest.mark.parametrize(("text", "date", "surface"), [
    ("今天（10月1日）是国庆假期第一天，交通部门迎来客流高峰，预计全社会跨区域人员流动量达3.1亿人次，环比增长39%。", "2024-10-01", "39%"),
    ("10月2日，全国铁路发送旅客1850万人次，环比增长5.2%。", "2024-10-03", "5.2%"),
    ("昨天（5月2日），全国揽收快递包裹4.5亿件，环比下降3%。", "2025-05-03", "3%"),
])
def test_a_days_figure_compared_day_on_day_is_over_the_day_before(text: str, date: str, surface: str) -> None:
    assert facts(text, date)[surface]["base"] == "前一日"


def test_a_months_day_on_day_change_stays_over_the_month_before() -> None:
    assert facts("10月份，全国居民消费价格环比上涨0.3%。", "2024-11-09")["0.3%"]["base"] == "上月"
