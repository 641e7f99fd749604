"""Daily reports and events told with their day (issue 10, sealed8's period misses):
- a daily count's next sentence (`…12月3日0—24时…新增确诊病例4213例…。新增无症状感染者27611例，其中境外输入
  178例`) reports the same day: a sentence opening with 新增 takes the day the sentence before names (only a
  day: a month or year before it is left to the other rules);
- `约10万名公务员当地时间15日举行罢工`: 举行 a strike, a protest or a march is the event of that day, not a
  report's 举行 (of a press conference), so the count takes the day."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("12月3日0—24时，31个省报告新增确诊病例4213例。新增无症状感染者27611例，其中境外输入178例，本土27433例。",
     "2022-12-04", {"27611例": "2022-12-03", "178例": "2022-12-03", "27433例": "2022-12-03"}),
    ("11月20日0—24时，全省报告新增本土确诊病例12例。新增本土无症状感染者305例。",
     "2022-11-21", {"305例": "2022-11-20"}),
])
def test_the_next_sentence_of_a_daily_report_takes_its_day(text: str, date: str, expected: dict[str, str]) -> None:
    got = periods(text, date)
    assert {s: got[s] for s in expected} == expected


def test_a_month_before_is_not_carried_by_the_daily_rule() -> None:
    got = periods("今年以来，全市经济平稳运行。新增市场主体5万户。", "2024-06-20")
    assert got["5万户"] is None


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("此外，英国约10万名公务员当地时间15日举行罢工。", "2023-03-15", "约10万名", "2023-03-15"),
    ("数千名民众12日举行抗议，约200人被捕。", "2023-03-15", "约200人", "2023-03-12"),
])
def test_a_strike_or_protest_held_on_a_day_is_that_days(text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected


def test_a_press_conference_held_on_a_day_still_dates_no_figure() -> None:
    assert periods("外交部15日举行例行记者会，发言人表示进口增长5%。", "2023-03-15")["5%"] is None


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("央视网消息（新闻联播）：国家卫生健康委今天（10月12日）通报，10月11日0—24时，31个省报告新增确诊病例417例，"
     "其中，境外输入病例43例，本土病例374例；新增无症状感染者1473例，其中，境外输入87例，本土1386例。", "2022-10-12",
     {"417例": "2022-10-11", "1473例": "2022-10-11", "87例": "2022-10-11", "1386例": "2022-10-11"}),
    ("新华社消息：卫健委今天（11月19日）通报，11月18日0时至24时，新增确诊病例2137例；新增无症状感染者22336例。",
     "2022-11-19", {"2137例": "2022-11-18", "22336例": "2022-11-18"}),
])
def test_a_day_with_its_hours_frames_every_part_of_its_sentence(text: str, date: str, expected: dict[str, str]) -> None:
    """`10月11日0—24时，…；新增无症状感染者1473例`: the day with its hours opens the statement after a dateline's colon,
    as a day followed by its comma does, so the parts after `；` are of that day, not the report's (walk23)."""
    got = periods(text, date)
    assert {s: got[s] for s in expected} == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("台风过境，全省累计关停文旅场所上千家。截至18时，各地机场已取消航班312架次。", "2026-08-08", {"312架次": "2026-08-08"}),
    ("一饭店发生火灾。截至14时，事故已造成22人死亡、3人受伤。", "2025-04-29", {"22人": "2025-04-29", "3人": "2025-04-29"}),
    ("截至下午4时，湖北全省高速公路缓行路段还有180公里，涉及9条高速。", "2024-02-06", {"180公里": "2024-02-06"}),
])
def test_a_cutoff_at_an_hour_with_no_day_is_the_reports_day(text: str, date: str, expected: dict[str, str]) -> None:
    """`截至18时，各地机场已取消航班312架次` (sealed16): a toll or a closure told by the hour of a day the text does not
    name is of the report's day, as `截至今天18时` is."""
    got = periods(text, date)
    assert {s: got[s] for s in expected} == expected


def test_the_counts_after_a_cutoff_at_an_hour_keep_its_day() -> None:
    """The sentence after `截至下午4时，…取消航班699架次` tells the same day's closures (`停航124条`)."""
    got = periods("今天，部分列车停运；截至下午4时，北京两机场共取消航班699架次。浙江沿海水上客渡运航线停航124条。", "2025-04-12")
    assert (got["699架次"], got["124条"]) == ("2025-04-12", "2025-04-12")
