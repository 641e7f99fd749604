"""Periods of the figure's own, as classes the gold sets showed across registers (sentences written for the tests).

- **A trend carried on from a period** (`延续去年四季度以来的向好态势`, `继续保持去年强劲的发展势头`, Taiwan's
  `延續上年第3季以來之正成長`) names the past the trend started in, not the figures' period: a quarter after it is of
  the article's year (`一季度产值` told in 2013 is 2013Q1, was 2012Q1), and items after it that name no period take
  none (they took the horizon's quarter). The run counted from it (`连续5个月`) is still anchored on it (sealed2 keeps it).
- **A change's start `由上月…` in a sentence naming no month** is the month before the one the release tells, not the
  month before the article's date: from the month the sentence before named (`3月份CPI…。环比由上月上涨0.6%转为…`:
  February), else no period, for its start and its end (`由上月20.2%增為21.6%`, `CPI由上月下降0.2%转为上涨0.4%` in
  an April release: they took March). A 上月 that starts no change (`澳門上月博彩收入`) is still the article's last month, and
  after a month the sentence names, the month before that one (unchanged; the gold sets hold both). A month's end
  compared with (`年增率為7.50%,高於上月底之6.98%`) likewise: the end of the month before the one told before, else none.
  `从12月份单月看，…由上月下降转为上涨0.1%` views December: 从 there opens no change, the 0.1% is December's (was the year).
- **今年 after a cutoff** (`截至4月29日，今年我国快递业务量已达500亿件`, `截至9月底，今年…快递业务收入突破1万亿元`) scopes
  the figure to the year so far, January up to the cutoff (`2024-01-01/2024-04-29`; a month's end gives months,
  `2026-01/2026-06`): it took the cutoff's day, as a balance does, or the whole year after a month's end. A bare
  year after a cutoff (`截至6月20日，2026年…惠及1.36亿人次`) keeps the day fresh labels; the cutoff's own date keeps its day.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str) -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _period(text: str, surface: str, date: str) -> str | None:
    return next(f for f in _facts(text, date) if f["surface"] == surface)["period"]


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("全镇纺织业继续保持去年强劲的增长势头，一季度产值近8亿元，同比增长31.5%。", "31.5%", "2013-04-20", "2013Q1"),
    ("该县工业延续去年良好的发展态势，一季度实现产值12亿元。", "12亿元", "2016-04-25", "2016Q1"),
    ("全市外贸巩固了去年的回升势头，上半年进出口增长6.1%。", "6.1%", "2024-07-20", "2024H1"),
])
def test_a_trend_carried_on_from_last_year_gives_no_year_to_the_quarter_after_it(
        text: str, surface: str, date: str, period: str) -> None:
    assert _period(text, surface, date) == period


@pytest.mark.parametrize("surface", ["0.52%", "1.34%"])
def test_items_after_a_trend_carried_on_from_a_quarter_take_no_period(surface: str) -> None:
    text = "與上年同季比較,工業生產增加0.9%,延續上年第2季以來之正成長,其中製造業增加0.52%,礦業減少1.34%。"
    assert _period(text, surface, "2014-07-23") is None


@pytest.mark.parametrize(("text", "surface"), [
    ("景氣對策信號中，股價指數變動率：由上月 18.4% 增為 19.7%，燈號續呈紅燈", "18.4%"),
    ("工業生產指數變動率：由上月下修值 12.1% 增為 14.3%", "12.1%"),
    ("工業生產指數變動率：由上月下修值 12.1% 增為 14.3%", "14.3%"),
    ("受基数影响,CPI同比由上月下降0.3%转为上涨0.2%。", "0.3%"),
])
def test_a_change_from_last_month_in_a_sentence_naming_no_month_has_no_period(text: str, surface: str) -> None:
    assert _period(text, surface, "2026-01-27") is None


def test_a_change_from_last_month_takes_the_month_before_the_one_told_just_before() -> None:
    text = "3月份，全国CPI同比上涨0.4%。CPI环比由上月上涨0.6%转为下降0.5%。"
    assert (_period(text, "0.6%", "2021-04-12"), _period(text, "0.5%", "2021-04-12")) == ("2021-02", "2021-03")


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("截至4月29日，今年全国快递业务量已达520亿件，比上年提前30天。", "520亿件", "2024-05-02", "2024-01-01/2024-04-29"),
    ("截至6月30日，今年全国快递业务量已超900亿件。", "超900亿件", "2026-07-02", "2026-01/2026-06"),
    ("截至9月底，今年全国快递业务收入突破1.1万亿元。", "1.1万亿元", "2024-10-15", "2024-01/2024-09"),
    ("截至5月2日，今年经珠海各口岸出入境人员突破5000万人次。", "5000万人次", "2024-05-06", "2024-01-01/2024-05-02"),
])
def test_this_year_after_a_cutoff_is_the_year_up_to_the_cutoff(text: str, surface: str, date: str, period: str) -> None:
    assert _period(text, surface, date) == period


def test_a_month_end_compared_with_in_a_sentence_naming_none_has_no_period() -> None:
    assert _period("調整後全體金融機構放款年增率為7.2%,高於上月底之6.9%。", "6.9%", "2024-10-24") is None


def test_a_month_end_compared_with_takes_the_end_before_the_one_told_just_before() -> None:
    text = "9月底全體貨幣機構放款年增率為8.1%。調整後年增率為7.2%,高於上月底之6.9%。"
    assert _period(text, "6.9%", "2024-10-24") == "2024-08-31"


def test_a_month_viewed_from_is_no_change_start() -> None:
    text = "从11月份单月看，受促销活动影响，CPI环比由上月下降转为上涨0.2%。"
    assert _period(text, "0.2%", "2024-12-10") == "2024-11"
