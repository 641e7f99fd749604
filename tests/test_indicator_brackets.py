"""An indicator keeps both halves of a bracket its subject holds: the edge
marks stripped from a subject took the closing one, so the CPI's series and
conflicts were named 居民消费价格指数(CPI, and the query 居民消费价格指数(CPI)
found nothing (walk28, on the bulk corpus)."""

from __future__ import annotations

import pytest

from store.series.indicators import clean_subject


@pytest.mark.parametrize("subject, name", [
    ("居民消费价格指数（CPI）", "居民消费价格指数(CPI)"),
    ("居民消费价格指数(CPI)的", "居民消费价格指数(CPI)"),
    ("“国内生产总值（GDP）”", "国内生产总值(GDP)"),
    ("（甲）产量", "(甲)产量"),
    ("产量（吨）", "产量(吨)"),
    ("居民消费价格指数CPI", "居民消费价格指数CPI"),   # nothing to keep
    ("产量）", "产量"),                               # a stray bracket still goes
    ("（CPI）", "CPI"),                               # a whole bracketed subject loses both
])
def test_a_bracket_whose_other_half_stays_is_kept(subject: str, name: str) -> None:
    assert clean_subject(subject) == name
