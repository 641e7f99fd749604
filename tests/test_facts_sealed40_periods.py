"""Period, base, change and date forms a fresh sample (sealed40) showed misread, each as its class (sentences written
for the tests, in the registers of the sample: Hong Kong and Taiwan company results, provincial harvest bulletins,
Taiwan's monthly sales, weather forecasts).

- **More or less with no base written:** Hong Kong and Taiwan results tell a change by 多/少 alone right before a figure
  that closes its clause (`純利少6.94%`, `股息0.64元，多三成`, `按年多賺64%`, `多賺八成半`, `按年多蝕3倍` — the loss grew);
  so do fiscal notes (`外币资产少76亿元`, `運作開支則少逾三十三萬`). Bounds and quantities (`至少`, `最多`, `不少`, `许多`)
  and new things counted (`多了3400多个口袋公园`) are no change.
- **A harvest's rate after its amount:** `比上年减少56.32亿斤,减产4.1%`, `比上年减少77.19万亩,减幅0.9%`,
  `相較前一年同期則減少74.87億元，減幅19.6%` — the rate is over the amount's base, as `增长1.3%` after `增产9.89亿斤` is.
- **A forecast from flat to a rise:** `較第3季持平至成長6%` — the base is 第3季.
- **A span of days whose first day leaves its 日 to the second:** `14—16日主要影响北方大部` told on 14 March is
  2024-03-14/2024-03-16 (not the 16th of February), and dates the figures after it in its sentence.
- **Periods:** the base's own figure before a widened or narrowed loss (`比2020年亏损118亿元有所扩大` → 2020); an area
  contracted or sold is a flow (`2026年1月份公司实现签约面积73万平方米`, `合同销售建筑面积约4389万平方米`), a building's
  `建筑面积` stays its size; `昨股價` is yesterday's price; a record's horizon told before its figure
  (`2009年以来首次跌破每桶45美元`) dates nothing; `去年` after `截至2016年6月30日止年度` is the fiscal year before;
  `过去五年` told in December ends with that year; a period inside a theme's quotes (`以“…携手‘十五五’…”为主题`)
  dates nothing; a base year named by its event (`以…会晤的2009年为基期值100点`) dates only the base value; a company's
  `全年`/`年內` results told from July to November in a sentence naming no year are of a fiscal year it does not name;
  a window inside a deduction (`若扣除新光金去年前六月虧損295.47億元，獲利總計為…`) dates only what it deducts.
- **A level its object was moved to:** `上调全年销售目标至190亿元`, `提高准备金利率至3.9%` — a level, no change (as
  `下调至1.8%`); a rate reached (`减少幅度可能达到25%`) stays the fall.
- **A past year evoked as a model** (`可能上演2022年大多頭行情，第2季…`) is no year of the quarter after it, and the
  basis a rule reckons from (`必須按照去年底稅前盈餘提存30%`) is no period of the figures.
- **The next days of a forecast:** `未来三天` is the three days the sentence names after it (`…14—16日…`), else the three
  from the morrow (sealed39); only the duration takes it.
- **An anniversary counted from a founding told with 以來** (`自1946年創立以來的80周年`, told in 2026) is 2026, as
  `1946年創立，…80周年` is.
- **A scheme's classes counted as of a day** (`截至10月24日，…购买了八大类家电产品1984.3万台`): a label of the scheme, no
  stock of the day (the sets leave 11 of 16 such counts without period); a scope set from a day keeps it.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = "2026-03-12") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _fact(text: str, surface: str, date: str | None = "2026-03-12") -> dict:
    return next(f for f in _facts(text, date) if f["surface"] == surface)


def _date(text: str, surface: str, date: str | None) -> dict:
    return next(f for f in extract(text, date=date) if f["kind"] == "date" and f["surface"] == surface)


# ----------------------------------------------------------------------------- more or less

@pytest.mark.parametrize(("text", "surface", "change", "base"), [
    ("港鐵公布全年業績，期內總收入按年減少7.58%，至554.65億元，純利少6.94%，至146.77億元。", "6.94%", "down", None),
    ("集團車務營運收入雖然多2.5%，至235.95億元。", "2.5%", "up", None),
    ("每股盈利165.5仙；第二次中期股息0.64元，多三成。", "三成", "up", None),
    ("港鐵去年勁賺逾168億元,按年多賺64%,好過市場預期。", "64%", "up", "上年同期"),
    ("中電控股去年多賺八成半 ,純利為112億元。", "八成半", "up", None),
    ("期内香港车务录得营办亏损2.54亿元，按年多蚀3倍。", "3倍", "up", "上年同期"),
    ("其中,外币资产少76亿元,港元资产亦少365亿元。", "365亿元", "down", None),
    ("深水埗以2.41萬元排第二低的地區,按年亦多1300元。", "1300元", "up", "上年同期"),
    ("設施與設備減少逾七十萬元;運作開支則少逾三十三萬。", "逾三十三萬", "down", None),
    ("若和如今金價對照，少賺1倍。", "1倍", "down", None),
])
def test_more_or_less_with_no_base_is_a_change(text: str, surface: str, change: str, base: str | None) -> None:
    f = _fact(text, surface)
    assert (f["change"], f["base"]) == (change, base)


@pytest.mark.parametrize(("text", "surface"), [
    ("至少30%的企业参与了调查。", "至少30%"),
    ("每个展区最多5家企业。", "最多5家"),
    ("这一年，街头巷尾多了3400多个口袋公园。", "3400多个"),
    ("育儿家庭每月多了300元补贴。", "300元"),
    ("卫星遥感影像清晰地记录了玛多近十年的变化。", "近十年"),
])
def test_bounds_and_new_things_are_no_change(text: str, surface: str) -> None:
    assert _fact(text, surface)["change"] is None


# ----------------------------------------------------------------------------- bases

@pytest.mark.parametrize(("text", "surface", "change", "base"), [
    ("2021年,河南粮食总产量为1308.84亿斤,比上年减少56.32亿斤,减产4.1%。", "4.1%", "down", "上年"),
    ("秋粮总产量为548.20亿斤,比上年减少66.21亿斤,减产10.8%。", "10.8%", "down", "上年"),
    ("夏粮总产量为760.64亿斤,比上年增产9.89亿斤,增产1.3%。", "1.3%", "up", "上年"),
    ("今年河南夏粮播种面积8577.97万亩,比上年减少77.19万亩,减幅0.9%。", "0.9%", "down", "上年"),
    ("單月合併營收307.06億元，較上月增加30.73億元，增幅11.12%，相較前一年同期則減少74.87億元，減幅19.6%。",
     "19.6%", "down", "前一年同期"),
])
def test_a_rate_after_a_compared_amount_takes_its_base(text: str, surface: str, change: str, base: str) -> None:
    f = _fact(text, surface, "2022-01-20")
    assert (f["change"], f["base"]) == (change, base)


def test_a_forecast_from_flat_to_a_rise_is_against_the_quarter_named() -> None:
    text = "第4季營收將介於新台幣1421億元至1501億元，較第3季持平至成長6%。"
    f = _fact(text, "6%", "2025-10-30")
    assert (f["change"], f["base"], f["period"]) == ("up", "第3季", "2025Q4")


# ----------------------------------------------------------------------------- spans of days

@pytest.mark.parametrize(("text", "surface", "period"), [
    ("中央气象台预计，一股冷空气将自西向东影响我国大部，14—16日主要影响北方大部，气温将普遍下降4—6℃。", "14—16日",
     "2024-03-14/2024-03-16"),
    ("受冷空气影响，14—17日，新疆、内蒙古、甘肃等地将有一次沙尘天气过程。", "14—17日", "2024-03-14/2024-03-17"),
    ("8-10日，北方大部出现降温。", "8-10日", "2024-03-08/2024-03-10"),
])
def test_a_span_of_days_with_one_day_word(text: str, surface: str, period: str) -> None:
    assert _date(text, surface, "2024-03-14")["period"] == period


def test_a_span_of_days_with_one_day_word_dates_the_figures_after_it() -> None:
    text = "中央气象台预计，一股冷空气将自西向东影响我国大部，14—16日主要影响北方大部，气温将普遍下降4—6℃。"
    f = _fact(text, "4—6℃", "2024-03-14")
    assert (f["period"], f["change"]) == ("2024-03-14/2024-03-16", "down")


def test_a_length_is_no_span_of_days() -> None:
    assert not any(f["kind"] == "date" and f["surface"].startswith("3") for f in extract("病程持续3—5日。", date="2024-03-14"))


# ----------------------------------------------------------------------------- periods

def test_the_base_figure_before_a_loss_widened_is_the_bases_year() -> None:
    text = "东方航空公布,截至去年12月31日止年度亏损约122.14亿元,比2020年亏损118亿元有所扩大,每股亏损0.73元。"
    assert _fact(text, "118亿元", "2022-03-31")["period"] == "2020"


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("2月9日,保利发展发布公告,2026年1月份公司实现签约面积73万平方米,同比减少5.45%。", "73万平方米", "2026-01"),
    ("2月9日,保利发展发布公告,2026年1月份公司实现签约面积73万平方米,同比减少5.45%。", "5.45%", "2026-01"),
    ("2018年上半年,碧桂园合同销售金额约4124.9亿元,合同销售建筑面积约4389万平方米。", "约4389万平方米", "2018H1"),
])
def test_an_area_contracted_or_sold_is_a_flow(text: str, surface: str, period: str) -> None:
    assert _fact(text, surface, "2026-02-10")["period"] == period


def test_a_buildings_floor_area_stays_its_size() -> None:
    assert _fact("2018年,该项目建筑面积约4389万平方米。", "约4389万平方米", "2026-02-10")["period"] is None


def test_yesterdays_share_price() -> None:
    f = _fact("以昨股價跌1.5%，至34.6元計，股息率3.8厘。", "34.6元", "2026-03-13")
    assert f["period"] == "2026-03-12"


@pytest.mark.parametrize("surface", ["45美元", "43美元"])
def test_a_records_horizon_before_the_figure_dates_nothing(surface: str) -> None:
    text = "美国基准原油期货跌破每桶40美元,布伦特原油期货2009年以来首次跌破每桶45美元,收盘跌破每桶43美元。"
    assert _fact(text, surface, "2015-08-25")["period"] is None


def test_a_since_span_with_no_record_still_dates() -> None:
    assert _fact("2018年以来，国家层面已开展10批药品集采。", "10批", "2025-07-15")["period"] == "2018/2025"


@pytest.mark.parametrize("date", [None, "2016-09-08"])
def test_last_year_after_a_year_to_june_is_the_fiscal_year_before(date: str | None) -> None:
    text = "新鸿基地产公布,截至2016年6月30日止年度,可拨归公司股东基础溢利为241.7亿港元,去年为198.25亿港元。"
    assert _fact(text, "241.7亿港元", date)["period"] == "2015-07/2016-06"
    assert _fact(text, "198.25亿港元", date)["period"] == "2014-07/2015-06"


def test_last_year_after_a_calendar_year_ended_is_the_year_before_it() -> None:
    text = "截至2016年12月31日止年度,集团基础溢利为241.7亿港元,去年为198.25亿港元。"
    assert _fact(text, "198.25亿港元", "2017-03-08")["period"] == "2015"


@pytest.mark.parametrize(("date", "period"), [("2022-12-07", "2018/2022"), ("2021-12-15", "2017/2021"),
                                              ("2023-03-06", "2018/2022"), ("2022-10-17", None)])
def test_the_past_five_years_told_at_a_years_end_or_start(date: str, period: str | None) -> None:
    f = next(f for f in extract("习近平指出，过去五年极不寻常、极不平凡。", date=date) if f["kind"] == "duration")
    assert f["period"] == period


def test_a_plan_inside_a_themes_quotes_dates_nothing() -> None:
    # (the attendance is the report's day, as sealed40 labels it: tests/test_facts_periods52.py — not the plan's years)
    text = "本届峰会以“跨国公司与中国——携手‘十五五’向新向未来”为主题，来自政府部门、国际组织等700余人参加。"
    assert _fact(text, "700余人", "2026-06-17")["period"] == "2026-06-17"


def test_a_base_year_named_by_its_event_dates_only_the_base_value() -> None:
    text = "该指数以金砖国家领导人首次会晤的2009年为基期值100点，经过16年发展，指数增长到301.51点，进出口值累计增长超3倍。"
    assert _fact(text, "100点", "2025-09-10")["period"] == "2009"
    assert _fact(text, "301.51点", "2025-09-10")["period"] is None
    assert _fact(text, "超3倍", "2025-09-10")["period"] is None


@pytest.mark.parametrize(("text", "surface"), [
    ("期內，集團全年收入為797.2億元，按年升11.5%。", "797.2億元"),
    ("物業發展業務方面，年內物業銷售溢利為82.9億元，上升5.6%。", "82.9億元"),
])
def test_a_companys_year_of_results_told_mid_year_is_a_fiscal_year_unnamed(text: str, surface: str) -> None:
    f = _fact(text, surface, "2025-09-04")
    assert f["period"] is None
    assert "年內" not in (f["subject"] or "")


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("期內，集團全年收入為797.2億元，按年升11.5%。", "797.2億元", "2026-03-11", "2025"),
    ("预计全年收入增长5%。", "5%", "2025-09-04", "2025"),
    ("年内全市农民收入增长8%。", "8%", "2025-09-04", "2025"),
])
def test_a_full_year_early_in_the_next_a_forecast_or_a_regions_year_keep_theirs(
        text: str, surface: str, date: str, period: str) -> None:
    assert _fact(text, surface, date)["period"] == period


def test_a_window_inside_a_deduction_dates_only_what_it_deducts() -> None:
    text = ("13家上市金控去（2025）年12月稅後淨利，合計258.28億元，全年賺進5863.18億元，年增率1.55%，"
            "若扣除新光金去年前六月虧損295.47億元，獲利總計為5567.69億元，13家公控有八家創史上新高。")
    assert _fact(text, "295.47億元", "2026-01-12")["period"] == "2025-01/2025-06"
    assert _fact(text, "5567.69億元", "2026-01-12")["period"] == "2025"
    assert _fact(text, "八家", "2026-01-12")["period"] == "2025"


# ----------------------------------------------------------------------------- levels reached

@pytest.mark.parametrize(("text", "surface"), [
    ("保利置业因此上调全年销售目标至190亿元。", "190亿元"),
    ("美联储宣布同步提高准备金利率至3.9%,上调贴现窗口一级信贷利率至4%。", "3.9%"),
    ("英国央行下调基准利率至4%。", "4%"),
])
def test_a_level_its_object_was_moved_to_is_no_change(text: str, surface: str) -> None:
    assert _fact(text, surface)["change"] is None


@pytest.mark.parametrize(("text", "surface", "change"), [
    ("今年美国集装箱运输量减少幅度可能达到25%。", "25%", "down"),
    ("央行下调存款准备金率0.5个百分点。", "0.5个百分点", "down"),
])
def test_a_rate_reached_or_a_move_by_stays_a_change(text: str, surface: str, change: str) -> None:
    assert _fact(text, surface)["change"] == change


def test_a_past_year_evoked_as_a_model_is_no_year_of_the_quarter_after_it() -> None:
    text = "業界推估海、空運接下來可能上演2022年大多頭行情，第2季貨櫃三雄的營收表現令法人期待。"
    assert _date(text, "第2季", "2026-03-10")["period"] == "2026Q2"


# ----------------------------------------------------------------------------- the next days

@pytest.mark.parametrize(("text", "date", "period"), [
    ("中央气象台预计，未来三天，一股冷空气将自西向东影响我国大部，14—16日主要影响北方大部，气温将普遍下降4—6℃。",
     "2024-03-14", "2024-03-14/2024-03-16"),
    ("未来三天，华南、江南、江汉等地仍多较强降雨天气。", "2026-07-20", "2026-07-21/2026-07-23"),
    ("预计未来两天，寒潮将继续东移南下影响我国。", "2025-12-31", "2026-01-01/2026-01-02"),
])
def test_the_next_days_of_a_forecast(text: str, date: str, period: str) -> None:
    f = next(f for f in extract(text, date=date) if f["kind"] == "duration")
    assert f["period"] == period


def test_only_the_duration_takes_the_next_days() -> None:
    text = "未来三天，东北、华北一带气温将陆续升高，局地最高气温将超过25℃。"
    assert _fact(text, "超过25℃", "2024-04-06")["period"] is None


def test_an_anniversary_counted_from_a_founding_since() -> None:
    f = _fact("集團指，自1946年創立以來的80周年，與香港這個航空樞紐並肩成長。", "80周年", "2026-03-11")
    assert f["period"] == "2026"


def test_a_schemes_classes_counted_as_of_a_day_have_no_period() -> None:
    text = "商务部发布的最新数据显示，截至10月24日，1363.5万名消费者购买了八大类家电产品1984.3万台。"
    assert _fact(text, "八大类", "2024-10-26")["period"] is None
    assert _fact(text, "1984.3万台", "2024-10-26")["period"] == "2024-10-24"


def test_a_scope_set_from_a_day_keeps_it() -> None:
    text = "从11月1日起，海南离岛免税商品由45大类提高至47大类。"
    assert _fact(text, "47大类", "2025-10-17")["period"] == "2025-11-01"


def test_the_basis_a_rule_reckons_from_is_no_period_of_the_figures() -> None:
    text = ("申請適用新制壽險業者必須按照去年底稅前盈餘提存30%外匯價格變動準備金，富邦人壽單月一次提存30%，"
            "也就是281億元做為外匯價格變動準備金。")
    assert {f["period"] for f in _facts(text, "2026-01-12")} == {None}
