"""A place told as its own clause names the item the next clause opens with: `成交金額前三名為，第一名，半導體類
8,411.76億元，…，第二名，電子零組件類3,511.2億元` — 第一名 is 半導體類's place (as the sets label it), not the
ranking's name nor the share before it (`占全體上市股票交易金額35.76%，第二名` gave 第二名 that share's subject).
Read only when the rank stands alone between clause marks and the next fact, a figure of the next clause, has a
subject that opens that clause.
"""

from __future__ import annotations

from typing import Any

Fact = dict[str, Any]

_MARKS = "，,；;：:、"
_RANK_UNITS = ("名", "位")


def needs_lone_ranks(facts: list[Fact]) -> bool:
    for f in facts:
        if f["kind"] == "rank" and f.get("unit") in _RANK_UNITS:
            return True
    return False


def settle_lone_ranks(text: str, facts: list[Fact]) -> None:
    for f, g in zip(facts, facts[1:]):
        if f["kind"] != "rank" or f.get("unit") not in _RANK_UNITS or g["kind"] in ("rank", "date", "year"):
            continue
        a, b = f["start"], f["end"]
        if not (a > 0 and text[a - 1] in _MARKS and text[b:b + 1] in _MARKS):
            continue
        subj = g.get("subject")
        opens = b + 1
        while opens < len(text) and text[opens] == " ":
            opens += 1
        if subj and text.startswith(subj, opens) and g["start"] - opens <= len(subj) + 2:
            f["subject"] = subj
