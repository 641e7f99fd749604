"""The stretch a record is counted over is no period of the figures around it (store/facts/period_runs.record_horizon;
tests/gold/README.md § Conventions, period: a figure's own period, not a record's horizon): in `9月份…增长9.2%,
为今年以来单月最高增速` the growth is September's, and `今年以来` only says which months it outranks; likewise
`今年首次`, `今年以來最高單日`.  Only a finer period written before it makes it a horizon: a `今年以来` that opens
its statement (`今年以来，…完成投资`) is the figures' period, and `今年首次承接` alone is the year it happened in."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str = "2018-11-20") -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("9月份全市工业增加值增长9.2%,为今年以来单月最高增速,在全省排名第1位。", "第1位", "2018-09"),
    ("进出口值3月回暖,9月升至今年以来最高值,为383.9亿元。", "383.9亿元", "2018-09"),
    ("9月份,家电类商品今年首次实现两位数增长,零售额同比增长20.5%。", "20.5%", "2018-09"),
])
def test_a_records_horizon_leaves_the_figure_its_own_period(text: str, figure: str, want: str) -> None:
    assert periods(text)[figure] == want


def test_a_since_this_year_that_opens_the_statement_is_its_period() -> None:
    got = periods("今年以来,全市完成投资120亿元,同比增长8%。")
    assert (got["120亿元"], got["8%"]) == ("2018-01/2018-11", "2018-01/2018-11")


def test_this_years_first_with_no_finer_period_before_is_the_year_it_happened_in() -> None:
    assert periods("新区自成立以来,今年首次承接高考工作,共设7个考点。")["7个"] == "2018"


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("統計上市櫃公司元月營收達4.65兆元,較去年同期成長30.27%。", "4.65兆元", "2026-01"),
    ("累計至今年元月已連續七個月超過4兆元。", "七個月", "2025-07/2026-01"),
    ("去年元月營收達3.1兆元。", "3.1兆元", "2025-01"),
])
def test_yuan_yue_is_january(text: str, figure: str, want: str) -> None:
    assert periods(text, date="2026-02-11")[figure] == want


def test_yuan_yue_stays_a_word_of_the_subject_not_a_date_figure() -> None:
    facts = extract("統計上市櫃公司元月營收達4.65兆元。", date="2026-02-11")
    assert all(f["kind"] != "date" for f in facts)
    assert "元月" in (next(f for f in facts if f["surface"] == "4.65兆元").get("subject") or "")


def test_a_currency_before_yue_is_no_month() -> None:
    assert periods("每張5元月票可乘車60次。", date="2026-02-11")["60次"] is None


def test_a_bases_figure_named_by_a_noun_before_a_change_is_the_bases() -> None:
    got = periods("上市櫃公司元月營收達4.65兆元,雖較去年12月歷史新高紀錄4.95兆元下滑約6%。", date="2026-02-11")
    assert (got["4.95兆元"], got["約6%"]) == ("2025-12", "2026-01")


def test_a_forecast_named_after_the_base_is_of_the_sentences_period() -> None:
    got = periods("主計總處概估去年第四季經濟成長率為12.68%，較去年十一月預測數7.91%增加4.77個百分點。", date="2026-02-01")
    assert got["7.91%"] == "2025Q4"


def test_a_bases_figure_before_a_yearly_change_word_is_the_bases() -> None:
    got = periods("第二季博彩毛收入346.2億澳門元,較去年第二季410.4億澳門元按年跌15.6%。", date="2019-07-15")
    assert (got["410.4億澳門元"], got["15.6%"]) == ("2018Q2", "2019Q2")


def test_a_base_month_after_the_sentences_earlier_month_is_the_year_before() -> None:
    got = periods("差餉物業估價署公布,2021年1月私樓售價指數報380點,較12月份的379.5點,按月上升0.13%。", date="2021-02-20")
    assert (got["380點"], got["379.5點"], got["0.13%"]) == ("2021-01", "2020-12", "2021-01")
