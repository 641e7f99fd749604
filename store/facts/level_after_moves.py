"""A level reached right after a price's move keeps the move's unit and name (found30): in `每公升調漲0.2元至
27.1元`, `每升上涨0.08元至7.35元`, `每兩升800元至4萬1,800元` the level is per 公升, 升, 兩 as the move is, and of the
same fuel or metal — it was 元 alone, named by a cut `超級柴油每公`."""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_TO_RE = re.compile(r"\s*(?:至|到)\s*$")


def settle_levels_after_moves(text: str, facts: list[Fact]) -> None:
    for a, b in zip(facts, facts[1:]):
        if (a["kind"] != "money" or b["kind"] != "money" or not a.get("change") or b.get("change")
                or not _TO_RE.fullmatch(text, a["end"], b["start"])):
            continue
        unit = a.get("unit") or ""
        if "/" in unit and b.get("unit") == unit.split("/", 1)[0] and not b.get("per"):
            b["unit"], b["per"] = unit, a.get("per")
            if a.get("subject") and (not b.get("subject") or "每" in b["subject"]):
                b["subject"] = a["subject"]
