"""A range whose ends are compound sums (`五块六到五块七毛八`, `五元六角到五元七角`): one range of money, as `5.6元到
5.78元` is — read apart they were two sums, the second the first's subject (`到五块七毛八`).

Joined only where the range reader left them apart: two figures of the same kind and unit, written back to back
with 到, 至 or a dash between, neither a range, a change nor qualified, the first the smaller, and no 从/由 before the
first (`由五块六到五块七毛八` is a move from one price to another, not a band; `增加90億元至22271億元` a change and the
level it reached).  The same join reads `1米83到1米93` and `500万到1000万` in the bulk corpus."""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_JOINERS = ("到", "至", "-", "－", "—", "~", "～")
_KINDS = ("money", "quantity")
# a change told right before the first (增加90億元至22271億元: the rise, then the level it reached)
_CHANGE_BEFORE_RE = re.compile(r"(?:增加|减少|減少|上升|下降|增长|增長|下跌|上涨|上漲|回落|提高|降低|扩大|擴大|缩小|縮小|回升|下滑|下挫|滑落|攀升|"
                               r"[升降增减減跌涨漲])(?:了|约|約|近|逾|达|達)?\s?$")


def join_compound_ranges(text: str, norm: str, facts: list[Fact]) -> list[Fact]:
    if len(facts) < 2:
        return facts
    drop: set[int] = set()
    for i in range(len(facts) - 1):
        a, b = facts[i], facts[i + 1]
        if i in drop or a["kind"] not in _KINDS or b["kind"] != a["kind"] or a.get("unit") != b.get("unit") \
                or not a.get("unit") or norm[a["end"]:b["start"]] not in _JOINERS:
            continue
        if any(f.get(k) is not None for f in (a, b) for k in ("value_high", "qualifier", "per")) \
                or norm[a["start"] - 1:a["start"]] in ("从", "從", "由") \
                or _CHANGE_BEFORE_RE.search(norm, max(0, a["start"] - 8), a["start"]):
            continue
        low, high = a.get("value"), b.get("value")
        if low is None or high is None or isinstance(low, bool) or not low < high:
            continue
        a.update(end=b["end"], surface=text[a["start"]:b["end"]], value_high=high)
        drop.add(i + 1)
    return [f for i, f in enumerate(facts) if i not in drop] if drop else facts
