"""A rank's subject is what was ranked, never the verb that ranks it (列, 排, 排位, like 居 and 位列) nor only
the field it is ranked in (全市, 在中心城区); a figure told after it borrows the indicator, not the verb."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-08-06")}


def _rank(got: dict[str, str | None], surface: str) -> str:
    return next(v for k, v in got.items() if k.endswith(surface)) or ""


@pytest.mark.parametrize(("text", "surface", "indicator"), [
    ("1-7月,全县规模以上工业增加值增长6.2%,增幅列全省第12位。", "第12位", "工业增加值"),
    ("上半年全市社会消费品零售总额增长5.1%,增速列全国第四。", "第四", "社会消费品零售总额"),
    ("前三季度,全區一般公共預算收入增長8.3%,增幅列全市第二位。", "第二位", "一般公共預算收入"),
    ("全县城镇居民人均可支配收入31250元,在全市排第5位。", "第5位", "城镇居民人均可支配收入"),
    ("全区税收收入增幅在中心城区排位第三。", "第三", "税收收入增幅"),
])
def test_a_rank_verb_is_left_out_of_what_was_ranked(text: str, surface: str, indicator: str) -> None:
    got = _rank(subjects(text), surface)
    assert indicator in got
    assert not got.endswith(("列", "排", "排位"))


def test_what_two_totals_rank_is_named_without_the_adverb_and_verb() -> None:
    got = subjects("全省中小企业实现利润512.6亿元,营业收入及利润总额绝对值均列全国第九。")
    assert _rank(got, "第九") == "营业收入及利润总额绝对值"


def test_a_figure_after_the_rank_borrows_the_indicator_not_the_verb() -> None:
    got = subjects("上半年,全省規模以上工業企業實現營業收入1.2萬億元,同比增長21.5%,增速列全國第二,兩年平均增長9.6%。")
    assert "列" not in (got["9.6%"] or "")
    assert "營業收入" in (got["9.6%"] or "")


@pytest.mark.parametrize("text", [
    "荷兰和德国分别排第4及第5,瑞典、英国、日本和芬兰分列第7至第10位。",
])
def test_a_list_verb_is_left_to_the_respective_items(text: str) -> None:
    got = subjects(text)
    assert got["第4"] == "荷兰" and got["第5"] == "德国"
