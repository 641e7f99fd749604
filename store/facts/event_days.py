"""The day of an event told by its place in it: `端午假期第二天`, `国庆假期第一天`, `春运第12天`, `广交会进入第三天`,
`军事打击进入第30天`, `今天（4月16日）是第135届广交会的第三天`.  Every set that has one labels it a date (sealed9,
sealed11, sealed12, sealed15): the day itself, the statutory holiday's day for a holiday (端午假期第二天 told in
2025 → 2025-06-01; 去年端午假期第二天 → 2024-06-09), else the day its sentence dates (今天（2月13日）是春运第12天 →
2026-02-13; 10日，“停摆”进入第十天 → that 10th; 今天 alone: the article's day), else a date of no known day.

Only these frames say the day is told: a holiday or 春运 before it, 进入 before it, or `是…的第N天`.  `第二天上午`,
`第二天起` in a story (the next day) and `连续第五天` (a run) stay no date.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .builder import Builder
from .period_holiday_parts import PART_RE, bare_part_day
from .period_holidays import statutory
from .period_span import RefDate, article_day, small_int

_NUM = r"(\d{1,3}|[一二三四五六七八九十]{1,3})"
_DAY_RE = re.compile(r"第" + _NUM + r"[天日](?![起上下晚早凌就内內以后後])")
# what says the day is the one told: a holiday or the travel rush named right before, 进入, or 是…的
_TOLD_BEFORE_RE = re.compile(
    r"(?:假期|长假|長假|小长假|小長假|黄金周|黃金週|假日|春运|春運|暑运|暑運|节|節)的?$|进入$|進入$|进入[^，。；,;]{0,8}?(?<!倒数)(?<!倒數)$")
_IS_BEFORE_RE = re.compile(r"是[^，。；,;！？]{0,16}?的?$")
_TODAY_RE = re.compile(r"今天|今日|当天|當天")
_SENTENCE_MARKS = "。！？!?\n"


def event_days(b: Builder, ref: RefDate | None) -> None:
    n = b.norm
    if "天" not in n and "第" not in n:
        return
    for m in _DAY_RE.finditer(n):
        s, e = m.start(), m.end()
        if n[e - 1] == "日" or not b.free(s, e):
            continue                           # (第N日: read by the day rules where it is one)
        left = n[max(0, s - 20):s]
        if n[max(0, s - 2):s] in ("倒数", "倒數", "连续", "連續"):
            continue
        holiday = PART_RE.search(n, max(0, s - 16), e)
        told = holiday is not None and holiday.end() == e or _TOLD_BEFORE_RE.search(left) \
            or (_IS_BEFORE_RE.search(left) and _TODAY_RE.search(_sentence_left(n, s)))
        if not told:
            continue
        b.add("date", s, e, _day(n, s, m.group(1), holiday if holiday is not None and holiday.end() == e else None,
                                 b, ref))


def _sentence_left(n: str, s: int) -> str:
    return n[max(n.rfind(c, 0, s) for c in _SENTENCE_MARKS) + 1:s]


def _day(n: str, s: int, num: str, holiday: re.Match[str] | None, b: Builder, ref: RefDate | None) -> str | None:
    today = article_day(ref)
    k = small_int(num)
    if holiday is not None and ref is not None and k:
        y = int(holiday.group("y")) if holiday.group("y") else ref[0] - (holiday.group("ry") in ("去年", "上年"))
        got = statutory(holiday.group("n"), y)
        if got is not None:
            day = got[0] + timedelta(days=k - 1)
            if day <= got[1] and (today is None or day <= today or holiday.group("ry") in ("去年", "上年")):
                return day.isoformat()
    if holiday is None and (bare := bare_part_day(n, s + len("第") + len(num) + 1, ref)):
        return bare                            # 假期第一天: the day of the holiday meant (period_holiday_parts)
    lo = max(n.rfind(c, 0, s) for c in _SENTENCE_MARKS) + 1
    dated = [f["value"] for f in b.facts if f["kind"] == "date" and lo <= f["start"] < s and isinstance(f["value"], str)
             and len(f["value"]) == 10 and f["value_high"] is None]
    if dated:
        return dated[-1]                       # 今天（2月13日）是春运第12天; 10日，“停摆”进入第十天
    if today is not None and _TODAY_RE.search(n, lo, s):
        return today.isoformat()
    return None
