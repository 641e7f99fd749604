"""Forms a fresh sample (sealed30) showed unread or misread, each as its class (sentences written for the tests).

- **Junk:** an age band with its unit on both ends (`16歲至24歲勞動力失業率`: `16歲` read as an age), the bands of a
  breakdown told after `按…劃分` (`按樓齡劃分,6至10年、5年或以下的住宅樓價指數…`: each band read as a span of years).
- **Found:** a region's index level in brackets after its name (Macao's `澳門半島(245.5)下跌1.3%`, typeset `( 277.0 )`
  too), a figure written digit by digit around 萬 (`一八九四萬四四三六人次` = 18944436), a bond tender's ratio and accepted
  price told bare (`投標對發行額比例…為3.74`, `平均接納價是100.43`), the towns a county is made of (`全縣六鄉兩鎮`,
  `深入8縣區`: counts of the places, with no subject; the next figure no longer borrows the verb before them).
- **Units:** a price per a unit named before it with words between (`每台斤會來到56元`: 元/台斤, was 元/台;
  `每平方米實用面積平均價格( 85,114元 )`: a space inside the bracket; `每平方米平均价格下跌20.4%至84499元`: the rate before
  the level), a price per gram
  written after it with 每 before a word (`突破1000元每克后`), a bracketed currency note with spaces (`280.4億元( 澳門元,下同 )`).
- **Subjects:** a band of years before the indicator kept whole (`11至20年的住宅楼价指数`: was cut to `20年的…`).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str) -> list[dict]:
    return [f for f in extract(text, date="2025-06-20") if f["kind"] not in ("date", "year")]


def _one(text: str, surface: str) -> dict:
    return next(f for f in _facts(text) if f["surface"] == surface)


@pytest.mark.parametrize("text", [
    "5月全國城鎮不包括在校學生的16歲至24歲勞動力失業率為14.2%。",
    "25歲至29歲失業率亦跌0.5個百分點至6.6%。",
])
def test_an_age_band_with_its_unit_on_both_ends_is_no_age(text: str) -> None:
    assert [f for f in _facts(text) if f.get("unit") == "岁"] == []


def test_an_age_band_stays_whole_in_its_indicator() -> None:
    assert _one("25歲至29歲失業率亦跌0.5個百分點至6.6%。", "6.6%")["subject"] == "25歲至29歲失業率"


@pytest.mark.parametrize("text", [
    "按樓齡劃分,6至10年、5年或以下的住宅樓價指數分別下跌3.4%及2.2%,11至20年的則上升0.5%。",
    "按楼龄划分,11至20年的住宅楼价指数上升0.8%,5年及以下的则下跌0.5%。",
])
def test_the_bands_of_a_breakdown_are_no_spans(text: str) -> None:
    facts = _facts(text)
    assert [f for f in facts if f["kind"] != "percent"] == [] and len(facts) >= 2


def test_a_band_of_years_before_the_indicator_stays_in_its_subject() -> None:
    assert _one("按楼龄划分,11至20年的住宅楼价指数上升0.8%。", "0.8%")["subject"] == "11至20年的住宅楼价指数"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("統計局資料顯示,整體住宅樓價指數為248.2,當中澳門半島(245.5)下跌1.3%,路氹區(258.6)則上升0.5%。", "245.5", "澳門半島"),
    ("統計局資料顯示,整體住宅樓價指數為248.2,當中澳門半島(245.5)下跌1.3%,路氹區(258.6)則上升0.5%。", "258.6", "路氹區"),
    ("现货住宅指数( 283.5 )上升0.2%,澳门半岛( 277.0 )上升0.1%。", "277.0", "澳门半岛"),
])
def test_a_region_s_index_level_in_brackets_after_its_name(text: str, surface: str, subject: str) -> None:
    f = _one(text, surface)
    assert (f["kind"], f["subject"]) == ("index", subject)


def test_a_bracketed_number_without_an_index_in_its_sentence_stays_unread() -> None:
    assert _facts("該公司(1.5)表示將擴產。") == []


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("去年出境一八九四萬四四三六人次創歷史新高。", "一八九四萬四四三六人次", 18944436),
    ("入境則為八五七萬四五四七人次。", "八五七萬四五四七人次", 8574547),
    ("觀光逆差來到一〇三六萬九八八九人次。", "一〇三六萬九八八九人次", 10369889),
    ("外銷訂單金額為七二九點〇五億美元。", "七二九點〇五億美元", 72905000000),
])
def test_a_figure_written_digit_by_digit_around_its_magnitude(text: str, surface: str, value: int) -> None:
    assert _one(text, surface)["value"] == value


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("投標對發行額比例(即債券的投標申請總額對債券的發行總額的比例)為3.74。", "3.74", "投標對發行額比例"),
    ("平均接納價是100.43,即以年率計的收益率為3.144厘。", "100.43", "平均接納價"),
    ("平均接纳价为99.85。", "99.85", "平均接纳价"),
])
def test_a_bond_tender_s_ratio_and_accepted_price_told_bare(text: str, surface: str, subject: str) -> None:
    f = _one(text, surface)
    assert (f["kind"], f["subject"]) == ("index", subject)


@pytest.mark.parametrize(("text", "counts"), [
    ("近日,技術人員對全縣六鄉兩鎮的小麥進行了測產。", [("六鄉", 6), ("兩鎮", 2)]),
    ("测产工作组深入8县区35个乡镇105个村。", [("8县区", 8), ("35个", 35), ("105个", 105)]),
])
def test_the_towns_a_county_is_made_of_are_counted(text: str, counts: list[tuple[str, int]]) -> None:
    facts = _facts(text)
    assert [(f["surface"], f["value"]) for f in facts] == counts
    assert facts[0]["subject"] is None and (len(facts) < 2 or facts[1]["subject"] != "深入")


@pytest.mark.parametrize("text", ["该乡乡长表示", "他回到家乡", "一乡一策", "成为十里八乡的热门旅游地"])
def test_a_town_word_without_a_count_adds_nothing(text: str) -> None:
    assert _facts(text) == []


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("預估小賣散裝蛋價,每台斤會來到56元左右。", "56元左右", "元/台斤"),
    ("整體住宅單位每平方米實用面積平均價格( 85,114元 )按年下跌9%。", "85,114元", "元/平方米"),
    ("办公室每平方米平均价格下跌20.4%至84499元。", "84499元", "元/平方米"),
    ("但当价格突破1000元每克后,来咨询的客人反而少了。", "1000元", "元/克"),
    ("全年成交總值280.4億元( 澳門元,下同 ),較上年減少30%。", "280.4億元", "澳门元"),
])
def test_a_unit_written_apart_from_its_figure(text: str, surface: str, unit: str) -> None:
    assert _one(text, surface)["unit"] == unit


def test_a_move_told_without_its_denominator_keeps_the_bare_unit() -> None:
    """收市升1.27美元 after 每桶…: the move is written without 每, as most gold sets label it (sealed30 labels
    `比上月下降0.8元` after a price per tonne 元/吨: a recorded conflict)."""
    assert _one("我国水泥4月出厂价格每吨平均为277.7元,比上月下降0.8元。", "0.8元")["unit"] == "元"
    assert _one("每股收益0.5元，比上年增加0.1元。", "0.1元")["unit"] == "元"


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("5月上旬,21个城市5大品种钢材社会库存为850万吨。", "850万吨", "2025-05-01/2025-05-10"),
    ("9月中旬,全国玉米平均价格为2.1元/公斤。", "2.1元/公斤", "2024-09-11/2024-09-20"),
    ("2024年2月下旬,生猪价格为14.5元/公斤。", "14.5元/公斤", "2024-02-21/2024-02-29"),
])
def test_a_ten_day_period_is_its_days(text: str, surface: str, period: str) -> None:
    """A 旬 is ten days of its month (下旬 to the month's end): price monitoring tells them apart."""
    assert _one(text, surface)["period"] == period


@pytest.mark.parametrize(("text", "surface", "change"), [
    ("今年3月，第九批药品集采也将落地实施，平均降价58%。", "58%", "down"),
    ("部分原料药涨价5%。", "5%", "up"),
    ("另金表商西普尼昨一度勁升近3.4倍。", "近3.4倍", "up"),
])
def test_a_price_cut_or_rise_and_hong_kong_s_surges_are_moves(text: str, surface: str, change: str) -> None:
    assert _one(text, surface)["change"] == change


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("外资今天卖超新台币172亿元。", "172亿元", "外资卖超"),
    ("投信买超12亿元，自营商卖超3亿元。", "12亿元", "投信买超"),
    ("外資今天買超85億元。", "85億元", "外資買超"),
])
def test_net_buying_and_selling_are_no_bounds(text: str, surface: str, subject: str) -> None:
    """賣超/買超 (net selling, net buying) end in 超: in either script it is the verb's, never the bound 超."""
    f = _one(text, surface)
    assert (f["subject"], f["qualifier"]) == (subject, None)


def test_a_ternary_fertiliser_is_no_sum() -> None:
    assert [f for f in _facts("其中尿素、三元复合肥价格环比分别上涨0.9%和0.2%。") if f["kind"] == "money"] == []


def test_a_spaced_bracketed_year_dates_the_months_after_it() -> None:
    """Taiwan's spaced typesetting: `去 (2009) 年 10 月份…, 12 月及今 (2010) 年 1-3 月` (each month was undated)."""
    facts = {f["surface"]: f for f in extract("景氣對策信號繼去 (2009) 年 10 月份轉為綠燈, 12 月及今 (2010) 年 1-3 月為黃紅燈。")}
    assert facts["10 月份"]["period"] == "2009-10" and facts["12 月"]["period"] == "2009-12"
    assert facts["1-3 月"]["period"] == "2010-01/2010-03"


def test_a_signal_s_score_bands_are_labels_and_its_range_one_figure() -> None:
    """`總分介於 9-45 分` is the score's range (it was `45 分` with subject 9); `9-16 分為藍燈` names a light."""
    facts = _facts("每項指標給予 1-5 分,總分介於 9-45 分;其中 9-16 分為藍燈,17-22 分為黃藍燈,23-31 分為綠燈。")
    ranges = [(f["surface"], f["value"], f["value_high"]) for f in facts if f.get("unit") == "分"]
    assert ("9-45 分", 9, 45) in ranges and all(r[0] not in ("16 分", "22 分", "31 分") for r in ranges)


def test_a_score_stated_with_its_copula_leaves_it_out_of_the_subject() -> None:
    assert _one("满意度得分为82.2分。", "82.2分")["subject"] == "满意度得分"


def test_a_quoted_remark_is_no_subject() -> None:
    """「有挑戰、但也有機會」突破七五○○億美元: the minister's words, quoted; the orders named before are measured."""
    f = _one("經濟部表示，今年全年外銷訂單將創新高，「有挑戰、但也有機會」突破七五○○億美元。", "七五○○億美元")
    assert f["subject"] and "外銷訂單" in f["subject"] and "「" not in f["subject"]
    assert _one("“菜篮子、米袋子”产品产量增长3%。", "3%")["subject"] == "“菜篮子、米袋子”产品产量"


@pytest.mark.parametrize(("text", "surface"), [
    ("2024年整體住宅單位每平方米平均價格按年下跌9%,當中澳門半島( 78,751元 )、氹仔( 93,896元 )分別下跌8%、9%。", "93,896元"),
    ("其中,现货住宅每平方米实用面积平均价格(92444元)按年下跌7.7%,住宅楼花(155417元)则上升1.1%。", "155417元"),
])
def test_a_breakdown_of_a_price_per_a_unit_keeps_its_denominator(text: str, surface: str) -> None:
    """The regions' or classes' sums in brackets in the sentence of a price per square metre are per square metre."""
    assert _one(text, surface)["unit"] == "元/平方米"


def test_a_bracketed_sum_in_a_sentence_of_no_price_per_unit_keeps_its_unit() -> None:
    assert _one("該公司(3000元)表示將擴產。", "3000元")["unit"] == "元"


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("這波電價調整將有1,360萬住宅用戶、91萬小商家都會受影響。", "1,360萬", "户"),
    ("這波電價調整將有1,360萬住宅用戶、91萬小商家都會受影響。", "91萬", "家"),
    ("全国有3亿农户。", "3亿", "户"),
    ("网民规模5.64亿。", "5.64亿", "人"),
])
def test_households_and_firms_counted_bare_are_not_people(text: str, surface: str, unit: str) -> None:
    assert _one(text, surface)["unit"] == unit


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("3月上半月,我国流通领域生产资料价格上涨4.44%。", "4.44%", "2025-03-01/2025-03-15"),
    ("2024年2月下半月,价格上涨2%。", "2%", "2024-02-16/2024-02-29"),
])
def test_half_a_month_is_its_days(text: str, surface: str, period: str) -> None:
    """上半月 is the 1st to the 15th (sealed14 and sealed29 label it so), 下半月 the 16th to the month's end."""
    assert _one(text, surface)["period"] == period


def test_half_a_month_is_no_part_of_a_recorded_count_s_topic() -> None:
    f = _one("據澳門財政局資料顯示,11月上半月住宅共錄282宗住宅成交。", "282宗")
    assert (f["subject"], f["period"]) == ("住宅", "2024-11-01/2024-11-15")   # (told in June 2025: last November)


@pytest.mark.parametrize("text", ["仅用一年时间就收割了1.3亿用户。", "约30万用户断电。"])
def test_users_counted_bare_stay_people(text: str) -> None:
    assert [f["unit"] for f in _facts(text) if f["kind"] == "count"] == ["人"]


def test_a_rate_opening_its_sentence_is_not_named_twice() -> None:
    """speed30's find: 成長率從上年的5.9%減為2.9% gave 成長率成長率."""
    assert {f["subject"] for f in _facts("成長率從上年的5.9%減為2.9%。")} == {"成長率"}
