"""A weekday of next week (`下星期三`, `下周五`) is that day of the next calendar week, as `上周三` is the
previous week's (store/facts/period_days.relative_to_article; sealed4: `國家財政部下星期三在香港發行的90億元`
in a Thursday 2024-07-04 story → 2024-07-10)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("國家財政部下星期三在香港發行的90億元人民幣國債,各佔30億元。", "90億元", "2024-07-10"),
    ("财政部下周一将在香港发行60亿元人民币国债。", "60亿元", "2024-07-08"),
    ("財政部下週五標售300億元公債。", "300億元", "2024-07-12"),
    ("财政部上周三发行了90亿元国债。", "90亿元", "2024-06-26"),
])
def test_a_weekday_of_the_next_or_last_week(text: str, figure: str, want: str) -> None:
    got = {f["surface"].removesuffix("人民幣").removesuffix("人民币"): f["period"] for f in extract(text, date="2024-07-04")}
    assert got[figure] == want
