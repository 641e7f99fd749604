"""The connectives and adverbs a subject never ends in are read in traditional script too (雖, 卻, 繼續, 領漲,
躍升, 環比): 增速雖比上月減緩 leaves 增速, whose owner the rate rules find."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-11-20")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("10月份工業企業利潤同比增長18.2%,增速雖比9月份減緩1.4個百分點,仍屬年內較高水平。", "1.4個百分點", "工業企業利潤"),
    ("本月出口值年增12.5%,增幅雖較上月縮小3.1個百分點,仍連續成長。", "3.1個百分點", "出口值"),
])
def test_a_traditional_concession_is_no_part_of_the_subject(text: str, surface: str, expected: str) -> None:
    got = subjects(text)[surface] or ""
    assert expected in got and not got.endswith(("雖", "虽"))
