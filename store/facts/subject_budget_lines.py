"""A budget line told as its review went (`歲入原列新台幣1599.84億元,最後計列1608.47億元,淨增8.63億元`, `歲出原列
1726.42億元,最後計列1712.31億元,刪減14.11億元`): every figure of the line is the item's named before 原列 (歲入, 歲出) —
the sum first proposed, the sum passed and the change — not the verbs 最後計列, 淨增 or 刪減, nor 歲入原列新台幣.
The line runs from 原列 to the end of its sentence or ；-part, or to the next item's 原列.  Gated on 原列.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# the item: a short noun phrase opening its clause, just before 原列 (預算 歲入, 歲出, 國防預算, 总预算)
_ITEM_RE = re.compile(r"(?:^|(?<=[，,；;：:。]))([^\s\d，,；;：:。、()（）]{2,10}?)(?:原列|原编列|原編列)")
_ENDS = "。；;！？!?\n"
_SKIP_KINDS = ("date", "year", "duration", "rank")


def needs_budget_lines(text: str) -> bool:
    return "原列" in text or "原編列" in text or "原编列" in text


def settle_budget_lines(text: str, facts: list[Fact]) -> None:
    items = list(_ITEM_RE.finditer(text))
    for k, m in enumerate(items):
        stop = len(text)
        for c in _ENDS:
            j = text.find(c, m.end())
            if 0 <= j < stop:
                stop = j
        if k + 1 < len(items):
            stop = min(stop, items[k + 1].start(1))
        item = m.group(1)
        for f in facts:
            if m.end() <= f["start"] < stop and f["kind"] in ("money", "percent") and f.get("subject") != item:
                f["subject"] = item
