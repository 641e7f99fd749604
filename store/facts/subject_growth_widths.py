"""A growth's width (`營收成長幅度超過五成`, `营业收入增长幅度为20%`) is the growing thing's rate: the subject is the thing,
never the width word (the Conventions: `never a bare 增速/升幅/涨幅`, and the thing growing for a change).

The tuning sets label the thing before every such rate word (`营业收入增长幅度` → 营业收入, `消费价格涨幅` → 居民消费价格,
`電子產品增幅` → 電子產品); the subject rules strip 增幅 and 涨幅 but kept the two-word widths (成長幅度, 增长幅度, 上涨幅度,
下降幅度).  A conjunction opening the clause (`當中不僅營收成長幅度超過五成`) is no part of the thing either.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_WIDTH_RE = re.compile(r"^(?:不僅|不仅|不但|不只)?(?P<thing>[\u4e00-\u9fffA-Za-z]{2,16}?)(?:的)?"
                       r"(?:成長|成长|增長|增长|上漲|上涨|下降|下跌|減少|减少|增加)幅度$")


# a share of the growth contributed (`對美國出口…貢獻總出口增長幅度5成`): the width is what is shared, sealed13 keeps it
_SHARE_VERBS = ("貢獻", "贡献", "拉動", "拉动", "帶動", "带动", "占", "佔")


def needs_growth_widths(facts: list[Fact]) -> bool:
    return any((s := f.get("subject")) and s.endswith("幅度") for f in facts)


def settle_growth_widths(facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if not subj or f["kind"] not in ("percent", "points", "multiple"):
            continue
        if (m := _WIDTH_RE.match(subj)) is not None and not any(v in m.group("thing") for v in _SHARE_VERBS):
            f["subject"] = m.group("thing")     # 營收成長幅度超過五成 → 營收
