"""出超 (a trade surplus) and 入超 (a deficit) are nouns: their 超 qualifies no figure.

Taiwan trade releases write `前十一月出超一三七九億美元`, `出超1,571.4億美元也刷新紀錄`: 超 was read as the
qualifier 超 (exceeding), cutting the indicator to 出 and taking the sentence's 進口 as the subject.
"""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("出、進口相抵，前十一月出超一三七九億美元、年增六三四億美元。", "一三七九億美元", "出超"),
    ("全年出口首破6,000億美元，進口4,836.1億美元，出超1,571.4億美元也刷新紀錄。", "1,571.4億美元", "出超"),
    ("1-10月对外贸易入超32亿美元。", "32亿美元", "对外贸易入超"),
])
def test_a_trade_balance_is_its_own_subject_without_qualifier(text: str, surface: str, subject: str) -> None:
    got = {f["surface"]: f for f in extract(text, date="2022-12-08")}
    assert got[surface]["subject"] == subject
    assert got[surface]["qualifier"] is None


def test_超_before_a_figure_still_qualifies_it() -> None:
    got = {f["surface"]: f for f in extract("全年出口超6000亿美元。", date="2022-12-08")}
    assert got["超6000亿美元"]["qualifier"] == "超"


@pytest.mark.parametrize(("text", "surface"), [
    ("主力资金净流出超230亿元。", "超230亿元"),
    ("农村居民人均可支配收入超2万元。", "超2万元"),
    ("全年研发投入超3000亿元。", "超3000亿元"),
])
def test_超_after_a_verb_ending_in_出_or_入_still_qualifies(text: str, surface: str) -> None:
    got = {f["surface"]: f for f in extract(text, date="2022-12-08")}
    assert got[surface]["qualifier"] == "超"
