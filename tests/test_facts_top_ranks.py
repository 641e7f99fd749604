"""The top or bottom places of a ranking are ranks (the sealed4 sample's energy-intensity
communiqué, as the unseen sample labels `前三位`): `前三位`, `后三位`, `前5位`, `前十名` —
value the number of places, unit 位/名.  A count of persons (`三位专家`, `此前三位总统`) stays
a count.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str) -> dict:
    got = extract(text, date="2009-08-01")
    found = [f for f in got if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in got])
    return found[0]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("2008年单位GDP能耗下降最多的前三位是山西、北京和天津。", "前三位", 3, "位"),
    ("分省份单位GDP能耗从低向高排,前三位省份依次是北京、广东、浙江。", "前三位", 3, "位"),
    ("后三位依次是贵州、青海、宁夏。", "后三位", 3, "位"),
    ("2009年我國GDP能耗最高的前三位是:寧夏、青海、山西。", "前三位", 3, "位"),
    ("排名前5位的城市依次是上海、北京、深圳、广州和重庆。", "前5位", 5, "位"),
    ("该省外贸总额连续多年位列全国前十名。", "前十名", 10, "名"),
    ("排名後三位的是東部三個縣。", "後三位", 3, "位"),
])
def test_the_top_places_of_a_ranking_are_a_rank(text: str, surface: str, value: int, unit: str) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["value"], f["unit"]) == ("rank", value, unit)


@pytest.mark.parametrize(("text", "surface"), [
    ("会上,前三位专家先后发言。", "三位"),
    ("此前三位总统都曾访华。", "三位"),
    ("目前5名患者已经出院。", "5名"),
    ("共有三位嘉宾出席。", "三位"),
])
def test_a_count_of_persons_stays_a_count(text: str, surface: str) -> None:
    assert fact(text, surface)["kind"] == "count"


@pytest.mark.parametrize("text", ["保留小数点后两位数字。", "祖冲之将圆周率精确到小数点后七位。"])
def test_decimal_places_are_no_rank(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] == "rank"]


def test_qian_san_jia_is_the_first_three_places() -> None:
    f = fact("轄區經濟連續第7年進入全省「十強縣」前三甲,獲評先進縣。", "前三甲")
    assert f["kind"] == "rank" and f["value"] == 3 and f["unit"] is None
