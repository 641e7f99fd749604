"""Period classes the sealed sample's misses showed (issue 10, tests/gold/README.md): a policy
rate set on a day, a close reported as `N日报收`, 年内, a share of an earlier level, a turn
from last year's figure (自去年同期亏损…变为亏损…), a company's forecast of a closed period, and
the day a reporter learnt something (昨天，记者…获悉)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str = "2024-08-15") -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surfaces", "day"), [
    ("央行14日宣布将政策利率下调25个基点至2.5%。", "2024-08-15", ("25个基点", "2.5%"), "2024-08-14"),
    ("该国央行7日宣布，将基准利率从5%上调至5.25%，为今年第三次加息。", "2024-08-08", ("5%", "5.25%"), "2024-08-07"),
    ("欧洲央行6日决定将三大关键利率均下调25个基点。", "2024-06-07", ("25个基点",), "2024-06-06"),
])
def test_a_policy_rate_set_on_a_day_holds_from_that_day(text: str, date: str, surfaces: tuple[str, ...],
                                                         day: str) -> None:
    got = periods(text, date)
    assert [got[s] for s in surfaces] == [day] * len(surfaces)


def test_a_decision_that_sets_no_rate_still_dates_no_figure() -> None:
    assert periods("欧盟2日决定对进口钢材设置每吨600美元的价格上限。")["600美元"] is None


def test_a_close_reported_as_day_bao_shou_is_that_days() -> None:
    got = periods("该行股价13日报收于每股8.05美元，单日下跌12.4%。")
    assert (got["8.05美元"], got["12.4%"]) == ("2024-08-13", "2024-08-13")


def test_a_daily_newspaper_is_still_no_day() -> None:
    assert "2024-08-12" not in periods("据12日报道，该市新增岗位3000个。").values()


@pytest.mark.parametrize(("text", "surface"), [
    ("年内三次下调存款准备金率，共释放流动性约1.5万亿元。", "约1.5万亿元"),
    ("该市计划年内建成充电桩5000个。", "5000个"),
])
def test_nian_nei_is_the_articles_year(text: str, surface: str) -> None:
    assert periods(text, "2024-11-20")[surface] == "2024"


@pytest.mark.parametrize(("text", "surface", "period"), [
    # a cutoff before it dates the figure more finely; 目前 makes it a standing count; a record
    ("截至8月9日收盘，银行板块年内涨幅为12.5%。", "12.5%", "2024-08-09"),
    ("截至目前，年内已有42家企业发布预告。", "42家", None),
    ("两年内完成改造的小区达300个。", "300个", None),
])
def test_nian_nei_gives_way_to_a_finer_date_now_or_a_span_of_years(text: str, surface: str, period: str | None) -> None:
    assert periods(text, "2024-08-15")[surface] == period


def test_a_record_within_the_year_is_no_period_of_the_year() -> None:
    got = periods("7月份，价格指数环比上涨0.2%，为年内首次上涨。", "2024-08-10")
    assert got["0.2%"] == "2024-07"


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("2024年上半年入境游客人次按年增长52%，回复至2019年同期的81.3%。", "81.3%", "2024H1"),
    ("今年前三季度，国际航线旅客恢复到2019年同期的88%。", "88%", "2024Q1-Q3"),
])
def test_a_share_of_an_earlier_level_has_the_sentences_own_period(text: str, surface: str, period: str) -> None:
    assert periods(text, "2024-10-20")[surface] == period


def test_a_figure_the_earlier_level_states_keeps_the_base_period() -> None:
    got = periods("今年布伦特原油均价比2023年的82.5美元/桶低3.2美元/桶。", "2024-12-20")
    assert got["82.5美元/桶"] == "2023"


def test_a_turn_from_last_years_figure_is_this_periods() -> None:
    got = periods("2024年半年报显示，归母净利润自去年同期亏损980万元变为亏损420万元。", "2024-08-28")
    assert (got["980万元"], got["420万元"]) == ("2023H1", "2024H1")


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("公司公告，预计上半年归属于上市公司股东的净亏损3000万元-4500万元。", "2024-07-12", "3000万元-4500万元", "2024H1"),
    ("公司预计一季度营业收入为5.6亿元。", "2024-04-10", "5.6亿元", "2024Q1"),
])
def test_a_companys_forecast_of_its_results_is_of_a_period_already_closed(text: str, date: str, surface: str,
                                                                         period: str) -> None:
    assert periods(text, date)[surface] == period


def test_a_plan_for_a_period_ahead_stays_ahead() -> None:
    assert periods("该线路预计9月底实现双向通车。", "2024-07-30")["9月底"] == "2024-09-30"


def test_the_day_a_reporter_learnt_something_dates_no_figure() -> None:
    got = periods("昨天，记者从市住建委获悉，全市将为3000家餐馆安装监控设备，总投资约2000万元。", "2024-06-12")
    assert (got["3000家"], got["约2000万元"]) == (None, None)


@pytest.mark.parametrize(("text", "surface"), [
    ("机场计划年内投运，投运后可满足年旅客吞吐量3000万人次、货邮吞吐量15万吨的需求。", "15万吨"),
    ("二期工程年内投产后，可使气田年产量从20亿立方米提升至35亿立方米。", "35亿立方米"),
])
def test_a_capacity_stated_earlier_in_the_clause_has_no_period(text: str, surface: str) -> None:
    assert periods(text, "2024-05-20")[surface] is None


def test_a_capacity_in_an_earlier_clause_leaves_a_total_its_period() -> None:
    got = periods("2023年，该井每年可封存二氧化碳30万吨，全年实际封存二氧化碳28万吨。", "2024-05-20")
    assert got["28万吨"] == "2023"


def test_a_contract_month_before_its_futures_price_dates_no_close() -> None:
    got = periods("交投最活跃的2025年2月黄金期价比前一交易日下跌8美元，收于每盎司2650美元。", "2024-12-17")
    assert (got["8美元"], got["2650美元"]) == (None, None)


def test_a_year_named_after_a_cutoff_day_is_no_coarser_period() -> None:
    got = periods("截至6月20日，2024年消费品以旧换新惠及1.2亿人次，带动销售额超8000亿元。", "2024-06-28")
    assert (got["1.2亿人次"], got["超8000亿元"]) == ("2024-06-20", "2024-06-20")


def test_a_headline_restating_a_cutoff_total_is_one_fact_with_it() -> None:
    from store.facts import article_facts
    body = "今年我国快递业务量已突破600亿件\n国家邮政局数据显示，截至4月20日，今年我国快递业务量已突破600亿件。"
    facts = [f for f in article_facts({"id": "a", "date": "2025-04-21", "title": "快讯", "body": body})
             if f["surface"] == "600亿件"]
    # the year up to the cutoff (sealed13's label; period_year_to_cutoff), the headline restating it
    assert [(f["period"], [m["start"] for m in f["mentions"]]) for f in facts] == [("2025-01-01/2025-04-20", [12])]
