"""`当年` after a year's end or a month's end: the year that end closes, not its last day.

Communiqués and yearbooks write a stock at the year's end and the year's flows after it in one sentence:
`年末全市常住人口1286万人，当年出生人口8.2万人，死亡人口9.1万人`, `截至2025年底，全省公路总里程达到28.6万公里，
当年新增高速公路320公里`. The births and the new road were carried the day (2025-12-31) from the stock, and a
count of a year read as a balance on its last day; `当年` names the year the end closes (2025: the conventions' years
and 年末 → 12-31 together). After another month's end, `当年` runs from January to it (`截至10月末，…当年新增12万户`
→ 2025-01/2025-10, as 本年至今 does). Only the figures after `当年` in its sentence that took that end are moved; one
with an end of its own after it (`当年…，年末实有经营主体150万户`) keeps it. `按当年价格计算` names the prices a sum is
valued at, no period.
"""

from __future__ import annotations

import calendar
import re
from typing import Any

Fact = dict[str, Any]

# 当年, 當年 as a time word (当年度 too); not 相当年…, 每当年…, nor the price basis 当年价
_THAT_YEAR_RE = re.compile(r"(?<![相每適适])(?:当年|當年)(?:度)?(?![价價])")
_SENTENCE_END = "。！？!?；;\n"


def _month_end(period: str | None) -> tuple[int, int] | None:
    """(year, month) of a period that is a month's last day (2025-12-31, 2025-10-31), else None."""
    if not period or len(period) != 10 or period[4] != "-" or period[7] != "-":
        return None
    try:
        y, mo, d = int(period[:4]), int(period[5:7]), int(period[8:])
    except ValueError:
        return None
    if not 1 <= mo <= 12 or d != calendar.monthrange(y, mo)[1]:
        return None
    return y, mo


def settle_that_year(norm: str, facts: list[Fact]) -> None:
    """Figures after `当年` that took a year's or month's end told before it take the year to that end (module doc)."""
    for m in _THAT_YEAR_RE.finditer(norm):
        lo = max(norm.rfind(c, 0, m.start()) for c in _SENTENCE_END) + 1
        ends = [e for e in (norm.find(c, m.end()) for c in _SENTENCE_END) if e >= 0]
        hi = min(ends, default=len(norm))
        for f in facts:
            if not m.end() <= f["start"] < hi or f["kind"] in ("date", "year"):
                continue
            end = _month_end(f.get("period"))
            text = f.get("period_text")
            if end is None or not text:
                continue
            at = norm.rfind(text, lo, f["start"])
            if at < 0 or at >= m.start():
                continue                        # an end told after 当年 (年末实有…) is the figure's own
            y, mo = end
            f["period"] = str(y) if mo == 12 else f"{y}-01/{y}-{mo:02d}"
            f["period_text"] = m.group(0)
