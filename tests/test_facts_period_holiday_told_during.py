"""A statutory holiday told while it runs (store/facts/period_holidays.py; tests/gold/README.md, the sealed6
calls): `国庆期间预计接待游客约9万人次` on 2 October 2025 is the holiday (2025-10-01/2025-10-08), a forecast
for it as a whole; told on its eve it stays the month, as before."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("福建古田会议会址推出多条特色旅游线路，国庆期间预计接待游客约9万人次。", "2025-10-02", "约9万人次",
     "2025-10-01/2025-10-08"),
    ("“五一”假期期间，全省预计接待游客3000万人次。", "2026-05-03", "3000万人次", "2026-05-01/2026-05-05"),
    ("春节假期期间，全国铁路预计发送旅客1.2亿人次。", "2026-02-18", "1.2亿人次", "2026-02-15/2026-02-23"),
])
def test_a_holiday_told_during_it_is_the_holiday(text: str, date: str, surface: str, period: str) -> None:
    assert periods(text, date)[surface] == period


def test_a_holiday_told_on_its_eve_stays_the_month() -> None:
    assert periods("国庆期间预计接待游客约9万人次。", "2025-09-28")["约9万人次"] == "2025-10"
