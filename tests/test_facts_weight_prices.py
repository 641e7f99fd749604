"""A price named per its unit of weight (`克价1027元`, `金饰克价报1050元`, `吨价为5000元`) carries that
denominator (元/克, 元/吨), as `每克1027元` does; a change of it stated apart (`较前一日上涨12元`)
keeps the unit it is written with."""

from __future__ import annotations

import pytest

from store.facts import extract


def unit(text: str, surface: str) -> tuple[str, str | None]:
    f = next(f for f in extract(text) if f["surface"] == surface)
    return f["unit"], f["per"]


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("周大福首饰金价与9月1日的克价1027元相比,每克累计上涨71元。", "1027元", ("元/克", "克")),
    ("金饰克价报1050元。", "1050元", ("元/克", "克")),
    ("周大福金饰克价为1068元，较前一日上涨12元。", "1068元", ("元/克", "克")),
    ("动力煤吨价为560元。", "560元", ("元/吨", "吨")),
])
def test_a_price_named_per_gram_or_ton_has_that_denominator(text: str, surface: str, want: tuple) -> None:
    assert unit(text, surface) == want


def test_a_change_stated_apart_keeps_its_written_unit() -> None:
    assert unit("周大福金饰克价为1068元，较前一日上涨12元。", "12元") == ("元", None)
