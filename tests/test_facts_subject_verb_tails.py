"""A subject never ends in the verb phrase an adverb opens (store/facts/subject_verb_tails.py): the noun
phrase before the adverb is what was measured, in communiqués, fuel news, farm reports and wire news."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-12")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("“十四五”以来，我国工程机械出口额连续跨越300亿、400亿、500亿、600亿美元台阶。", "500亿", "工程机械出口额"),
    ("台灣中油公司自明（8）日凌晨0時起汽、柴油價格各調漲0.1元。", "0.1元", "柴油價格"),
    ("目前，全国夏粮收获已过九成，其中，冬小麦大面积收获基本结束。", "九成", "全国夏粮收获"),
    ("用于远程打击的“战斧”巡航导弹也消耗了近一半。", "近一半", "“战斧”巡航导弹"),
    ("上市券商平均市净率仅1.33倍，中位数更是低至1.08倍。", "1.08倍", "中位数"),
    ("俄罗斯与乌克兰24日交换被扣押人员，双方各移交115人。", "115人", "双方"),
])
def test_an_adverb_and_its_verb_are_no_part_of_the_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("累计实施退耕还林还草超过3.2亿亩。", "超过3.2亿亩", "退耕还林还草"),          # 还 of a noun, not an adverb
    ("中央资金亩均投入超过2000元。", "超过2000元", "中央资金亩均投入"),            # 亩均: one word
    ("全国居民人均可支配收入达4.5万元。", "4.5万元", "全国居民人均可支配收入"),
])
def test_nouns_holding_an_adverbs_character_stay_whole(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
