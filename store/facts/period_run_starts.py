"""A run told with its start (`从4月份起连续3个月`, `自今年4月起，…已连续3个月增长`, `从2021年开始，连续三年`): the
months or years from the start on, as many as the run counts — period_runs counts a run back from the sentence's
period and leaves one with a stated start without a window; the start itself is no figure's period (a run of three
months from April dated its cumulative growth to April).  The run's duration takes the window, and so do the figures
told after it in its sentence that had the start's period or none (`自今年4月起，我国出口已连续3个月增长，累计增长
12.5%`), and a run of days from its first day (`从5月31日开始，河南连续6天日均收割小麦超千万亩` → 5月31日 to 6月5日, the
duration and the daily average: per54).  A run that ended before a turn (`自去年6月份连续15个月下降后首次实现增长`) is left alone, as period_runs
leaves it (fresh's call: no period)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from .period_span import PeriodSpan, small_int

Fact = dict[str, Any]

_RUN_FROM_RE = re.compile(r"(?:从|自|從)(?P<start>[^，。；,;从自從]{1,12}?)(?:起|开始|開始)[，,]?\s*[^。；;，,]{0,12}?"
                          r"(?:已经|已)?(?:连续|連續)(?P<n>[\d一二三四五六七八九十两]{1,3})\s?(?:个|個)?(?P<unit>月|年|天|日(?![元期]))")
_ENDED_AFTER_RE = re.compile(r"[^，。；,;]{0,12}?(?:后|後|之后|之後|以后)")
_MONTH_RE = re.compile(r"(\d{4})-(\d{2})")
_YEAR_RE = re.compile(r"\d{4}")
_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SENTENCE_END = "。！？!?\n"
_NOW_WORDS = ("截至", "截止", "目前", "至今", "迄今")


def _window(start: str, n: int, unit: str) -> str | None:
    if unit in ("天", "日") and _DAY_RE.fullmatch(start) and 1 < n <= 60:
        first = date.fromisoformat(start)       # 从5月31日开始，河南连续6天…: 5月31日 to 6月5日 (per54)
        return f"{start}/{(first + timedelta(days=n - 1)).isoformat()}"
    if unit == "年" and _YEAR_RE.fullmatch(start) and 1 < n <= 40:
        return f"{start}/{int(start) + n - 1}"
    m = _MONTH_RE.fullmatch(start)
    if unit == "月" and m and 1 < n <= 60:
        first = int(m.group(1)) * 12 + int(m.group(2)) - 1
        last = first + n - 1
        return f"{m.group(1)}-{m.group(2)}/{last // 12}-{last % 12 + 1:02d}"
    return None


def settle_run_starts(norm: str, facts: list[Fact], spans: list[PeriodSpan]) -> None:
    for m in _RUN_FROM_RE.finditer(norm):
        start = next((sp for sp in spans if m.start("start") <= sp.start and sp.end <= m.end("start")
                      and sp.period), None)     # (marked a base: it is no figure's own period)
        if start is None and m.group("unit") in ("天", "日"):   # (a day after 从 is left out of the spans: its date fact)
            day = next((f for f in facts if f["kind"] == "date" and m.start("start") <= f["start"] and f["end"] <= m.end("start")
                        and isinstance(f.get("value"), str) and _DAY_RE.fullmatch(f["value"])), None)
            start = PeriodSpan(day["start"], day["end"], day["surface"], day["value"], point=True) if day else None
        n = small_int(m.group("n"))
        if start is None or not n or start.period is None or _ENDED_AFTER_RE.match(norm, m.end()):
            continue
        window = _window(start.period, n, m.group("unit"))
        if window is None:
            continue
        end = next((i for i in range(m.end(), len(norm)) if norm[i] in _SENTENCE_END), len(norm))
        later = next((sp.start for sp in spans if m.end() <= sp.start < end), end)   # a period of its own after it
        if m.group("unit") in ("天", "日"):     # (…连续6天日均收割小麦超千万亩，截至目前，全省小麦收获超7400万亩: a stock now)
            later = min([later] + [j for w in _NOW_WORDS if (j := norm.find(w, m.end(), later)) >= 0])
        for f in facts:
            if f["kind"] in ("date", "year") or not m.start("n") <= f["start"] < later:
                continue
            if f["kind"] == "duration" and f["start"] < m.end():
                f["period"], f["period_text"] = window, f["surface"]       # the run itself
            elif f["start"] >= m.end() and f.get("period") in (None, start.period):
                f["period"], f["period_text"] = window, norm[m.start():m.end()]
