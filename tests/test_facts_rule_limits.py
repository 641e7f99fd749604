"""A limit a rule sets is a bound, not the comparison it negates.

`贷款期限不得超过5年` stated "above 5 years" (qualifier 超过, so `>5年` found it) with 不得 left in the subject
(贷款期限不得); `期限最长不超过3年` had the subject 贷款期限最长. The bound is 不超过 (at most), 不得低于 is 不低于
(at least), and the words of the limit (不得, 不应, 最长, 最高 …) belong to the qualifier, in either script.
"""

from __future__ import annotations

import pytest

from store.facts import extract
from store.search.qualified import ABOVE, BELOW


def _only(text: str) -> dict:
    facts = [f for f in extract(text, date="2025-03-01") if f["kind"] not in ("date", "year")]
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize(("text", "qualifier", "subject"), [
    ("贷款期限不得超过5年。", "不超过", "贷款期限"),
    ("每公斤大米中镉含量不应超过0.2毫克。", "不超过", "每公斤大米中镉含量"),
    ("预收费周期最长不得超过12个月。", "不超过", "预收费周期"),
    ("单笔贷款额度最高不超过500万元。", "不超过", "单笔贷款额度"),
    ("个人贷款利率不得低于3.5%。", "不低于", "个人贷款利率"),
    ("每班学生人数不宜多于45人。", "不超过", "每班学生人数"),
    ("貸款期限不得超過5年。", "不超过", "貸款期限"),
])
def test_a_limit_is_its_bound_and_its_words_stay_out_of_the_subject(text: str, qualifier: str, subject: str) -> None:
    fact = _only(text)
    assert fact["qualifier"] == qualifier
    assert fact["subject"] == subject
    assert fact["surface"] in text


def test_a_cap_is_found_below_its_number_and_a_floor_above_it() -> None:
    assert _only("贷款期限不得超过5年。")["qualifier"] in BELOW
    assert _only("个人贷款利率不得低于3.5%。")["qualifier"] in ABOVE


def test_a_plain_comparison_stays_a_comparison() -> None:
    assert _only("全年降水量超过800毫米。")["qualifier"] == "超过"


def test_a_quoted_limit_is_still_a_figure() -> None:
    # “不应高于60%”: the bound's words fill the quotation with the figure, which is no name
    facts = [f for f in extract("将贷款占并购交易额的比例由“不应高于60%”放宽到“不应高于80%”。") if f["kind"] == "percent"]
    assert [(f["value"], f["qualifier"]) for f in facts] == [(60, "不高于"), (80, "不高于")]
