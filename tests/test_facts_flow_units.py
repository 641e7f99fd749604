"""A flow per day or year written as a verb, and a price per weight of a named good, carry their
denominator (tests/gold/README.md, sealed6): `日加工鲜叶8000—10000斤` → 斤/日, `年接待游客超30万人次`
→ 人次/年, `每公斤猪肉47.03元` → 元/公斤. A measure named as a noun (`日吞吐量`, `日产生量`, `年产值`,
`日均客流量`), a total of a named year (`去年接待游客`) and `每股收益0.86元` keep their plain unit.

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def unit_of(text: str, surface: str) -> str | None:
    return next(f["unit"] for f in extract(text, date="2025-06-01") if surface in f["surface"])


FLOWS = [
    ("新建的生产线日加工鲜叶8000—10000斤。", "8000", "斤/日"),
    ("全国快递网点日均服务用户近7亿人次。", "7亿人次", "人次/日"),
    ("这个村子年接待游客超30万人次。", "30万人次", "人次/年"),
    ("该医院日接诊患者3000人次。", "3000人次", "人次/日"),
    ("港口日装卸集装箱2万标箱。", "2万标箱", "标箱/日"),
]


@pytest.mark.parametrize(("text", "surface", "unit"), FLOWS)
def test_a_flow_written_as_a_verb_per_day_or_year_is_per_that_time(text: str, surface: str, unit: str) -> None:
    assert unit_of(text, surface) == unit


PLAIN = [
    ("宁波舟山港日吞吐量近400万吨。", "400万吨", "吨"),
    ("全市餐厨垃圾日产生量1900吨左右。", "1900吨", "吨"),
    ("全疆花卉年产值达到6亿元。", "6亿元", "元"),
    ("商贸城日均客流量超20万人次。", "20万人次", "人次"),
    ("景区去年接待游客300万人次。", "300万人次", "人次"),
    ("2024年接待游客300万人次。", "300万人次", "人次"),
    ("大桥日均约4212车次。", "4212车次", "车次"),
    ("春运高峰日发送旅客突破2000万人次。", "2000万人次", "人次"),
    ("国庆首日接待游客突破2.5万人次。", "2.5万人次", "人次"),
    ("高铁开通运营一周年发送旅客579万人次。", "579万人次", "人次"),
    ("公司每股收益0.86元。", "0.86元", "元"),
]


@pytest.mark.parametrize(("text", "surface", "unit"), PLAIN)
def test_a_measure_named_as_a_noun_or_a_years_total_keeps_its_unit(text: str, surface: str, unit: str) -> None:
    assert unit_of(text, surface) == unit


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("11月第一周,每公斤猪肉47.03元,比前一周下降1.3%。", "47.03元", "元/公斤"),
    ("当天每斤鸡蛋4.5元。", "4.5元", "元/斤"),
    ("每桶原油报60美元。", "60美元", "美元/桶"),
])
def test_a_price_per_weight_of_a_named_good_is_per_that_weight(text: str, surface: str, unit: str) -> None:
    assert unit_of(text, surface) == unit


def test_a_later_list_item_shares_the_time_unit() -> None:
    text = "每天约8000辆汽车、400台挖掘机出口海外。"
    assert unit_of(text, "8000辆") == "辆/天"
    assert unit_of(text, "400台") == "台/天"


def test_a_count_in_another_clause_does_not_share_it() -> None:
    assert unit_of("每天约8000辆汽车出口，另有400台挖掘机。", "400台") == "台"


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("一条精深加工生产线不久前投产,一年能转化灵芝450公斤。", "450公斤", "公斤/年"),
    ("这台插秧机一天可插秧40多亩。", "40多亩", "亩/天"),
])
def test_what_a_plant_can_do_in_one_year_or_day_is_per_that_time(text: str, surface: str, unit: str) -> None:
    assert unit_of(text, surface) == unit
    assert not [f for f in extract(text) if f["surface"] in ("一年", "一天")]


def test_a_span_gone_by_is_no_denominator() -> None:
    assert unit_of("过去一年能处理垃圾5000吨。", "5000吨") == "吨"
