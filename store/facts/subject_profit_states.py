"""A named profit told as a gain or a loss (`国内自繁自养生猪养殖利润为盈利1 175.24元/头`,
`外购仔猪养殖利润为亏损50元/头`): the figure is that profit's, not the company's net profit.

The subject reader takes the bare 盈利/亏损 after 为 for the subject and names it 净利润 (a bare gain
is the net profit's in results news); where a profit is named before 为, the figure is that one —
copied as 净利润 it would say another thing was measured."""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_NAMED_PROFIT_STATE_RE = re.compile(r"([^，,。；;：:、\s]{2,16}?(?:利润|利潤|溢利))\s*(?:为|為|是|呈)\s*(?:盈利|亏损|虧損)\s*$")


def named_profit_states(text: str, facts: list[Fact]) -> None:
    """`X利润为盈利N` → subject X利润 (module doc)."""
    for f in facts:
        if f["kind"] != "money" or f.get("subject") not in ("净利润", "淨利潤"):
            continue
        if m := _NAMED_PROFIT_STATE_RE.search(text, max(0, f["start"] - 24), f["start"]):
            f["subject"] = m.group(1)
