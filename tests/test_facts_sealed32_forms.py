"""Forms a fresh sample (sealed32) showed unread or misread, each as its class (sentences written for the tests).

- **Found:** an indicator's acronym typed against its value (`前三季EPS2.36元`, `CPI2.1%`, `制造业PMI50.2`) is the
  value, and a dash between them is a minus (`PPI-1.5%` was +1.5 %: a lost sign); a product or company name glued to
  digits stays a name (`NOVA3`, `OBU20%股权`, `COVID-19`). `百份之0.6`, a common miswriting, is `百分之0.6`.
  `1万1千字` is 11,000.
- **Values:** two neighbouring digits before one magnitude are a spoken range (`賣到3、4千元` is 3,000 to 4,000, as
  `三四千元` is; the first read alone was 3 元); after 分别 they stay two figures, and digits that are not neighbours
  are no range; a range whose denominator is written once, at its end, is one range (`0.42元-0.43元/斤` was 0.42 元
  and −0.43 元/斤: a sign made up).
- **Periods:** a month followed by 一 and a measure word is a month (`去年9月一箱高麗菜` lost its month: 一 read as its
  day); a year's first month (`2026年首月`, `今年首月`) is January (`实施首月` names no month); a month's running total
  compared with a year before (`2014年4月,…企业累计实现工业增加值…,同比增长6.4%`) is the year to date, as a budget's
  累计完成 already was (a month's own total, `7月份，全国铁路累计开行…`, stays the month's); a week with its days in
  brackets, day first (`上周（29/12—4/1）`, Hong Kong's estate weeklies), is a date and its figures' period, and the
  base week's figure its own (`較前周（22/12—28/12）的96宗`); a month range across the new year (`12月至1月`) runs from
  the year before's December (it had no period).
- **Junk:** the second number of a short quoted name (`“10强50户”企业`: 50户 was a count); a quoted tally still counts;
  a ship's deadweight before the ship names its class (`訂造2艘4萬載重噸散裝新船`: was a count of 40,000 with no unit,
  載重噸 unread in traditional script), as `30万吨级油轮` does; a fleet's deadweight stays a quantity.
- **Subjects:** a footnote's mark inside a name names nothing (`其中谷物[1]播种面积`); the currency a figure is
  counted in (`以新台幣計價約8,060.80億元`) is a basis, as 同口径 is: the level's before it; a bracket the subject opens
  and never closes names the figure inside it (`9家破發(破發率30%)`: 破發率, was `破發(破發率`), and the name before it when
  it closed before the figure (`出手价格(水分23-22%)0.42元`: 出手价格); a window word or what is left of a verb
  (`單月大增2,903億元`, `跌到今天只剩7塊錢`, `達到驚人的2504倍`) names nothing: the subject of the sentence's figure before
  it, or none. An adverb after a base is no part of it (`較去年同月更是暴增`).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-11-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _one(text: str, surface: str, date: str = "2025-11-13") -> dict:
    return next(f for f in _facts(text, date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "value", "subject"), [
    ("台航公布前三季EPS2.36元，與去年同期相當。", "2.36元", "2.36", "EPS"),
    ("10月CPI2.1%，漲幅擴大。", "2.1%", "2.1", "CPI"),
    ("10月制造业PMI50.2，比上月上升0.3个百分点。", "50.2", "50.2", "制造业PMI"),
    ("公司ROE15.3%，居同業之冠。", "15.3%", "15.3", "ROE"),
])
def test_an_indicator_acronym_typed_against_its_value(text: str, surface: str, value: str, subject: str) -> None:
    f = _one(text, surface)
    assert (str(f["value"]), f["subject"]) == (value, subject)


@pytest.mark.parametrize("text", ["10月CPI2.1%，PPI-1.5%。", "10月核心PPI-1.5%。"])
def test_a_dash_after_an_indicator_acronym_is_a_minus(text: str) -> None:
    assert _one(text, "-1.5%")["value"] == -1.5


@pytest.mark.parametrize("text", ["华为NOVA3手机上市。", "收购了泰国网文公司OBU20%股权。", "COVID-19疫情期间。"])
def test_a_name_glued_to_digits_stays_a_name(text: str) -> None:
    assert not [f for f in _facts(text) if f["kind"] in ("percent", "count", "quantity", "money")]


def test_a_miswritten_baifenzhi_is_a_percent() -> None:
    f = _one("至本年年中本港人口增長率是百份之0.6。", "百份之0.6")
    assert (f["kind"], f["value"]) == ("percent", 0.6)


def test_wan_then_a_thousands_digit_is_one_number() -> None:
    assert _one("《报告》共分为二部分,1万1千字,其中第一部分约3400字。", "1万1千")["value"] == 11000


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("去年一箱30公斤的高麗菜還能賣到3、4千元。", "3、4千元", 3000, 4000),
    ("景区每天接待3、4万人次。", "3、4万人次", 30000, 40000),
])
def test_two_neighbouring_digits_before_one_magnitude_are_a_range(text: str, surface: str, low: int, high: int) -> None:
    f = _one(text, surface)
    assert (f["value"], f["value_high"]) == (low, high)


def test_after_fenbie_listed_digits_stay_two_figures() -> None:
    assert [f["value"] for f in _facts("甲公司和乙公司的利润分别为3、4万元。")] == [30000, 40000]


def test_digits_that_are_not_neighbours_are_no_spoken_range() -> None:
    assert not [f for f in _facts("价格为3、5千元不等。") if f.get("value_high") is not None]


def test_a_month_before_one_and_a_measure_word_is_a_month() -> None:
    months = [f for f in extract("菜農說,去年9月一箱30公斤的高麗菜還能賣到3、4千元。", date="2026-01-10")
              if f["kind"] == "date"]
    assert [(f["surface"], f["value"]) for f in months] == [("去年9月", "2025-09")]
    assert _one("菜農說,去年9月一箱30公斤的高麗菜還能賣到3、4千元。", "3、4千元", "2026-01-10")["period"] == "2025-09"


def test_a_footnote_mark_names_nothing() -> None:
    text = "其中谷物[1]播种面积99926千公顷(149890万亩),比2022年增加658千公顷,增长0.7%。"
    assert {f["subject"] for f in _facts(text)} == {"谷物播种面积"}


def test_the_currency_counted_in_is_a_basis_not_a_subject() -> None:
    text = "累計前十月機械出口值為259.17億美元、年增7.3%，以新台幣計價約8,060.80億元、年增4.2%。"
    assert _one(text, "約8,060.80億元")["subject"] == "機械出口值"
    assert _one(text, "4.2%")["subject"] == "機械出口值"


def test_a_years_first_month_is_january() -> None:
    text = "六都2026年首月的買賣移轉棟數揭曉，分別為台北2128棟，月減8.7%。"
    assert {f["period"] for f in _facts(text, "2026-02-10")} == {"2026-01"}
    assert _one("今年首月出口增長5%。", "5%", "2026-02-10")["period"] == "2026-01"


def test_a_first_month_of_no_year_is_no_period() -> None:
    assert _one("新政实施首月，销量达100辆。", "100辆", "2026-02-10")["period"] is None


def test_a_months_running_total_compared_with_a_year_before_is_year_to_date() -> None:
    text = "2014年4月,“10强50户”企业累计实现工业增加值31.87亿元,同比增长6.4%;实现工业总产值71.17亿元,同比增长4.5%。"
    assert {_one(text, s, "2014-05-20")["period"] for s in ("31.87亿元", "6.4%", "71.17亿元", "4.5%")} == {"2014-01/2014-04"}


def test_a_months_own_total_stays_the_months() -> None:
    assert _one("7月份，全国铁路累计开行旅游列车357列。", "357列", "2014-08-20")["period"] == "2014-07"


def test_a_bracket_the_subject_opens_and_never_closes_names_its_figure() -> None:
    text = "30家上市公司上市首日僅9家破發(破發率30%)。"
    assert _one(text, "30%")["subject"] == "破發率"


@pytest.mark.parametrize("text", ["2014年4月,“10强50户”企业累计实现工业增加值31.87亿元。", "占“10强50户”总量的32%。"])
def test_the_second_number_of_a_quoted_name_is_no_figure(text: str) -> None:
    assert not [f for f in _facts(text) if f["surface"] == "50户"]


def test_a_quoted_tally_still_counts() -> None:
    assert [f["value"] for f in _facts("上证指数“6涨4平19跌”。")] == [6, 4, 19]


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("农户出手价格(水分23-22%)0.42元-0.43元/斤,企业收购价格0.46元-0.47元/斤。", "0.42元-0.43元/斤", "元/斤"),
    ("出厂价格为2380元-2400元/吨。", "2380元-2400元/吨", "元/吨"),
])
def test_a_range_whose_denominator_is_written_once_at_its_end(text: str, surface: str, unit: str) -> None:
    f = _one(text, surface)
    assert (f["value"] > 0, f["value_high"] > f["value"], f["unit"]) == (True, True, unit)
    assert not [g for g in _facts(text) if g["value"] < 0]       # was 0.42元 and −0.43元/斤


def test_the_bracket_closed_before_the_figure_leaves_the_name_before_it() -> None:
    text = "农户出手价格(水分23-22%)0.42元-0.43元/斤。"
    assert _one(text, "0.42元-0.43元/斤")["subject"] == "农户出手价格"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("銀行證券劃撥存款餘額達3兆9,755億元，單月大增2,903億元。", "2,903億元", "銀行證券劃撥存款餘額"),
    ("批發價每公斤從昨天的8塊錢,跌到今天只剩7塊錢。", "7塊錢", "批發價"),
    ("出口增长5%，與9月相比，單月增幅達六成。", "六成", "出口"),
])
def test_a_window_word_or_a_verbs_remains_takes_the_figure_befores_subject(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


def test_a_window_word_with_no_figure_before_is_no_subject() -> None:
    assert _one("超額認購倍數達到驚人的2504倍。", "2504倍")["subject"] != "驚人"


def test_an_adverb_after_the_base_is_no_part_of_it() -> None:
    assert _one("出口增长5%，較去年同月更是暴增1.4倍。", "1.4倍")["base"] == "去年同月"


def test_a_week_with_its_days_in_brackets_dates_its_figures() -> None:
    text = "全港50個指標屋苑於上周（29/12—4/1）共錄86宗買賣個案，較前周（22/12—28/12）的96宗減少10%。"
    weeks = [(f["surface"], f["value"], f["value_high"]) for f in extract(text, date="2026-01-05")
             if f["kind"] == "date"]
    assert weeks == [("29/12—4/1", "2025-12-29", "2026-01-04"), ("22/12—28/12", "2025-12-22", "2025-12-28")]
    assert _one(text, "86宗", "2026-01-05")["period"] == "2025-12-29/2026-01-04"
    assert _one(text, "96宗", "2026-01-05")["period"] == "2025-12-22/2025-12-28"      # the base's own figure


def test_bracketed_shares_are_no_week() -> None:
    assert not [f for f in extract("比例为（1/3-2/3）。", date="2026-01-05") if f["kind"] == "date"]



@pytest.mark.parametrize("text", ["已訂造2艘4萬載重噸散裝新船。", "订造2艘4万载重吨散装新船。"])
def test_a_ships_deadweight_before_the_ship_is_its_class(text: str) -> None:
    assert [f["surface"] for f in _facts(text)] == ["2艘"]


@pytest.mark.parametrize("text", ["船隊總運力達到500萬載重噸。", "船队总运力达到500万载重吨。"])
def test_a_fleets_deadweight_is_a_quantity_in_either_script(text: str) -> None:
    f = _facts(text)[0]
    assert (f["kind"], f["value"], f["unit"]) == ("quantity", 5000000, "载重吨")


def test_a_bracketed_week_in_an_undated_page_is_a_date_without_value() -> None:
    days = [f for f in extract("全港於上周（29/12—4/1）共錄86宗買賣。") if f["surface"] == "29/12—4/1"]
    assert [(f["kind"], f["value"]) for f in days] == [("date", None)]       # not 29/12 read as a share


@pytest.mark.parametrize(("text", "date", "period"), [
    ("台北果菜批發市場12月至1月平均價格維持在10元上下。", "2026-01-15", "2025-12/2026-01"),
    ("2025年12月至1月平均價格維持在10元。", "2026-03-15", "2025-12/2026-01"),      # the year written is December's
    ("去年12月至1月平均價格維持在10元。", "2026-03-15", "2025-12/2026-01"),
])
def test_a_month_range_across_the_new_year(text: str, date: str, period: str) -> None:
    assert {f["period"] for f in extract(text, date=date)} == {period}


def test_a_verb_left_as_the_subject_takes_the_price_before_of_its_kind() -> None:
    text = "玉米收购价格下跌0.005元/斤,水份20%以内执行1.47元/斤,超20%执行1.45元/斤。"
    assert {_one(text, s)["subject"] for s in ("1.47元/斤", "1.45元/斤")} == {"玉米收购价格"}
    assert _one("港口货物吞吐量与去年相若,涉及7,520万公吨。", "7,520万公吨")["subject"] != "涉及"
