"""A window of days opened by 自/从 and closed by 至/到 with words between (`自7月1日铁路暑运启动至15日`,
`从7月1日到昨天（8月9日）`, `从今天（5月10日）起到5月19日`) dates the totals after it over those days
(store/facts/period_day_windows.py; sealed4, sealed13 and sealed14 label them so), not the first day alone."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    ("记者从国铁集团获悉，自7月1日铁路暑运启动至15日，全国铁路累计发送旅客2.18亿人次，同比增长3.4%。", "2025-07-16",
     "2.18亿人次", "2025-07-01/2025-07-15"),
    ("从7月1日到昨天（8月9日），北京市属公园已接待外籍游客18.46万人次，同比去年增加90%。", "2024-08-10",
     "90%", "2024-07-01/2024-08-09"),
    ("从今天（5月10日）起到5月19日，财政部发行今年第三期和第四期凭证式储蓄国债，最大发行总额300亿元。", "2024-05-10",
     "300亿元", "2024-05-10/2024-05-19"),
    ("铁路方面，自1月14日春运启动至2月6日，累计发送旅客突破3亿人次。", "2025-02-07", "3亿人次", "2025-01-14/2025-02-06"),
])
def test_totals_after_a_window_of_days_take_the_window(text: str, date: str, surface: str, window: str) -> None:
    assert periods(text, date)[surface] == window


@pytest.mark.parametrize(("text", "date", "surface", "day"), [
    ("美国总统表示，对欧盟征收50%关税的起征时间从6月1日延至7月9日。", "2025-05-26", "50%", "2025-06-01"),
    ("伊朗总统签署将战时状态从5月9日起实施，至8月6日结束的法令，涉及20万人。", "2025-05-10", "20万人", "2025-05-09"),
])
def test_a_deferral_or_a_clause_break_is_no_window(text: str, date: str, surface: str, day: str) -> None:
    assert periods(text, date)[surface] != f"{day}/2025-08-06"
    assert "/" not in (periods(text, date)[surface] or "")
