"""A holiday's own day (store/facts/period_holiday_parts.py; sealed24's `“五一”当天进店客流就突破3万人` → 2025-05-01):
`元旦当天`, `“五一”当天`, `国庆当天`, `除夕当天`, `春节当天` are that day — the latest one that has come by the article's
date, or the year named — for the figures told of it; a day still ahead (or told on the eve) gives none, and a day
compared with (`是2023年除夕当天的近16倍`) is a base, not the figure's period."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "day"), [
    ("在南京新开业的这家大型商场，“五一”当天进店客流就突破3万人。", "2025-05-05", "3万人", "2025-05-01"),
    ("国家移民管理局通报，元旦当天共计180.3万人次出入境。", "2024-01-02", "180.3万人次", "2024-01-01"),
    ("国庆当天，全国铁路发送旅客1900万人次。", "2024-10-03", "1900万人次", "2024-10-01"),
    ("除夕当天重点电商平台在线餐饮销售额同比增长40.8%。", "2024-02-12", "40.8%", "2024-02-09"),
    ("2025年除夕当天，银联网联共处理支付交易40.54亿笔。", "2025-01-30", "40.54亿笔", "2025-01-28"),
])
def test_a_holiday_s_own_day_dates_its_figures(text: str, date: str, surface: str, day: str) -> None:
    assert periods(text, date)[surface] == day


def test_a_holiday_day_not_yet_come_dates_nothing() -> None:
    assert periods("元旦当天，全国铁路预计发送旅客500万人次。", "2024-12-31")["500万人次"] is None
