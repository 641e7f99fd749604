"""A company's or a government's last year written `去年度` or `前年度` with no year named in its sentence is as bare as
`上年度` (store/facts/period_last_fiscal.py): its fiscal year may end in March or June, so it has no period (sealed6,
sealed17) — read as 去年 it was the calendar year before the article's.  With a year named the figures keep it."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date="2023-03-27")}


@pytest.mark.parametrize(("text", "surface"), [
    ("石藥公司發盈喜,去年度溢利介乎40%至45%的按年增長。", "40%至45%"),
    ("本集團去年度營業額為12億元，前年度則為10億元。", "12億元"),
])
def test_a_bare_last_fiscal_year_gives_no_period(text: str, surface: str) -> None:
    assert periods(text)[surface] is None


def test_a_named_year_keeps_its_period() -> None:
    assert periods("集團2022年度營業額為12億元，較去年度增加5%。")["12億元"] == "2022"
