"""Units a figure takes from its neighbours or its frame: a bare sum beside bare sums of money
(Hong Kong budget prose), a Chinese-numeral list closed by one unit, a flow per year written 年产,
the typo 百份点, renminbi cents (人民币31.79分), a fiscal year written `2026/27年`.

Every sentence is written for this file (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = None) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface"), [
    ("政府經營帳目收入6200億，支出5900億，錄得經營盈餘300億，扭轉赤字。", "300億"),
    ("工程儲備基金修訂預算開支1400億，來年再攀升至1520億，創新高。", "1520億"),
    ("新市鎮再預算18億，餘下地盤又要35億，第二階段亦將耗費21億。", "21億"),
    ("财政收入4500亿，支出4800亿，赤字约300亿。", "约300亿"),
])
def test_a_bare_sum_beside_bare_sums_of_money_is_money(text, surface):
    f = _facts(text)[surface]
    assert (f["kind"], f["unit"]) == ("money", "元"), f


@pytest.mark.parametrize(("text", "surface"), [
    ("收入6200億，累计孵化2.5万“新农人”创客。", "2.5万"),
    ("服务收入30亿，组网服务1000万+次服务。", "1000万"),
])
def test_a_bare_sum_with_a_noun_after_it_is_not_money(text, surface):
    f = _facts(text).get(surface)
    assert f is None or f["kind"] != "money", f


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("香港及臺灣旅客分別為六十萬零四千三百及十萬零四千七百多人次。", "六十萬零四千三百", "人次"),
    ("两地学生分别有四萬五千、三萬二千和二萬八千名。", "四萬五千", "名"),
    ("两类项目分别投入三千二百万及一千五百万元。", "三千二百万", "元"),
])
def test_a_chinese_numeral_list_shares_the_unit_written_after_it(text, surface, unit):
    assert _facts(text)[surface]["unit"] == unit


def test_a_list_whose_magnitudes_differ_is_not_guessed():
    f = _facts("分别为三千二百及一千五百万元。").get("三千二百")
    assert f is None or f["unit"] is None


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("预计年产天然气达20亿立方米，同时产出13万吨硫黄。", "20亿立方米", "立方米/年"),
    ("项目建成后可年产绿色甲醇20万吨。", "20万吨", "吨/年"),
    ("这里年产茶叶约1.45万吨。", "约1.45万吨", "吨/年"),
])
def test_a_yearly_output_written_nian_chan_is_per_year(text, surface, unit):
    f = _facts(text)[surface]
    assert (f["unit"], f["per"]) == (unit, "年"), f


@pytest.mark.parametrize(("text", "surface"), [
    ("天然气年产量首次突破100亿立方米。", "100亿立方米"),
    ("基地年产值达到6亿元。", "6亿元"),
])
def test_a_yearly_output_named_as_a_noun_keeps_its_plain_unit(text, surface):
    f = _facts(text)[surface]
    assert f["per"] is None and "/" not in f["unit"], f


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("毛利率下跌2.8个百份点至56.9%。", "2.8个百份点", 2.8),
    ("毛利率上升1.2個百份點。", "1.2個百份點", 1.2),
])
def test_bai_fen_dian_misspelt_is_still_percentage_points(text, surface, value):
    f = _facts(text)[surface]
    assert (f["kind"], float(f["value"])) == ("points", value)


def test_renminbi_cents_are_money():
    got = _facts("每股盈利减少35.5%至约人民币31.79分(二零一九年:人民币49.25分)。")
    assert (got["31.79分"]["kind"], got["31.79分"]["unit"], got["31.79分"]["qualifier"]) == ("money", "分", "约")
    assert got["49.25分"]["kind"] == "money"
    assert _facts("人民币兑美元3分钟内上涨0.2%")["3分钟"]["kind"] == "duration"     # 分钟 stays minutes


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("2026/27年東涌新市鎮再預算26億。", "2026/27年", "2026-04"),
    ("截至2024/25年，累计赤字扩大。", "2024/25年", "2024-04"),
])
def test_a_fiscal_year_written_with_a_bar_and_nian_is_one_date(text, surface, value):
    f = _facts(text)[surface]
    assert (f["kind"], f["value"]) == ("date", value)
