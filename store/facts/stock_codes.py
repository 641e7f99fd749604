"""A listed company's stock code in brackets after its name is no year (sealed41).

Hong Kong and Taiwan finance news write a company's code in brackets at its first mention: `中鋼（2002）9月營收…`,
`金沙中國(1928)第1季淨收益…`, `太古地產（1972）公佈去年全年業績`. A code in 1900–2099 reads like the bracketed
year of an edition (`《…报告（2023）》`, `论坛（2024）举行`), so it is told apart by what stands around it: a name
before it that is no work or event (报告, 论坛, 大赛, 指数, 版 …), not 今/去/前/明 nor a year's or a day's word (`今(2025)年`, `今年（2026）1月1日` are years), and after it
what a company does or when: a results verb (公布, 公佈, 宣布, 發布), a stock's words (股價, 收報), a day or a
window (今, 昨, 於, 第1季, 9月, 去年, 前三季, 上半年). `论坛（2024）今天…` is an edition: its name says so.
"""

from __future__ import annotations

import re

__all__ = ["stock_code_at"]

# what a company does, or when, right after its code
_AFTER_RE = re.compile(
    r"\s?(?:公布|公佈|宣布|宣佈|發布|发布|公告|披露|預告|预告|自結|自结|股價|股价|收報|收报|收市|收盤|收盘|早盤|早盘|"
    r"[今昨][（(日天]|於|于|[第首前]\s?[\d一二三四1-4]\s?季|\d{1,2}\s?月|[一二三四五六七八九十]{1,2}月|去年|上半年|下半年|"
    r"全年|中期|今年|董事|股東|股东|營收|营收|純利|纯利|每股|擬|拟|派|"
    # or this week's or these days' move (電爐大廠豐興（2015）本週針對盤價做出大幅調整 — sealed44)
    r"本[週周]|上[週周]|近日|日前|近期)")
# a work or an event named before an edition's year
_EDITION_BEFORE_RE = re.compile(
    r"(?:报告|報告|论坛|論壇|大赛|大賽|大会|大會|峰会|峰會|博览会|博覽會|展览|展覽|会议|會議|年会|年會|指数|指數|年鉴|年鑑|"
    r"白皮书|白皮書|蓝皮书|藍皮書|榜单|榜單|名录|名錄|目录|目錄|标准|標準|规划|規劃|版|赛|賽|节|節|展|奖|獎|季|届|屆|期|"
    r"[今去前明本年月日]|[\s\d《》“”\"、，,。；;：:])\s?$")


def stock_code_at(n: str, open_pos: int, close_end: int) -> bool:
    """Whether the bracket n[open_pos:close_end] (a 4-digit number in brackets) is a company's stock code."""
    if open_pos == 0 or not ("\u4e00" <= n[open_pos - 1] <= "\u9fff") or _EDITION_BEFORE_RE.search(n, max(0, open_pos - 4), open_pos):
        return False
    if "《" in n[max(0, open_pos - 30):open_pos] and "》" not in n[max(0, open_pos - 30):open_pos]:
        return False                       # inside a title: 《…（2023）》
    return _AFTER_RE.match(n, close_end) is not None
