"""A place of a ranking told before its holder is the holder's: `排名第二的是鴻海576億元` → 鴻海,
`排名第三為中國大陸及香港，…` → 中國大陸及香港.

The conventions give a figure ranked right after its name (`深水埗3.92萬元排第三`) the name, place and all; told
the other way round (排名 + the place + 的是/為 + the name) the place had the ranking's words or a list item's
before it as its subject. The sets label the name (sealed19, sealed24). Only a single place after 排名/排行/排在:
the first or last N (`前三位是`, `排行尾三為`) are the ranking's, and a place without 排名 (`各國外匯存底第一名為中國`)
is left to the other rules (sealed22 labels that ranking's indicator).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_RANKED_BEFORE = ("排名", "排行", "排在", "排名在")
_THEN_NAME_RE = re.compile(r"(?:名|位)?的?(?:是|為|为)(?P<name>[^\d０-９，,。；;：:、！？!?\s“”「」『』\"'（(]{2,16})")


def needs_rank_names(text: str, facts: list[Fact]) -> bool:
    return ("排" in text) and any(f["kind"] == "rank" for f in facts)


def settle_rank_names(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] != "rank" or not f["surface"].startswith("第"):
            continue                            # 前三位, 尾三: the ranking's
        if not text[max(0, f["start"] - 3):f["start"]].endswith(_RANKED_BEFORE):
            continue
        m = _THEN_NAME_RE.match(text, f["end"])
        if m:
            f["subject"] = m.group("name")
