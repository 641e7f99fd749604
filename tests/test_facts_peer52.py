"""Specs of the classes the fourth peer harvest (tests/peer/zh_peer52_*.jsonl) turned up.

- A shorthand before a magnitude: 一千三 is 1300 as 六百三 is 630, and so stays before 万 or 亿 — 一千三万 is 1300万,
  百三萬 130萬, 8千3萬 8300萬 (tommyinb/chinese-number, anton-bot/chinese-numbers-converter.js); with 零 written the digit
  keeps its own place (一千零三万 = 1003万).
- Area and volume in centimetres and millimetres (25cm², 4mm², 500cm³) keep their power: 25cm² is an area, never
  25 cm (PaddleSpeech).
- 朵 counts flowers: 999朵玫瑰 is 999 朵, and 售出79万朵荷花 is 79万 朵 of 荷花, never 79万 元 (PaddleSpeech; the bulk
  corpus's one case read the bare 79万 as money).
- A score or a ratio in Chinese numerals (比分定格在七十八比九十六) is no figure, as its Arabic form 78:96 is none
  (WeTextProcessing's ITN normaliser); the bulk corpus holds no such score.
"""

from __future__ import annotations

from tests.peer_helpers import facts_of, one_fact


def test_a_shorthand_before_a_magnitude_keeps_its_place() -> None:
    assert one_fact("一千三万", "一千三万")["value"] == 13_000_000
    assert one_fact("百三萬", "百三萬")["value"] == 1_300_000
    assert one_fact("8千3萬", "8千3萬")["value"] == 83_000_000
    assert one_fact("投资8千3万元", "8千3万元")["value"] == 83_000_000


def test_a_zero_keeps_the_digit_at_its_own_place() -> None:
    assert one_fact("一千零三万", "一千零三万")["value"] == 10_030_000
    assert one_fact("四亿五千六百四十二万零一十五", "四亿五千六百四十二万零一十五")["value"] == 456_420_015
    assert one_fact("二万三千亿", "二万三千亿")["value"] == 2_300_000_000_000
    assert one_fact("一百六十八萬五", "一百六十八萬五")["value"] == 1_685_000


def test_square_and_cubic_centimetres_and_millimetres_are_areas_and_volumes() -> None:
    f = one_fact("25cm²", "25cm²")
    assert (f["kind"], f["value"], f["unit"]) == ("quantity", 25, "cm²")
    assert one_fact("导线截面4mm²", "4mm²")["unit"] == "mm²"
    assert one_fact("容积500cm³", "500cm³")["unit"] == "cm³"


def test_duo_counts_flowers() -> None:
    f = one_fact("你生日那天我会送你999朵玫瑰", "999朵")
    assert (f["kind"], f["value"], f["unit"]) == ("count", 999, "朵")
    f = one_fact("售出79万朵荷花", "79万朵")
    assert (f["kind"], f["value"], f["unit"]) == ("count", 790_000, "朵")
    assert not [x for x in facts_of("售出79万朵荷花") if x[0] == "money"]
    assert facts_of("云朵和花朵") == []


def test_flowers_that_name_a_group_count_nothing() -> None:
    # N朵金花 names a group of women or of products, an idiom: no count of 朵
    assert facts_of("她家三朵金花都考上了大学") == []
    assert facts_of("厂里的五朵金花撑起了半边天") == []


def test_a_score_in_chinese_numerals_is_no_figure() -> None:
    # as its Arabic form 78:96 is none (WeTextProcessing's ITN normaliser: 比分定格在七十八比九十六 => 78:96)
    assert facts_of("比分定格在七十八比九十六") == []
    assert facts_of("以一百零二比九十八获胜") == []
    # a unit or a year after the second numeral leaves it to the figure step
    assert one_fact("同比增长百分之五", "百分之五")["value"] == 5
