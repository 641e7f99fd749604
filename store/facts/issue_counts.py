"""Issues of a bond programme counted in 期: `分六期發行`, `分6期`, `首兩期`, `共發行三期`.

期 after a numeral is usually a tenor (`10年期`), an issue's name (`第四期`, a rank) or a
period (`一期工程`), so it is no general count unit; an issue count is read only in these
frames: after 分 (in N issues), after 首/前 (the first N issues, `首兩期` → 2 期, the
surface without 首 as labelled), or after 共/合共/共计 with a numeral and 期 closing
the phrase.  `首期` alone is a rank (the first issue), not read here.
"""

from __future__ import annotations

import re

from .builder import Builder
from .numbers import parse_number

# (the frame word is matched, not looked behind: a pattern opening with a literal is scanned fast)
_ISSUES_RE = re.compile(
    r"(?:分|首|前|共|共计|共計|发行了?|發行了?)(\d{1,2}|[二三四五六七八九十两]{1,3})期"
    r"(?!间|間|内|內|满|滿|限|货|貨|末|中|初|工程|项目|項目|房|楼|樓|刊|节目|節目)")


def issue_counts(b: Builder) -> None:
    n = b.norm
    if "期" not in n:
        return
    for m in _ISSUES_RE.finditer(n):
        p = parse_number(m.group(1))
        if p is None or p.value < 2:
            continue
        b.add("count", m.start(1), m.end(), int(p.value), unit="期")
