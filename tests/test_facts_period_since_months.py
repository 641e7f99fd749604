"""A total since a month (`自12月以來大漲近30%`) is over the months from then to the article's (store/facts/periods.py
_since_month), also where the text sets a space after 自 (`自 12 月中旬以來`, Taiwan's wires)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize("text", [
    "鎳價延續了自12月中旬以來大漲近30%的強勁走勢。",
    "鎳價延續了自 12 月中旬以來大漲近 30% 的強勁走勢。",
])
def test_a_rise_since_a_month_runs_to_the_articles_month(text: str) -> None:
    got = {f["surface"].replace("近", ""): f["period"] for f in extract(text, date="2026-01-07")}
    assert got[next(k for k in got if k.startswith("30"))] == "2025-12/2026-01"
