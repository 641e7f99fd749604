"""Days of the month written in brackets after a relative day or a weekday, as Taiwan's and Hong Kong's
press date their news: `中央銀行今（18）天舉行…`, `昨（7）日進行…`, `周二（24 日）發布…`.

The day is a date, its month and year the latest not after the article's date (a day ahead of it is
last month's, as `dates.days` reads `记者3日获悉`); without the article's date it is no date.
"""

from __future__ import annotations

import re

from .builder import Builder
from .dates import iso

_BRACKET_DAY_RE = re.compile(r"(?:[今昨前明]|(?:周|星期|礼拜)[一二三四五六日天])[(（]\s*(\d{1,2})\s*(?:日|号)?\s*[)）](?:[天日])?")


def bracket_days(b: Builder, ref: tuple[int, int, int] | None) -> None:
    n = b.norm
    if ref is None or ("(" not in n and "（" not in n):
        return
    for m in _BRACKET_DAY_RE.finditer(n):
        s, e = m.span(1)
        if not b.free(s, e):
            continue
        d = int(m.group(1))
        y, mo, rd = ref
        if d > rd + 1:
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        day = iso(y, mo, d) if 1 <= d <= 31 else None
        if day:
            b.add("date", m.start(), m.end(), day)
