"""Ranks listed with one measure word at the end share it: `排第15及27位` is ranks 15 and 27 (unit 位;
the second, without its own 第, was read as a count of 27 places), `分列第7至第10位`, `位列第3和第5位`,
`分列第二、第三位` give every rank the 位 the last one carries (the README's `第15及27位` → 15 and 27)."""

from __future__ import annotations

import re

from .builder import Fact

_GAP_RE = re.compile(r"\s*(?:及|和|与|與|、|至|到|或)\s*")
_PLACES = ("位", "名")


def rank_lists(norm: str, facts: list[Fact]) -> None:
    """Share the last rank's measure word along its list (facts sorted by start; changed in place)."""
    if "第" not in norm or ("位" not in norm and "名" not in norm):
        return                                     # no ranked list can be written: most texts
    for i in range(len(facts) - 2, -1, -1):
        a, b = facts[i], facts[i + 1]
        if a["kind"] != "rank" or a["unit"] or b["unit"] not in _PLACES:
            continue
        if "第" not in norm[a["start"]:a["end"]] or not _GAP_RE.fullmatch(norm, a["end"], b["start"]):
            continue
        if b["kind"] == "count" and not norm.startswith("第", b["start"]):
            b["kind"] = "rank"                     # 第15及27位: the 第 is shared too
        if b["kind"] == "rank":
            a["unit"] = b["unit"]
