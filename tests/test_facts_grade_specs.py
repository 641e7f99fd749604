"""A grain's grade written beside its price is a label (sealed16's call): the moisture of a price list's
item (`三等2410元/吨,水分14%,杂质1`, `,水分含量在14%-15%。`, `,水分含量14%以内;`), in a bracket after the price
(`820元/吨(水分30%左右)`) and a moisture naming the grain graded (`30%水分玉米收购价`).  A moisture
measured (`新粮水分降至14%`) stays a figure.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize("text", [
    "当地二等新玉米收购价格2380元/吨,三等2370元/吨,水分15%,杂质1,霉变2。",
    "某粮库小麦收购价1.28元/斤,容重760克/升,水分12.5%,不完善粒≤8%。",
    "该企业25%水分玉米收购价为0.92元/斤。",
    "辽宁部分地区玉米收购价格在1100-1150元/吨,水分含量在15%-16%。",
    "当地深加工企业玉米收购价格为1180元/吨,水分含量15%以内;其他企业报价持稳。",
    "部分企业把潮粮收购价提到760~780元/吨(水分28%左右),折干后约1050元/吨。",
    "另有吉林地区水分含量为15%左右新玉米到厂价为1150元/吨。",
])
def test_a_grade_beside_a_grain_price_is_no_figure(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] == "percent"]


def test_a_measured_moisture_stays_a_figure() -> None:
    facts = extract("今年新粮水分降至14%,收购价2400元/吨。")
    assert [f["surface"] for f in facts if f["kind"] == "percent"] == ["14%"]
