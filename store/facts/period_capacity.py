"""Capacities: what a thing can do, on no day (`能满足400万户家庭的用电需求`, `每年可封存30万吨`, `可以让200个
孩子`): a figure after a modal and a verb of capacity in its clause has no period.  The 可 also governs the
clauses chained after it with a verb of the same kind and no subject of their own (`每年可节约标准煤5400万吨，
减少二氧化碳排放1.4亿吨，发电1900亿度`: sealed labels all three without period; the year told before them is
the installation's, not these savings')."""

from __future__ import annotations

import re

# (可供客房数目, 可供出售, 可供销售面积: a stock on hand, named; 可供2000人使用 is a capacity)
_CAPACITY_RE = re.compile(r"(?:可以|能够|(?<![再功动性效源能])[可能])(?:让|使|供(?!客房|出租|出售|銷售|销售|應|应)|容纳|满足|封存|覆盖|处理|接待|带动|惠及|"
                          r"减少|节约|减排|储存|存储|运送|承载|同时容纳|同时停放|停放|"
                          # a project's yearly throughput or output once open (该机场预计2025年年底通航运营，可保障年旅客吞吐量2800万
                          # 人次; 未来可实现年产方形储能电池2600万只: per53)
                          r"保障年|保障每年|實現年產|实现年产)")
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


# 建成后, 全部投运后, 投入商业运行后, 实现全容量并网发电后: the state once a project is finished (not 运行后的首个暑期,
# a period after it, nor 继…投入运营后, one already past)
_COMPLETED_RE = re.compile(r"(?<![继繼])(?:建成|投产|投產|投运|投運|通车|通車|完工|竣工|运营|運營|运行|運行|投入使用|投用|并网|併網)"
                           r"(?:发电|發電|通车|通車|投产|投產|投运|投運)?(?:后|後)(?![的之])")


def after_completion(norm: str, lo: int, fs: int) -> bool:
    """A project's figure told after its completion (`该机组预计在2028年建成投产，建成后每年可发电超过100亿度`,
    `年底全部投运后，每年可提供清洁电量超62.3亿千瓦时，相当于节约标准煤191.3万吨`): what it will do once built, on
    no day, whatever period the sentence named before the completion (the year it is finished is not the figure's:
    sealed15 `2029年全面投运后，每年可…输送超430亿千瓦时`, heldback, sealed9 label none). `lo`: where the period the
    figure would take ends (its sentence's start for a period carried from before)."""
    return lo < fs and _COMPLETED_RE.search(norm, lo, fs) is not None
