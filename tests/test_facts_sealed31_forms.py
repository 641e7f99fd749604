"""Forms a fresh sample (sealed31) showed unread or misread, each as its class (sentences written for the tests).

- **Found:** an index level in Chinese numerals with decimals, where 點 is first the decimal point and then the
  unit (`下跌一百六十九點三六點`, `以最低點一萬七千四百零三點五六點作收`); a sum under 萬 written without its 零
  (`薪資為4萬79元` = 40,079); a space set before the decimal point (`减少88 .25亿元`); a bare million reached,
  crossed or held (`站上百萬元大關`, `跌落百萬元以內`, `每坪單價百萬元`); a spell counted in quarters after a
  length word (`已長達19季`); a bond tender's average bid price told bare (`平均投標價為99.88`); a price per a measure
  told as a range of coins (`每斤3.8到4块左右`: was 4 pieces).
- **Units:** the level a price per a unit is set to keeps the unit (`從每台斤39元調整為42元`, `从每克262元调到269元`,
  `每小時基本工資從168元調高到176元`, `每月基本工資從新台幣2萬5250元調高到新台幣2萬6400元`: 新台币元/月 both); the
  market catty and the Taiwan catty (`90市斤茶叶` was 90 市, `每市斤30元`); container throughput in Hong Kong's words
  (`540万标准货柜单位`, `191万个标准柜`); a pataca named 澳門幣 in the currency note (`127.24億元(澳門幣,下同)`);
  `所致` and `本地` hold no unit (`減少約60億所致` was 60億 所).
- **Changes:** a move told with the currency between verb and sum (`每台斤上漲新台幣3元`, `各降新台幣2元`: no change);
  a later level of the same price reached after a date keeps its denominator (`9月15日來到每公斤17.4元,23日再突破18元`).
- **Values:** an index's move told in points then percent (`按月下跌2.7或0.7%`: 2.7 is no percent).
- **Subjects:** items with a bracketed figure each, of two kinds, then changed together (`現貨住宅成交數目(1,179個)和
  金額(73.7億元)分別下跌13.4%及16.1%`: both changes were 金額's); the day a price holds from between the price's name
  and its move (`產地價今天起由每台斤33.5元降為31.5元`: no subject; `明天起批發價` kept the day); a denominator and a verb
  (`每斤卖到11.03元`, `每克多在400元左右`) and `历史性` name nothing.
- **Periods:** National Day's holiday named `“十一”黄金周` (`十一长假`), as `国庆假期` is.
- **Junk:** an age band before its indicator (`40~49歲總薪資中位數`), a building-age class named in passing
  (`楼龄在5年或以下单位`), a fruit's size grade (`直径80mm的市场主流收购价`, `85mm的一、二级果`), a price class of car-park spaces
  (`200萬元以上車位成交量`, `逾200萬元大額車位註冊激增`).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str) -> list[dict]:
    return [f for f in extract(text, date="2025-06-20") if f["kind"] not in ("date", "year")]


def _one(text: str, surface: str) -> dict:
    return next(f for f in _facts(text) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("終場加權指數下跌一百六十九點三六點,以最低點一萬七千四百零三點五六點作收。", "一百六十九點三六點", "169.36"),
    ("終場加權指數下跌一百六十九點三六點,以最低點一萬七千四百零三點五六點作收。", "一萬七千四百零三點五六點", "17403.56"),
    ("櫃買指數盤中攻至二百二十四點六六點。", "二百二十四點六六點", "224.66"),
])
def test_an_index_level_in_chinese_numerals_with_decimals(text: str, surface: str, value: str) -> None:
    f = _one(text, surface)
    assert (f["kind"], str(f["value"]), f["unit"]) == ("index", value, "点")


def test_a_sum_under_wan_without_its_zero() -> None:
    assert _one("工業部門10月平均經常性薪資為4萬79元。", "4萬79元")["value"] == 40079


def test_a_space_before_the_decimal_point_is_inside_the_number() -> None:
    f = _one("与去年同期相比减少88 .25亿元,下降幅度达106.62%。", "88 .25亿元")
    assert f["value"] == 8825000000


@pytest.mark.parametrize(("text", "unit"), [
    ("每坪單價百萬元似乎已成北市預售案標配。", "元/坪"),
    ("台北市預售案中位數單價第四度站上百萬元大關。", "元"),
    ("僅一季又跌落百萬元以內。", "元"),
])
def test_a_bare_million_reached_or_held_is_a_figure(text: str, unit: str) -> None:
    f = next(f for f in _facts(text) if f["surface"].endswith("百萬元"))
    assert (f["value"], f["unit"]) == (1000000, unit)


def test_a_spell_of_quarters_after_a_length_word() -> None:
    f = _one("房價所得比已長達19季逾15倍。", "19季")
    assert (f["kind"], f["value"], f["unit"]) == ("duration", 19, "季")


def test_a_bond_tender_s_average_bid_price_told_bare() -> None:
    f = _one("平均投標價為99.88,即年收益率為0.543%。", "99.88")
    assert (f["kind"], f["subject"]) == ("index", "平均投標價")


def test_a_price_per_a_measure_told_as_a_range_of_coins() -> None:
    f = _one("直径80mm的市场主流收购价,每斤3.8到4块左右。", "3.8到4块左右")
    assert (f["kind"], str(f["value"]), str(f["value_high"]), f["unit"]) == ("money", "3.8", "4", "块/斤")


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("批發蛋價從每台斤39元調整為42元。", "42元", "元/台斤"),
    ("千足金饰品测算价从每克262元调到269元。", "269元", "元/克"),
    ("產地價今天起由每台斤33.5元降為31.5元。", "31.5元", "元/台斤"),
    ("每小時基本工資從168元調高到176元。", "176元", "元/小时"),
    ("每小時基本工資從168元調高到176元。", "168元", "元/小时"),
    ("每月基本工資從新台幣2萬5250元調高到新台幣2萬6400元。", "2萬5250元", "新台币元/月"),
    ("每月基本工資從新台幣2萬5250元調高到新台幣2萬6400元。", "2萬6400元", "新台币元/月"),
])
def test_the_level_a_price_per_a_unit_is_set_to_keeps_the_unit(text: str, surface: str, unit: str) -> None:
    assert _one(text, surface)["unit"] == unit


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("她近4天采收制作了90市斤茶叶。", "90市斤", "市斤"),
    ("刚开春时,茶价最高的可到每市斤30元。", "30元", "元/市斤"),
    ("该季本港港口处理540万标准货柜单位的货柜。", "540万标准货柜单位", "标准货柜单位"),
    ("本港货柜码头吞吐量按年升1.1%,至191万个标准柜。", "191万个标准柜", "个标准柜"),
])
def test_catties_and_container_units(text: str, surface: str, unit: str) -> None:
    assert _one(text, surface)["unit"] == unit


def test_a_pataca_named_in_the_currency_note_carries() -> None:
    text = "今年首季澳門政府經常收入為127.24億元(澳門幣,下同),當中博彩稅收101.13億元。"
    assert [_one(text, s)["unit"] for s in ("127.24億元", "101.13億元")] == ["澳门元", "澳门元"]


def test_caused_by_holds_no_unit() -> None:
    assert _one("主要是其他資本收入減少約60億所致。", "約60億")["unit"] != "所"


def test_an_index_move_in_points_then_percent() -> None:
    facts = _facts("3月全港私人住宅樓價指數報381.3,按月下跌2.7或0.7%。")
    assert [(f["surface"], f["unit"]) for f in facts if f["surface"] in ("2.7", "0.7%")] == [("2.7", None), ("0.7%", "%")]


@pytest.mark.parametrize("text", [
    "直径80mm的市场主流收购价,每斤3.8到4块左右。",
    "85mm的一、二级果每斤在4.5到5块左右。",
    "从收购价格来看,80#(直径80毫米)一级果4.3元/斤。",
    "這反映200萬元以上車位成交量明顯減少。",
    "主要受惠於逾200萬元大額車位註冊激增。",
])
def test_grades_and_price_classes_are_no_figures(text: str) -> None:
    assert [f for f in _facts(text) if f["kind"] in ("quantity",) or f["surface"].endswith("萬元")] == []


def test_items_of_two_kinds_with_bracketed_figures_then_changed_together() -> None:
    text = "現貨住宅成交數目(1,179個)和金額(73.7億元)分別下跌13.4%及16.1%。"
    assert [_one(text, x)["subject"] for x in ("13.4%", "16.1%")] == ["現貨住宅成交數目", "金額"]


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("產地價今天起由每台斤33.5元降為31.5元。", "33.5元", "產地價"),
    ("產地價今天起由每台斤33.5元降為31.5元，明天起批發價由43元降為41元。", "43元", "批發價"),
])
def test_the_day_a_price_holds_from_is_no_part_of_its_name(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface"), [
    ("在我市,猪肉价格下降0.4%,每斤卖到11.03元。", "11.03元"),
    ("在银行投资金条则价格相对较低,每克多在400元左右。", "400元左右"),
])
def test_a_denominator_with_a_verb_or_a_manner_names_nothing(text: str, surface: str) -> None:
    assert _one(text, surface)["subject"] is None


def test_national_day_named_eleven() -> None:
    f = next(f for f in extract("据统计,“十一”黄金周期间,全县共接待游客30.12万人次。", date="2022-10-08")
             if f["surface"] == "30.12万人次")
    assert f["period"] == "2022-10-01/2022-10-07"



@pytest.mark.parametrize(("text", "surface", "change"), [
    ("這週蛋價每台斤上漲新台幣3元。", "3元", "up"),
    ("產地價及批發價每台斤各降新台幣2元。", "2元", "down"),
])
def test_a_move_told_with_the_currency_before_the_sum(text: str, surface: str, change: str) -> None:
    f = _one(text, surface)
    assert (f["change"], f["unit"]) == (change, "新台币元/台斤")


def test_the_week_is_no_part_of_the_price() -> None:
    assert _one("這週蛋價每台斤上漲新台幣3元。", "3元")["subject"] == "蛋價"


def test_a_later_level_of_the_same_price_keeps_its_denominator() -> None:
    text = "香蕉9月15日來到每公斤17.4元,23日再突破18元。"
    assert _one(text, "18元")["unit"] == "元/公斤"


@pytest.mark.parametrize(("text", "bad"), [
    ("以年齡層觀察,40~49歲總薪資中位數57.2萬元,年增率1.1%。", "40~49歲"),
    ("主要受价格较高的楼花及楼龄在5年或以下单位於本季成交的比重下跌所影响。", "5年或以下"),
])
def test_a_band_naming_a_class_in_passing_is_no_figure(text: str, bad: str) -> None:
    assert [f for f in _facts(text) if f["surface"] == bad] == []
