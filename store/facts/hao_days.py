"""A day of the month written with 號/号 (Hong Kong's and Taiwan's spoken usage): `從24號開始`, `於15號召開`.

`3月24号` and `明天(24號)` are read with their month or their day word; a bare `24號` is a day only between a
word that dates (從/从/自/於/于/到/至/截至/直到 before it) and one that starts or holds an event (開始, 起, 零時,
凌晨, 當天, 召開, 舉行, 生效 after it): 號 alone also numbers lines, buildings, craft and documents (`24号线`,
`神舟五号起`, Chinese numerals, are never read here).  The month is resolved as a day written with 日.
"""

from __future__ import annotations

import re

from .builder import Builder
from .dates import Ref, day_iso

_HAO_DAY_RE = re.compile(
    r"(?<=从|從|自|于|於|到|至|止|迄)([1-9]|[12]\d|3[01])号"
    r"(?=开始|開始|起|零时|零時|凌晨|当天|當天|召开|召開|举行|舉行|生效|实施|實施|截止)")


def hao_days(b: Builder, ref: Ref | None) -> None:
    n = b.norm
    if "号" not in n:
        return
    for m in _HAO_DAY_RE.finditer(n):
        s, e = m.start(), m.end()
        if not b.free(s, e):
            continue
        day = day_iso(n, s, int(m.group(1)), [], ref)
        if day or ref is None:
            b.add("date", s, e, day)
