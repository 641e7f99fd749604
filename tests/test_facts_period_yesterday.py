"""`昨` in Hong Kong's press (issue 10, sealed8's period misses): `昨一度高見每安士4,420美元`,
`截至本港時間昨晚9時，…報每安士4,418美元` are the day before the story's, as `昨日`/`昨天` already were
(a story of 23 December: 22 December).  `昨` alone reads so only before the market words the press uses
(一度, 再, 亦, 曾, 最多, 高見, 低見, 收報); a release's `昨公布` stays a release's day (no period)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year", "duration")}


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("現貨金價昨一度高見每安士4,420美元。", "2025-12-23", "每安士4,420美元", "2025-12-22"),
    ("截至本港時間昨晚9時，國際現貨金價報每安士4,418美元，升1.8%。", "2025-12-23", "1.8%", "2025-12-22"),
    ("恒指昨收報25,830點，跌0.5%。", "2025-03-04", "0.5%", "2025-03-03"),
    ("纽约油价昨夜下跌2.1%。", "2024-02-14", "2.1%", "2024-02-13"),
])
def test_yesterday_is_the_day_before_the_story(text: str, date: str, surface: str, expected: str) -> None:
    got = periods(text, date)
    assert got[next(s for s in got if surface in s or s in surface)] == expected


def test_a_word_with_a_different_meaning_is_not_yesterday() -> None:
    assert "2025-03-03" not in set(periods("往昔不再，昨是今非，营收下降5%。", "2025-03-04").values())


def test_a_release_last_night_dates_no_holding() -> None:
    got = periods("航天环宇昨晚披露减持股份计划公告，公司实际控制人直接持有公司95,385,057股，占公司总股本的23.44%。",
                  "2026-06-12")
    assert set(got.values()) == {None}
