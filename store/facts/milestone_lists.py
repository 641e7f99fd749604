"""Marks crossed one after another: each item of the list is crossed.

`贸易额接连突破3000亿、4000亿、5000亿美元` (sealed42), `接连突破34万亿美元、35万亿美元和36万亿美元` (sealed15),
`出口额连续跨越300亿、400亿、500亿、600亿美元台阶` (sealed18): a word of succession (接连, 连续, 相继, 先后,
依次), an adverb of time or none (`接连提前突破`: sealed43), then a verb of a threshold crossed (突破, 跨越, 跨过, 冲破, 迈过) reads every figure of the list after it, joined
by 、, 和, 及 or 与, with that verb as its qualifier, as the gold sets label them.  Only a list right after the verb:
a figure told apart (`，并于2024年达到5124亿美元`) is a level, no mark; one that has a qualifier of its own keeps it; the
marks counted (`连续跨越3个万亿元台阶`) are a count, exact.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# (an adverb of time may stand between: 总票房接连提前突破100亿元、200亿元、300亿元 — sealed43)
_SERIES_RE = re.compile(r"(?:接连|接連|连续|連續|相继|相繼|先后|先後|依次)(?:提前|提早|再次|再度|先后|先後)?"
                        r"(突破|跨越|跨过|跨過|冲破|衝破|迈过|邁過)\s?")
_JOINER_RE = re.compile(r"\s?(?:、|和|及|与|與)\s?")
_KINDS = ("money", "quantity", "count", "percent", "index", "multiple")


def milestone_lists(text: str, facts: list[Fact]) -> None:
    """Give each figure of a list of marks crossed in succession the verb that crosses them."""
    for m in _SERIES_RE.finditer(text):
        at, first = m.end(), True
        for f in facts:
            if f["start"] < at:
                continue
            gap = text[at:f["start"]]
            if f["kind"] not in _KINDS or (gap.strip() if first else not _JOINER_RE.fullmatch(gap)):
                break
            if f.get("unit") in ("个", "個"):
                break                            # 连续跨越3个万亿元台阶: the marks counted, exactly, no mark crossed
            if not f.get("qualifier"):
                f["qualifier"] = m.group(1)
            at, first = f["end"], False
