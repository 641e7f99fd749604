"""Figures stated inside a comparison (issue 10, the sealed2 and sealed3 samples' period misses): the
figure written with the base or the start of a change is of the base's period, the figures after
it are of the sentence's own — `由上月5.3%降为5.1%`, `較今年首季4.7%的升幅`, `与10月8日的克价1142元相比`,
`比 6 月底上升了 12bp`, `从年初-12.3%收窄到-4.6%`; a period stated only as "the same period a year
before" an unstated one is no period; a change between two periods written again without them in a
later part of the sentence (`…；就業不足率則由1.1%升至1.2%`) is between the same two."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str | None) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("9月份，全国城镇调查失业率由上月5.3%降为5.1%，较上年同月则低0.2个百分点。", "2024-10-18",
     {"5.3%": "2024-08", "5.1%": "2024-09", "0.2个百分点": "2024-09"}),
    ("今年5月份，制造业PMI由上月50.4%回落至49.5%，环比由上月上升转为下降。", "2024-06-01",
     {"50.4%": "2024-04", "49.5%": "2024-05"}),
    ("今年1月份，全国居民消费价格同比涨幅由上月0.1%扩大至0.5%。", "2025-02-09", {"0.1%": "2024-12", "0.5%": "2025-01"}),
])
def test_the_start_of_a_change_is_the_only_figure_of_its_period(text: str, date: str,
                                                                 expected: dict[str, str]) -> None:
    assert periods(text, date) == expected


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("第二季本地生產總值按年實質上升3.2%，較今年首季4.7%的升幅放緩。", "2024-08-16", "4.7%", "2024Q1"),
    ("美国第三季度实际国内生产总值按年率计算增长2.8%，低于第二季度3.0%的增速。", "2024-10-31", "3.0%", "2024Q2"),
    ("周大福足金饰品价格与10月8日的克价1142元相比，每克累计上涨56元。", "2025-10-20", "1142元", "2025-10-08"),
    ("报告(亏损)溢利之每股亏损为9.2港仙,较二零二三年之每股盈利4.1港仙下跌324%。", None, "4.1港仙", "2023"),
    ("2025年暑期全国博物馆接待观众3.04亿人次，较2024年（2.96亿人次）增加796万。", "2025-09-17", "2.96亿人次", "2024"),
    # last year's figure in a sentence about a month is that month's
    ("今年1月汽車掛牌數為3萬9215部，比去年的4萬8820部減少19.7%。", "2012-02-15", "4萬8820部", "2011-01"),
])
def test_a_figure_written_with_its_base_is_of_the_bases_period(text: str, date: str | None, surface: str,
                                                               expected: str) -> None:
    assert periods(text, date)[surface] == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    # (the bound typeset apart, `12bp 左右`, is the surface's: sealed41)
    ("截至 9 月底 专项债发行利率已经 比 6 月底上升了 12bp 左右,但仍比年初低 逾 20bp。", "2024-10-08",
     {"12bp 左右": "2024-09-30", "20bp": "2024-09-30"}),
    ("2025年暑期全国博物馆接待观众3.04亿人次，较2024年（2.96亿人次）增加796万。", "2025-09-17",
     {"3.04亿人次": "2025-07/2025-08", "2.96亿人次": "2024", "796万": "2025-07/2025-08"}),   # the summer (period_summer)
    ("今年1月汽車掛牌數為3萬9215部，比去年的4萬8820部減少19.7%。", "2012-02-15",
     {"3萬9215部": "2012-01", "4萬8820部": "2011-01", "19.7%": "2012-01"}),
])
def test_the_figures_after_the_base_are_of_the_sentences_period(text: str, date: str,
                                                                expected: dict[str, str]) -> None:
    assert periods(text, date) == expected


@pytest.mark.parametrize(("text", "date", "surface"), [
    ("建筑业降幅也从年初-12.3%收窄到-4.6%,预计全年增速转正。", "2024-07-15", "-4.6%"),
    ("亚洲象野外种群从1985年约180头增长至超过300头。", "2024-06-23", "超过300头"),
    ("城乡收入比持续缩小,由上年同期的2.31:1下降为2.26:1。", "2024-07-25", "2.31:1"),
    ("扣除非经常性损益后的净亏损5200万元-6800万元,而上年同期取得亏损0.93亿元。", "2024-07-12", "0.93亿元"),
])
def test_no_period_rather_than_the_other_end_or_a_guess(text: str, date: str, surface: str) -> None:
    assert periods(text, date)[surface] is None


def test_a_forecast_made_then_is_of_the_sentences_period_not_of_the_month_it_was_made() -> None:
    got = periods("2025年，美国经济增长可能降低到1.4%，低于上月2%的预测值。", "2025-04-27")
    assert got["2%"] == "2025"


def test_the_same_period_a_year_before_a_stated_one_is_still_read() -> None:
    got = periods("上半年，净利润1.2亿元，上年同期为0.8亿元。", "2024-08-20")
    assert got == {"1.2亿元": "2024H1", "0.8亿元": "2023H1"}


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    # a difference right after its base is of the sentence's period
    ("9月份，生产经营活动预期指数为53.4%，高于上月1.1个百分点。", "2022-09-30", "1.1个百分点", "2022-09"),
    # a span opened by 从 and its length are no change's start
    ("从2014年至2023年十年时间里，已有十批共938位志愿军烈士遗骸回到祖国。", "2024-04-05", "938位", "2014/2023"),
    # the same period a year before now is last year's
    ("德国天然气存储设施当前的储气率为49%，远低于去年同期的67%。", "2026-08-22", "67%", "2025"),
])
def test_figures_next_to_a_base_that_keep_their_period(text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("統計處公布,經季節調整的失業率由今年2月至4月的3.0%上升到3月至5月的3.1%;就業不足率則由1.1%升至1.2%。", "2024-06-19",
     {"3.0%": "2024-02/2024-04", "3.1%": "2024-03/2024-05", "1.1%": "2024-02/2024-04", "1.2%": "2024-03/2024-05"}),
    ("失業人數則由去年11月至今年1月的11.2萬人,上升至去年12月至今年2月的11.6萬人,增加約4,100人;"
     "同期的就業不足人數亦由4.12萬人上升至4.30萬人,增加約1,800人。", "2024-03-20",
     {"11.2萬人": "2023-11/2024-01", "11.6萬人": "2023-12/2024-02", "約4,100人": "2023-12/2024-02",
      "4.12萬人": "2023-11/2024-01", "4.30萬人": "2023-12/2024-02", "約1,800人": "2023-12/2024-02"}),
    ("我国能源绿色低碳转型成效显著，煤炭消费比重由2020年的56.8%下降到2024年的53.2%，非化石能源消费比重由15.9%提高到19.8%。",
     "2025-08-15", {"56.8%": "2020", "53.2%": "2024", "15.9%": "2020", "19.8%": "2024"}),
])
def test_a_change_written_again_without_its_periods_is_between_the_same_two(text: str, date: str,
                                                                            expected: dict[str, str]) -> None:
    assert periods(text, date) == expected


def test_a_rate_of_change_over_a_from_to_span_takes_the_end() -> None:
    # as the seed page, sealed10 and sealed19 label it (test_facts_period_reached_ends.py)
    got = periods("跨省异地就医直接结算人次从2020年的537万人次增长到2024年的2.38亿人次，增长了44倍。", "2025-07-24")
    assert got == {"537万人次": "2020", "2.38亿人次": "2024", "44倍": "2024"}


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("预计2026年德国经济增长率为1.0%，低于该部门去年秋季预测的1.3%。", "2026-01-29", "1.3%", "2026"),
    ("该报告将2025年英国经济增长预期下调至1%，去年10月的预期值为2%。", "2025-03-27", "2%", "2025"),
    ("国际货币基金组织将2024年全球经济增长预测上调至3.2%，高于今年4月预测的3.1%。", "2024-07-17", "3.1%", "2024"),
])
def test_a_forecast_is_of_its_target_not_of_when_it_was_made(text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected


def test_a_plans_target_keeps_the_plans_period() -> None:
    got = periods("我国每万人口高价值发明专利拥有量已经达到15.3件，提前实现“十四五”规划预期的12件目标。", "2025-07-17")
    assert got["12件"] == "2021/2025"
