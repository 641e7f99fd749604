"""Period forms a fresh sample (sealed42) showed misread, each as its class (sentences written for the tests, in the
registers of the sample: Taiwan company results, commodity trade statistics, tourism releases, CCTV holiday news).

- **A release told today is no period of its figures:** `華航今天公布營業淨利為149.68億元` — the day the results
  were published, as `今（15）日公布` already is (the year they are of is not written: none); `今天公布9月出口…`
  keeps the month it names; a source told with 的 (`据…今天发布的消息，已有约80吨…运抵`) and a statement
  (`今天发表声明称，…`, `今天发布数据称，…已造成超6万…死亡`) tell the state or the events of that day and keep it; an act announced (`今日宣布成立…1000萬美元的基金`) and a cutoff day told after
  (`今天發布新聞稿，…（至30日上午11時），…損失計4億2830萬元`) still date.
- **A same period a year back beside the month before:** `2016年9月…進口高粱69.79萬噸,上月為49.57萬噸,去年同期為
  107.67萬噸` — the same period is the month told (2015-09), not a year before 上月, on a dated page or an undated
  one.
- **Flows up to a month told as a cutoff:** `截至9月，入境人數僅約605萬人次` — visits, visitors and takings counted
  up to a month are the months since January (2025-01/2025-09), as sealed18 and sealed38 label them; a stock
  (`…法人企業發展到430家`), a month's end (`截至9月底`) and a window the cutoff closes keep their readings.
- **A lunar day as a cutoff:** `截至正月十五，全國共有5473個傳統村落舉行了活動` — the day (2025-02-12), as `截至3月5日`
  dates its counts; the 至 of 截至 opens no range.
- **A second window to the same cutoff:** `截至2025年9月30日止三個月（「本期間」）及九個月` — the nine months end
  on the same day (2025-01/2025-09), as the three do (2025-07/2025-09).
- **A written year's own figure after a noun of its own:** `相較109年每股盈餘0.03元,成長1.64元` — the base's figure
  is of the year written (2020), as sealed41's `較去年同期的每股盈餘0.12元` is of the same period a year back; the
  change after it (`成長1.64元`) and a change told against the year (`较2020年营收增长5%`) keep the sentence's.
- **A strike's day told with 对:** `以色列军方11日对黎南部多地发动袭击，造成至少7人死亡` — the toll takes the strike's
  day (the conventions' tolls), while `11日对媒体表示` stays a day of speaking that dates none of the figures after.
- **A range of fiscal years:** `102年度至113年度社會福利…支出穩居第一及第二位` — the ranks hold over the years 2013 to
  2024 (Taiwan's ROC years, each written with 年度), as `2013年至2024年` does; `2013年度至2024年度` alike.
- **A base year inside a window's sentence:** `截至9月30日止三個月，…較2019年新冠疫情前高出5%` — the change is of the
  window (2025-07/2025-09), over 2019; the year written as a base does not close the window.
- **本季 after a month of the quarter before:** `期內，儘管9月份受到颱風影響…，本季澳門博彩毛收入按年上升13%` told
  on 29 October — the quarter of the month named (2025Q3), the release's, not the article's; without a month of the
  quarter just ended, 本季 stays the article's quarter.
- **今年 on an undated page:** `与2022年12月相比,…于今年1月增加232.6%` — 今年 is the article's year, unknown on an
  undated page: the date has no value (every tuning set labels so), whatever other year the sentence writes.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _fact(text: str, surface: str, date: str | None) -> dict:
    return next(f for f in extract(text, date=date) if f["surface"] == surface)


# ----------------------------------------------------------------------------- a release's day

@pytest.mark.parametrize("text", [
    "華航今天公布營業收入為1388.41億元,合併營業淨利149.68億元。",
    "中華航空今日公佈營業淨利為新台幣149.68億元,每股稅後盈餘為1.67元。",
    "该公司今天发布公告，营业收入为1388.41亿元，净利润149.68亿元。",
    "主計總處今日公佈報告，受僱員工薪資總額為1388.41億元。",
])
def test_a_release_told_today_dates_none_of_its_figures(text: str) -> None:
    for f in extract(text, date="2022-03-15"):
        if f["kind"] == "money":
            assert f["period"] is None, f


def test_a_release_today_keeps_the_month_it_names() -> None:
    f = _fact("財政部今天公布9月出口542.5億美元，年增33.8%。", "542.5億美元", "2025-10-09")
    assert f["period"] == "2025-09"


def test_today_without_a_release_verb_still_dates() -> None:
    f = _fact("全市今天新增确诊病例35例。", "35例", "2022-03-15")
    assert f["period"] == "2022-03-15"


# ----------------------------------------------------------------------------- the same period beside the month before

@pytest.mark.parametrize("date", [None, "2016-10-20", "2016-11-05"])
def test_a_same_period_beside_the_month_before_is_a_year_before_the_month_told(date: str | None) -> None:
    text = "2016年9月我国进口高粱69.79万吨,上月为49.57万吨,去年同期为107.67万吨。"
    assert _fact(text, "107.67万吨", date)["period"] == "2015-09"
    assert _fact(text, "49.57万吨", date)["period"] == "2016-08"
    assert _fact(text, "69.79万吨", date)["period"] == "2016-09"


# ----------------------------------------------------------------------------- flows up to a cutoff month

@pytest.mark.parametrize("text,surface", [
    ("但截至9月，入境人數僅約605萬人次，出境人數則達1410萬人次。", "1410萬人次"),
    ("截至9月,观光人数来到107万7633人。", "107万7633人"),
    ("截至今年9月,澳门特区政府的博彩税收入已达117亿澳门元。", "117亿澳门元"),
])
def test_a_flow_after_a_cutoff_month_is_the_months_since_january(text: str, surface: str) -> None:
    assert _fact(text, surface, "2025-10-30")["period"] == "2025-01/2025-09"


@pytest.mark.parametrize("text,surface,period", [
    ("截至9月,全区纳入统计的限额以上法人企业发展到430家。", "430家", "2025-09"),
    ("截至9月底，入境人數僅約605萬人次。", "約605萬人次", "2025-09-30"),
    ("截至9月，住户存款余额为1200亿元。", "1200亿元", "2025-09"),
])
def test_a_stock_or_a_day_after_a_cutoff_keeps_its_reading(text: str, surface: str, period: str) -> None:
    assert _fact(text, surface, "2025-10-30")["period"] == period


# ----------------------------------------------------------------------------- a lunar cutoff day

def test_a_lunar_day_after_a_cutoff_dates_the_counts() -> None:
    text = "截至正月十五，全国共有5473个传统村落举行了约11853场活动。"
    for surface in ("5473个", "约11853场"):
        assert _fact(text, surface, "2025-02-13")["period"] == "2025-02-12"


def test_a_lunar_range_is_still_read_whole() -> None:
    f = _fact("除夕至正月十五，全国共有5473个传统村落举行了活动。", "5473个", "2025-02-13")
    assert f["period"] == "2025-01-28/2025-02-12"


def test_an_act_announced_today_keeps_the_day() -> None:
    f = _fact("Facebook联合创始人今日宣布成立一只规模为1000万美元的基金。", "1000万美元", "2019-10-17")
    assert f["period"] == "2019-10-17"


def test_a_release_today_with_a_cutoff_day_after_keeps_the_day() -> None:
    text = "農業部今天發布新聞稿，彙整縣市政府查報資料（至30日上午11時），估計造成的農業損失計4億2830萬元。"
    assert _fact(text, "4億2830萬元", "2025-09-30")["period"] == "2025-09-30"


# ----------------------------------------------------------------------------- 今年 on an undated page

def test_this_years_month_on_an_undated_page_has_no_value() -> None:
    text = "与2022年12月相比,澳门博彩毛收入于今年1月增加232.6%至112亿元。"
    d = next(f for f in extract(text, date=None) if f["surface"] == "今年1月")
    assert d["kind"] == "date" and d["value"] is None
    assert _fact(text, "2022年12月", None)["value"] == "2022-12"


# ----------------------------------------------------------------------------- 本季 after a month of the quarter before

def test_this_quarter_after_a_month_of_the_quarter_before_is_that_quarter() -> None:
    text = "期內，儘管9月份受到颱風影響導致賭場暫停營業，本季澳門博彩毛收入按年上升13%，達6.8億澳門幣。"
    assert _fact(text, "13%", "2025-10-29")["period"] == "2025Q3"


@pytest.mark.parametrize("text", [
    "10月份受到颱風影響，本季澳門博彩毛收入按年上升13%。",
    "本季澳門博彩毛收入按年上升13%。",
])
def test_this_quarter_otherwise_stays_the_articles(text: str) -> None:
    assert _fact(text, "13%", "2025-10-29")["period"] == "2025Q4"


# ----------------------------------------------------------------------------- a second window to the same cutoff

@pytest.mark.parametrize("text,surface,period", [
    ("本公司截至2025年9月30日止三個月（「本期間」）及九個月的未經審核節選財務數據。", "九個月", "2025-01/2025-09"),
    ("本公司截至2025年9月30日止三個月（「本期間」）及九個月的未經審核節選財務數據。", "三個月", "2025-07/2025-09"),
    ("集團截至2025年6月30日止三個月及六個月的財務數據。", "六個月", "2025H1"),
])
def test_a_second_window_after_and_ends_on_the_same_day(text: str, surface: str, period: str) -> None:
    assert _fact(text, surface, "2025-10-29")["period"] == period


# ----------------------------------------------------------------------------- a strike's day told with 对

def test_a_toll_takes_the_day_of_a_strike_told_with_dui() -> None:
    text = "据黎巴嫩媒体报道，以色列军方11日对黎南部多地发动袭击，造成至少7人死亡、7人受伤。"
    assert _fact(text, "7人", "2026-05-12")["period"] == "2026-05-11"


def test_a_day_of_speaking_to_someone_still_dates_no_figure() -> None:
    assert _fact("美国总统11日对媒体表示，关税将提高到25%。", "25%", "2026-05-12")["period"] is None


# ----------------------------------------------------------------------------- a written year's own figure

@pytest.mark.parametrize("text,surface,period", [
    ("華航今天公布每股稅後盈餘 (EPS)1.67元,相較109年每股盈餘0.03元,成長1.64元。", "0.03元", "2020"),
    ("2021年每股盈餘1.67元,相較2020年每股盈餘0.03元,成長1.64元。", "0.03元", "2020"),
    ("2021年每股盈餘1.67元,相較2020年每股盈餘0.03元,成長1.64元。", "1.64元", "2021"),
    ("2021年营收较2020年营收增长5%。", "5%", "2021"),
])
def test_a_written_years_own_figure_after_its_noun_is_that_years(text: str, surface: str, period: str) -> None:
    assert _fact(text, surface, "2022-03-15")["period"] == period




# ----------------------------------------------------------------------------- a range of fiscal years

@pytest.mark.parametrize("text", [
    "其中102年度至113年度社會福利及教育科學文化支出穩居第一及第二位。",
    "其中2013年度至2024年度社會福利及教育科學文化支出穩居第一及第二位。",
])
def test_a_range_of_fiscal_years_frames_the_ranks(text: str) -> None:
    assert _fact(text, "第一", "2024-01-10")["period"] == "2013/2024"


def test_this_years_month_with_a_same_period_a_year_back_keeps_the_year_after_it() -> None:
    text = "扣除其间价格变动后,今年10月的零售业总销货数量的临时估计较2016年同月上升3.6%。"
    assert _fact(text, "今年10月", None)["value"] == "2017-10"


def test_an_issue_number_after_a_written_year_base_takes_no_period() -> None:
    text = "本期公債最高得標利率為1.425%，相較於上次同年期公債（114年度甲類第10期增額公債）最高得標利率1.32%。"
    assert _fact(text, "第10期", "2026-01-10")["period"] is None


def test_a_base_year_does_not_close_a_windows_sentence() -> None:
    text = "截至9月30日止三個月，訪澳旅客人數每日平均較去年同期增長14%，達113,614人次，較2019年新冠疫情前高出5%。"
    assert _fact(text, "5%", "2025-10-29")["period"] == "2025-07/2025-09"
    assert _fact(text, "113,614人次", "2025-10-29")["period"] == "2025-07/2025-09"


@pytest.mark.parametrize("text,surface", [
    ("另据俄联邦紧急情况部今天发布的消息，已有约80吨人道主义救援物资运抵库尔斯克州。", "约80吨"),
    ("伊朗伊斯兰革命卫队今天发表声明称，伊方发射弹道导弹打击了位于科威特的两个美军基地。", "两个"),
])
def test_a_source_or_a_statement_of_today_keeps_the_day(text: str, surface: str) -> None:
    assert _fact(text, surface, "2024-08-11")["period"] == "2024-08-11"


def test_a_release_told_as_saying_keeps_the_day_of_its_toll() -> None:
    text = "加沙地带卫生部门今天发布数据称，以军在加沙地带的军事行动已造成超6万巴勒斯坦人死亡。"
    assert _fact(text, "超6万", "2025-07-29")["period"] == "2025-07-29"


def test_a_wars_whole_toll_after_a_days_strike_takes_no_day() -> None:
    # the toll of the whole conflict told after a dated strike covers its months, not the strike's day
    text = ("以色列军方11日对加沙地带多地发动袭击，造成至少27人死亡。据加沙卫生部门统计，"
            "本轮巴以冲突已造成超过39000名巴勒斯坦人死亡。")
    got = {f["surface"]: f for f in extract(text, date="2024-08-12")}
    assert got["至少27人"]["period"] == "2024-08-11"
    assert got["超过39000名"]["period"] is None
