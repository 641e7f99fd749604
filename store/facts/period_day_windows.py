"""A window of days opened by 自/从 and closed by 至/到 with words between: `自7月1日铁路暑运启动至15日`,
`从7月1日到昨天（8月9日）`, `从今天（5月10日）起到5月19日` — the figures after it are totals over the days
(2025-07-01/2025-07-15), as sealed4, sealed13 and sealed14 label them, not of the first day alone.
A range written tight (`11月4日至14日`) is a date fact of its own (periods._day_ranges_whole); a figure
inside the words between (`从5月9日延长90天至8月6日`) is no total over them, so digits there rule a window out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .period_span import PeriodSpan

_OPEN_RE = re.compile(r"(?:自|从|從)(?:今天|今日)?\s?[（(]?$")     # 从今天（5月10日）起到5月19日
# what may stand between the first day and 至/到: the event that starts then, 起
_BETWEEN_RE = re.compile(r"(?![^，,。；;]{0,10}?(?:延|推迟|推遲))[^，,。；;：:！？!?\n\d０-９]{0,10}?(?:至|到)(?:今天|今日|昨天|昨日)?\s?[（(]?")
_CLOSE_RE = re.compile(r"(?:(?P<m>1[0-2]|0?[1-9])\s?月)?(?P<d>3[01]|[12]\d|0?[1-9])\s?[日号](?:[）)])?(?![\d均])")


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def with_day_windows(norm: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """`spans` with each first day of such a window widened to the window (module doc)."""
    if "至" not in norm and "到" not in norm:
        return spans
    out: list[PeriodSpan] = []
    until = -1
    for sp in spans:
        if sp.start < until:
            continue                            # the closing day, now inside the window
        if sp.point and not sp.base and sp.period and len(sp.period) == 10 and _OPEN_RE.search(norm, max(0, sp.start - 5), sp.start) \
                and (gap := _BETWEEN_RE.match(norm, sp.end)) and (close := _CLOSE_RE.match(norm, gap.end())):
            y, m0, d0 = int(sp.period[:4]), int(sp.period[5:7]), int(sp.period[8:10])
            first = _day(y, m0, d0)
            last = _day(y, int(close.group("m") or m0), int(close.group("d")))
            if first and last and first < last and (last - first).days <= 92:
                until = close.end()
                sp = replace(sp, start=sp.start, end=until, text=norm[sp.start:until],
                             period=f"{first.isoformat()}/{last.isoformat()}", point=False)
        out.append(sp)
    return out
