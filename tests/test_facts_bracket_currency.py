"""A bracket after a sum in 元 naming the dollar it is in: `224.9億元(澳門元,下同)` is 澳門元, and
下同 carries it to the later sums in 元 of the sentence (tests/gold/README.md, sealed6). A bracket
naming the renminbi or 港币 (labelled 元 by the samples) changes nothing.

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

from store.facts import extract


def units(text: str) -> list[tuple[str, str]]:
    return [(f["surface"], f["unit"]) for f in extract(text) if f["kind"] == "money"]


def test_the_bracket_names_the_dollar_and_carries_it() -> None:
    text = "6月博彩毛收入為224.9億元(澳門元,下同),按年升12.5%,上半年累計1,100億元。"
    assert units(text) == [("224.9億元", "澳门元"), ("1,100億元", "澳门元")]


def test_without_same_below_only_the_sum_before_it() -> None:
    text = "門票收入為3.2億元（港元），另有捐款5億元。"
    assert units(text) == [("3.2億元", "港元"), ("5億元", "元")]


def test_the_carry_ends_with_its_sentence() -> None:
    text = "收入為224.9億元(澳門元,下同)。內地預算收入100億元。"
    assert units(text)[-1] == ("100億元", "元")


def test_renminbi_and_hk_currency_words_change_nothing() -> None:
    assert units("國內生產總值1401879億元(人民幣．下同)，比上年增長5%。") == [("1401879億元", "元")]
    assert units("销货价值估计为342亿元(港币,下同),按年上升15.9%。") == [("342亿元", "元")]


def test_a_semicolon_may_stand_before_same_below() -> None:
    text = "股東應佔溢利上升39﹒2%至33﹒09億元(美元;下同),收入12.1億元。"
    assert units(text) == [("33﹒09億元", "美元"), ("12.1億元", "美元")]
    assert units("收入為12.5億元（港元；下同），溢利3.2億元。") == [("12.5億元", "港元"), ("3.2億元", "港元")]


def test_a_middle_dot_may_stand_before_same_below() -> None:
    text = "集團已完成發行12億元(美元‧下同)債券,其中5年期發行規模4億元。"
    assert units(text) == [("12億元", "美元"), ("4億元", "美元")]


def test_a_denominator_after_the_note_is_the_sums() -> None:
    text = "全省生猪出栏均价15.26元(人民币,下同)/公斤,比上周上涨1.2%。"
    facts = [f for f in extract(text) if f["kind"] == "money"]
    assert [(f["unit"], f["per"]) for f in facts] == [("元/公斤", "公斤")]
    facts = [f for f in extract("現貨均價為2,150元(美元)/噸,按周升3%。") if f["kind"] == "money"]
    assert [(f["unit"], f["per"]) for f in facts] == [("美元/吨", "吨")]
