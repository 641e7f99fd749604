"""A forecast revised from an earlier review's figure is the forecast's (tests/gold/README.md: the
subject is the measured indicator): `將今年全年實質本地生產總值增長預測，由8月覆檢時的2%至3%向上修訂至3.2%`
→ 今年全年實質本地生產總值增長預測 for both figures, never the review's time 覆檢時."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> list[str | None]:
    return [f["subject"] for f in extract(text, date="2025-11-14") if f["kind"] == "percent"]


@pytest.mark.parametrize(("text", "expected"), [
    ("政府將今年全年實質本地生產總值增長預測，由8月覆檢時的2%至3%向上修訂至3.2%。", "今年全年實質本地生產總值增長預測"),
    ("政府将今年全年本地生产总值增长预测，由5月覆检时的1.5%至2.5%上调至2%。", "今年全年本地生产总值增长预测"),
    ("政府將全年整體出口貨值預測，由8月覆檢時的1.5%上調至3%。", "全年整體出口貨值預測"),
    ("政府将今年全年基本通胀预测，由8月覆检时的1.7%下调至1.5%。", "今年全年基本通胀预测"),
])
def test_a_revised_forecast_is_the_forecasts(text: str, expected: str) -> None:
    got = subjects(text)
    assert got and all(s == expected for s in got)
