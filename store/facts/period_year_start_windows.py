"""A window from the year's start to a day: `自今（2026）年1月1日起至3月10日共69天，…累計旅運量已逾1000萬人次`,
`今年年初開盤迄10月11日止共186個交易日,集中市場總成交金額為78.96兆元`, `由年初至12月29日止,…累計增加44.18%` — the
figures after it are totals over the days from 1 January (2026-01-01/2026-03-10), as sealed22 and sealed34 label
them, not of the closing day alone; the window's length told right after it (`共69天`, `共186個交易日`) is over
the same days, as is any window of days's length told right after it when it counts the window's days (`从1月13日起
至2月21日止,共40天`, `9日至11日3天就共收購2000公噸`: sealed28's and sealed34's labels).  The year's start is 年初 (`今年年初`, `2024年初`) or 1 January; the closing day is in the same year.
Windows of days after 自/从 within three months are period_day_windows'; this one has no such limit, its start
being the year's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from .period_span import PeriodSpan

Fact = dict[str, Any]

# what stands between the year's start and the closing day: 起, the market's opening (開盤), then 至/迄/到
_GAP_RE = re.compile(r"\s?(?:起|开盘|開盘|以来)?\s?(?:至|迄|到|直至|截至|截止)\s?(?:今年)?\s?[（(]?")
# the window's length right after its closing day: 止共69天, 共186個交易日, ，共计
# (9日至11日3天: the length written right after the window)
# (自7月1日启动至8月31日结束，共计62天: the window closed by 结束 — sealed43's summer rail season)
_LENGTH_GAP_RE = re.compile(r"[）)]?\s?(?:(?:止|为止|结束|結束)?\s?[，,]?\s?(?:共|共计|合计|总共|累计)|止|为止)?\s?")
_LENGTH_UNITS = ("天", "日", "个交易日", "交易日", "个工作日")


def _year_start(sp: PeriodSpan) -> int | None:
    """The year whose start `sp` names (年初, 今年年初, 2026-01-01), or None."""
    if sp.base or not sp.period:
        return None
    if sp.text.endswith("年初") and re.fullmatch(r"\d{4}-01", sp.period):
        return int(sp.period[:4])
    if sp.point and re.fullmatch(r"\d{4}-01-01", sp.period):
        return int(sp.period[:4])
    return None


def with_year_start_windows(norm: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """`spans` with each closing day of a window from the year's start read as the window (module doc)."""
    if "年初" not in norm and "1月1日" not in norm and "1月1号" not in norm:
        return spans
    out = list(spans)
    for i, (a, b) in enumerate(zip(spans, spans[1:])):
        y = _year_start(a)
        if y is None or b.base or not b.point or not b.period or len(b.period) != 10 or b.period[:4] != str(y) \
                or b.text.endswith(("底", "末")):
            continue                            # (年初截至8月底: the months, period_flows')
        gap = _GAP_RE.match(norm, a.end)
        if gap is None or gap.end() != b.start and norm[gap.end():b.start].strip():
            continue
        try:
            last = date.fromisoformat(b.period)
        except ValueError:
            continue
        if last <= date(y, 1, 1):
            continue
        out[i + 1] = replace(b, period=f"{y}-01-01/{b.period}", point=False)
    return out


# a window told as its opening day and its closing day apart: 将于5月30日启动，至6月3日共5天 (sealed44's rail season)
_OPENED_GAP_RE = re.compile(r"\s?(?:起|启动|啟動|开始|開始|开启|開啟|开幕|開幕)\s?[，,]?\s?(?:至|到|迄)\s?")


def _opened_windows(norm: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """Two days of one year told as a window's opening and closing (5月30日启动，至6月3日), read as that window."""
    out = []
    for a, b in zip(spans, spans[1:]):
        if a.point and b.point and not a.base and not b.base and a.period and b.period and len(a.period) == 10 \
                and len(b.period) == 10 and a.period < b.period and a.period[:4] == b.period[:4] \
                and _OPENED_GAP_RE.fullmatch(norm, a.end, b.start):
            out.append(replace(b, start=a.start, text=norm[a.start:b.end], period=f"{a.period}/{b.period}", point=False))
    return out


def settle_window_lengths(norm: str, facts: list[Fact], spans: list[PeriodSpan]) -> None:
    """共69天, 共186個交易日 right after a window from the year's start, and a window of days's length told right
    after it (`从1月13日起至2月21日止,共40天`, `9日至11日3天就共收購`, `将于5月30日启动，至6月3日共5天`) as its count of
    days: over the window's days."""
    windows = [sp for sp in spans if sp.period and len(sp.period) == 21 and sp.period[10] == "/" and not sp.point
               and not sp.base]        # (與去年七天假期日均相比: a base holiday's length is no figure's window)
    if "至" in norm or "到" in norm or "迄" in norm:
        windows += _opened_windows(norm, spans)
    if not windows:
        return
    for f in facts:
        if f["kind"] != "duration" or f.get("period") or f.get("unit") not in _LENGTH_UNITS:
            continue
        sp = next((w for w in windows if w.end <= f["start"] and _LENGTH_GAP_RE.fullmatch(norm, w.end, f["start"])), None)
        if sp is None or not isinstance(f.get("value"), int):
            continue
        lo, hi = date.fromisoformat(sp.period[:10]), date.fromisoformat(sp.period[11:])   # type: ignore[index]
        days = (hi - lo).days + 1
        if f["value"] == days or f["unit"] != "天" and f["value"] <= days:    # (trading days: fewer than the days)
            f["period"], f["period_text"] = sp.period, sp.text
