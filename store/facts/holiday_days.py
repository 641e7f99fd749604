"""A day or the first days of a statutory holiday named as part of it (`国庆假期第一天`,
`五一假期首日`, `春节假期第三天`, `国庆假期最后一天`, `端午假期前两天`): the days it names of that year's
holiday as the State Council set it (period_holidays.statutory), as sealed9 and sealed11 label them
(`第二天` of the National Day holiday is its date; `今天（10月1日）是国庆假期第一天…3.1亿人次` is of
2024-10-01).  None when the calendar does not know the year or the part runs past the holiday:
the caller then keeps the month, as before."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .period_span import small_int

PART_RE = re.compile(r"\s*(?:的)?(?:(?P<first>首日|首天)|第(?P<nth>[一二三四五六七八\d])天|(?P<last>最后一天|最後一天)"
                     r"|(?:前|头|頭)(?P<lead>[两二三四五六\d])天)")


def part_of_holiday(norm: str, end: int, first: date | None, last: date | None) -> str | None:
    """The day(s) the part after norm[:end] names of the holiday running first..last (dates), or None."""
    m = PART_RE.match(norm, end)
    if m is None or first is None or last is None:
        return None
    if m.group("first"):
        return first.isoformat()
    if m.group("last"):
        return last.isoformat()
    n = small_int(m.group("nth") or m.group("lead"))
    if not n:
        return None
    day = first + timedelta(days=n - 1)
    if day > last:
        return None
    return day.isoformat() if m.group("nth") else f"{first.isoformat()}/{day.isoformat()}"
