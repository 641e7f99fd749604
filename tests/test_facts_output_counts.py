"""A count written right after a named output is the output's (tests/gold/README.md: the subject
names what was measured): in `移動通信基站設備產量536.4萬射頻模塊，增長13.5%` the noun after the
figure is its unit of count, the output named before it is the subject, of the growth too."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-02-28")
            if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("服務器產量597.0萬台，增長12.6%；移動通信基站設備產量480.2萬射頻模塊，增長9.5%。", "480.2萬", "移動通信基站設備產量"),
    ("服務器產量597.0萬台，增長12.6%；移動通信基站設備產量480.2萬射頻模塊，增長9.5%。", "9.5%", "移動通信基站設備產量"),
    ("移动通信基站设备产量480.2万射频模块，增长9.5%。", "9.5%", "移动通信基站设备产量"),
    ("全年新能源汽车产量958.7万辆新能源车。", "958.7万辆", "新能源汽车产量"),
])
def test_a_count_after_a_named_output_is_the_outputs(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_count_of_its_own_noun_keeps_it() -> None:
    assert subjects("全省新增3个煤矿，煤炭产量增长5%。")["3个"] == "煤矿"
