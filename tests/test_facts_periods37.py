"""Changes, bases and periods the round-37 sort of the tuning sets' misses found as classes (sentences written for the
tests, in the registers the sets hold).

- **A list of rates after a comma** (`…的带骨鲜羊肉涨幅居前,分别为52.2%、42.9%、32.5%`, `…净利润增速较快,分别为19.74%和
  19.69%`, `…净利润均同比下降,分别为-1.24%和-8.65%`): the clause before names the rate (a rate noun, or a change verb
  after 同比/环比) and how it ranks (居前, 较快, 更高 …); the list's items are that rise or fall, over 上年同期 after 同比
  (sealed35 and sealed36 label all 11 such items so; the bulk corpus writes `用电量增速较快，分别达到56.9%和44.0%`). A
  level or a sum after such a clause (`占比均有所提升，分别为35%`, `出口增长较快，分别为120亿元`) is no change.
- **A change word with 幅度** (`較去年同期增長幅度分別達64%`, `衰退幅度分別達10.43%`, `成長幅度 38.08%`, `年增幅度達26%`,
  `月減幅度約1成`): the rate of that rise or fall, as `增幅`/`降幅` are (sealed13, sealed19, sealed36: 10 figures);
  `年`/`月` before it name the base as they do before `增`/`減`.
- **A base that held level before it moved** (`环比由上月持平转为上涨0.7%`): the base is 上月, not `上月持平转为`.
- **A bare year after a finer period in the sentence before** (`今年1—6月份，…，成为了今年入境游…的动力。全国各口岸入境外国人
  1463.5万人次`): a figure carried from that sentence takes its statistical period (the months), as a figure inside it
  already did (no coarser period of the same year).
- **A cause's time** (`1月份，受春节假日等因素影响，…PPI同比下降2.3%`): the holiday inside `受…影响` dates no figure after
  it when the sentence named its own period before.
- **目前 after a carried period** (`1—4月份，…。目前，…6个省份开工率超过50%`): now, no period, whether the period
  carried is a year or a range of months — when a clause opens with the now-word, and not for a change, which is a
  flow of the window (`截至目前，…年均增速6.4%` keeps 十四五, sealed8's label).
- **An overnight span of days** (`8日夜至9日凌晨`, `21日夜间到22日凌晨`): one span, the period of the figures after it, as
  `13日晚至14日` already was (sealed12; the bulk corpus writes 51 such spans).
- **A window opened by an event in a year, without 自** (`“特岗计划”2006年实施以来，累计选聘…`, `2005年设立以来，共表彰了…`):
  the years up to the article's, as `自2018年启动至今` already were; a rank inside the event (`2022年启动第三次全国土壤普查
  以来`) keeps the event's year, and a record's horizon (`2011年开始统计以来`, `以来的最高`) opens no window.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = "2025-02-20") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _changes(text: str, date: str | None = "2025-02-20") -> dict[str, tuple[str | None, str | None]]:
    return {f["surface"]: (f["change"], f["base"]) for f in _facts(text, date)}


def _periods(text: str, date: str | None = "2025-02-20") -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in _facts(text, date)}


@pytest.mark.parametrize(("text", "want"), [
    ("分品种看,牛肉、羊肉、禽肉价格涨幅居前,分别为8.1%、6.4%、3.2%。",
     {"8.1%": ("up", None), "6.4%": ("up", None), "3.2%": ("up", None)}),
    ("科创板、北交所一季度营业收入增速较快,分别为21.5%和18.2%。",
     {"21.5%": ("up", None), "18.2%": ("up", None)}),
    ("创业板与北交所净利润均同比下降,分别为-3.5%和-6.1%。",
     {"-3.5%": ("down", "上年同期"), "-6.1%": ("down", "上年同期")}),
    ("1月份，数据中心、充换电服务业用电量增速较快，分别达到41.2%和36.0%。",
     {"41.2%": ("up", None), "36.0%": ("up", None)}),
])
def test_a_list_of_rates_after_a_comma_takes_the_rate_the_clause_before_names(text: str, want: dict) -> None:
    assert _changes(text) == want


@pytest.mark.parametrize("text", [
    "两省份额均有所提升，分别为35%和40%。",          # levels after a move: no change
    "沿海两地出口增长较快，分别为120亿元和80亿元。",   # sums: no change
])
def test_levels_after_a_comma_stay_levels(text: str) -> None:   # guard
    assert all(ch == (None, None) for ch in _changes(text).values())


@pytest.mark.parametrize(("text", "want"), [
    ("前五大行業營業收入較去年同期增長幅度分別達41%、22%、17%。",
     {"41%": ("up", "去年同期"), "22%": ("up", "去年同期"), "17%": ("up", "去年同期")}),
    ("營收衰退最大的行業為紡織及造紙業,衰退幅度分別達 9.12%、4.05%。",
     {"9.12%": ("down", None), "4.05%": ("down", None)}),
    ("累計稅前淨利為 812 億元,成長幅度 27.35%。", {"812 億元": (None, None), "27.35%": ("up", None)}),
    ("統計結果顯示,本月住宅移轉棟數月減幅度約2成。", {"約2成": ("down", "上月")}),
])
def test_a_change_word_with_fudu_names_its_rate(text: str, want: dict) -> None:
    assert _changes(text) == want


def test_a_year_rate_with_fudu_is_a_rise_over_the_year_before() -> None:
    got = _changes("全年接單6210.5億美元，年增幅度達18%。", date="2026-01-20")
    assert got["18%"][0] == "up" and got["18%"][1] in ("上年", "上年同期")


def test_a_base_that_held_level_before_it_moved() -> None:
    assert _changes("今年1月份，全国居民消费价格环比由上月持平转为上涨0.6%。")["0.6%"] == ("up", "上月")


def test_a_base_that_fell_before_it_moved_still_reads() -> None:   # guard: 上月下降…转为 was read already
    assert _changes("1月份，全国居民消费价格环比由上月下降0.3%转为上涨0.6%。")["0.6%"] == ("up", "上月")


def test_a_carried_figure_takes_the_finer_period_not_a_later_bare_year() -> None:
    text = ("今年1—6月份，多地推出便利入境的新举措，成为了今年入境旅游持续升温的直接动力。"
            "全国各口岸入境外国人1285.6万人次，同比增长128.4%。")
    assert _periods(text, date="2025-07-08") == {"1285.6万人次": "2025-01/2025-06", "128.4%": "2025-01/2025-06"}


def test_a_carried_bare_year_alone_still_dates() -> None:   # guard: no finer period, the year stands
    text = "今年，多地推出便利入境的新举措。全国各口岸入境外国人同比增长128.4%。"
    assert _periods(text, date="2025-07-08") == {"128.4%": "2025"}


def test_a_cause_holiday_dates_no_figure_after_the_sentences_own_month() -> None:
    text = "1月份，受春节假日等因素影响，工业生产进入淡季，全国工业生产者出厂价格同比下降2.2%。"
    assert _periods(text, date="2025-02-10") == {"2.2%": "2025-01"}


def test_now_after_a_carried_range_of_months_gives_no_period() -> None:
    text = "1—5月份，全国新开工改造城镇老旧小区2.1万个。目前，江苏、浙江等7个省份开工率超过60%。"
    assert _periods(text, date="2025-06-20")["超过60%"] is None


def test_a_window_since_a_month_reaches_now() -> None:   # guard: 以来 … 目前 keeps the window
    text = "今年3月以来，全省累计发放消费券2亿元。目前，核销率已超过80%。"
    got = _periods(text, date="2025-06-20")
    assert got["2亿元"] == "2025-03/2025-06"


def test_a_rate_of_the_window_keeps_it_after_now() -> None:   # guard: a change is a flow of the window, not a level now
    text = "“十四五”期间，我国轻工业稳步发展。截至目前，规模以上轻工企业数量增长至14万家，年均增速6.8%。"
    assert _periods(text, date="2025-10-15")["6.8%"] == "2021/2025"


def test_an_overnight_span_of_days_is_the_period_of_the_figures_after_it() -> None:
    text = "以色列国防军12日称，11日夜间到12日凌晨，以军空袭了黎巴嫩南部20多个目标。"
    assert _periods(text, date="2024-08-13")["20多个"] == "2024-08-11/2024-08-12"


def test_a_window_opened_by_an_event_in_a_year_reaches_the_articles_year() -> None:
    text = "“乡村教师支持计划”2015年实施以来，累计培训乡村教师210万人。"
    assert _periods(text, date="2025-09-09")["210万人"] == "2015/2025"


def test_a_records_horizon_in_a_year_is_no_window() -> None:   # guard
    text = "该指数2011年开始统计以来，首次跌破45，为18.6%的企业带来压力。"
    assert _periods(text, date="2025-09-09")["18.6%"] != "2011/2025"


def test_a_rank_inside_the_event_that_opens_a_window_keeps_the_events_year() -> None:   # guard
    got = _periods("从2022年启动第三次全国土壤普查以来，已经对约110亿亩耕地完成调查。", date="2025-10-17")
    assert got == {"第三次": "2022", "约110亿亩": "2022/2025"}
