"""Lots traded of the Taiwan 50 ETF written straight after its name (store/facts/fund_lots.py; sealed24's Taiwan
net-selling lists): `元大台灣505萬6,688張` is the fund 元大台灣50 and its 5萬6,688 lots, never 505萬6,688張 and no
longer left unread; the surface is the count as written, without the name's digits."""

from __future__ import annotations

import pytest

from store.facts import extract


def by_surface(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2026-01-21")}


@pytest.mark.parametrize(("text", "surface"), [
    ("外資今天賣超前3名為友達6萬1332張、群創5萬9805張及元大台灣505萬6688張；", "5萬6688張"),
    ("賣超前3名依序為友達6萬1,332張、群創5萬9,805張，以及元大台灣505萬6,688張；", "5萬6,688張"),
])
def test_the_lots_after_the_fund_s_name_are_read_without_its_digits(text: str, surface: str) -> None:
    got = by_surface(text)[surface]
    assert (got["kind"], got["value"]) == ("count", 56688)


def test_lots_written_with_a_comma_group_only() -> None:
    assert by_surface("外資賣超元大台灣5012,345張。")["12,345張"]["value"] == 12345


@pytest.mark.parametrize("text", ["台湾500强企业名单出炉。", "台湾5000亿元投资计划。"])
def test_a_longer_number_after_the_name_is_no_count_of_lots(text: str) -> None:
    assert not any(f["kind"] == "count" for f in extract(text, date="2026-01-21"))


def test_a_count_of_fifty_stays_a_count() -> None:
    assert by_surface("台湾50家企业参加了展会。")["50家"]["value"] == 50
