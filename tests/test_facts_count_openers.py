"""A count's noun that opens with a word the noun-after reading takes for a preposition or adverb
(以军, 以色列, 在韩, 与会, 集中), or that follows a second measure in brackets (台（套）), is still the
noun counted; a sum before a named central fund is the fund's (as sealed2's `第二期…国债` and
blind's `农村综合改革转移支付156亿元` name the money given out)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("以方还称，22日有24名以军士兵在加沙地带死亡。", "24名", "以军士兵"),
    ("约旦河西岸发生枪击，3名以色列警察死亡。", "3名", "以色列警察"),
    ("有14架以军战机参与空袭。", "14架", "以军战机"),
    ("第十一批43位在韩中国人民志愿军烈士遗骸及相关遗物由空军运回。", "43位", "在韩中国人民志愿军烈士遗骸"),
    ("8名与会同志围绕深化国资国企改革的举措提问。", "8名", "与会同志"),
    ("签约大厅共举办70余场集中签约活动，达成意向合作超过500项。", "70余场", "集中签约活动"),
    ("当地12个集中安置点的水电网等设施基本完善。", "12个", "集中安置点"),
    ("我国已经对药品开展11批集中带量采购。", "11批", "集中带量采购"),
    ("400多名与会嘉宾欢聚一堂，共同祝福。", "400多名", "与会嘉宾"),
    ("有1名以色列人在袭击事件中死亡。", "1名", "以色列人"),
    ("两名以色列男子因涉嫌为他国执行情报任务被捕。", "两名", "以色列男子"),
])
def test_a_noun_opening_with_a_word_read_as_a_preposition_is_counted(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("在广袤的田野间，3000万台（套）各类农业机械正开足马力抢收抢种。", "3000万台", "各类农业机械"),
    ("270多件（套）展品中，甲骨文占多数。", "270多件", "展品"),
    ("今年我国将有2300多万台（套）农机装备投入春耕春管。", "2300多万台", "农机装备"),
    ("中外联合考古已开展48项，1900余件（套）海外文物回归祖国。", "1900余件", "海外文物"),
])
def test_a_noun_after_a_second_measure_in_brackets_is_counted(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("财政部、应急管理部近日下达44.4亿元中央冬春临时生活困难救助资金，重点向受灾地区倾斜。",
     "44.4亿元", "中央冬春临时生活困难救助资金"),
    ("国家发展改革委紧急下达2亿元中央预算内投资，支持灾后恢复重建。", "2亿元", "中央预算内投资"),
    ("两部门下达40亿元中央财政农村供水维修养护补助资金。", "40亿元", "中央财政农村供水维修养护补助资金"),
])
def test_a_sum_before_a_named_central_fund_is_the_funds(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_sum_given_for_a_purpose_without_a_fund_named_is_left_alone() -> None:
    assert subjects("中央财政还提前下达52亿元，支持各地开展农村厕所革命。")["52亿元"] is None
