"""A count written right after a named measure is the measure's, not the noun it counts in.

Communiqués count output in the product's own unit (`移動通信基站設備產量536.4萬射頻模塊，增長13.5%`):
the noun after the figure (射頻模塊) is its unit of count, and the measure named right before the
figure (移動通信基站設備產量) is what was measured — for the count and for the growth after it
that carried the count's subject.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_MEASURES = ("产量", "產量", "销量", "銷量", "产能", "產能", "保有量", "存栏", "存欄", "出栏", "出欄")
_PERIOD_LEAD_RE = re.compile(r"^(?:全年|今年|去年|上年|本年|当年|當年|同期|上半年|下半年|[\d０-９]{4}年)")
_NAME_RE = re.compile(r"[^\s，,。；;：:、（）()\d的在为為是]{2,20}$")


def needs_output_counts(text: str) -> bool:
    return "产量" in text or "產量" in text or "销量" in text or "銷量" in text or "产能" in text or "產能" in text


def settle_output_counts(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for i, f in enumerate(facts):
        s = f.get("subject")
        if f["kind"] != "count" or not s or not text.startswith(s, f["end"]):
            continue                            # only a subject read from the noun after the figure
        lo = marks.clause_start(f["start"])
        left = text[lo:f["start"]]
        if not left.endswith(_MEASURES):
            continue
        m = _NAME_RE.search(left)
        if m is None:
            continue
        name = _PERIOD_LEAD_RE.sub("", m.group(0))    # 全年新能源汽车产量: the period is no part
        if len(name) < 3:
            continue
        f["subject"] = name
        a = marks.segment_start(f["start"])
        for g in facts[i + 1:]:
            if marks.segment_start(g["start"]) != a:
                break
            if g.get("subject") == s and g["start"] >= marks.clause_end(f["end"]):
                g["subject"] = name             # 增長13.5%: the measure's growth
