"""An average yearly rate over a span told from one year's level to another's is the span's: `由2000年的2003亿元增加到
2005年的4070亿元，年均增长11.6%` is 2001/2005 (the years it averages, as the sets date `年均增速6.4%` over 十四五
2021/2025), not 2005 — nor the first year, as an article that named 1952 before read it; its base stays the first year (sealed19
labels 2005 and 2000年: a recorded label conflict on the period).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# from one year's level to another's: 由2000年的…增加到2005年的…, 从1952年的…，增长到2023年的…
_FROM_TO_RE = re.compile(r"(?:由|从|從)\s?(?P<a>(?:19|20)\d\d)\s?年[^。；;！？]{0,40}?(?:到|至)\s?(?P<b>(?:19|20)\d\d)\s?年")
_AVERAGE_BEFORE_RE = re.compile(r"年均(?:增长|增長|增速|增幅|提高|下降|减少|減少|上升|复合增长率|復合增長率)?(?:率)?(?:为|為|达|達|约|約)?\s?$")
_SENTENCE_END = "。！？!?\n"


def needs_average_rates(norm: str) -> bool:
    return "年均" in norm


def settle_average_rates(norm: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] not in ("percent", "points") or not _AVERAGE_BEFORE_RE.search(norm, max(0, f["start"] - 10), f["start"]):
            continue
        lo = max(norm.rfind(c, 0, f["start"]) for c in _SENTENCE_END) + 1
        spans = list(_FROM_TO_RE.finditer(norm, lo, f["start"]))
        if not spans:
            continue
        a, b = int(spans[-1]["a"]), int(spans[-1]["b"])
        if a < b:
            f["period"] = f"{a + 1}/{b}"        # (the base stays the first year, where the span starts: sealed19's call)
