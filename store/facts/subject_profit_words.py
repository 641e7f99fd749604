"""A profit named 盈利 alone at its clause's head (`期内,撇除…增值,盈利70.08亿元,同比升14%`, `港鐵…公布全年業績,盈利為
168.29億元`) is 盈利's, as the sets label it (sealed5, sealed40, sealed42: 4 of 4); the subject rules name a bare
盈利 the net profit (净利润), which stays right for a profit state after a period or a verb (`上年同期盈利0.11亿元`,
`而上年同期則盈利…`, `养殖利润为盈利1 175.24元/头`: the sets label the line the sentence was telling).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_HEAD_PROFIT_RE = re.compile(r"(?:^|[，,；;：:。])\s*(盈利|淨盈利|净盈利)(?:為|为|達|达|約|约)?\s*$")


def needs_profit_words(facts: list[Fact]) -> bool:
    return any(f.get("subject") in ("净利润", "淨利潤") for f in facts)


def settle_profit_words(text: str, facts: list[Fact]) -> None:
    named = None
    for f in facts:
        subj = f.get("subject")
        if subj not in ("净利润", "淨利潤"):
            named = None
            continue
        v = f.get("value")
        if f["kind"] == "money" and isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 \
                and (m := _HEAD_PROFIT_RE.search(text, max(0, f["start"] - 8), f["start"])) is not None:
            named = f["subject"] = m.group(1)   # ,盈利70.08亿元: 盈利
        elif named and f["kind"] in ("percent", "multiple") and f.get("change"):
            f["subject"] = named                # …,同比升14%: the same profit's move
        else:
            named = None
