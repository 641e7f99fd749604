"""A denominator named by 每 a few words before the figure (`每亩产量399.1公斤`, `每台机组功率为12.5万千瓦`):
the figure is per that thing, and without the denominator it would read as a total. Not where the figure
compares like with like or tells a share (`每用3度电就有1度`, `每产生十张订单，其中就有六张`), nor across a
clause or another figure. Sentences are our own, in the forms the bulk corpus writes."""

from __future__ import annotations

import pytest

from store.facts import extract


def unit(text: str, surface: str) -> str | None:
    got = [f for f in extract(text) if f["surface"] == surface]
    assert got, [f["surface"] for f in extract(text)]
    return got[0]["unit"]


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("全国粮食每亩产量399.1公斤。", "399.1公斤", "公斤/亩"),
    ("每台机组功率为12.5万千瓦。", "12.5万千瓦", "千瓦/台"),
    ("每亩地种植成本降低了400元左右。", "400元左右", "元/亩"),
    ("种植密度从每亩3000株增加到每亩6000株。", "3000株", "株/亩"),
    ("每一棵的产量都在80斤左右。", "80斤左右", "斤/棵"),
    ("每所学校至少有1名科学副校长。", "1名", "名/所"),
    ("每辆车最高可补贴2万元。", "2万元", "元/辆"),
    ("查询服务费由每份20元降至9元。", "20元", "元/份"),
])
def test_a_thing_named_by_mei_before_the_figure_is_its_denominator(text: str, surface: str, expected: str) -> None:
    assert unit(text, surface) == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("每亩地产草量相当于近20亩的自然草场。", "近20亩", "亩"),       # like with like
    ("全球每产生十张订单，其中就有六张流向中国。", "六张", "张"),     # a share
    ("每立方米河水中，泥沙含量27.5公斤。", "27.5公斤", "公斤"),       # another clause
    ("该船每行驶100海里可节约燃油3900公斤。", "3900公斤", "公斤"),    # 每 before a verb
    ("预测今年每人GDP为3万8748美元。", "3万8748美元", "美元"),        # an indicator per head, as 人均
    ("每户家庭可支配所得平均数为110.9万元。", "110.9万元", "元"),
])
def test_no_denominator_where_the_figure_is_no_rate_of_it(text: str, surface: str, expected: str) -> None:
    assert unit(text, surface) == expected
