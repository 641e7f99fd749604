"""Period and date forms a fresh sample (sealed41) showed misread, each as its class (sentences written for the tests,
in the registers of the sample: Hong Kong and Taiwan company results, mainland results summaries, harvest bulletins).

- **Interim results in traditional script:** `2023年中期業績` is the first half, as `2022年度中期业绩` is — the text is
  read after a normalisation that maps 業 but not 績, so the words of an interim report are matched in either script
  and in the mixed form (`中期业績`, `中期報告`).
- **A half written H1/H2 after its year:** `2024年H1` is one date, 2024H1, and dates the figures after it, as
  `2024年Q1` is a quarter; `H1N1` is no half.
- **The base's own figure after a noun of its own:** Taiwan's results write the same period a year back with the
  figure it had (`與去年同期合併營收166.75億元相較`, `較去年同期的每股盈餘0.12元大幅下滑`, `較去年同期（獲利36.41億元）
  年減229%`): that figure is of the window a year before the sentence's; a change after the base (`較去年同期增加3億元`)
  stays the sentence's.
- **A record's horizon told with 近 and a verb:** `是近9年增产最多的` dates nothing — the horizon is no period of
  the figures after it (`早稻产量563.5亿斤` is this year's), and a run after it (`连续4年稳定在560亿斤以上`) ends
  this year; a plain `近5年，…` still dates its clause.
- **The day of saying is no period of the figures:** `中鋼9月營收…，不過，管理層今天表示，單月稅前淨損約9.81億元` — the
  month told before dates the loss, not the day management spoke; with no period before, `今天表示` still dates.
- **Years since an act told at a clause's head:** `作出碳达峰碳中和重大宣示五年来，…` (2025) is 2020/2025, as
  `建交50年来` counts back from the article's year (`提出`, `召开`, `印发`, `颁布` alike); inside a noun (`…提出5年来取得的
  重要成果`) it dates nothing, and the next sentence keeps its own years.
- **An average over the years at a clause's head:** `…,2014年,…比2009年增长了1.15倍,五年以来平均增速都在两位数以上,达到
  平均11.1%的增长速度` (told in 2015) — the five years ending with the article's year (sealed7's `N年来`), for the
  duration and the averages after it, whatever data year and base the sentence told before.
- **A month opening a short quoted name:** `苏州传统的“六月荷花市”…每天吸引游客近4万人次`, `代号为“七月风暴”的作战演习`:
  a fair's or a drill's name, no period; a quoted `“6月数据”` stays a month.
- **A day closing a window opened today:** `今天起至27日，南方将出现新一轮较强降雨` told on 24 June is the 27th of
  June, ahead — not of May, as a day later than the article's alone would be read.
- **Two ten-day periods in one:** `12 月中下旬` is the 11th to the month's end, `11月上中旬` the 1st to the 20th, one date
  over the phrase, as `中旬` alone is (the conventions' ten-day periods).
- **A horizon opened by a listing or the records' start:** `是公司2010年上市以來最大跌幅` dates nothing after it
  (`差過分析員預期跌三成` is the half's); a listing's year with no record after it (`2010年上市以來，累計派息…`) still
  opens the years since.
- **National anniversaries:** `迎接建军一百周年` told in 2026 is 2027 — the founding year every reader knows (建军
  1927, 中国共产党成立 1921, 新中国成立 1949, 抗战胜利 1945, 五四运动 1919) plus the years counted, as sealed14 labels it too;
  an anniversary of another founding stays the article's year, and so does another party's or army's (`朝鲜劳动党建党80周年`,
  `越南人民军建军80周年`).
- **A forecast of the year after a finer window:** `前三季度…，粮食产量今年预计将首次突破1.4万亿斤` is the whole
  year's forecast, not the three quarters'; without a forecast word the finer window told before stays.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None) -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _fact(text: str, surface: str, date: str | None = "2025-10-30") -> dict:
    return next(f for f in _facts(text, date) if f["surface"] == surface)


def _dates(text: str, date: str | None) -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] == "date"]


# ----------------------------------------------------------------------------- interim results

@pytest.mark.parametrize("text", [
    "中銀香港發布2023年中期業績,該集團期内取得淨經營收入308.38億港元,同比增加21.64%。",
    "中銀香港发布2023年中期业绩,该集团期内取得净经营收入308.38亿港元,同比增加21.64%。",
    "集團公布2023年中期報告,期內淨經營收入308.38億港元,同比增加21.64%。",
])
def test_interim_results_of_a_year_are_its_first_half(text: str) -> None:
    for f in _facts(text, None):
        assert f["period"] == "2023H1", f


def test_a_years_results_that_are_not_interim_stay_the_year() -> None:
    f = _fact("中銀香港發布2023年全年業績,淨經營收入308.38億港元。", "308.38億港元", None)
    assert f["period"] == "2023"


# ----------------------------------------------------------------------------- H1 and H2

def test_a_half_written_h1_after_its_year() -> None:
    text = "2024年H1,在营收下降11.9%的情况下,扣非净利润增长14.25%,利润率同比提高2.7个百分点。"
    assert [(d["surface"], d["value"]) for d in _dates(text, None)] == [("2024年H1", "2024H1")]
    assert {f["surface"]: f["period"] for f in _facts(text, None)} == {
        "11.9%": "2024H1", "14.25%": "2024H1", "2.7个百分点": "2024H1"}


def test_h2_is_the_second_half_and_h1n1_no_half() -> None:
    assert _fact("公司2023年H2营收增长5%。", "5%", None)["period"] == "2023H2"
    text = "2024年H1N1流感病例10例。"
    assert not any(d["value"] == "2024H1" for d in _dates(text, None))
    assert _fact(text, "10例", None)["period"] == "2024"


# ----------------------------------------------------------------------------- base values after their own noun

@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("長榮航（2618）2月合併營收達190.02億元，與去年同期合併營收166.75億元相較，年增率為13.96%。", "166.75億元",
     "2026-03-10", "2025-02"),
    ("中鋼公布2025年第三季財報，前三季每股虧損達0.27元，較去年同期的每股盈餘0.12元大幅下滑。", "0.12元",
     "2025-11-12", "2024Q1-Q3"),
    ("前9月累計營收達 2417.83 億元、年減12%，累計稅前淨損46.8億元，較去年同期（獲利36.41億元）年減229%。", "36.41億元",
     "2025-10-30", "2024-01/2024-09"),
])
def test_a_base_figure_after_its_own_noun_is_a_year_back(text: str, surface: str, date: str, period: str) -> None:
    assert _fact(text, surface, date)["period"] == period


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("長榮航2月合併營收達190.02億元，較去年同期增加3億元。", "3億元", "2025-02"),
    ("長榮航2月合併營收達190.02億元，與去年同期相較，年增率為13.96%。", "13.96%", "2025-02"),
])
def test_a_change_after_the_same_period_stays_the_sentences(text: str, surface: str, period: str) -> None:
    assert _fact(text, surface, "2025-03-10")["period"] == period


# ----------------------------------------------------------------------------- horizons with 近

def test_a_near_horizon_with_a_record_dates_nothing() -> None:
    text = ("今年我国夏粮早稻已经丰收到手，夏粮产量2995.6亿斤，比上年增加72.5亿斤，是近9年增产最多的；"
            "早稻产量563.5亿斤，连续4年稳定在560亿斤以上。")
    got = {f["surface"]: f["period"] for f in _facts(text, "2024-10-25")}
    assert got["近9年"] is None
    assert got["563.5亿斤"] == "2024"
    assert got["560亿斤以上"] == "2021/2024"


def test_a_near_horizon_at_a_clause_head_still_dates_it() -> None:
    assert _fact("近5年，全市新增就业岗位12万个。", "12万个", "2024-10-25")["period"] == "2020/2024"


# ----------------------------------------------------------------------------- a forecast of the year

def test_a_forecast_of_the_year_after_a_finer_window() -> None:
    text = "前三季度我国农业农村发展保持稳中向好的势头，粮食产量今年预计将首次突破1.4万亿斤。"
    assert _fact(text, "1.4万亿斤", "2024-10-25")["period"] == "2024"


def test_a_year_after_a_finer_window_without_a_forecast_keeps_the_window() -> None:
    text = "今年1—5月，全省投资增长5%，2024年新增就业12万人。"
    assert _fact(text, "12万人", "2024-06-20")["period"] == "2024-01/2024-05"


# ----------------------------------------------------------------------------- the day of saying

def test_the_day_of_saying_after_a_month_is_no_period() -> None:
    text = ("中鋼（2002）9月營收243.85億元，創63個月新低，月減1.4%、年減8.8%，不過，管理層今天表示，"
            "單月稅前淨損約9.81億元，較8月虧損收斂，改善24%。")
    assert _fact(text, "約9.81億元")["period"] == "2025-09"
    assert _fact(text, "24%")["period"] == "2025-09"


def test_the_day_of_saying_alone_still_dates() -> None:
    assert _fact("商务部今天表示，外资企业新增1000家。", "1000家")["period"] == "2025-10-30"


# ----------------------------------------------------------------------------- years since an act

@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("白皮书强调，作出碳达峰碳中和重大宣示五年来，中国推动绿色低碳转型取得历史性成就。", "2025-11-08", "五年", "2020/2025"),
    ("全球发展倡议提出3年来，已经动员近200亿美元发展资金，开展了1100多个项目。", "2024-10-25", "1100多个", "2021/2024"),
    ("上一次推动中部地区崛起座谈会召开5年来，中部区域经济总体平稳。", "2024-03-21", "5年", "2019/2024"),
])
def test_years_since_an_act_at_a_clause_head(text: str, date: str, surface: str, period: str) -> None:
    assert _fact(text, surface, date)["period"] == period


def test_years_since_an_act_inside_a_noun_date_nothing_after() -> None:
    text = ("国家发展改革委今天（8月15日）发布了碳达峰碳中和重大宣示提出5年来取得的重要成果。"
            "我国煤炭消费比重由2020年的56.8%下降到2024年的53.2%，非化石能源消费比重由15.9%提高到19.8%。")
    got = {f["surface"]: f["period"] for f in _facts(text, "2025-08-15")}
    assert got["5年"] is None
    assert (got["15.9%"], got["19.8%"]) == ("2020", "2024")


# ----------------------------------------------------------------------------- an average over the years

def test_an_average_over_the_years_at_a_clause_head() -> None:
    text = ("2014年,新疆地区生产总值达到了9273.46亿元,比上年增长10%,比2009年增长了1.15倍,"
            "五年以来平均增速都在两位数以上,达到平均11.1%的增长速度,比全国的平均增长速度高出了2.5个百分点。")
    got = {f["surface"]: f["period"] for f in _facts(text, "2015-09-24")}
    assert got["9273.46亿元"] == "2014"
    assert got["五年"] == got["11.1%"] == got["2.5个百分点"] == "2011/2015"


# ----------------------------------------------------------------------------- quoted names

@pytest.mark.parametrize(("text", "surface"), [
    ("这个夏天，苏州传统的“六月荷花市”成了热门的旅游打卡地，每天吸引游客近4万人次。", "近4万人次"),
    ("俄海军举行代号为“七月风暴”的作战演习，约1.5万名军人参加。", "约1.5万名"),
])
def test_a_month_opening_a_quoted_name_dates_nothing(text: str, surface: str) -> None:
    assert _fact(text, surface, "2026-07-22")["period"] is None


def test_a_quoted_month_of_data_stays_a_month() -> None:
    assert _fact("国家统计局“6月数据”显示增长5%。", "5%", "2026-07-22")["period"] == "2026-06"


# ----------------------------------------------------------------------------- a window opened today

@pytest.mark.parametrize(("text", "date", "day"), [
    ("今天起至27日，南方将出现新一轮较强降雨。", "2025-06-24", "2025-06-27"),
    ("俄海军今日起至27日在太平洋举行作战演习。", "2025-07-23", "2025-07-27"),
    ("中央气象台预计，明天起至5日，我国中东部大部气温将快速升温。", "2026-05-03", "2026-05-05"),
])
def test_a_day_closing_a_window_opened_today_is_ahead(text: str, date: str, day: str) -> None:
    assert [d["value"] for d in _dates(text, date) if d["surface"].endswith("日") and "今" not in d["surface"]] == [day]


def test_a_cutoff_day_later_than_the_article_is_still_the_month_before() -> None:
    assert [d["value"] for d in _dates("截至27日，累计降雨量50毫米。", "2025-06-24")] == ["2025-05-27"]


# ----------------------------------------------------------------------------- two ten-day periods

@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("由於 12 月中下旬是長程線傳統耶誕假期旺季，北美客運需求強勁。", "2026-01-10", "12 月中下旬", "2025-12-11/2025-12-31"),
    ("11月上中旬，五个城市商品消费额同比增长5.9%。", "2024-12-01", "11月上中旬", "2024-11-01/2024-11-20"),
    ("预计2月中下旬将到达顶峰。", "2025-12-20", "2月中下旬", "2026-02-11/2026-02-28"),
])
def test_two_ten_day_periods_are_one_date(text: str, date: str, surface: str, period: str) -> None:
    assert [d["period"] for d in _dates(text, date) if d["surface"] == surface] == [period]


def test_figures_after_two_ten_day_periods_take_their_days() -> None:
    assert _fact("11月上中旬，五个城市商品消费额同比增长5.9%。", "5.9%", "2024-12-01")["period"] == "2024-11-01/2024-11-20"


# ----------------------------------------------------------------------------- horizons opened by an event

def test_a_horizon_opened_by_a_listing_dates_nothing_after_it() -> None:
    text = "上半年友邦新業務價值14.1億美元,以實質匯率計算,按年跌38%,是公司2010年上市以來最大跌幅,差過分析員預期跌三成。"
    assert _fact(text, "三成", "2020-08-21")["period"] == "2020H1"


def test_a_listing_year_without_a_record_opens_the_years_since() -> None:
    assert _fact("公司2010年上市以來，累計派息50億元。", "50億元", "2020-08-21")["period"] == "2010/2020"


# ----------------------------------------------------------------------------- national anniversaries

@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("以崭新政治面貌迎接建军一百周年。", "2026-07-30", "一百周年", "2027"),
    ("以优异成绩迎接建军100周年。", "2025-08-18", "100周年", "2027"),
    ("今年是新中国成立75周年，是五四运动105周年。", "2024-10-01", "105周年", "2024"),
    ("2021年是“十四五”开局之年,也是建党100周年。", "2021-03-05", "100周年", "2021"),
    ("两国建交50周年。", "2026-07-30", "50周年", "2026"),
    ("李强热烈祝贺朝鲜劳动党建党80周年。", "2025-10-10", "80周年", "2025"),
    ("越南人民军建军80周年。", "2024-12-22", "80周年", "2024"),
])
def test_a_national_anniversary_falls_in_its_founding_year_plus_the_count(
        text: str, date: str, surface: str, period: str) -> None:
    assert _fact(text, surface, date)["period"] == period
