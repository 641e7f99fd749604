"""Capacities: what a thing can do, on no day (`能满足400万户家庭的用电需求`, `每年可封存30万吨`, `可以让200个
孩子`): a figure after a modal and a verb of capacity in its clause has no period.  The 可 also governs the
clauses chained after it with a verb of the same kind and no subject of their own (`每年可节约标准煤5400万吨，
减少二氧化碳排放1.4亿吨，发电1900亿度`: sealed labels all three without period; the year told before them is
the installation's, not these savings')."""

from __future__ import annotations

import re

# (可供客房数目, 可供出售, 可供销售面积: a stock on hand, named; 可供2000人使用 is a capacity)
_CAPACITY_RE = re.compile(r"(?:可以|能够|(?<![再功动性效源能])[可能])(?:让|使|供(?!客房|出租|出售|銷售|销售|應|应)|容纳|满足|封存|覆盖|处理|接待|带动|惠及|"
                          r"减少|节约|减排|储存|存储|运送|承载|同时容纳|同时停放|停放)")
_CLAUSE_MARK_RE = re.compile(r"[，,；;：:<>]")
_CHAINED_RE = re.compile(r"(?:减少|節約|节约|减排|減排|(?:发电|發電)(?![量效企机機能])|满足|滿足|带动|帶動|惠及|储存|存储|封存|处理|處理)")


def capacity(norm: str, sent_start: int, fs: int) -> bool:
    """可满足年旅客吞吐量2100万人次、货邮吞吐量12万吨: a capacity stated in the figure's clause (or in the
    clauses chained before it, see the module doc)."""
    m = None
    for m in _CAPACITY_RE.finditer(norm, max(sent_start, fs - 30), fs):
        pass                                    # the last one before the figure
    if m is None:
        if not _CHAINED_RE.match(norm, _clause_start(norm, sent_start, fs)):
            return False
        for m in _CAPACITY_RE.finditer(norm, max(sent_start, fs - 60), fs):
            pass
        if m is None:
            return False
    if fs - m.end() <= 12 or not _CLAUSE_MARK_RE.search(norm, m.end(), fs):
        return True
    at = m.end()                                # every clause after the modal's opens with a chained verb
    for c in _CLAUSE_MARK_RE.finditer(norm, m.end(), fs):
        if c.group(0) not in "，," or not _CHAINED_RE.match(norm, c.end()):
            return False
        at = c.end()
    return at > m.end()


def _clause_start(norm: str, lo: int, at: int) -> int:
    return max([norm.rfind(c, lo, at) for c in "，,；;：:"] + [lo - 1]) + 1
