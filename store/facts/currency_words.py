"""A currency named in words right before a sum in 元: `新臺幣200億元`, `公告發行額:新臺幣 199.998億元` are in
新台币元 (Taiwan's treasury auctions), as `224.9億元(澳門元,下同)` is in 澳門元 by its bracket.  The unit is the
currency as an analyst states it; a sum in bare 元 beside a Taiwan dollar is no renminbi.  (`港幣 0.63 元` is read
as 港元 by the rewrite of `hk_dollars`; 人民币 before a sum in 元 names the same 元 and changes nothing.)
The name may follow the sum with nothing between (`營收達120億元新台幣`, `成交值3500億元新臺幣`: found27).
"""

from __future__ import annotations

import re
from typing import Any

_BEFORE_RE = re.compile(r"(?:新台币|新台幣|新臺幣|新臺币)\s*[:：]?\s*$")
_AFTER_RE = re.compile(r"\s?(?:新台币|新台幣|新臺幣|新臺币)")


def currency_words(norm: str, facts: list[dict[str, Any]]) -> None:
    """Give 新台币元 to each sum in 元 written right after the Taiwan dollar's name."""
    if "新台" not in norm and "新臺" not in norm:
        return
    for f in facts:
        if f["kind"] == "money" and f.get("unit") == "元" and (
                _BEFORE_RE.search(norm, max(0, f["start"] - 6), f["start"]) or _AFTER_RE.match(norm, f["end"])):
            f["unit"] = "新台币元"
