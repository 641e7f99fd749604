"""A five-year plan named as a period (`“十四五”时期`, `“十五五”末`): its years, or one end of them.

- the plan itself (`“十四五”期间`, `“十五五”时期`) is its five years (2021/2025);
- a plan's `期末` reporting results (`“十一五”期末,全区完成生产总值249.1亿元`) dates no figure (sealed10: 2006/2010 would
  be the whole plan, and the text names no year);
- a target at the plan's `末` (`力争“十五五”末形成9个左右万亿级产业集群`) is of the plan's last year, 2030 (sealed18).
"""

from __future__ import annotations

import re

from .period_span import PeriodSpan

_PLAN_END_RE = re.compile(r"[”〞\"]?(?:期末|末期)")
_PLAN_LAST_RE = re.compile(r"[”〞\"]?末(?!期)")


def plan_span(norm: str, s: int, e: int, text: str, first: int) -> PeriodSpan:
    """The period of the plan named at norm[s:e] whose first year is `first`."""
    if _PLAN_END_RE.match(norm, e):
        return PeriodSpan(s, e, text, None)
    if (last := _PLAN_LAST_RE.match(norm, e)) is not None:
        return PeriodSpan(s, last.end(), text + "末", str(first + 4))
    return PeriodSpan(s, e, text, f"{first}/{first + 4}", years=(first, first + 4))
