"""A currency written right after a sum is the sum's unit, never its subject: `本季澳門博彩毛收入按年上升13%，達6.8億
澳門幣` gave 6.8億 the subject 澳門幣 (the noun read after the figure).  The sum is the indicator's the clause was
telling: the nearest earlier figure's subject in the same sentence piece (澳門博彩毛收入), else none.  A currency that
moves (`人民幣升值1.63%`, the currency before its figure) keeps its subject (Conventions).
"""

from __future__ import annotations

from typing import Any

Fact = dict[str, Any]

_CURRENCIES = frozenset({"澳門幣", "澳门币", "澳門元", "澳门元", "葡幣", "葡币", "港幣", "港币", "港元", "新台幣", "新臺幣",
                         "台幣", "臺幣", "人民幣", "人民币", "美元", "美金", "日圓", "日圆", "日元", "歐元", "欧元", "英鎊", "英镑"})
_PIECE_ENDS = "。；;！？!?\n"


def needs_unit_currencies(facts: list[Fact]) -> bool:
    return any(f.get("subject") in _CURRENCIES for f in facts)


def settle_unit_currencies(text: str, facts: list[Fact]) -> None:
    for k, f in enumerate(facts):
        subj = f.get("subject")
        if subj not in _CURRENCIES or not text.startswith(subj, f["end"]):
            continue
        owner = None
        for g in reversed(facts[:k]):
            if any(c in text[g["end"]:f["start"]] for c in _PIECE_ENDS):
                break
            if g["kind"] not in ("date", "year", "duration") and (s := g.get("subject")) and s not in _CURRENCIES:
                owner = s
                break
        f["subject"] = owner                    # 達6.8億澳門幣: the revenue's, not the currency's
