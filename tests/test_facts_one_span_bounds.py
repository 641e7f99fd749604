"""A span of one bounded by a qualifier is measured, so it is a duration of 1 (tests/gold/README.md, sealed9:
`党的十八大结束不到一个月` → 1 个月, qualifier 不到), as `近一年` and `仅用一年时间` are; without a bound or a
measuring word, 一 before a unit of time stays an article (`一个月后`, `一年一度`).  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "unit", "qualifier"), [
    ("党的十八大结束不到一个月,总书记就来到广东。", "不到一个月", "个月", "不到"),
    ("超过一个月没有有效降雨。", "超过一个月", "个月", "超过"),
    ("审批用时不到一天。", "不到一天", "天", "不到"),
    ("该国运营商的网络中断不足一周即恢复。", "不足一周", "周", "不足"),
    ("停工逾一年的项目全面复工。", "逾一年", "年", "逾"),
])
def test_a_bounded_span_of_one_is_a_duration(text: str, surface: str, unit: str, qualifier: str) -> None:
    found = [f for f in extract(text) if f["surface"] == surface]
    assert len(found) == 1, [f["surface"] for f in extract(text)]
    assert (found[0]["kind"], found[0]["value"], found[0]["unit"], found[0]["qualifier"]) == \
        ("duration", 1, unit, qualifier)


@pytest.mark.parametrize("text", ["一个月后,他回到了家乡。", "这是一年一度的盛会。", "他们一天天长大。"])
def test_one_as_an_article_is_no_duration(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] == "duration"]
