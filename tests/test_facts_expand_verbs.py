"""擴增/扩增 (Taiwan trade and output releases: `商品出口擴增17.52%`) is a rise: change up, and the
indicator before it is the subject whole, not cut inside the verb (`出口擴`)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("第3季按美元計價商品出口擴增17.52%，其中電子零組件擴增14.99%。", "17.52%", "美元計價商品出口"),
    ("第3季按美元計價商品出口擴增17.52%，其中電子零組件擴增14.99%。", "14.99%", "電子零組件"),
    ("前三季出口扩增12.3%。", "12.3%", "出口"),
])
def test_扩增_is_a_rise_of_the_indicator_before_it(text: str, surface: str, subject: str) -> None:
    f = next(f for f in extract(text, date="2025-10-31") if f["surface"] == surface)
    assert (f["subject"], f["change"]) == (subject, "up")
    assert f["change_word"] in ("擴增", "扩增")
