"""Lots traded of the Taiwan 50 ETF, written straight after the fund's name (Taiwan market notes' net-selling
lists: `以及元大台灣505萬6,688張` is 元大台灣50 and 5萬6,688張, sealed24).  name_numerals claims the name's 50,
which leaves the digits after it unread; here they are read as the count they are, only where they form a
whole count of lots (张): a first digit other than 0, digit groups of three after a comma, at most one 万,
and 张 straight after — the unit a trading list gives, which no part of a longer number (`台湾500强`,
`台湾5000亿元`) ends with (萬 and its comma groups arrive rewritten as plain digits: extractor.rewrite).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .builder import Builder

# (normalised text: 萬 → 万, 張 → 张; the name keeps its script)
_LOTS_RE = re.compile(r"(?:台湾|台灣|臺灣)50(?P<n>(?P<hi>[1-9]\d{0,3})万(?P<lo>\d{1,4}|\d,\d{3})|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,6})张")


def fund_lots(b: Builder) -> None:
    n = b.norm
    if "50" not in n or "张" not in n:
        return
    for m in _LOTS_RE.finditer(n):
        if m.group("hi"):
            lo = m.group("lo").replace(",", "")
            if len(lo) != 4 and "," not in m.group("lo"):
                continue                   # 5万668张 could be 5万0668 or a typo: left unread
            value = int(m.group("hi")) * 10000 + int(lo)
        else:
            value = int(m.group("n").replace(",", ""))
        b.add("count", m.start("n"), m.end(), Decimal(value), unit="张")
