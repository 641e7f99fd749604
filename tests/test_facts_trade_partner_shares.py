"""A share or growth of the trade with a partner is one indicator: `對美出口比重增至30.9%` is 對美出口比重
(not 美出口比重), as `对东盟进出口` and `服务业对经济增长的贡献率` are (subject_rules.TOWARDS_MEASURE_RE).

Each case is written for this file (never copied from the corpus): the class of wording.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str, date: str = "2026-01-10") -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("同時對美出口比重增至29.7%。", "29.7%", "對美出口比重"),
    # (a growth told by its rate word is the trade's: the conventions name the thing that changed)
    ("其中對美出口年增率71%，對東協出口年增率35%。", "71%", "對美出口"),
    ("其中對美出口年增率71%，對東協出口年增率35%。", "35%", "對東協出口"),
    ("前三季度，对东盟贸易额占比达15.8%。", "15.8%", "对东盟贸易额占比"),
    ("我国对美出口增速为4.6%。", "4.6%", "对美出口"),
])
def test_a_share_or_growth_of_trade_with_a_partner_keeps_the_partner(text, surface, want):
    assert _subjects(text)[surface] == want


def test_a_plain_trade_figure_with_a_partner_is_unchanged():
    assert _subjects("前11个月，我国对东盟出口增长12.3%。")["12.3%"] == "对东盟出口"
