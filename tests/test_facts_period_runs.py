"""Runs that end at the sentence's period (store/facts/period_runs.py; tests/gold/README.md, the
sealed2 and sealed3 judgement calls): `连续N个月`/`连续N年` counted back from the period the
sentence is about, for the run's duration and for a level held over it in the same clause."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    """Each figure's period, by its surface (and by the surface without 以上/以下 after it)."""
    got = {f["surface"]: f["period"] for f in extract(text, date=date)}
    return got | {s.removesuffix("以上").removesuffix("以下"): p for s, p in got.items()}


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    # a run of months ending at the month the sentence reports
    ("3月份，制造业采购经理指数为50.8%，比上月上升0.6个百分点，连续6个月位于扩张区间。", "2025-04-01",
     "6个月", "2024-10/2025-03"),
    ("10月份，全国规模以上工业企业利润同比增长2.1%，连续两个月回升。", "2025-11-27", "两个月", "2025-09/2025-10"),
    # ending at the last month of a span of months (前7个月, 1—4月)
    ("今年前7个月，全省外贸进出口总值同比增长9.3%，连续13个月保持正增长。", "2026-08-20",
     "13个月", "2025-07/2026-07"),
    ("1—4月，全国铁路发送旅客15.2亿人次，已连续出现三个月同比增长。", "2024-05-12", "三个月", "2024-02/2024-04"),
    # a run of years ending at the year the sentence reports
    ("2025年，全省粮食总产量达到720亿斤，连续12年稳定在700亿斤以上。", "2026-01-20", "12年", "2014/2025"),
    ("去年，我国对外直接投资流量1700亿美元，連續五年位居全球前三。", "2025-02-10", "五年", "2020/2024"),
    ("1—11月，全国财政支出同比增长3.1%；城乡居民养老金连续20年上调。", "2025-12-20", "20年", "2006/2025"),
])
def test_a_run_ends_at_the_sentences_period(text: str, date: str, surface: str, window: str) -> None:
    assert periods(text, date)[surface] == window


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    ("8月份，轻工业出口交货值增长4.1%，营业收入利润率连续4个月保持在5.5%以上。", "2024-09-30",
     "5.5%", "2024-05/2024-08"),
    ("2024年，全省农作物播种面积9000万亩，粮食产量连续三年稳定在600亿斤以上。", "2025-01-15",
     "600亿斤", "2022/2024"),
    ("今年1—10月，该市工业投资增长12%，连续两年均新增技改项目300个以上。", "2025-11-15",
     "300个", "2024/2025"),
])
def test_a_level_held_over_the_run_takes_its_window(text: str, date: str, surface: str, window: str) -> None:
    assert periods(text, date)[surface] == window


def test_a_run_before_the_sentences_period_ends_just_before_it() -> None:
    got = periods("1-2月份，全国规模以上工业企业利润同比增长5.1%，结束了此前连续六个月下降的态势。", "2025-03-27")
    assert got["六个月"] == "2024-07/2024-12"


@pytest.mark.parametrize(("text", "date", "surface"), [
    # a run with its own start, or ended before something not told as a turn: it does not end at the sentence's period
    ("9月份，新房成交量同比增长2.1%，自去年4月份连续17个月下降后首次实现增长。", "2025-10-15", "17个月"),
    ("这位参展商连续四年参加对接会后，他们的年销售额增加到2000多万元。", "2022-11-08", "四年"),
    # (one from a start told with 从/自, 从2017年起，连续五年, covers the years from it: test_facts_period_run_starts)
    ("2022年起，新疆进出口额连续三年跨越千亿元台阶。", "2025-09-22", "三年"),
    ("2015年，服务业增加值占比首次突破50%，此后连续11年占据半壁江山。", "2026-04-13", "11年"),
    # runs of days, weeks and trading days get no window (a calendar would be needed)
    ("受降雨影响，该市已连续12天发布暴雨预警，累计降雨量达300毫米。", "2025-07-20", "12天"),
    ("国际金价周五收涨1.2%，已连续三周上涨。", "2025-04-12", "三周"),
    ("沪指今日收涨0.8%，已连续五个交易日上涨。", "2025-04-10", "五个交易日"),
    # a run in a sentence naming no period, and a run of years beside a month
    ("该产品销量已连续3个月下降。", "2025-07-20", "3个月"),
    ("10月份，该市空气质量优良天数比例为95%，连续三年保持全省第一。", "2025-11-05", "三年"),
])
def test_no_window_when_the_run_does_not_end_at_a_period_of_its_grain(text: str, date: str, surface: str) -> None:
    assert periods(text, date)[surface] is None


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    # the turn's month after the run (在连续N个月…后，3月份…), before it, or carried from the sentence before
    ("在连续5个月运行在50%以下后，3月份，中国制造业采购经理指数较上月上升1.7个百分点，重回扩张区间。", "2024-03-31",
     "5个月", "2023-10/2024-02"),
    ("新出口订单指数在连续23个月运行在50%以下后，4月份重回扩张区间。", "2026-04-30", "23个月", "2024-05/2026-03"),
    ("3月份制造业采购经理指数为50.4%，较上月上升1.4个百分点，在连续2个月运行在50%以下后重回扩张区间。", "2026-03-31",
     "2个月", "2026-01/2026-02"),
    ("10月份制造业采购经理指数为50.1%，较上月上升0.3个百分点。这也是该指数在连续5个月运行在50%以下后，重回扩张区间。",
     "2024-10-31", "5个月", "2024-05/2024-09"),
    ("5月份，出口同比增长3.5%，此前连续8个月下降后首次转正。", "2025-06-09", "8个月", "2024-09/2025-04"),
])
def test_a_run_that_ended_before_a_turn_ends_just_before_the_turns_period(
        text: str, date: str, surface: str, window: str) -> None:
    """`在连续N个月运行在50%以下后，M月份…重回扩张区间`: the N months before month M (sealed19, sealed21, sealed23)."""
    assert periods(text, date)[surface] == window


@pytest.mark.parametrize(("text", "date", "window"), [
    ("新出口订单指数在连续23个月运行在50%以下后，4月份重回扩张区间。", "2026-04-30", "2024-05/2026-03"),
    ("3月份制造业采购经理指数为50.4%，在连续2个月运行在50%以下后重回扩张区间。", "2026-03-31", "2026-01/2026-02"),
])
def test_a_level_held_over_a_run_that_ended_before_a_turn_takes_the_runs_window(text: str, date: str, window: str) -> None:
    assert periods(text, date)["50%"] == window


def test_the_rank_of_a_run_keeps_the_sentences_period() -> None:
    got = periods("2024年全国快递业务量超1700亿件，连续11年稳居世界第一。", "2025-01-20")
    assert (got["世界第一"], got["11年"]) == ("2024", "2014/2024")


def test_figures_before_the_run_keep_their_own_period() -> None:
    got = periods("2月份，全国工业生产者出厂价格同比下降2.0%，降幅收窄0.3个百分点，连续3个月保持收窄。", "2025-03-10")
    assert (got["2.0%"], got["0.3个百分点"], got["3个月"]) == ("2025-02", "2025-02", "2024-12/2025-02")


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    ("截至目前，今年全省新开工重大项目达326个。", "2025-06-18", "326个", "2025-01/2025-06"),
    ("截止目前，今年经该口岸进出境的中欧班列达2100列，同比增长8.5%。", "2024-09-20", "2100列", "2024-01/2024-09"),
])
def test_this_year_so_far_runs_from_january_to_the_articles_month(text: str, date: str, surface: str,
                                                                   window: str) -> None:
    assert periods(text, date)[surface] == window


@pytest.mark.parametrize(("text", "date", "surface"), [
    ("二季度，该国消费者信心指数降至负12，为近三年来的首次大幅下滑。", "2025-07-20", "三年"),
    ("上半年，全省经济增量1.2万亿元，是近五年同期最大增量。", "2025-07-18", "五年"),
    ("10月份，该市房价环比下降0.6%，创近两年来最大降幅。", "2024-11-16", "两年"),
])
def test_the_horizon_of_a_record_is_no_period(text: str, date: str, surface: str) -> None:
    got = [f["period"] for f in extract(text, date=date) if f["surface"].endswith(surface)]
    assert got == [None]


def test_a_run_after_a_year_compared_with_ends_at_the_sentences_own_year() -> None:
    text = "2024年，货物贸易额达到6.16万亿美元，比2020年增长32.4%，连续8年稳居全球第一。"
    assert periods(text, "2025-07-18")["8年"] == "2017/2024"
    assert periods("比2020年增长32.4%，连续8年稳居全球第一。", "2025-07-18")["8年"] is None


def test_a_run_of_years_told_at_the_years_close_ends_with_that_year() -> None:
    """A run of years in a sentence of no period told from November ends with the article's year
    (store/facts/period_runs.run_window; sealed3's call); told in March it is unsure and has none."""
    got = {f["surface"]: f["period"] for f in extract("这也是粮食总产量连续8年保持在1.3万亿斤以上。", date="2022-12-12")}
    assert got["8年"] == got["1.3万亿斤以上"] == "2015/2022"
    got = {f["surface"]: f["period"] for f in extract("粮食总产量连续8年保持在1.3万亿斤以上。", date="2022-07-12")}
    assert got["8年"] is None and got["1.3万亿斤以上"] is None
