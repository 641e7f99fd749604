"""A date in brackets after a comparison base names the base's day, never the figure's period:
`較上周（114年8月29日）的24,233.10點上漲261.48點` compares this week's close with last Friday's, so the
change is the sentence's own period (9月5日) and only the base's level (24,233.10點) is of 8月29日; so too
`較上一期(7月至9月)下跌0.1個百分點` (Macao's rolling quarters) and `較上次同年期公債（2025年10月17日發行）`, also when the bracket names the base first
(`相較於上次同年期公債（114年度甲類第10期增額公債，於2025年12月5日發行）最高得標利率1.32%`: the 1.32% is of that day).
Taiwan's relative year written with its number in brackets is a base the same way: `較去(101)年底增加12億美元`
compares with last year's end, which was read as the figure's day.
"""

from __future__ import annotations

import re

# a base word, a relative period or the thing compared (上周, 上一期, 上次同年期公債, 去年同期), then the bracket
# (or the bracket right after the base's verb: TWSE's weekly report writes `較(115年1月2日)的29,349.81點上漲939.15點`)
_BASE_THEN_BRACKET_RE = re.compile(r"(?:比|较|較|与|與|跟|相比|相较|相較|对比|對比)[於于]?(?P<word>(?:上|前|去|同)(?![升涨漲跌降增减減])"
                                   r"[^，。；,;！？!?（()）\d\n]{0,10})?[（(][^（()）。；;！？!?\n]{0,24}$")
_LOOK_BACK = 40
# Taiwan's relative year with its number in brackets before the base's part of it: 較去(101)年底, 較去（113）年12月
_BASE_ROC_YEAR_RE = re.compile(r"(?:比|较|較|与|與|跟|相比|相较|相較|对比|對比)[於于]?[今去前]\s?[（(]\d{2,4}[)）]\s?年?$")


def bracketed_base(norm: str, ms: int) -> bool:
    """Whether the period starting at `ms` is written in brackets right after a comparison base, or is the part
    of a base's year written with its number in brackets."""
    before = norm[max(0, ms - _LOOK_BACK):ms]
    if "（" not in before and "(" not in before:
        return False                            # (most periods: no bracket to read)
    return bool(_BASE_THEN_BRACKET_RE.search(norm, max(0, ms - _LOOK_BACK), ms)
                or _BASE_ROC_YEAR_RE.search(norm, max(0, ms - 12), ms))


# after the closing bracket, the base's own figure: `）的24,233.10點`, `發行）之最高得標利率1.318%`, `）市值78兆…億元`
_BASE_VALUE_GAP_RE = re.compile(r"[^（()），。；,;\d]{0,4}[）)]\s?(?:的|之)?[^，。；,;\d（()）]{0,10}")
_CHANGE_IN_GAP_RE = re.compile(r"[涨漲跌升降增减減]|回落|[高低][于於]|[多少]了?$")


def bracketed_base_value(norm: str, base_start: int, base_end: int, f: dict[str, object]) -> bool:
    """Whether figure `f`, told after a bracketed base's date, is the base's own level (dated by it)."""
    if f["kind"] in ("points", "multiple") or not bracketed_base(norm, base_start):
        return False
    start = f["start"]
    assert isinstance(start, int)
    gap = norm[base_end:start]
    if _BASE_VALUE_GAP_RE.fullmatch(gap) and not _CHANGE_IN_GAP_RE.search(gap):
        return True
    # the same base named again later in the sentence (…，台灣50指數收盤為…，較上周的20,736.24點): that day's level
    opener = _BASE_THEN_BRACKET_RE.search(norm, max(0, base_start - _LOOK_BACK), base_start)
    return opener is not None and opener.group("word") is not None and not re.search(r"[。；;！？!?\n]", gap) \
        and bool(re.search(r"(?:比|较|較|与|與)" + re.escape(opener.group("word")) + r"(?:的|之)\s?$", gap))
