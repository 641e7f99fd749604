"""An item or copy number before a dot opens no subject: a list's line
(`1.CPI同比上涨0.2%`) or a headline an archive numbered (`4·CPI同比上涨0.2%`,
as the 100,000-article benchmark writes its copies) is about the CPI, not
about `4·CPI` — the app showed `4·CPI`, and the series split it from the
CPI.  A date written with a dot keeps its digits (`3·15晚会`, `7·20特大暴雨`):
the digit after the dot says it is no item number.  The series key cleans
subjects stored before (existing stores) the same way."""

from __future__ import annotations

import pytest

from store.facts import extract
from store.series.indicators import clean_subject, subject_parts, title_entity


def _subjects(headline: str) -> list[str | None]:
    return [f.get("subject") for f in extract(f"{headline}\n\n正文。") if f["kind"] not in ("date", "year")]


@pytest.mark.parametrize("headline, subject", [
    ("4·CPI同比上涨0.2%", "CPI"),
    ("1.CPI同比上涨0.2%", "CPI"),
    ("1．CPI同比上涨0.2%", "CPI"),
    ("12·2024年GDP增长5%", "GDP"),
    ("3·15晚会曝光企业达12家", "3·15晚会曝光企业"),   # a date: its digits stay
    ("5.5G基站达3万个", "5.5G基站"),                   # a decimal, no item number
])
def test_an_item_or_copy_number_opens_no_subject(headline: str, subject: str) -> None:
    assert _subjects(headline) == [subject]


@pytest.mark.parametrize("stored, name", [
    ("4·CPI", "CPI"),
    ("1.CPI", "CPI"),
    ("12·2024年GDP", "GDP"),
    ("3·15晚会曝光企业", "3·15晚会曝光企业"),
    ("1.5G", "1.5G"),
])
def test_the_series_key_leaves_out_a_stored_number_lead(stored: str, name: str) -> None:
    assert clean_subject(stored) == name


def test_a_numbered_copy_is_the_same_indicator_and_place() -> None:
    assert subject_parts("4·CPI") == subject_parts("CPI") == (None, "居民消费价格指数(CPI)")
    assert title_entity("1·我国物价延续温和上涨态势") == title_entity("我国物价延续温和上涨态势") == "全国"
