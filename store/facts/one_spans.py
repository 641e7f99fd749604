"""A span of one (一年, 一个月, 一周) is a duration only where the text measures it: `仅用一年时间`,
`未来一年`, `一年之中4次下调`, `按一年计`, `近一个月来的低点` (近 bounds a span), and `一年前，…` opening a
clause (how long ago).  Elsewhere 一 before a unit of time is an article (`一年一度`, `一年来` in a work
report is a label), and `较一年前同期`, `與一年前同月比較`, `比一周前` name a comparison base, no figure.
"""

from __future__ import annotations

import re

_BEFORE = ("用", "未来", "历时", "耗时", "花了", "为期", "近", "最近", "过去")
_AFTER = ("时间", "之中", "之内", "以来", "累计", "计")     # 一年之中4次下调, 一周累计下跌, 按一年计
_AGO_RE = re.compile(r"前(?!同期|同月|同季|的同期|的同月)")
_BASE_BEFORE = "较比与和同較與"


def one_span(n: str, s: int, end: int) -> bool:
    """Whether the duration of one at n[s:end] is measured (see the module's note)."""
    if n.startswith(_AFTER, end) or any(n.startswith(w, s - len(w)) for w in _BEFORE):
        return True
    return bool(_AGO_RE.match(n, end)) and not (s and n[s - 1] in _BASE_BEFORE)
