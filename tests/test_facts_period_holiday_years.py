"""Holidays of other years and lunar days (store/facts/period_holidays.py; tests/gold/README.md:
holidays are day ranges, the 2026 Spring Festival 2026-02-15/2026-02-23, last year's
2025-01-28/2025-02-04, `去年國慶假期` 2025-10-01/2025-10-08, `正月初六` the date 2026-02-22).

Each figure takes its own holiday: `不及去年的169元` after this year's Spring Festival is last
year's Spring Festival; a daily average over the holiday (`春節假期每日人均花費`) is the whole
holiday's; the film season (`春節檔`) is the holiday's; a base's own figure named after its noun
(`較去年春節檔電影總票房的95.1億元`) is the base's."""

from __future__ import annotations

import pytest

from store.facts import extract

SPRING_2026, SPRING_2025, NATIONAL_2025 = "2026-02-15/2026-02-23", "2025-01-28/2025-02-04", "2025-10-01/2025-10-08"


def periods(text: str, date: str = "2026-02-25") -> dict[str, str | None]:
    return {f["surface"].lstrip("近约約"): f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize("text", [
    "今年春節假期每日人均花費150元,不及去年的169元,但高於去年國慶假期的114元。",
    "今年春节假期每日人均花费150元,不及去年的169元,但高于去年国庆假期的114元。",
    "今年春节假期人均花费150元,低于去年的169元,但高于去年国庆假期的114元。",
])
def test_each_figure_takes_the_holiday_of_its_own_year(text: str) -> None:
    got = periods(text)
    assert (got["150元"], got["169元"], got["114元"]) == (SPRING_2026, SPRING_2025, NATIONAL_2025)


@pytest.mark.parametrize("text", [
    "今年春節檔電影總票房僅57.5億元,較去年春節檔電影總票房的95.1億元,下跌近4成。",
    "今年春节档电影总票房仅57.5亿元,较去年春节档电影总票房的95.1亿元,下跌近4成。",
])
def test_the_film_season_is_the_holiday_and_the_compared_figure_last_years(text: str) -> None:
    got = periods(text)
    assert [got[s] for s in got if not s.endswith("年")] == [SPRING_2026, SPRING_2025, SPRING_2026]


@pytest.mark.parametrize(("text", "want"), [
    ("正月初六，全社會跨區域人員流動量首次達到 3.8 億人次。", "2026-02-22"),
    ("大年初一，全国电影票房达到18亿元。", "2026-02-17"),
    ("除夕，全国铁路发送旅客800万人次。", "2026-02-16"),
])
def test_a_lunar_day_of_the_spring_festival_is_that_day(text: str, want: str) -> None:
    got = periods(text)
    assert [p for s, p in got.items() if s.endswith(("人次", "元"))] == [want]


def test_a_lunar_day_still_ahead_of_the_article_gives_no_day() -> None:
    got = periods("预计正月初六全社会跨区域人员流动量将达到3.8亿人次。", date="2026-02-18")
    assert got["3.8亿人次"] != "2026-02-22"
