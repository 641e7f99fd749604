"""An exchange rate's day range told between two quotes: `港元匯價今日在7.7983-7.7965之間上落` is one index fact
of 7.7965 to 7.7983 (value the low end, value_high the high one, whichever is written first), as a bare level
`最新報7.7982` in the same report is an index (sealed39: Hong Kong's daily forex report, and 人民币汇率在6.85-6.90之间).

Only decimals (a rate is quoted to its pips), only between 在 and 之间/区间 and only where the clause names an
exchange rate (汇价, 汇率, 兑, 币 …): bare numbers in a range elsewhere stay unread (a price's range has its unit).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .builder import Builder

_FX_RANGE_RE = re.compile(
    r"在\s?(\d+\.\d+)\s?(?:-|–|—|~|～|〜|至|到)\s?(\d+\.\d+)\s?(?:之间|区间|之間|區間|的区间|的區間)")
_RATE_NAMED_RE = re.compile(r"汇价|匯價|汇率|匯率|兑|兌|中间价|中間價|[港美欧日澳]元|人民币|人民幣|新台币|新台幣|英镑|英鎊")


def fx_ranges(b: Builder) -> None:
    n = b.norm
    if "在" not in n or ("之间" not in n and "区间" not in n and "之間" not in n and "區間" not in n):
        return
    for m in _FX_RANGE_RE.finditer(n):
        lo = max(0, m.start() - 16)
        cut = max(n.rfind(c, lo, m.start()) for c in "，。；,;！？")
        if not _RATE_NAMED_RE.search(n, max(lo, cut + 1), m.start()):
            continue
        s, e = m.start(1), m.end(2)
        if not b.free(s, e):
            continue
        x, y = Decimal(m.group(1)), Decimal(m.group(2))
        if x == y:
            continue
        b.add("index", s, e, min(x, y), value_high=max(x, y))
