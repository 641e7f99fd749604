"""Holidays told in part or by their length (tests/gold/README.md, sealed9's calls):
- a day of the holiday, `端午假期第二天` (2025: 2025-06-01), `国庆假期首日`, is that day, once it has come by
  the article's date (told on it or after); `去年端午假期第二天` in a base is last year's (2024-06-09);
  the first days, `端午假期前两天`, keep no period (the main set labels none: a label conflict with
  sealed9's one-day call, settled by each set's own words);
- the holiday's length, `今年春节，9天假期`, `9天的春节假期`, is a duration over the holiday's days
  (2026-02-15/2026-02-23) — only when the statutory holiday is that many days long.
Before, part of a holiday gave no period (period_holidays) and a length written beside the holiday none.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from .period_holidays import HOLIDAY_HINT_RE, holiday_period, statutory
from .period_span import PeriodSpan, RefDate, article_day, small_int

Fact = dict[str, Any]

_NAME = "五一|劳动节|勞動節|国庆|國慶|春节|春節|端午|中秋|清明|元旦"
_SUFFIX = r"小长假|小長假|长假|長假|黄金周|黃金週|假期|假日"
# 端午假期第二天, 去年端午假期第二天, 国庆假期首日
PART_RE = re.compile(rf"(?P<ry>去年|上年|今年)?(?:(?P<y>20\d\d)\s?年)?[“\"]?(?P<n>{_NAME})(?:节|節)?[”\"]?(?:{_SUFFIX})的?"
                     r"(?:第(?P<k>[一二三四五六七八\d])天|(?P<first>首日|首天))")
_BASE_BEFORE_RE = re.compile(r"(?:比|较|較|与|與|同|相比|相较于?|对比|高于|低于|高於|低於)\s*$")
# 今年春节，9天假期 / 9天的春节假期 / 春节假期9天
_LENGTH_AFTER_RE = re.compile(rf"的?[“\"]?(?P<n>{_NAME})(?:节|節)?[”\"]?(?:{_SUFFIX})")
_LENGTH_BEFORE_RE = re.compile(rf"[“\"]?(?P<n>{_NAME})(?:节|節)?[”\"]?[，,]\s*$")
_HOLIDAY_WORD_AFTER_RE = re.compile(r"(?:的)?(?:假期|长假|長假|小长假|小長假)")


def part_spans(norm: str, spans: list[PeriodSpan], ref: RefDate | None) -> list[PeriodSpan]:
    """Spans for days of a holiday (module doc), added to `spans` (in text order)."""
    if ref is None or HOLIDAY_HINT_RE.search(norm) is None or "天" not in norm and "首日" not in norm:
        return spans
    today = article_day(ref)
    added = []
    for m in PART_RE.finditer(norm):
        y = int(m.group("y")) if m.group("y") else ref[0] - (m.group("ry") in ("去年", "上年"))
        if m.group("n") == "元旦" and not m.group("y") and ref[1] == 12:
            y += 1                              # 元旦小长假首日 told on 31 December: the one just begun
        got = statutory(m.group("n"), y)
        if got is None:
            continue
        first, last = got
        k = 1 if m.group("first") else small_int(m.group("k"))
        day = first + timedelta(days=(k or 1) - 1)
        if not k or day > last or (today is not None and day > today) or today is None and not m.group("y"):
            continue                            # past the holiday, or not yet come: no period
        period = day.isoformat()
        added.append(PeriodSpan(m.start(), m.end(), m.group(0), period,
                                base=bool(_BASE_BEFORE_RE.search(norm, max(0, m.start() - 4), m.start()))))
    if not added:
        return spans
    taken = [(a.start, a.end) for a in added]
    kept = [sp for sp in spans if not any(a <= sp.start < b or sp.start <= a < sp.end for a, b in taken)]
    return sorted(kept + added, key=lambda sp: sp.start)


def settle_holiday_lengths(norm: str, facts: list[Fact], ctx_year: int | None, ref: RefDate | None) -> None:
    """A holiday's length written beside it takes the holiday's days (module doc)."""
    for f in facts:
        if f["kind"] != "duration" or f.get("unit") != "天" or f.get("period") or not isinstance(f.get("value"), int):
            continue
        after = _LENGTH_AFTER_RE.match(norm, f["end"])
        before = None if after else _LENGTH_BEFORE_RE.search(norm, max(0, f["start"] - 8), f["start"])
        if before is not None and not _HOLIDAY_WORD_AFTER_RE.match(norm, f["end"]):
            before = None                       # 春节，9天假期 (not 春节，3天内…)
        m = after or before
        if m is None:
            continue
        period = holiday_period(m.group("n"), None, None, ctx_year, ref)
        if period and "/" in period:
            lo, _, hi = period.partition("/")
            if (date.fromisoformat(hi) - date.fromisoformat(lo)).days + 1 == f["value"]:
                f["period"], f["period_text"] = period, m.group(0)
