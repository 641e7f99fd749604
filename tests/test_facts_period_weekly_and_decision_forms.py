"""Periods of weekly market reports, company and statistical releases, and price decisions, written from probes of
their registers (per30): a record ranked below the top counts over its horizon and dates nothing; Taiwan's
Sunday report calls the week just ended 上週; 三大法人 after 上週 is no Wednesday; a bracketed aside's year names
what it restates; a step set from a day is no figure of that day; a fiscal year in traditional script is a year.
Each case failed on the code before these rules."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    # a record ranked below the top (次大, 次高, 第四高) and a horizon listed with another: no period of its own,
    # and the figures keep the period their sentence names
    ("2025年全年總薪資平均76萬632元，年增3.91%，為近15年次大增幅。", "2026-02-11", "近15年", None),
    ("累計總薪資為739,981元，年增4.06%，為近15年來同期次高。", "2026-02-11", "近15年", None),
    ("上半年稅前淨利為8,463億元，是近10年的第四高。", "2025-08-15", "第四", "2025H1"),
    ("上半年稅前淨利為8,463億元，是近10年的第四高。", "2025-08-15", "近10年", None),
    ("去年出口成長率34.9%，創下近15年及近4年最大增速。", "2026-01-09", "近15年", None),
])
def test_a_ranked_record_horizon_dates_nothing(text: str, date: str, surface: str, period: str | None) -> None:
    assert facts(text, date)[surface]["period"] == period


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    # told on Sunday 19 October: the Friday two days before, as Taiwan's calendar starts the week on Sunday
    ("台股上週五收在22,800.45點，較前一週上漲310.2點。", "2025-10-19", "22,800.45點", "2025-10-17"),
    ("上週五美股收盤，道瓊工業指數上漲0.8%，收在47,200點。", "2025-10-19", "0.8%", "2025-10-17"),
    # told on a Monday, and in simplified script on a Sunday: the calendar week before, as before
    ("台股上週五收在22,800.45點，較前一週上漲310.2點。", "2025-10-20", "22,800.45點", "2025-10-17"),
    ("上周五全国猪肉批发价格为21.95元/公斤。", "2025-10-19", "21.95元/公斤", "2025-10-10"),
])
def test_a_sundays_last_week_in_traditional_script_is_the_week_just_ended(text: str, date: str, surface: str,
                                                                          period: str) -> None:
    assert facts(text, date)[surface]["period"] == period


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("上週三大法人合計賣超新臺幣1,203億元。", "1,203億元", "三大法人合計賣超"),
    ("上周三大指数集体上涨，沪指周涨1.2%。", "1.2%", None),
])
def test_big_groups_after_last_week_are_no_wednesday(text: str, surface: str, subject: str | None) -> None:
    got = facts(text, "2025-10-19")[surface]
    assert got["period"] is None            # 上週 alone: the weekly window is left unread (a label conflict)
    if subject:
        assert got["subject"] == subject
    # a weekday's big move stays a day
    assert facts("倫敦鎳期貨價周二大漲逾10%。", "2026-01-07")["逾10%"]["period"] == "2026-01-06"


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("樓價指數(即2024年撤辣後的高位)回落至290點，按月下跌0.5%。", "290點", None),
    ("10月私人住宅售價指數為295.3點，較高位(即2024年撤辣後的高位)低8.2%，按月升0.4%。", "8.2%", "2025-10"),
    ("10月私人住宅售價指數為295.3點，較高位(即2024年撤辣後的高位)低8.2%，按月升0.4%。", "0.4%", "2025-10"),
])
def test_a_year_in_a_bracketed_aside_dates_only_what_it_restates(text: str, surface: str, period: str | None) -> None:
    got = facts(text, "2025-11-20")
    assert got[surface]["period"] == period
    assert got["2024年"]["period"] == "2024"


@pytest.mark.parametrize(("text", "date", "step", "level"), [
    ("台電宣布，電價10月1日起平均調漲0.71%，住宅用戶每度調漲0.1元。", "2025-09-15", "0.71%", None),
    ("經濟部表示，自10月1日起，工業用電每度調漲0.35元，漲幅約3%。", "2025-09-15", "0.35元", None),
    ("中国人民银行决定，自5月15日起下调金融机构存款准备金率0.5个百分点，调整后平均存款准备金率为6.2%。",
     "2025-05-08", "0.5个百分点", ("6.2%", "2025-05-15")),
])
def test_a_step_set_from_a_day_has_no_period(text: str, date: str, step: str,
                                             level: tuple[str, str] | None) -> None:
    got = facts(text, date)
    assert got[step]["period"] is None
    if level:
        assert got[level[0]]["period"] == level[1]      # the level it sets is that day's


def test_a_level_set_from_a_day_keeps_it() -> None:
    assert facts("宣称将从8月1日起对这些国家产品征收20%的关税。", "2025-07-10")["20%"]["period"] == "2025-08-01"


def test_a_fiscal_year_in_traditional_script_is_the_year() -> None:
    got = facts("本公司2024財政年度純利為8.6億港元，較2023財政年度增加5%。", "2025-03-20")
    assert got["8.6億港元"]["period"] == "2024"
    assert got["5%"]["period"] == "2024"
