"""Subjects carried from an earlier figure of the sentence, and list items read for one another (carry38).

A figure whose own clause names nothing takes the subject the sentence lent last.  That is right for a level's
changes and bases, and wrong when the clause is the next item of a list, or the change is told in the unit of
an earlier level than the last.  Each class below fails on main at 778d5594 (sentences written for the tests):

- **A list item told in the shape of another names itself:** `燃煤減少1.2%，核能則減少5.3%`,
  `黄山景区接待 5.2万人次, 门票收入…,九华山景区接待 3.4万人次` — an earlier (or later) clause of the sentence is a
  name, adverbs, then the same verb before its figure: the name opening this clause is the item, not the item the
  sentence lent before.  Bases (`同比增长`), time words (`目前仍有`) and verbs are no names.
- **A change told in a unit moves the level told in that unit:** `黄金储备为6226万盎司，价值888.76亿美元，环比增加
  32万盎司` — the reserve grew by ounces; its dollar value lent the sentence's subject last.  A change inside the
  clause of the last level keeps that clause's indicator (`一般公共预算收入增长8.2%、超过6000亿元`).
- **A run of changes after as many levels:** `甲市、乙市和丙市分别为…，比上年增长5.1%、4.6%和3.9%`,
  `…依次为6120元、5710元和5530元，较上年同期增长310元、295元和280元` — one by one, as a 分别 list (main read a pair
  only, and shifted a run of three by one).
- **A price for one unit named before adverbs:** `青蔥價格依然居高不下一把150元`, `花椰菜也從一斤60元漲到85元` — the
  product, not the words that follow it (one_unit_prices read the last eight characters before the unit).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-08-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _subject(text: str, surface: str) -> str | None:
    return next(f for f in _facts(text) if f["surface"] == surface)["subject"]


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("去年燃氣發電增加6.1%，燃煤減少1.2%，核能則減少5.3%。", "5.3%", "核能"),
    ("去年燃气发电增加6.1%，燃煤减少1.2%，核能则减少5.3%。", "5.3%", "核能"),
    ("黄山景区接待 5.2万人次, 门票收入1030万元,九华山景区接待 3.4万人次,门票收入 620万元。", "3.4万人次", "九华山景区"),
    ("黄山景区接待 5.2万人次, 门票收入1030万元,九华山景区接待 3.4万人次,门票收入 620万元。", "5.2万人次", "黄山景区"),
    ("黃山景區接待 5.2萬人次, 門票收入1030萬元,九華山景區接待 3.4萬人次,門票收入 620萬元。", "3.4萬人次", "九華山景區"),
])
def test_a_list_item_in_the_shape_of_another_names_itself(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("昨日新疆外三元均价为16.61元/公斤,较前日上涨0.04元/公斤,同比上周上涨0.86元/公斤。", "0.86元/公斤", "新疆外三元均价"),
    ("2月份当月,进出口242.5亿元,同比下降23.4%,环比下降54.7%。", "54.7%", "进出口"),
    ("灾区目前仍有1.8万用户断电，数万用户停水，目前仍有3300人孤立无援。", "1.8万", "用户"),
])
def test_bases_time_words_and_verbs_are_no_items(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("截至7月末，我国黄金储备为6226万盎司，价值888.76亿美元，环比增加32万盎司。", "32万盎司", "黄金储备"),
    ("截至9月底，央行黃金儲備為2,100萬盎司，價值約540億美元，較上月增加8萬盎司。", "8萬盎司", "央行黃金儲備"),
    ("全年粮食播种面积1.8亿亩，总产量1500万吨，比上年增加2.1万吨。", "2.1万吨", "总产量"),
])
def test_a_change_in_a_unit_moves_the_level_in_that_unit(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_change_in_the_clause_of_the_last_level_keeps_it() -> None:
    text = "2023年北京市经济总量达4.4万亿元，一般公共预算收入增长8.2%、超过6000亿元。"
    assert _subject(text, "超过6000亿元") == "一般公共预算收入"


@pytest.mark.parametrize(("text", "pairs"), [
    ("甲市、乙市和丙市分别为1.2万亿元、8600亿元和7100亿元，比上年增长5.1%、4.6%和3.9%。",
     [("5.1%", "甲市"), ("4.6%", "乙市"), ("3.9%", "丙市")]),
    ("华阴市、华州区和富平县依次为6120元、5710元和5530元，较上年同期增长310元、295元和280元。",
     [("310元", "华阴市"), ("295元", "华州区"), ("280元", "富平县")]),
    ("行業總收益達2,702.5億元,總支出為1,243.8億元,較2010年大幅增加42%及36%。",
     [("42%", "行業總收益"), ("36%", "總支出")]),
])
def test_a_run_of_changes_after_as_many_levels_is_theirs_in_order(text: str, pairs: list[tuple[str, str]]) -> None:
    for surface, subject in pairs:
        assert _subject(text, surface) == subject


def test_sums_joined_with_no_change_word_are_no_run_of_moves() -> None:
    text = "甲市、乙市分别为1.2万亿元和8600亿元，其中服务业为5000亿元、4000亿元。"
    assert _subject(text, "5000亿元") != "甲市"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("然而，青蔥價格依然居高不下一把150元。", "150元", "青蔥價格"),
    ("花椰菜也從一斤60元漲到85元。", "60元", "花椰菜"),
    ("原本價格穩定的小白菜、青江菜從一斤30到40元，飆漲到90元。", "30到40元", "小白菜、青江菜"),
    ("平地高麗菜也從過去1斤40元漲到70元。", "40元", "平地高麗菜"),
    ("黄精一斤能卖10元左右。", "10元左右", "黄精"),
])
def test_a_one_unit_price_names_the_product_before_its_adverbs(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("銀行公會公布香港銀行同業拆息,隔夜息報0.04厘,1星期報0.25厘,3個月報1.82厘。", "0.25厘", "1星期香港銀行同業拆息"),
    ("銀行公會公布香港銀行同業拆息,隔夜息報0.04厘,1星期報0.25厘,3個月報1.82厘。", "1.82厘", "3個月香港銀行同業拆息"),
    ("一周拆息跌10.5基點，報1.56厘，兩周則跌9.1基點，報1.71厘。", "1.71厘", "兩周拆息"),
    ("一周拆息跌10.5基點，報1.56厘，兩周則跌9.1基點，報1.71厘。", "9.1基點", "兩周拆息"),
    ("长息方面，六个月拆息升0.07基点，报2.63厘，一年期则升1.9基点，报2.81厘。", "2.81厘", "一年期拆息"),   # the rate of that tenor (subj50)
])
def test_a_rate_told_tenor_by_tenor_is_the_rates(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_tenors_own_rate_keeps_its_name() -> None:
    assert _subject("一周拆息跌10.5基點，報1.56厘。", "10.5基點") == "一周拆息"


def test_a_tenor_told_in_percent_keeps_its_name() -> None:
    # the mainland names the LPR by its tenor (unseen's labels); only 厘 and 基點 are the register read above
    assert _subject("贷款市场报价利率出炉，1年期降至3.1%，5年期以上降至3.6%。", "3.1%") == "1年期"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("去年7月僅調整1000度以上,有1290萬戶(97.4%)用戶不受影響。", "1290萬戶", "用戶"),
    ("去年7月僅調整1000度以上,有1290萬戶(97.4%)用戶不受影響。", "97.4%", "用戶"),
    ("展览展出2500余幅图片、3500多件（套）文物实物。", "3500多件", "文物实物"),
])
def test_a_count_names_the_noun_after_its_bracket(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_count_that_named_its_own_keeps_it() -> None:
    assert _subject("该市共有3个国家级开发区（含高新区）和5个省级开发区。", "3个") == "国家级开发区"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("當中鯉景灣由前周錄3宗成交減少至上周「零成交」。", "3宗", "鯉景灣"),
    ("相反,昇悅居及碧海藍天各錄得3宗成交,按周同樣增加2倍。", "3宗", "昇悅居及碧海藍天"),
])
def test_a_recorded_count_names_its_estate_without_adverbs_or_a_starting_week(text: str, surface: str,
                                                                               subject: str) -> None:
    assert _subject(text, surface) == subject
