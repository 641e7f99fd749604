"""How many items of a class grew (issue 10, blind, sealed2, sealed3 and sealed5's period misses):
`91种主要轻工产品中69种产量实现增长`, `调查的21个制造业行业中，有18个位于扩张区间`, `装备制造业中的8个行业增加值
全部实现增长` are breakdowns of the statistical period the sentence before states (1—2月份, 2月份, 2025年), and
take it as a rate after it would; a day before (a meeting's) is no such period and is not carried."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] == "count"}


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("1—2月份，规模以上轻工业增加值同比增长6.1%。91种主要轻工产品中69种产量实现增长，增长面达75.8%。", "2026-03-16",
     {"91种": "2026-01/2026-02", "69种": "2026-01/2026-02"}),
    ("1—2月份，规模以上工业增加值同比增长6.1%。装备制造业中的8个行业增加值全部实现增长。", "2026-03-16",
     {"8个": "2026-01/2026-02"}),
    ("2月份，制造业PMI为52.6%。调查的21个制造业行业中，有18个位于扩张区间。", "2023-03-01",
     {"21个": "2023-02", "18个": "2023-02"}),
    ("2025年，全国轻工业平稳增长。90种主要轻工产品中，35种实现产量增长。", "2026-01-20",
     {"90种": "2025", "35种": "2025"}),
])
def test_the_items_that_grew_take_the_statistical_period_before(text: str, date: str, expected: dict[str, str]) -> None:
    got = periods(text, date)
    assert {s: got[s] for s in expected} == expected


def test_a_day_before_is_not_carried() -> None:
    assert set(periods("3月20日，该公司召开大会。10种产品中3种实现增长。", "2026-03-21").values()) == {None}


def test_how_many_industries_grew_their_profit_takes_the_lead_sentences_months() -> None:
    text = ("国家统计局今天（3月27日）发布的数据显示，今年1—2月份，全国规模以上工业企业实现利润总额10245.6亿元，同比增长15.2%。"
            "在41个工业大类行业中，有24个行业利润同比增长，增长面为58.5%。")
    got = {f["surface"]: f["period"] for f in extract(text, date="2026-03-27")}
    assert (got["41个"], got["24个"]) == ("2026-01/2026-02", "2026-01/2026-02")
