"""Hong Kong and Taiwan wording the blind gold sample showed (tests/gold/README.md, "The blind
sample"), written as rules: ROC years, 兆 and 萬 before grouped digits, HK dollar units,
HK and Taiwan comparison bases, labels that are no figures.  The sentences are written for
the rule, not copied from the sample."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str | None = "2024-09-20") -> list[dict]:
    return extract(text, date=date)


def fact(text: str, surface: str, date: str | None = "2024-09-20") -> dict:
    found = [f for f in facts(text, date) if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in facts(text, date)])
    return found[0]


# --- ROC years ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "kind", "value"), [
    ("主計總處公布113年家庭收支調查,平均每戶所得增加", "113年", "year", 2024),
    ("民國112年的出口總值創下新高", "民國112年", "year", 2023),
    ("據經濟部統計,113年8月批發業營業額為1兆122億元", "113年8月", "date", "2024-08"),
    ("國發會估計114年第2季景氣持續回溫,出口成長", "114年第2季", "date", "2025Q2"),
])
def test_a_roc_year_is_its_gregorian_year(text: str, surface: str, kind: str, value: object) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["value"]) == (kind, value)


def test_figures_after_a_roc_year_have_its_period_and_keep_the_words_as_written() -> None:
    text = "113年每戶可支配所得中位數為98.6萬元,較112年增2.4%。"
    level, rise = fact(text, "98.6萬元"), fact(text, "2.4%")
    assert (level["period"], rise["period"]) == ("2024", "2024")
    assert rise["base"] == "112年"                      # the base quoted as the source writes it


@pytest.mark.parametrize("text", [
    "這座古橋已有100年歷史,每年吸引遊客",           # a count of years, not ROC 100
    "該公司成立逾100年,營業額持續成長",
    "全国建成120年来首座跨海大桥",                    # simplified text: no ROC calendar
])
def test_a_count_of_years_is_no_roc_year(text: str) -> None:
    assert not any(f["kind"] in ("year", "date") and f["value"] in (2011, 2031) for f in facts(text))


# --- 兆 and 萬 before grouped digits --------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("今年總預算歲出規模2.88兆元,創歷年新高", "2.88兆元", 2880000000000),
    ("第2季製造業產值為3兆2億元,較上年同季增加", "3兆2億元", 3000200000000),
    ("全年出口值達4兆735億元", "4兆735億元", 4073500000000),
    ("預估每人GDP 3萬4,560美元,較上年增加", "3萬4,560美元", 34560),
])
def test_taiwan_magnitudes_make_one_number(text: str, surface: str, value: int) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["value"]) == ("money", value)


def test_mega_before_a_physical_unit_stays_a_unit_prefix() -> None:
    got = {f["surface"]: f for f in facts("新建光伏電站裝機容量達50兆瓦,年發電量可觀")}
    assert all(f["value"] != 50 * 10**12 for f in got.values())


# --- a date's value is well-formed ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "财政部拟于10月11日续发行特别国债",
    "活动将于5月3日至5月6日举行",
])
def test_a_day_without_a_known_year_has_no_value_rather_than_a_malformed_one(text: str) -> None:
    days = [f for f in facts(text, date=None) if f["kind"] == "date"]
    assert days and all(f["value"] is None and f["value_high"] is None for f in days)


def test_a_day_in_a_dated_article_takes_its_year() -> None:
    assert fact("财政部拟于10月11日续发行特别国债", "10月11日", date="2024-10-08")["value"] == "2024-10-11"


# --- units written apart from the figure ----------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "unit", "per"), [
    ("董事會建議派發末期股息每股8港仙", "8港仙", "港仙/股", "股"),
    ("每股盈利為港幣 1.05 元,上年為港幣 0.98 元", "1.05 元", "港元", None),
    ("集團營業額為港幣二十億五千萬元", "二十億五千萬元", "港元", None),
    ("紐約期油收報68美元一桶,金價升至2410美元一安士", "2410美元", "美元/安士", "安士"),
    ("上周螺纹钢均价为3650元/吨,每吨下跌42元", "42元", "元/吨", "吨"),
    ("公司拟向全体股东每10股派发现金红利1.5元(含税)", "1.5元", "元/10股", "10股"),
    ("要约价格为每股B类普通股12.50美元", "12.50美元", "美元/股", "股"),
    ("今年春节展出300余件套珍贵文物", "300余件套", "件套", None),
    ("耕地面积 352.6 千公顷,比上年增加", "352.6 千公顷", "公顷", None),
])
def test_a_unit_written_apart_is_the_figure_s_unit(text: str, surface: str, unit: str, per: str | None) -> None:
    f = fact(text, surface)
    assert (f["unit"], f["per"]) == (unit, per)


def test_hong_kong_dollars_around_the_number_leave_the_indicator_as_subject() -> None:
    f = fact("每股基本盈利為港幣 0.42 元", "0.42 元")
    assert (f["unit"], f["subject"]) == ("港元", "每股基本盈利")


@pytest.mark.parametrize(("text", "surface", "value", "value_high"), [
    ("預計股東應佔淨虧損約港幣3200萬元至3500萬元", "約港幣3200萬元至3500萬元", -35000000, -32000000),
    ("集團預期錄得虧損港币1.5亿元至1.8亿元", "1.5亿元至1.8亿元", -180000000, -150000000),
    ("預期純利為港幣二十億元至二十五億元", "二十億元至二十五億元", 2000000000, 2500000000),
    ("营业额港币8000万元-9000万元", "8000万元-9000万元", 80000000, 90000000),
])
def test_hong_kong_dollars_before_a_range_cover_both_ends(text: str, surface: str, value: int,
                                                          value_high: int) -> None:
    """港幣 names the currency of the whole range: read for its first end only, the range broke in two and its
    upper end, in bare 元, lost a loss's minus sign."""
    f = fact(text, surface)
    assert (f["value"], f["value_high"], f["unit"]) == (value, value_high, "港元")


def test_a_spaced_thousand_scales_the_value() -> None:
    assert fact("耕地面积 352.6 千公顷,比上年增加", "352.6 千公顷")["value"] == 352600


# --- labels that are no figures -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "label"), [
    ("十四屆全國人大三次會議在北京開幕", "三次"),
    ("首套和二套住房贷款最低首付比例统一", "二套"),
    ("一曲唱罢，十四亿儿女同庆佳节", "十四亿"),
    ("公司拟每10股派发现金红利2元", "10股"),
])
def test_a_numeral_inside_a_label_is_no_figure(text: str, label: str) -> None:
    k = text.index(label)
    assert not [f for f in facts(text) if f["start"] < k + len(label) and f["end"] > k]


def test_the_count_of_a_session_s_members_is_still_a_figure() -> None:
    assert fact("十四屆全國人大三次會議應出席代表2977人", "2977人")["value"] == 2977


# --- comparison bases as Hong Kong and Taiwan releases write them ---------------------------------

def fields(text: str, surface: str, date: str | None = "2024-09-20") -> tuple:
    f = fact(text, surface, date)
    return f["change"], f["base"]


@pytest.mark.parametrize(("text", "surface", "base"), [
    ("113年第2季實質GDP對上年同季成長率(yoy)為5.1%", "5.1%", "上年同季"),
    ("第2季出口初步統計yoy為8.7%", "8.7%", "上年同期"),
    ("經季節調整後對上季增率折成年率(saar)為3.4%", "3.4%", "上季"),
])
def test_taiwan_bases_are_written_before_the_rate(text: str, surface: str, base: str) -> None:
    assert fields(text, surface)[1] == base


def test_a_hong_kong_base_stands_in_the_clause_before_the_change() -> None:
    assert fields("8月份整體出口貨值與一年前同月比較，上升6.5%。", "6.5%") == ("up", "一年前同月")


def test_a_list_introduced_by_its_base_gives_every_item_that_base() -> None:
    text = "錄得按年升幅的類別為電力（上升4.2%）、衣履（上升1.1%）。"
    assert fields(text, "4.2%")[1] == fields(text, "1.1%")[1] == "上年同期"


def test_a_corresponding_rise_is_a_rise_against_the_same_base() -> None:
    text = "首8個月綜合消費物價指數較一年前同期上升1.9%，甲類及乙類的相應升幅分別為2.3%及1.7%。"
    assert fields(text, "2.3%") == fields(text, "1.7%") == ("up", "一年前同期")


def test_a_rate_named_with_its_base_marker_is_a_change_against_it() -> None:
    assert fields("8月份的按年升幅（即基本通脹率）為1.4%", "1.4%") == ("up", "上年同期")


def test_a_figure_restated_in_brackets_measures_the_same_thing() -> None:
    text = "第1季實質GDP對上年同季成長率修正為2.9%(原為2.6%)。"
    first, restated = fact(text, "2.9%"), fact(text, "2.6%")
    assert restated["base"] == first["base"] == "上年同季"
    assert restated["subject"] == first["subject"]


@pytest.mark.parametrize(("text", "surface", "base"), [
    ("全年播种面积82.5万公顷,比上年增加1.2万公顷,增长1.5%。", "1.5%", "上年"),
    ("钢材价格比上月末上涨2.1%,达到3820元/吨,每吨上涨79元。", "79元", "上月末"),
    ("9月外銷訂單480億美元,比上年同月增加30億美元,增 加率6.7%。", "6.7%", "上年同月"),
    ("營業額為港幣十億元,較去年同期之港幣八億元,增加港幣二億元或 25%。", "25%", "去年同期"),
])
def test_a_clause_that_is_only_a_change_shares_the_base_before_it(text: str, surface: str, base: str) -> None:
    assert fields(text, surface) == ("up", base)


def test_a_list_item_after_a_semicolon_states_no_base_of_its_own() -> None:
    text = "第一产业增加值同比增长3.1%；第二产业增加值增长5.2%。"
    assert fields(text, "5.2%")[1] is None


def test_the_period_a_change_turned_from_is_no_base() -> None:
    text = "利润由上年全年下降3.1%转为增长8.4%。"
    assert fields(text, "3.1%")[1] is None and fields(text, "8.4%")[1] is None
    assert fields("CPI环比由上月下降0.2%转为上涨0.3%。", "0.3%")[1] == "上月"


# --- periods: windows, fiscal quarters, bases and restatements ------------------------------------

@pytest.mark.parametrize(("text", "surface", "period"), [
    ("截至今年8月止的三個月，零售業總銷貨價值平均每月升幅為0.3%。", "0.3%", "2024-06/2024-08"),
    ("截至今年8月止的三個月，零售業總銷貨價值平均每月升幅為0.3%。", "三個月", "2024-06/2024-08"),   # its length too (gold)
    ("集團截至二零二四年六月三十日止六個月內,營業額為港幣十二億元。", "十二億元", "2024H1"),
    ("截至二零二三年十二月三十一日止十二個月，溢利為港幣五億元。", "五億元", "2023"),
    ("截至9月15日的两周内，该国汽油价格上涨4.2%。", "4.2%", "2024-09-02/2024-09-15"),
])
def test_a_window_ending_on_a_date_is_the_period_of_its_figures(text: str, surface: str, period: str | None) -> None:
    assert fact(text, surface)["period"] == period


def test_the_same_window_a_year_before_is_the_compared_figure_s_period() -> None:
    text = "集團截至二零二四年六月三十日止六個月內,溢利為港幣十億元,較去年同期之港幣八億元增加。"
    assert fact(text, "八億元")["period"] == "2023H1"


def test_a_fiscal_quarter_is_read_as_the_quarter_of_its_name() -> None:
    text = "该公司第二财季营收为158亿美元，同比增长8%。"
    assert fact(text, "第二财季")["value"] == "2024Q2"
    assert fact(text, "158亿美元")["period"] == "2024Q2"


def test_a_taiwan_base_quarter_is_not_the_figure_s_period() -> None:
    assert fact("113年第1季實質GDP對上年同季成長率(yoy)為6.6%。", "6.6%")["period"] == "2024Q1"


def test_an_estimate_in_brackets_is_about_the_same_quarter() -> None:
    assert fact("113年第2季實質GDP初步統計yoy為5.1%(7月概估數為5.0%)。", "5.0%")["period"] == "2024Q2"


# --- subjects cut by attributable, share and revision wording -------------------------------------

@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("股東應佔(未經審核)溢利為港幣十二億元", "十二億元", "股東應佔(未經審核)溢利"),
    ("本公司拥有人应占综合溢利为350万港元,同比增加12.5%", "12.5%", "本公司拥有人应占综合溢利"),
])
def test_attributable_profit_is_named_whole(text: str, surface: str, subject: str) -> None:
    assert fact(text, surface)["subject"] == subject


def test_a_share_is_named_as_a_share_not_as_its_numerator() -> None:
    text = "全市制造业增加值占地区生产总值比重升至31.2%，较上年提高0.8个百分点，服务业增加值占比超过55%。"
    assert fact(text, "31.2%")["subject"].endswith("占地区生产总值比重")
    assert fact(text, "0.8个百分点")["subject"].endswith("占地区生产总值比重")
    assert fact(text, "超过55%")["subject"].endswith("占比")


def test_a_taiwan_revision_names_the_indicator_revised() -> None:
    text = "(一)113年第1季實質GDP對上年同季成長率(yoy)修正為6.5%(原為6.6%)。"
    assert fact(text, "6.5%")["subject"] == fact(text, "6.6%")["subject"] == "實質GDP"


def test_an_earlier_forecast_is_the_forecast_of_the_indicator() -> None:
    text = "全年經濟成長率3.9%,較113年5月預測數3.4%上修0.5個百分點。"
    assert fact(text, "3.4%")["subject"] in ("經濟成長率預測數", "經濟成長率")   # never 數 or the month


# --- quarters named as a list ---------------------------------------------------------------------

def test_a_list_of_quarters_is_one_date_and_gives_each_item_its_quarter() -> None:
    text = "預測113年第3、4季經濟成長率(yoy)分別為3.1%及2.8%,併計第1、2季,全年經濟成長率3.9%。"
    assert fact(text, "113年第3、4季")["value"] == "2024Q3-Q4"
    assert fact(text, "第1、2季")["value"] == "2024Q1-Q2"
    q3, q4 = fact(text, "3.1%"), fact(text, "2.8%")
    assert (q3["period"], q4["period"]) == ("2024Q3", "2024Q4")
    assert q3["subject"] == q4["subject"] == "經濟成長率(yoy)"


def test_two_quarters_apart_are_no_range() -> None:
    assert not [f for f in facts("2024年第1、3季出口分別成長5%及7%") if f["value"] == "2024Q1-Q3"]


# --- sports results --------------------------------------------------------------------------------

def test_a_medal_tally_is_three_counts_of_one_team() -> None:
    text = "闭幕时，东道主代表团以21金17银9铜的成绩位列奖牌榜第二。"
    got = {f["surface"]: f for f in facts(text)}
    assert [(got[s]["value"], got[s]["unit"]) for s in ("21金", "17银", "9铜")] == [(21, "金"), (17, "银"), (9, "铜")]
    assert got["21金"]["subject"] == got["17银"]["subject"] == got["9铜"]["subject"] == "东道主代表团"


def test_a_score_with_decimals_is_a_quantity_in_points() -> None:
    f = fact("她以92.35分的成绩夺得女子单人滑冠军", "92.35分")
    assert (f["kind"], f["value"], f["unit"]) == ("quantity", 92.35, "分")


def test_minutes_and_whole_points_are_no_score() -> None:
    assert not [f for f in facts("比赛第35分钟，主队以2分的优势领先") if f.get("unit") == "分" and f["kind"] == "quantity"]
