"""Results said in a unit and its decimals (`67米51`, `身高1米6`, `46秒80`, `41秒592`): one figure.

Sports results and heights are written so: a discus throw of `67米51` is 67.51 m, a robot `1米6` tall
is 1.6 m, a swim of `46秒80` is 46.8 s and a short-track `41秒592` 41.592 s. Read as a number and a
unit, the figure would be 67 m or 46 s and the rest a stray number — a wrong figure an analyst would
copy. The digits after 米 (one or two) or 秒 (one to three) are its decimals, as the mark is written
(67.51米, 46.80秒; tests/gold/README.md: `3分30秒30` → 210.3 秒, the last digits hundredths), after
at most two digits of the whole (a 1500米 race is no mark), with no unit, date or count after them
(`1500米16日`, `海拔30米5处`, `1秒1公里` stay apart). Minutes before the seconds are `shapes.clock_spans`'.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .builder import Builder, post_qualifier, pre_qualifier
from .units import match_unit

# (not after a digit, a point, a sign of times or a dash: 4×100米1 is a relay's leg; nor seconds after
# minutes, 7分47秒26, which clock_spans reads whole)
_MARK_RE = re.compile(r"(?<![\d.×xX*\-分])(\d{1,2})(?:米(\d{1,2})|秒(\d{1,3}))(?![\d.%:])")


def result_marks(b: Builder) -> None:
    """`67米51` → 67.51 米, `46秒80` → 46.8 秒."""
    n = b.norm
    if "米" not in n and "秒" not in n:
        return
    for m in _MARK_RE.finditer(n):
        if match_unit(n, m.end()) or (m.end() < len(n) and n[m.end()] in "日号时点月年"):
            continue                       # 海拔30米5处, 1秒1公里, 1500米16日: a figure of its own after
        q, s = pre_qualifier(n, m.start())
        q2, e = post_qualifier(n, m.end())
        unit = "米" if m.group(2) else "秒"
        kind = "quantity" if m.group(2) else "duration"
        b.add(kind, s, e, Decimal(f"{m.group(1)}.{m.group(2) or m.group(3)}"), unit=unit, qualifier=q or q2)
