"""A price's denominator of so much of a good is no part of its name (`蔬菜每公斤批發價格為63.1元`, `每台斤批發價明起漲至46元`:
蔬菜批發價格, 批發價 in 元/公斤 and 元/台斤 — the unit carries the per): every label of the tuning sets drops it (14 of 14
in sealed33–37, none keeps one).  Only a weight before a price noun is cut: a per-area yield (`每亩产量`) or a per-head
income (`每人每月入息`) names a different indicator, and the sets keep those.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_PER_WEIGHT_RE = re.compile(r"(?:昨|今|今日|昨日)?每(?:公斤|台斤|市斤|斤|千克|公克)的?(?=[\u4e00-\u9fff]{0,4}?(?:价|價))")


def needs_price_denominators(facts: list[Fact]) -> bool:
    return any((s := f.get("subject")) and "每" in s for f in facts)


def settle_price_denominators(facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if not subj or "每" not in subj:
            continue
        cut = _PER_WEIGHT_RE.sub("", subj)
        if cut != subj and re.search(r"[价價]", cut):    # 每市斤的批发价 → 批发价
            f["subject"] = cut
