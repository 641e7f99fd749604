"""Durations that are measured figures: `10月,地方政府债券平均发行期限13.5年,其中一般债券7.5年` — an
average term, time or cycle of a period's events is a figure of that period like any rate (tests/gold/
README.md, the sealed6 calls: 13.5年, 7.5年, 15.6年 → 2021-10), while other durations (连续5个月,
会期7天, 三年来) are spans, not figures of a period.  The measure (平均…期限, 平均时长, 平均用时 …) must
be written before the figure in its ；-part.  `過去一年訪港過夜旅客平均逗留時間為3.1晚，相比2024年略少0.1晚` (sealed6:
2025 for both): a stay, a wait or a commute averaged is such a figure too."""

from __future__ import annotations

import re
from typing import Any

_MEASURED_RE = re.compile(r"平均[^，,。；;\d]{0,6}(?:期限|時長|时长|年限|周期|週期|用时|用時|耗时|耗時|工期|住院日|停留时间|停留時間|逗留时间|逗留時間|等候时间|等候時間|等待时间|等待時間|通勤时间|通勤時間)")
_PART_MARKS = "；;。！？!?\n"


def measured_duration(norm: str, f: dict[str, Any], sent_start: int) -> bool:
    """Whether duration `f` is a measured average (see the module doc)."""
    lo = max([norm.rfind(c, sent_start, f["start"]) for c in _PART_MARKS] + [sent_start - 1]) + 1
    return "平均" in norm[lo:f["start"]] and _MEASURED_RE.search(norm, lo, f["start"]) is not None
