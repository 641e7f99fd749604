"""Spans of days written without their month: `18日到19日，…签署了一份宣言`, `5日—7日，羽田机场将取消590架次航班`,
— one date fact for the days (2025-04-18/2025-04-19), the month that of
the first day as a lone day would take (a date just before, else the article's), so that the figures after
it take the span as their period (periods._day_ranges_whole), as `11月4日至14日` does. Before, each day was a
date of its own and the figures took the first.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

# 18日到19日, 5日—7日, 13日晚至14日 (a day of another month after it, 30日至7月2日, is read elsewhere)
# (the first day may leave its 日 to the second, as weather forecasts write them: 14—16日主要影响北方大部, 14—17日，…将有一次
# 沙尘天气过程 — sealed40; before, only the second day was read, as a day of the month before)
_DAY_ONLY_RANGE_RE = re.compile(
    r"(?<![\d.\-/月第号])(\d{1,2})(?:日(?:晚|夜|晚间|上午|下午|凌晨)?)?\s*(?:至|到|—|-|–|~|～)\s*"
    r"(\d{1,2})日(?!游|均|内|以内|之内|左右|多|前)")
_NOT_AFTER = ("近", "连续", "每", "约", "超", "逾", "多", "数", "几", "前", "共", "历时", "用时", "为期", "仅", "只",
              "达", "第", "持续", "长达", "不到", "不足", "提前", "推迟", "延长", "缩短", "后", "内")


def day_only_ranges(b: Any, n: str, recent: list[tuple[int, str]], ref: Any,
                    day_iso: Callable[..., str | None]) -> None:
    """Add one date fact per span of days written without a month (module doc)."""
    for m in _DAY_ONLY_RANGE_RE.finditer(n):
        s, e = m.start(), m.end()
        if not b.free(s, e) or n[max(0, s - 4):s].endswith(_NOT_AFTER):
            continue
        d1, d2 = int(m.group(1)), int(m.group(2))
        if not 1 <= d1 < d2 <= 31:
            continue
        lo = day_iso(n, s, d1, recent, ref)
        if lo is None:
            continue
        hi = f"{lo[:8]}{d2:02d}"
        b.add("date", s, e, lo, value_high=hi, unit="日")
        bisect.insort(recent, (e, hi))
