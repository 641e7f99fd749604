"""Issues of a bond programme counted in 期: `分六期發行`, `分6期`, `首兩期`, `共發行三期`.

期 after a numeral is usually a tenor (`10年期`), an issue's name (`第四期`, a rank) or a
period (`一期工程`), so it is no general count unit; an issue count is read only in these
frames: after 分 (in N issues), after 首/前 (the first N issues, `首兩期` → 2 期, the
surface without 首 as labelled), or after 共/合共/共计 with a numeral and 期 closing
the phrase.  `首期` after a year and before the issue (`2024年首期120亿元人民币国债`, `今年首期国债`) is
a rank, the first issue (rank 1 期, as `第一期`); elsewhere `首期` is a down payment or a first phase
(`首期款`, `首期工程`) and no figure.
"""

from __future__ import annotations

import re

from .builder import Builder
from .numbers import parse_number

# (the frame word is matched, not looked behind: a pattern opening with a literal is scanned fast)
_ISSUES_RE = re.compile(
    r"(?:分|首|前|共|共计|共計|发行了?|發行了?)(\d{1,2}|[二三四五六七八九十两]{1,3})期"
    r"(?!间|間|内|內|满|滿|限|货|貨|末|中|初|工程|项目|項目|房|楼|樓|刊|节目|節目)")


_FIRST_ISSUE_RE = re.compile(r"首期(?<=年首期)(?=\d|[一二三四五六七八九十]+[亿万]|人民[币幣]|[国國][债債]|特别[国國][债債]|[债債]券|专项[债債]|凭证式|储蓄|票据)")


def issue_counts(b: Builder) -> None:
    n = b.norm
    if "期" not in n:
        return
    if "首期" in n:
        for m in _FIRST_ISSUE_RE.finditer(n):
            b.add("rank", m.start(), m.end(), 1, unit="期")
    for m in _ISSUES_RE.finditer(n):
        p = parse_number(m.group(1))
        if p is None or p.value < 2:
            continue
        b.add("count", m.start(1), m.end(), int(p.value), unit="期")
