"""A toll told on the day it is reported: `据日本总务省消防厅今天（2月7日）公布的数据，连日降雪已在日本全国造成45人死亡、
540人受伤` — the count of dead and injured as of that report (tests/gold/README.md, sealed7's call: death and
injury tolls take the day of the event or of the report).  The report's day dates no other figure of its
sentence (a release's statistics keep their own period: period_days.reported); only a toll (死亡, 受伤,
遇难 …) without a period of its own takes it.
"""

from __future__ import annotations

import re
from typing import Any

from .period_days import reported, told_day
from .period_span import RefDate

# (who was hit may stand between: 造成三名平民受伤, 13名工作人员死亡, 两名记者在以军袭击中受伤)
_TOLL_AFTER_RE = re.compile(r"\s?(?:人|名|位|人次)?\s?(?:(?!称|稱|说|說|表示)[\u4e00-\u9fff]){0,8}?(?:死亡|遇难|遇難|受伤|受傷|丧生|喪生|罹难|罹難|失踪|失蹤|伤亡|傷亡|下落不明|失联|失聯)")
_SINCE_AFTER_RE = re.compile(r"\s?(?:以来|以來|开始|開始|起|前后|前後)")
_SINCE_BEFORE = ("自", "从", "從", "至", "到")
_REPORT_DAY_RE = re.compile(r"(?<![\d月.])(?:(1[0-2]|[1-9])月)?([12]\d|3[01]|[1-9])日[）)]?")


def report_day_toll(norm: str, f: dict[str, Any], sent_start: int, ref: RefDate | None) -> tuple[str, str] | None:
    """The day a toll's own sentence reports it on (see the module doc), as (period, text), or None."""
    if f["kind"] != "count" or not _TOLL_AFTER_RE.match(norm, f["end"]):
        return None
    m = None
    for m in _REPORT_DAY_RE.finditer(norm, sent_start, f["start"]):
        pass
    if m is None or not reported(norm, m.end() - (norm[m.end() - 1] in "）)")) \
            or _SINCE_AFTER_RE.match(norm, m.end()) or norm[m.start() - 1:m.start()] in _SINCE_BEFORE:
        return None                        # no day, one the toll happened on, or a start (自3月2日以来: a run)
    day = told_day(norm, sent_start, m.end(), ref)
    return (day, m.group(0).rstrip("）)")) if day else None
