"""A number of days written with a decimal and 日 (`平均逗留时间(1.2日)按年缩短0.1日`, Macao's statistics) is a
duration in 日: no day of the month has a fraction, so the date readers leave it, and 日 is the unit the
release writes for 天 (sealed22's call).  Currencies and names that start with 日 (`1.5日元`, `日本`) are not days.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .builder import Builder

_DECIMAL_DAYS_RE = re.compile(r"(?<![\d.])\d+\.\d+(?=\s?日(?![元圓圆本经經产產韩韓美股均]))\s?日")


def decimal_days(b: Builder) -> None:
    n = b.norm
    if "日" not in n or "." not in n:
        return
    for m in _DECIMAL_DAYS_RE.finditer(n):
        num = m.group(0).rstrip("日").strip()
        b.add("duration", m.start(), m.end(), Decimal(num), unit="日")
