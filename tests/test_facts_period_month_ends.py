"""Month ends (tests/gold/README.md: `2024-05-31 (month ends, 年末 → 12-31)`): a month end stays
the last day of its month whatever word follows it — a forecast (`三月底预计为`), a release
(`6月底公布`) — where a bare month followed by such a word names a forecast's or report's month."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str = "2019-02-27") -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize("text", [
    "本港财政储备至二零二零年三月底预计为一万一千七百八十四亿元。",
    "财政储备至2020年3月底预计为11784亿元。",
    "财政储备至二零二零年三月末预计为一万一千七百八十四亿元。",
])
def test_a_month_end_before_a_forecast_word_is_the_months_last_day(text: str) -> None:
    got = periods(text)
    assert [p for s, p in got.items() if s.endswith("亿元")] == ["2020-03-31"]


def test_the_month_a_forecast_names_is_still_no_period_of_its_own() -> None:
    got = periods("国际货币基金组织4月预测全年经济增长3.3%。", date="2024-05-10")
    assert got["3.3%"] != "2024-04"
