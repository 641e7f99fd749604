"""The edges of a subject (bulk samples): a time word or adverb ending it is dropped
(`第35届中国电影金鸡奖昨晚` → 中国电影金鸡奖), a measure word cut from its demonstrative is no part of it
(`这批炸弹` → 炸弹, not 批炸弹; `该项目` keeps 项目, a word), a bare `总体` is the thing the sentence's
figure before it measures, as is a level compared with it (`…达到456亿欧元，远超此前预计的172亿欧元`), and
`之际` is no subject."""

from __future__ import annotations

import pytest

from store.facts import extract


def subject(text: str, surface: str) -> str | None:
    return next(f["subject"] for f in extract(text, date="2025-10-25") if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("第35届中国电影金鸡奖昨晚在厦门颁发。", "第35届", "中国电影金鸡奖"),
    ("国家能源集团宁夏灵武400万千瓦光伏电站日前正式移交投运。", "400万千瓦", "光伏电站"),
    ("我国第三代自主超导量子计算机全球访问量日前突破4000万次。", "4000万次", "第三代自主超导量子计算机全球访问量"),
    ("这批炸弹共有约1800枚。", "约1800枚", "炸弹"),
    ("这座山峰海拔2850米。", "2850米", "山峰海拔"),
    ("该项目总投资5.7亿元。", "5.7亿元", "项目总投资"),
    ("全港集装箱吞吐量完成1200万标箱，总体较去年同期增加28.55万标箱。", "28.55万标箱", "全港集装箱吞吐量"),
    ("开启第二个10年之际，双方合作不断深化。", "第二个", None),
    ("德国2023年新增净负债预计达到456亿欧元，远超此前预计的172亿欧元。", "172亿欧元", "德国新增净负债"),
])
def test_a_subjects_edges_hold_only_the_thing_measured(text: str, surface: str, expected: str | None) -> None:
    assert subject(text, surface) == expected
