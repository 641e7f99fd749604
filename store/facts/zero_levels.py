"""A level cut to nothing, written bare: `外汇风险准备金率从20%下调至0`, `进口分别由去年同期的6.4万吨和0.2万吨下降至0`,
`关税由10%降为零`.  The 0 is the level reached, in the unit of the figure it fell from (percent 0, 0 吨), as
sealed12 and sealed14 label it; a bare 0 without such a figure before it in its clause stays no figure.
"""

from __future__ import annotations

import re

from .builder import Builder

_ZERO_RE = re.compile(
    r"(?:降|调|調|减|減|跌|压|壓|缩|縮|回落|清)(?:至|到|为|為)\s*(0|零)(?![\d.０-９%％万亿萬億])(?=\s*[，。；,;！？!?、)）]|$)")
_FROM_RE = re.compile(r"[从從由]")
_CLAUSE_MARKS = "，。；,;！？!?\n"


def zero_levels(b: Builder) -> None:
    n = b.norm
    if "0" not in n and "零" not in n:
        return
    for m in _ZERO_RE.finditer(n):
        s, e = m.start(1), m.end(1)
        if not b.free(s, e):
            continue
        lo = max(n.rfind(c, 0, s) for c in _CLAUSE_MARKS) + 1
        frm = [x.start() for x in _FROM_RE.finditer(n, lo, s)]
        if not frm:
            continue
        moved = [f for f in b.facts if frm[-1] < f["start"] < s and f["unit"] and f["kind"] not in ("date", "year")]
        if not moved:
            continue
        f = moved[-1]
        b.add(f["kind"], s, e, 0, unit=f["unit"], per=f["per"])
