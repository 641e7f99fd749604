"""第N季 naming a season, not a quarter: a series' season after its title
(《山水间的家》第三季, 《平“语”近人——习近平喜欢的典故》（第三季）, 《舌尖上的中国（第四季）》,
“国聘行动”第四季, 第三季第九期) and a harvest of the grain year (夏粮是全年粮食生产的第一季,
早稻是全年粮食收获的第二季, 再生稻迎来第二季丰收).  Read as quarters they dated the
programme's news 2024Q3 and its figures with it; a quarter written so
(今年第4季, 112年第1季, 第三季GDP) has none of these beside it."""

from __future__ import annotations

import re

_SEASON_RE = re.compile(r"第\s?[一二三四五六七八九十\d]{1,2}\s?季")
_TITLE_ENDS = "》”」』\""
_HARVEST_BEFORE_RE = re.compile(r"(?:粮食|收获|生产)的?$")
_HARVEST_AFTER = ("丰收", "收获", "粮食", "稻")
_EPISODE_AFTER_RE = re.compile(r"[（(]?第\s?[\d一二三四五六七八九十]{1,3}\s?[期集]")


def is_season(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end], a 第N季, is a season rather than a quarter."""
    if not _SEASON_RE.fullmatch(norm, start, end):
        return False
    before = norm[start - 1:start] if start else "。"
    if before in _TITLE_ENDS or before in "（(" and start >= 2 and norm[start - 2] in _TITLE_ENDS:
        return True                                    # 《…》第三季, 《…》（第三季）
    if norm[end:end + 2] in ("）》", ")》"):
        return True                                    # 《舌尖上的中国（第四季）》
    if _HARVEST_BEFORE_RE.search(norm, max(0, start - 3), start) or norm.startswith(_HARVEST_AFTER, end):
        return True                                    # 全年粮食生产的第一季, 第二季丰收
    return bool(_EPISODE_AFTER_RE.match(norm, end))    # 第三季第九期
