"""Period, base and change forms a fresh sample (sealed39) showed misread, each as its class (sentences written for
the tests, in the registers of the sample: State Council meetings, investment banks' forecasts, Taiwan's house-price
index, farm-price bulletins, Taiwan's port statistics).

- **The quarter just ahead:** `在第四季度，缓缴…14项行政事业性收费` told on 27 September is this year's fourth quarter,
  as `10月` told then is this year's October (the month right after the article's); a quarter further ahead stays
  last year's (its figures exist once it has ended).
- **A forecast named as a noun:** `上调全年经济增长预测0.5个百分点` told in March or May — this year's 全年, as
  `预计全年…` is.
- **A time returned to or surpassed:** `均價回到一年前`, `重回去年水準`, `超越去年獲利總和` — a level compared with a
  past time's; the year it names dates no later figure of the sentence (`…第三季國泰房地產指數` stays this year's,
  `每股純益46.75元` after `前三季…，超越去年獲利總和` the first three quarters').
- **A rate ranked, then its figure:** `东北地区环比跌幅最大,为3.1%;西南地区跌幅最小,为0.2%` — falls (and 环比's base),
  as `跌幅为3.1%` is, and `GDP增速最快的是兴安盟,为8.0%` (the place named); only a superlative carries the rate over
  the comma.
- **Bases:** a gloss in brackets after the base (`比上月(简称环比,下同)下跌1.4%`); an adverb between the base and its
  verb (`較去年同期持續滑落`, `爆發性成長`; 滑落 falls); a clause of the base and its level, then the change
  (`較去年同期二百二十六萬…TEU,成長十九點八六%`, `較去年同期(…TEU),增加五點七%`); a rate after a compared change
  (`較去年同期增加21.3萬，成長5.47 %`); a list after its base and intro (`均較去年同期下滑,依序是:高雄…(+2.77%)`); and
  the base's own level in brackets is no change (`女性人口(36.83萬人)多於男性(31.83萬人)`, `高于全国(3.9%)`).
- **Undated pages:** a yearless month beside last year's same month written with its number in brackets
  (`相較去(113)年同月及累計一至二月` → 2025-01/2025-02), as beside `2024年同月`.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = "2026-01-20") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _fact(text: str, surface: str, date: str | None = "2026-01-20") -> dict:
    return next(f for f in _facts(text, date) if f["surface"] == surface)


def _date(text: str, surface: str, date: str | None) -> dict:
    return next(f for f in extract(text, date=date) if f["kind"] == "date" and f["surface"] == surface)


@pytest.mark.parametrize(("date", "quarter"), [
    ("2022-09-27", "2022Q4"),
    ("2023-03-20", "2023Q2"),
    ("2025-06-28", "2025Q3"),
])
def test_the_quarter_starting_next_month_is_this_years(date: str, quarter: str) -> None:
    name = {"Q4": "第四季度", "Q2": "第二季度", "Q3": "第三季度"}[quarter[4:]]
    text = f"在{name}，缓缴耕地开垦费、污水处理费等14项行政事业性收费，规模530多亿元。"
    assert _date(text, name, date)["period"] == quarter
    assert _fact(text, "530多亿元", date)["period"] == quarter


def test_a_quarter_further_ahead_is_last_years() -> None:
    text = "第四季度，全市规模以上工业增加值增长5.1%。"
    assert _fact(text, "5.1%", "2022-08-01")["period"] == "2021Q4"


def test_a_quarter_just_ended_is_this_years() -> None:
    assert _fact("第三季度，全市规模以上工业增加值增长5.1%。", "5.1%", "2022-10-20")["period"] == "2022Q3"


@pytest.mark.parametrize("date", ["2025-03-29", "2025-05-29"])
def test_a_forecast_named_as_a_noun_is_this_years_full_year(date: str) -> None:
    text = "国际投行摩根士丹利日前发布的研报提出，中国一季度经济表现超预期，因此上调全年经济增长预测0.5个百分点。"
    assert _fact(text, "0.5个百分点", date)["period"] == date[:4]


def test_a_full_year_measured_early_in_the_year_is_still_last_years() -> None:
    text = "全年全市地区生产总值2458.8亿元，按不变价格计算，比上年增长2.3%。"
    assert _fact(text, "2.3%", "2025-03-10")["period"] == "2024"


@pytest.mark.parametrize("back", ["回到一年前", "重回去年水準"])
def test_a_time_returned_to_does_not_date_a_later_quarter(back: str) -> None:
    text = f"第三季全國新建案每坪均價{back},根據最新發布的第三季國泰房地產指數,新竹縣市銷售率達8.62%。"
    assert _fact(text, "8.62%", "2025-10-30")["period"] == "2025Q3"


def test_a_year_surpassed_does_not_date_the_figures_after_it() -> None:
    text = "前三季稅後純益1.21兆元，超越去年獲利總和，每股純益46.75元，為同期新高。"
    assert _fact(text, "46.75元", "2025-10-17")["period"] == "2025Q1-Q3"


# ----------------------------------------------------------------------------- changes and bases

@pytest.mark.parametrize(("text", "surface", "change", "base"), [
    ("从区域看,东北地区环比跌幅最大,为3.1%;西南地区跌幅最小,为0.2%。", "3.1%", "down", "上月"),
    ("从区域看,东北地区环比跌幅最大,为3.1%;西南地区跌幅最小,为0.2%。", "0.2%", "down", None),
    ("分地区看，华东地区涨幅最大，达4.5%。", "4.5%", "up", None),
])
def test_a_rate_ranked_then_its_figure(text: str, surface: str, change: str, base: str | None) -> None:
    f = _fact(text, surface)
    assert (f["change"], f["base"]) == (change, base)


@pytest.mark.parametrize(("text", "surface", "change"), [
    ("GDP增速最快的是兴安盟,为8.0%;其次阿拉善盟和呼和浩特市。", "8.0%", "up"),
    ("跌幅最大的是东北地区，为3.1%。", "3.1%", "down"),
    ("增速最快的是兴安盟、阿拉善盟,分别为8.0%和7.1%。", "7.1%", "up"),
])
def test_the_place_with_the_most_rate_then_its_figure(text: str, surface: str, change: str) -> None:
    assert _fact(text, surface)["change"] == change


def test_a_rate_not_ranked_as_the_most_reads_no_change_across_the_comma() -> None:
    assert _fact("华东地区涨幅较大,为3.1%。", "3.1%")["change"] is None


@pytest.mark.parametrize(("text", "surface", "base"), [
    ("全国活猪平均价格为每公斤18.36元,比上月(简称环比,下同)下跌1.4%,比上年同期(简称同比,下同)上涨2.3%。", "1.4%", "上月"),
    ("全国活猪平均价格为每公斤18.36元,比上月(简称环比,下同)下跌1.4%,比上年同期(简称同比,下同)上涨2.3%。", "2.3%", "上年同期"),
    ("全国玉米平均价格为每斤1.2元，比上年同期（以下简称同比，下同）上涨2.3%。", "2.3%", "上年同期"),
])
def test_a_gloss_in_brackets_after_the_base(text: str, surface: str, base: str) -> None:
    assert _fact(text, surface)["base"] == base


@pytest.mark.parametrize(("text", "surface", "change", "base"), [
    ("前八月櫃量累計899.3萬TEU較去年同期持續滑落十點七三個百分點。", "十點七三個百分點", "down", "去年同期"),
    ("生醫園區營業額更是較去年同期爆發性成長565.6%。", "565.6%", "up", "去年同期"),
    ("營收較去年同期持續成長12%。", "12%", "up", "去年同期"),
])
def test_an_adverb_between_the_base_and_its_verb(text: str, surface: str, change: str, base: str) -> None:
    f = _fact(text, surface, "2024-12-26")
    assert (f["change"], f["base"]) == (change, base)


def test_a_level_reached_by_sliding_is_no_change() -> None:
    assert _fact("市占率滑落至3.6%。", "3.6%")["change"] is None


@pytest.mark.parametrize(("text", "surface", "base"), [
    ("我國今年前十一個月四個商港「兩岸海運直航貨櫃裝卸量」總計二百七十一萬零一百九十七TEU,較去年同期二百二十六萬一千一百五十二TEU,"
     "成長十九點八六%。", "十九點八六%", "去年同期"),
    ("我國今年前五個月「兩岸海運直航貨櫃裝卸量」總計一百零八萬六千八百零一TEU,較去年同期(一百零二萬八千一百七十二TEU),增加五點七%。",
     "五點七%", "去年同期"),
    ("十一月「兩岸海運直航貨櫃裝卸量」,總計二十四萬九千九百三十六TEU,較去年同月二十三萬六千五百三十TEU,增加五點六七%。",
     "五點六七%", "去年同月"),
    ("總計271萬TEU,較去年同期226萬TEU,成長19.86%。", "19.86%", "去年同期"),
])
def test_a_clause_of_the_base_and_its_level_then_the_change(text: str, surface: str, base: str) -> None:
    f = _fact(text, surface, "2024-12-26")
    assert (f["change"], f["base"]) == ("up", base)


def test_a_rate_after_a_compared_change_shares_its_base() -> None:
    text = "住宿人次412.5萬，較去年同期增加21.3萬，成長5.47 %；外國旅客人次73萬，較去年同期增加7.6萬，成長11.6 %。"
    assert [(f["surface"], f["base"]) for f in _facts(text, "2025-08-10") if f["kind"] == "percent"] == \
        [("5.47 %", "去年同期"), ("11.6 %", "去年同期")]


def test_a_clause_with_a_change_of_its_own_lends_no_base() -> None:
    text = "總計271萬TEU,較去年同期減少1%,成長趨緩。"
    assert _fact(text, "1%", "2024-12-26")["base"] == "去年同期"


def test_a_list_after_its_base_and_its_intro_takes_that_base() -> None:
    text = ("統計指出,前兩月四大港櫃量僅高雄港維持成長,其他三港均較去年同期下滑,依序是:高雄147.4萬TEU(+2.77%)、"
            "台中23.7萬TEU(-6.76%)、基隆23.4萬TEU(-2.85%)。")
    assert [(f["change"], f["base"]) for f in _facts(text, "2025-03-20") if f["kind"] == "percent"] == \
        [("up", "去年同期"), ("down", "去年同期"), ("down", "去年同期")]


def test_a_list_after_a_colon_with_no_base_before_it_takes_none() -> None:
    text = "前兩月四大港櫃量依序是:高雄147.4萬TEU(+2.77%)、台中23.7萬TEU(-6.76%)。"
    assert [f["base"] for f in _facts(text, "2025-03-20") if f["kind"] == "percent"] == [None, None]


def test_a_level_of_the_base_in_brackets_is_no_change() -> None:
    text = "性別佔比方面,女性人口(36.83萬人)多於男性(31.83萬人),佔53.6%。"
    f = _fact(text, "31.83萬人")
    assert (f["change"], f["base"]) == (None, None)
    g = _fact("累计增速高于全国(3.9%)3.6个百分点。", "3.9%")
    assert (g["change"], g["base"]) == (None, None)
    assert _fact("累计增速高于全国(3.9%)3.6个百分点。", "3.6个百分点")["base"] == "全国"


# ----------------------------------------------------------------------------- undated pages

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("交通部統計,上(二)月份我國際商港貨櫃量比前(一)月回落,相較去(113)年同月及累計一至二月櫃量則呈小幅成長。", "一至二月", "2025-01"),
    ("我港埠貨櫃裝卸量上(八)月較前(七)月升高,但比去(111)年同月走低,累計一至八月櫃量較去年同期降幅近百分之十一。", "一至八月", "2023-01"),
    ("累計1至2月櫃量比去(2024)年同期成長5%。", "1至2月", "2025-01"),
])
def test_an_undated_month_beside_last_years_same_month_in_brackets(text: str, surface: str, value: str) -> None:
    assert _date(text, surface, None)["value"] == value


def test_an_undated_month_with_no_year_in_its_sentence_has_no_value() -> None:
    assert _date("累計一至二月櫃量比去年同期成長5%。", "一至二月", None)["value"] is None


# ----------------------------------------------------------------------------- more periods

def test_a_cutoff_day_before_a_release_is_still_a_cutoff() -> None:
    text = "根据相关统计,截至30日公布的中报,大约27家钢铁类上市公司业绩出现不同程度下降。"
    assert _fact(text, "大约27家", "2011-09-01")["period"] == "2011-08-30"


def test_a_release_day_alone_dates_no_figure() -> None:
    text = "30日公布的中报显示,大约27家钢铁类上市公司业绩下降。"
    assert _fact(text, "大约27家", "2011-09-01")["period"] is None


def test_those_who_spent_the_spring_festival_are_counted_over_its_holiday() -> None:
    f = _fact("在线旅游平台数据显示，今年到中国过春节的外国人同比增长了1.5倍。", "1.5倍", "2025-02-06")
    assert f["period"] == "2025-01-28/2025-02-04"
    assert "过春节" in f["subject"]


def test_a_forecast_of_the_full_year_dates_no_figure_after_its_clause() -> None:
    text = ("高雄市今年上半年主要觀光遊憩據點遊客人次，駁二以六○三．六萬人次領先，全年有機會直逼千萬人次；"
            "旗津風景區則持續低迷，只有二六○．二萬人次。")
    assert _fact(text, "二六○．二萬人次", "2025-08-20")["period"] == "2025H1"
    assert _fact("今年上半年營收120億元，全年可望突破250億元。", "250億元", "2025-08-20")["period"] == "2025"


def test_a_full_year_forecast_goes_on_across_a_comma() -> None:
    text = "預期2025年下半年海外廠產能提升帶來的毛利率稀釋約為2%，全年預估介於1%至2%，低於之前的2%至3%。"
    assert _fact(text, "2%至3%", "2025-07-18")["period"] == "2025"


@pytest.mark.parametrize("surface", ["1.518基點", "0.33482厘"])
def test_a_day_a_record_is_counted_after_dates_nothing(surface: str) -> None:
    text = "隔夜息報0.16423厘，跌2.994基點，是8月6日後最低；一周拆息跌1.518基點，報0.33482厘。"
    assert _fact(text, surface, "2025-08-12")["period"] is None


def test_a_month_a_record_is_counted_after_leaves_the_sentences_month() -> None:
    assert _fact("今年7月，出口額報120億元，是3月之後新高。", "120億元", "2025-08-12")["period"] == "2025-07"
