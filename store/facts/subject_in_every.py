"""`每10家高新技术企业中,就有9家是民营企业`, `每10个新开发的产品中,就有8个来自民营企业`: the count of the part is what
it is said to be (民营企业), not the whole counted before it (高新技术企业) nor a verb (新开发): 9 in 10 are private.
Gated on 每 … 中 … 有.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_PART_RE = re.compile(r"每[0-9０-９一二三四五六七八九十百千]+[^，,；;。]{1,16}中[，,]?(?:就|便|即)?(?:有|约有|約有)"
                      r"(?P<count>[0-9０-９一二三四五六七八九十百千]+[个個家名人位所项項件])"
                      r"(?:是|为|為|来自|來自|属于|屬於|出自)(?P<what>[\u4e00-\u9fff]{2,10}?)(?=[，,；;。！？!?]|$)")


def needs_in_every(text: str) -> bool:
    return "每" in text and "中" in text and "有" in text


def settle_in_every(text: str, facts: list[Fact]) -> None:
    for m in _PART_RE.finditer(text):
        for f in facts:
            if f["start"] == m.start("count") and f["kind"] == "count":
                f["subject"] = m.group("what")        # 就有9家是民营企业: 民营企业
