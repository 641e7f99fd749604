"""分别 lists whose items were named in an earlier clause of the sentence.

`服装、纺织品、鞋类3大类劳动密集型产品均呈现负增长,3类产品出口分别同比下滑7.0%、1.4%和4.7%`,
`以汽车、家电、船舶等优势产品为例,前两个月出口分别增长15.8%、24.3%、180.6%`: the clause
holding 分别 names no items (3类产品出口, 出口), the sentence listed them before; the i-th
figure is the i-th item's.  Only a list of exactly as many items as 分别 has figures counts,
the nearest one before the clause, with no figure inside it.
"""

from __future__ import annotations

import re
from typing import Any

from .words import segment, tag_of

Fact = dict[str, Any]

# A、B、C (和|及|与 D): items of 1–8 characters, no mark, digit, blank or 等 inside
_ITEM = r"[^\s、，,。；;：:和及与等的\d０-９\x00\x01“”\"（）()《》%％]{1,8}"
_LIST_RE = re.compile(_ITEM + r"(?:、" + _ITEM + r")+(?:(?:和|及|与)" + _ITEM + r")?")
_SENTENCE_MARKS = "。！？!?\n"


def earlier_list(text: str, simp: str, f: Fact, lo: int, hi: int, facts: list[Fact]) -> str | None:
    """The item of an earlier clause's list that the figure `f` after 分别 belongs to, or None."""
    k = simp.find("分别", lo, hi)
    if k < 0 or f["start"] < k or "、" in simp[lo:k]:
        return None
    figs = [g for g in facts if k < g["start"] < hi and g["kind"] not in ("year", "date")]
    if len(figs) < 2 or f not in figs:
        return None
    s0 = max(simp.rfind(c, 0, lo) for c in _SENTENCE_MARKS) + 1
    if s0 >= lo or "分别" in simp[s0:lo] or any(s0 <= g["start"] < lo and g["kind"] not in ("year", "date", "duration")
                                                  and g["kind"] != "count" for g in facts):   # 前10月: a span, no item
        return None
    found = None
    for found in _LIST_RE.finditer(simp, s0, lo):
        pass
    if found is None:
        return None
    items = re.split(r"、|和|及|与", found.group(0))
    if len(items) != len(figs):
        return None
    i = figs.index(f)
    a = found.start() + sum(len(x) + 1 for x in items[:i])
    item = text[a:a + len(items[i])]
    return _without_lead(item) if i == 0 else item


def _without_lead(item: str) -> str | None:
    """The first item without the preposition or verb before it (以汽车 → 汽车)."""
    words = list(segment(item))
    while len(words) > 1 and tag_of(words[0]) in ("p", "v", "vd", "d", "c"):
        words.pop(0)
    out = "".join(words)
    return out if out else None
