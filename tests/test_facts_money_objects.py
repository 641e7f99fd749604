"""A sum written right before the kind of money it is measures that money (tests/gold/README.md: sealed7 labels
`签下近1000万元订单` → 订单 and `一笔300万贷款的延期` → 贷款, sealed11 `今年的200万元贷款` → 贷款): never the verb
phrase before it (又签下, 处以, 湖北投入)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("这几天，深圳的这家专精特新“小巨人”企业又签下近1000万元订单，生产计划已经排到了年底。", "近1000万元", "订单"),
    ("工人们正在加班加点生产刚刚拿下的3000万元订单。", "3000万元", "订单"),
    ("在武汉，一家服装小店就因为一笔300万贷款的延期，缓解了资金压力。", "300万", "贷款"),
    ("但今年的200万元贷款却不太一样，可以获得贴息。", "200万元", "贷款"),
    ("乌总理说，乌克兰已从美国获得10亿美元贷款。", "10亿美元", "贷款"),
    ("该机构宣布对优步公司处以2.9亿欧元罚款。", "2.9亿欧元", "罚款"),
    ("湖北投入66.66亿元资金，把以旧换新补贴范围扩展到更多品类。", "66.66亿元", "资金"),
    ("对通过中试验证投产的项目，四川还给予最高500万元补贴。", "500万元", "补贴"),
    ("今年向地方下达4000亿元债务限额，用于补充综合财力。", "4000亿元", "债务"),
])
def test_a_sum_before_the_kind_of_money_it_is_measures_that_money(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("中央财政提前下达44.4亿元中央冬春临时生活困难救助资金。", "44.4亿元", "中央冬春临时生活困难救助资金"),
    ("截至6月末，人民币贷款余额258.6万亿元，同比增长7.1%。", "258.6万亿元", "人民币贷款余额"),
])
def test_a_sum_whose_money_is_already_named_keeps_that_name(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
