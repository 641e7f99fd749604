"""Forms a fresh sample (sealed29) showed unread or misread, each as its class (sentences written for the tests).

- **Sign:** a dividend told after a loss per share (`每股虧損0.05元,中期息0.25元`) was read as one more loss of a list of
  losses by name: −0.25, a payment stored as a loss.
- **Junk:** a tariff's tiers (`每月用電700度以下，每度調漲0.1元、701度至1000度，每度…`, `700度以下用戶`), a flat size
  class (`431呎以下的細戶`), a grain grade's edge in brackets (`水分18.5%以内(含18.5%)`), moisture in points
  (`16个水分以上`) and a deduction rule (`超2扣1`), a clock time before 起 (`9:31起执行`: `31起` read as 31 cases) or told as about an hour (`清晨約6時`: a count of 6).
- **Units:** a tariff step after its denominator (`每度調漲0.1元`: 元/度), a price converted in brackets
  (`每盎司5,588美元（約43,600元）`: 元/盎司), a grain price without its slash (`0.96元斤`: 元/斤).
- **Subjects:** a list of places closed by its count before the indicator (`北京、天津、河北三地的地区生产总值分别为a、b、
  c`, Macao's `澳門半島、氹仔及路環三區的住宅成交分別錄得818、239及87宗`): every figure had the bare indicator, so three
  regions' figures read as three values of one; a place told as its own clause (`前三名為，第一名，半導體類8,411.76億元`: was 成交金額, and the next
  place took the share before it); a rate per second told after 为/达 (`交易峰值为每秒10.9万笔，相较去年增长4.61%`: no subject, and
  `每秒` for the rise); an age band written with 至 (`16至24岁劳动力失业率` was cut to `24岁劳动力失业率`), an index unchanged
  (`按月持平於200.2`: was `月持平`), the earlier value of the indicator (`…失业率降至16.5%，前值16.9%`: was `前值`).
- **Periods and changes:** a move told verb first over a list of rates (`下调支农支小再贷款、再贴现利率0.25个百分点`:
  no direction; walk29's find); a base's own value a year before (`較前一年同期115.36上升`: was dated as the sentence's
  month), a change told after `比起上月` (was dated as the month before), a year to date (`本年至今累升1.8%`: the
  whole year, not January to the month told), a fall named after its base (`较上年减幅11.45%`: no direction).
- **Decimals set as middle dots** (`1013·9万箱`, `14·4%`) were read as 9万箱 or not at all.
- **One fact per figure:** a headline that leaves a word out of the name (`人民币对美元中间价报6.8109` over the body's
  `人民币对美元汇率中间价报6.8109`) restates the body's figure (it was listed twice); the same figure twice in one sentence is two facts (`上涨2.9%，预期2.9%`: the
  expectation was merged into the actual as its mention).
"""

from __future__ import annotations

import pytest

from store.facts import article_facts, extract


def _facts(text: str, date: str | None = None) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("集團每股虧損0.08元,中期息0.12元。", "0.12元", 0.12),
    ("公司每股亏损0.3元，末期股息0.1元。", "0.1元", 0.1),
    ("两家公司预计净亏损90-100亿元,某光伏龙头82-96亿元。", "82-96亿元", -9_600_000_000),
])
def test_a_dividend_after_a_loss_is_paid_not_lost(text: str, surface: str, value: float) -> None:
    assert float(_facts(text)[surface]["value"]) == value


@pytest.mark.parametrize(("text", "labels"), [
    ("住宅每月用電500度以下，每度調漲0.1元、501度至800度，每度調漲0.2元、801度以上每度調漲0.3元。",
     ("500度以下", "501度至800度", "801度以上")),
    ("每月用電500度以下用戶每月電費將增加30元。", ("500度以下",)),
    ("小商家500度以下每度調漲0.1元、501度以上則不調整。", ("500度以下", "501度以上")),
    ("其中面積400呎以下的細戶報410.5。", ("400呎以下",)),
])
def test_a_tier_of_a_tariff_or_a_size_class_is_no_figure(text: str, labels: tuple[str, ...]) -> None:
    found = [f["surface"] for f in extract(text)]
    assert not [s for s in found for label in labels if label in s or s in label], found


def test_a_use_measured_stays_a_figure() -> None:
    assert _facts("四口之家平均每月用電約600度，每月電費約1500元。")["約600度"]["value"] == 600


@pytest.mark.parametrize(("text", "junk"), [
    ("某公司9:31起水分17%以上玉米价格执行2700元/吨,水分17%以内(含17%)执行2720元/吨。", ("17%", "31起")),
    ("霉变2%以内不扣重,2%到10%超1扣1,10%以上拒收。", ("超1",)),
    ("东部干玉米14%水分,收购价格0.94元斤,15个水分以上每个水扣一分。", ("15个",)),
])
def test_a_grain_grade_and_a_clock_time_are_no_figures(text: str, junk: tuple[str, ...]) -> None:
    found = [f["surface"] for f in extract(text)]
    assert not any(s.startswith(j) for s in found for j in junk), found


def test_a_clock_time_before_qi_is_a_time() -> None:
    (clock,) = [f for f in extract("价格自9:31起执行。", unsaid=True) if f["kind"] == "date"]   # (not reported: junk37)
    assert clock["surface"] == "9:31"


@pytest.mark.parametrize(("text", "surface", "unit", "per"), [
    ("住宅每度調漲0.1元。", "0.1元", "元/度", "度"),
    ("金價升至每盎司 4,588 美元（約 35,800 元）。", "35,800 元", "元/盎司", "盎司"),
    ("油价升至每桶70美元（约合人民币500元）。", "500元", "元/桶", "桶"),
    ("收购价格0.92元斤。", "0.92元斤", "元/斤", "斤"),
    ("玉米价格2680元吨。", "2680元吨", "元/吨", "吨"),
])
def test_a_price_keeps_its_denominator(text: str, surface: str, unit: str, per: str) -> None:
    fact = _facts(text)[surface]
    assert (fact["unit"], fact["per"]) == (unit, per)


def test_a_sum_in_yuan_before_a_word_is_no_price_per_jin() -> None:
    assert _facts("花了20元斤斤计较。")["20元"]["per"] is None


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("去年11月全国城镇16至24岁劳动力失业率降至16.9%。", "16.9%", "全国城镇16至24岁劳动力失业率"),
    ("本港9月私宅租金指數按月持平於198.5。", "198.5", "本港私宅租金指數"),
    ("去年11月全国城镇调查失业率为5.1%，前值5.2%。", "5.2%", "全国城镇调查失业率"),
])
def test_subjects_of_bands_unchanged_levels_and_earlier_values(text: str, surface: str, subject: str) -> None:
    assert _facts(text, date="2026-01-20")[surface]["subject"] == subject


def test_the_same_figure_twice_in_one_sentence_is_two_facts() -> None:
    facts = article_facts({"id": "a", "title": "", "body": "美国11月CPI同比上涨3.1%，预期3.1%。", "date": "2025-12-20"})
    assert [f["surface"] for f in facts if f["kind"] == "percent"] == ["3.1%", "3.1%"]


def test_a_figure_repeated_in_another_sentence_is_still_one_fact() -> None:
    facts = article_facts({"id": "a", "title": "", "body": "出口增长5%。全年出口增长5%。", "date": "2025-12-20"})
    assert len([f for f in facts if f["kind"] == "percent"]) == 1


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("今年四月全市住宅價格指數為126.5,較前一年同期114.2上升10.8%。", "2024-05-20", "114.2", "2023-04"),
    ("2021年11月全市交易量共901件,較前一年同期955件減少54件。", "2022-01-05", "955件", "2020-11"),
    ("2025年11月景氣對策信號綜合判斷分數為37分，比起上月增加2分。", "2025-12-27", "2分", "2025-11"),
    ("本港9月私宅售價指數按月升0.3%，本年至今累升1.5%。", "2025-10-20", "1.5%", "2025-01/2025-09"),
])
def test_periods_of_bases_changes_and_years_to_date(text: str, date: str, surface: str, period: str) -> None:
    assert _facts(text, date=date)[surface]["period"] == period


def test_a_fall_named_after_its_base_is_down() -> None:
    fact = _facts("交易量较上年减幅9.5%。")["9.5%"]
    assert (fact["change"], fact["base"]) == ("down", "上年")


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("香港港口头五个月的货柜吞吐量达712·6万箱。", "712·6万箱", 7126000),
    ("比上年同期上升了12·5%。", "12·5%", 12.5),
])
def test_a_decimal_point_set_as_a_middle_dot(text: str, surface: str, value: float) -> None:
    assert float(_facts(text)[surface]["value"]) == value


def test_a_day_named_by_its_date_is_no_decimal() -> None:
    assert not [f for f in extract("纪念5·12汶川特大地震。") if f["kind"] not in ("date", "year")]


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("全国网上支付交易峰值为每秒9.8万笔，相较去年增长3.2%。", "9.8万笔", "全国网上支付交易峰值"),
    ("全国网上支付交易峰值为每秒9.8万笔，相较去年增长3.2%。", "3.2%", "全国网上支付交易峰值"),
    ("水库入库流量达每秒2100立方米。", "2100立方米", "水库入库流量"),
])
def test_a_rate_per_unit_of_time_keeps_the_name_before_it(text: str, surface: str, subject: str) -> None:
    assert _facts(text)[surface]["subject"] == subject


def test_a_place_told_alone_is_the_place_of_the_item_after_it() -> None:
    facts = _facts("成交金額前三名為，第一名，光電類2,311.5億元，占全體交易金額9.1%，第二名，航運類1,002.4億元，占全體交易金額4.0%。")
    assert (facts["第一名"]["subject"], facts["第二名"]["subject"]) == ("光電類", "航運類")
    assert facts["前三名"]["subject"] == "成交金額"


def test_a_clock_time_told_as_about_an_hour_is_a_time() -> None:
    (clock,) = extract("排頭位的市民清晨約5時便已到場。", unsaid=True)   # (read, not reported: junk37)
    assert (clock["kind"], clock["surface"]) == ("date", "5時")


def test_a_headline_that_leaves_a_word_out_of_the_name_restates_the_body() -> None:
    facts = article_facts({"id": "a", "title": "人民币对美元中间价报7.0120 调升35个基点",
                           "body": "今日人民币对美元汇率中间价报7.0120，较前一交易日调升35个基点。", "date": "2026-06-12"})
    kept = [f for f in facts if f["kind"] in ("index", "points")]
    assert [(f["where"], len(f["mentions"])) for f in kept] == [("body", 1), ("body", 1)]


def test_two_body_sentences_with_a_name_left_short_stay_two_facts() -> None:
    facts = article_facts({"id": "a", "title": "", "body": "城镇固定资产投资增长3%。城镇民间固定资产投资增长3%。",
                           "date": "2026-06-12"})
    assert len([f for f in facts if f["kind"] == "percent"]) == 2


@pytest.mark.parametrize(("text", "change"), [
    ("央行下调支农再贷款、再贴现利率0.25个百分点。", "down"),
    ("上调存款和贷款利率0.25个百分点。", "up"),
])
def test_a_move_told_verb_first_over_a_list_of_rates_keeps_its_direction(text: str, change: str) -> None:
    (fact,) = extract(text)
    assert fact["change"] == change


@pytest.mark.parametrize(("text", "subjects"), [
    ("上海、江苏、浙江三地的地区生产总值分别为4.7万亿元、12.8万亿元和8.2万亿元。",
     ["上海地区生产总值", "江苏地区生产总值", "浙江地区生产总值"]),
    ("山东、河南两省的进出口分别增长4%和7%。", ["山东进出口", "河南进出口"]),
    ("上月澳門半島、氹仔及路環三區的住宅成交分別錄得802、251及90宗。", ["澳門半島住宅成交", "氹仔住宅成交", "路環住宅成交"]),
])
def test_a_list_of_places_closed_by_its_count_gives_each_figure_its_place(text: str, subjects: list[str]) -> None:
    figures = [f for f in extract(text) if f["kind"] in ("money", "percent") or f["unit"] == "宗"]
    assert [f["subject"] for f in figures] == subjects


def test_the_count_closing_a_list_of_places_names_them() -> None:
    (count,) = [f for f in extract("山东、河南两省的进出口分别增长4%和7%。") if f["kind"] == "count"]
    assert count["subject"] == "山东、河南"


@pytest.mark.parametrize("text", ["苏、浙、沪、皖三省一市旅游圈不断扩容。", "上海、江苏、浙江、安徽三省一市代表团发言。",
                                  "北京、天津一市一区。", "甲、乙两区一县。"])
def test_a_count_of_one_closing_a_list_never_breaks_the_reading(text: str) -> None:
    assert [f["surface"] for f in extract(text)]     # no exception: 一 is no count a list closes
