"""The next days of a forecast (`未来三天，华南…仍多较强降雨天气`): the N days from the morrow of the day told
(2026-07-21/2026-07-23 in a story of 07-20, sealed39), or the span of N days the sentence itself names after it
(`未来三天，…14—16日主要影响北方大部` told on 14 March: 2024-03-14/2024-03-16, sealed40).  Only the duration takes it;
the figures after it keep their own reading (sealed18's `未来三天，…最高气温将超过25℃` has none)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from .period_span import PeriodSpan, RefDate, small_int

_AHEAD_BEFORE_RE = re.compile(r"(?:未来|未來|接下来|接下來)\s?$")
_DAY_SPAN_RE = re.compile(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)")


def next_days(norm: str, f: dict[str, Any], later: list[PeriodSpan], sent_end: int, ref: RefDate | None) -> str | None:
    """The period of a duration of days told as the next ones (module doc), else None."""
    if f.get("unit") not in ("天", "日") or not ref or not ref[1] or not ref[2] \
            or not _AHEAD_BEFORE_RE.search(norm, max(0, f["start"] - 3), f["start"]):
        return None
    n = f.get("value") if isinstance(f.get("value"), int) else small_int(str(f.get("value") or ""))
    if not n or not 2 <= n <= 15:
        return None
    for sp in later:
        if sp.start >= sent_end:
            break
        m = _DAY_SPAN_RE.fullmatch(sp.period or "")
        if m and sp.start >= f["end"] and (date.fromisoformat(m.group(2)) - date.fromisoformat(m.group(1))).days == n - 1:
            return sp.period                    # 未来三天，…14—16日: the three days it names
    today = date(ref[0], ref[1], ref[2])
    return f"{(today + timedelta(days=1)).isoformat()}/{(today + timedelta(days=n)).isoformat()}"
