"""A share of an earlier level (`相當於2019年同期的70.9%`, `恢復到2019年同期的120.5%`) is a figure of the
sentence's own period, the earlier one its base — also in traditional text, which the normaliser folds only in
part (相當於 reads 相當于); and the start of a record's horizon (`自2020年1月疫情後單月最高`) dates nothing after it."""

from __future__ import annotations

import pytest

from store.facts import extract


def _period(text: str, surface: str, date: str) -> str | None:
    return next(f["period"] for f in extract(text, date=date) if f["surface"].endswith(surface))


@pytest.mark.parametrize("text, surface, date, want", [
    ("8月澳門博彩毛收入錄172.13億元,相當於2019年同期的70.9%。", "70.9%", "2023-09-01", "2023-08"),
    ("8月澳门博彩毛收入录172.13亿元,相当于2019年同期的70.9%。", "70.9%", "2023-09-01", "2023-08"),
    ("7月入境旅客達到280萬人次,恢復至2019年同期的85%。", "85%", "2023-08-01", "2023-07"),
    ("7月入境旅客达到280万人次,恢复到2019年同期的85%。", "85%", "2023-08-01", "2023-07"),
    ("今年春節假期,全市接待遊客量恢復到2019年同期的120.5%。", "120.5%", "2024-02-20", "2024-02-10/2024-02-17"),
    ("8月澳門博彩毛收入按月升3.3%,錄172.13億元,再創下自2020年1月疫情後單月賭收最高,相當於2019年同期的70.9%。",
     "70.9%", "2023-09-01", "2023-08"),
])
def test_a_share_of_an_earlier_level_is_of_the_sentences_period(text: str, surface: str, date: str, want: str) -> None:
    assert _period(text, surface, date) == want


def test_a_multiple_of_an_earlier_period_keeps_its_own() -> None:
    assert _period("8月客流量是2019年同期的1.2倍。", "1.2倍", "2023-09-01") == "2023-08"
