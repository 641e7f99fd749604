"""Decades are dates over their years (store/facts/decades.py; sealed23's `上世纪70年代` → 1970/1979, sealed24's
`1980年代` → 1980/1989): read like a year range, never a count of years; a two-digit decade is of the century
named, else of the last one (`00年代`, `10年代`: this one's)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "first", "last"), [
    ("汇溪镇从上世纪70年代起，走出3000多位古建工匠。", "上世纪70年代", 1970, 1979),
    ("將追平1980年代以來，出口史上第二長上升周期。", "1980年代", 1980, 1989),
    ("20世纪90年代末，这里还是一片荒地。", "20世纪90年代", 1990, 1999),
    ("八十年代的工厂如今成了文创园。", "八十年代", 1980, 1989),
    ("上世纪八九十年代，当地人口外流严重。", "上世纪八九十年代", 1980, 1999),
    ("本世纪20年代以来，产业加速升级。", "本世纪20年代", 2020, 2029),
    ("19世纪80年代，这里建起了第一座工厂。", "19世纪80年代", 1880, 1889),
    ("城市地下管网大量建设于20世纪80至90年代。", "20世纪80至90年代", 1980, 1999),
])
def test_a_decade_is_a_date_over_its_years(text: str, surface: str, first: int, last: int) -> None:
    got = {f["surface"]: f for f in extract(text, date="2026-01-31")}[surface]
    assert (got["kind"], got["value"], got["value_high"], got["period"]) == ("year", first, last, f"{first}/{last}")


def test_a_word_with_nian_dai_and_no_numeral_is_no_figure() -> None:
    assert extract("这座古桥年代久远。", date="2026-01-31") == []
