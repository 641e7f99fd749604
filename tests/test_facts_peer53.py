"""Specs of the classes the fifth peer harvest (tests/peer/zh_peer53_*.jsonl) turned up.

- An amount in capitals whose 角 is zero writes 零 before its 分: 壹元零伍分 is 1.05 元, as 壹仟零壹元零壹分 already was
  (cocosip/DotCommon's RMBConverter). A lone capital digit before 元 still needs the cheque's marks (整, 角/分, or a
  currency before it): 陆元 alone may open a name.
- A day of a relative month in Chinese numerals is a date, as its Arabic form is: 本月十日, 上月二十八日, 下月十五号,
  本月廿九日 (Recognizers-Text's DateTimeModel); a run-on 本月十二三日 (two days, roughly) stays none, 本月十日内 a span of
  days. A year word before the relative month moves it by years: 去年本月十日 is a year back (Recognizers-Text's
  DateParser, a case of the third harvest; 去年本月10日 was read as this year's day before).
- The months between two named are one span, as the years between two are (2015年和2018年之间): 三月和九月之间,
  3月与5月间 (Recognizers-Text's DateTimeModel); two months joined by 和 with no 之间 stay two months (3月和5月的销售额
  分别为…).
"""

from __future__ import annotations

from store.facts import extract
from tests.peer_helpers import facts_of, one_fact


def test_a_zero_jiao_before_fen_in_capitals() -> None:
    f = one_fact("壹元零伍分", "壹元零伍分")
    assert (f["kind"], f["value"], f["unit"]) == ("money", 1.05, "元")
    assert one_fact("陆元零贰分", "陆元零贰分")["value"] == 6.02
    assert one_fact("人民币伍元零壹分整", "伍元零壹分整")["value"] == 5.01


def test_a_lone_capital_digit_before_yuan_still_needs_the_cheque_marks() -> None:
    assert facts_of("陆元") == []
    assert facts_of("壹元") == []
    assert one_fact("人民币壹元整", "壹元整")["value"] == 1


def test_a_chinese_numeral_day_of_a_relative_month_is_a_date() -> None:
    assert one_fact("本月十日", "本月十日", date="2017-03-22")["period"] == "2017-03-10"
    assert one_fact("本月二十日起施行", "本月二十日", date="2017-03-22")["period"] == "2017-03-20"
    assert one_fact("上月二十八日", "上月二十八日", date="2017-03-22")["period"] == "2017-02-28"
    assert one_fact("下月十五号", "下月十五号", date="2017-03-22")["period"] == "2017-04-15"
    assert one_fact("本月廿九日", "本月廿九日", date="2017-03-22")["period"] == "2017-03-29"
    assert one_fact("本月十日", "本月十日")["value"] is None          # an undated page: a date of no known month


def test_a_run_on_or_a_window_of_days_is_no_relative_month_day() -> None:
    assert not [f for f in extract("本月十二三日", date="2017-03-22") if f["kind"] == "date"]
    assert [(f["kind"], f["value"]) for f in extract("本月十日内", date="2017-03-22")] == [("duration", 10)]
    assert not [f for f in extract("上月三十一日", date="2017-03-22") if f["kind"] == "date"]   # no 31 February


def test_the_months_between_two_named_are_one_span() -> None:
    f = one_fact("可以给我三月和九月之间的数据吗?", "三月和九月", date="2018-09-18")
    assert (f["value"], f["value_high"], f["period"]) == ("2018-03", "2018-09", "2018-03/2018-09")
    assert one_fact("3月与5月间的销量", "3月与5月", date="2018-09-18")["period"] == "2018-03/2018-05"


def test_two_months_joined_without_between_stay_two_months() -> None:
    facts = facts_of("这家工厂3月和5月的销售额分别为30万和45万元人民币", date="2018-09-18")
    assert [f for f in facts if f[0] == "date"] == [("date", "3月", "2018-03", None, None, "2018-03"),
                                                    ("date", "5月", "2018-05", None, None, "2018-05")]
    assert [f[5] for f in facts if f[0] == "money"] == ["2018-03", "2018-05"]


def test_a_year_word_before_a_relative_month_moves_it_by_years() -> None:
    # 去年本月十日 is this month's 10th a year back (Recognizers-Text's DateParser), never this year's
    assert one_fact("去年本月十日", "去年本月十日", date="2017-03-22")["period"] == "2016-03-10"
    assert one_fact("记者去年本月3日获悉", "去年本月3日", date="2017-03-22")["period"] == "2016-03-03"
    assert one_fact("明年下月1日起施行", "明年下月1日", date="2017-03-22")["period"] == "2018-04-01"
    assert one_fact("今年上月5日", "今年上月5日", date="2017-03-22")["period"] == "2017-02-05"
