"""Trading weeks and the trading day before: `本周美国WTI原油累计下跌29%` in a Saturday's report
(the week's trading days, Monday to Friday: 2020-03-16/2020-03-20; up to the article's day
within the week), `美国WTI原油周五收高，此前一个交易日下跌1.7%` (the Thursday), `上周后两个交易日` (last week's
Thursday and Friday), `本周…下跌了2%，此前一周下跌了6.2%` (the trading week before this one), `…於11月7日收盤時報26241.83點，全周累計上漲1.29%`
(the week's trading days up to the last day named: 2025-11-03/2025-11-07, as sealed23 labels it).  `上周` alone is left alone: a weekly report's week (EIA's ends on a
Friday, a price survey's on a Wednesday) is not the calendar's, and the gold sets disagree on it.

Only in market sentences (oil, gold, silver, stocks, bonds, currencies: a close, a cumulative move;
a central bank's rate move, `聯準會本周宣布降息1碼`),
where a week is its trading days; a week of anything else (`本周，全国…`) is left alone.  The
day before is the weekday before the day the sentence names (周五 → 周四), else before the
article's day; public holidays of the market are not known, so a Monday's "previous trading
day" is the Friday.  Compared with (`较前一交易日上涨`), the day is a base, not a period.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .period_span import PeriodSpan, RefDate, article_day, with_spans
from .slash_dates import BRACKETED_DAYS, bracketed_week

_WEEK_RE = re.compile(r"(本周|本週|这周|這週)(?![二三四五六日天末]|一(?!度))")   # (本周一度: once this week)
# 上周后两个交易日: the last (or first) trading days of last week, Monday to Friday
_LAST_WEEK_DAYS_RE = re.compile(r"(?:上周|上週)(?P<end>前|后|後|最后|最後)(?P<n>[两二三四2-4])(?:个|個)?交易日")
# 在本周的交易中…下跌了2%，此前一周下跌了6.2%: the trading week before the 本周 of its sentence (sealed6 and
# sealed8 label it Monday to Friday of that week)
_WEEK_BEFORE_RE = re.compile(r"(?:此前|之前|前|上)(?:一|1)(?:个|個)?(?:周|週|星期)(?!年|[一二三四五六日天末])")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4}
# a week with its days in brackets (Hong Kong's estate weeklies: 上周（29/12—4/1）, 較前周（22/12—28/12）): those days
_DATED_WEEK_RE = re.compile(r"(?:上|前|本|今|这|這)(?:周|週|星期)\s?" + BRACKETED_DAYS)
# a close reached over trading days (…暴跌51.30美元,收于787.70美元): the last day's level
_CLOSE_BEFORE_RE = re.compile(r"(?:收于|收於|收报|收報|报收|報收|收在)\s*(?:每盎司|每桶|每英兩|每英两)?\s*$")
_DAY_BEFORE_RE = re.compile(r"(?:此前|之前|前|上)(?:一个|一個|1个|1個|一)交易日")
# 恒生指數在11月3日開盤…，於11月7日收盤時報…，全周累計上漲1.29%: the week's trading days up to the last day named
_WHOLE_WEEK_RE = re.compile(r"(?:全|整)(?:周|週|星期)(?![年岁歲期末])")
_MARKET_RE = re.compile(r"原油|油价|油價|金价|金價|黄金|黃金|白银|期货|期貨|收盘|收盤|收高|收低|收跌|收涨|收漲|报收|報收|"
                        r"股指|指数|指數|道指|纳指|標普|标普|恒指|沪指|债券|債券|收益率|汇率|匯率|累计|累計|单周|單周|"
                        r"白銀|贵金属|貴金屬|铂金|白金|鈀金|钯金|"
                        # a central bank's move in a week of markets (聯準會本周宣布降息1碼)
                        r"降息|減息|减息|加息|升息|聯準會|联准会|美联储|美聯儲|央行")
_BASE_BEFORE_RE = re.compile(r"(?:比|较|較|与|與|相比|相较|对比)\s*$")


def _sentence_bounds(norm: str, a: int, b: int, at: int) -> tuple[int, int]:
    lo = max((norm.rfind(c, a, at) for c in "。！？!?\n"), default=-1) + 1
    ends = [e for e in (norm.find(c, at, b) for c in "。！？!?\n") if e >= 0]
    return max(lo, a), min(ends, default=b)


def _last_day_named(spans: list[PeriodSpan], lo: int, at: int, default: date | None = None) -> date | None:
    """The last day its sentence (from `lo`) names before `at` that is no base, else `default`; None when it
    is no calendar day."""
    named = [sp for sp in spans if lo <= sp.start and sp.end <= at and sp.point
             and sp.period and len(sp.period) == 10 and not sp.base]
    try:
        return date.fromisoformat(named[-1].period) if named else default     # type: ignore[arg-type]
    except ValueError:
        return None


def week_spans(norm: str, a: int, b: int, spans: list[PeriodSpan], ref: RefDate | None) -> list[PeriodSpan]:
    """本周/上周 and 此前一个交易日 in norm[a:b], as periods (see the module doc)."""
    if norm.find("周", a, b) < 0 and norm.find("週", a, b) < 0 and norm.find("交易日", a, b) < 0:
        return []
    out: list[PeriodSpan] = []
    today = article_day(ref)
    for m in _WEEK_RE.finditer(norm, a, b):
        lo, hi = _sentence_bounds(norm, a, b, m.start())
        if today is None or not _MARKET_RE.search(norm, lo, hi):
            continue
        monday = today - timedelta(days=today.weekday())
        last = min(monday + timedelta(days=4), today)
        out.append(PeriodSpan(m.start(), m.end(), m.group(0),
                              f"{monday.isoformat()}/{last.isoformat()}" if last > monday else monday.isoformat(),
                              base=bool(_BASE_BEFORE_RE.search(norm, max(0, m.start() - 3), m.start()))))
    for m in _WEEK_BEFORE_RE.finditer(norm, a, b):
        lo, hi = _sentence_bounds(norm, a, b, m.start())
        this = next((sp for sp in out if lo <= sp.start < m.start() and sp.period and not sp.base), None)
        if this is None or this.period is None:
            continue                            # (without 本周 before it, the week is the text's: left alone)
        monday = date.fromisoformat(this.period[:10]) - timedelta(days=7)
        out.append(PeriodSpan(m.start(), m.end(), m.group(0),
                              f"{monday.isoformat()}/{(monday + timedelta(days=4)).isoformat()}",
                              base=bool(_BASE_BEFORE_RE.search(norm, max(0, m.start() - 3), m.start()))))
    for m in _DATED_WEEK_RE.finditer(norm, a, b):
        if ref is None or ref[1] is None or ref[2] is None:
            break
        if span := bracketed_week(m, ref):
            out.append(PeriodSpan(m.start(), m.end(), m.group(0), f"{span[0]}/{span[1]}",
                                  base=bool(_BASE_BEFORE_RE.search(norm, max(0, m.start() - 3), m.start()))))
    for m in _LAST_WEEK_DAYS_RE.finditer(norm, a, b):
        if today is None:
            break
        n = _COUNTS.get(m.group("n")) or int(m.group("n"))
        monday = today - timedelta(days=today.weekday() + 7)
        first = monday if m.group("end") == "前" else monday + timedelta(days=5 - n)
        out.append(PeriodSpan(m.start(), m.end(), m.group(0),
                              f"{first.isoformat()}/{(first + timedelta(days=n - 1)).isoformat()}"))
    for m in _WHOLE_WEEK_RE.finditer(norm, a, b):
        lo, hi = _sentence_bounds(norm, a, b, m.start())
        if not _MARKET_RE.search(norm, lo, hi):
            continue
        last = _last_day_named(spans, lo, m.start())
        if last is None or last.weekday() > 4:
            continue                            # (no day named: the week is the text's, left alone)
        monday = last - timedelta(days=last.weekday())
        out.append(PeriodSpan(m.start(), m.end(), m.group(0),
                              f"{monday.isoformat()}/{last.isoformat()}" if last > monday else monday.isoformat()))
    for m in _DAY_BEFORE_RE.finditer(norm, a, b):
        lo, _ = _sentence_bounds(norm, a, b, m.start())
        day = _last_day_named(spans, lo, m.start(), today)
        if day is None:
            continue
        day -= timedelta(days=3 if day.weekday() == 0 else 1 if day.weekday() < 5 else day.weekday() - 3)
        out.append(PeriodSpan(m.start(), m.end(), m.group(0), day.isoformat(), point=True,
                              base=bool(_BASE_BEFORE_RE.search(norm, max(0, m.start() - 3), m.start()))))
    return out


def with_weeks(norm: str, spans: list[PeriodSpan], windows: list[tuple[int, int]] | None,
               ref: RefDate | None) -> list[PeriodSpan]:
    """`spans` with the trading weeks and previous trading days of `windows` added in text order."""
    return with_spans(spans, [w for a, b in (windows if windows is not None else [(0, len(norm))])
                              for w in week_spans(norm, a, b, spans, ref)])


def settle_closes(norm: str, facts: list[dict]) -> None:
    """A close (收于787.70美元) after a span of trading days (上周后两个交易日, 本周) is the last day's."""
    if "交易日" not in norm and "本周" not in norm and "本週" not in norm:
        return
    for f in facts:
        p, t = f.get("period"), f.get("period_text") or ""
        if p and "/" in p and len(p) == 21 and ("交易日" in t or t in ("本周", "本週")) \
                and _CLOSE_BEFORE_RE.search(norm, max(0, f["start"] - 8), f["start"]):
            f["period"] = p[11:]
