"""An event's window of days: `为期5天的2025年中国国际服务贸易交易会今天（9月14日）落幕，本届服贸会成功举办了13场主题
论坛、81场专题论坛` — the fair's length and the counts of its closing day's report are over its five days
(2025-09-10/2025-09-14), and so are the counts of the sentences after it told of the event (`展会期间，共达成…成果超900
项`, `本届北京图博会…1600家中外展商`). An opening day (`为期三天的…今天开幕`) starts the window. (tests/gold/README.md:
sealed6's `为期五天` expo closing on 11月19日 and sealed18's services fair give the window; sealed7's `为期一年` from
`今天（4月1日）开始` likewise.)

Only the figures dated by the closing or opening day itself change: a figure with a period of its own keeps it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

Fact = dict[str, Any]

# (为期两个月的铁路暑期运输今天（7月1日）启动: a window of months, 2025-07-01/2025-08-31 — sealed43)
_LENGTH_RE = re.compile(r"[为為]期\s?(\d{1,2}|[一二两兩三四五六七八九十]{1,3})\s?(?:[个個]?(?:天|日)|(?P<months>[个個]月))")
_CLOSE_RE = re.compile(r"闭幕|閉幕|落幕|落下帷幕|结束|結束|收官|闭馆|閉館")
_OPEN_RE = re.compile(r"开幕|開幕|启幕|啟幕|拉开帷幕|拉開帷幕|开始|開始|启动|啟動|开启|開啟|开赛|開賽|揭幕|开展|開展")
_END_RE = re.compile(r"[。！？!?\n]")
# a sentence after the report told of the event (展会期间, 其间, 本届服贸会, 本次大会): its counts are the window's
_DURING_RE = re.compile(r"[^，,。；;\n]{0,8}(?:期间|期間|其间|其間)|本届|本屆|本次|此次")
# a day of the figure's own after the report (…今天启动，预计今天全社会跨区域人员流动量超过1.8亿人次): that day's
_OWN_DAY_RE = re.compile(r"今天|今日|当天|當天|当日|當日|\d日")
_NUMERALS = {c: i + 1 for i, c in enumerate("一二三四五六七八九十")} | {"两": 2, "兩": 2}
_FOLLOWING = 3          # sentences read after the report
_NO_WINDOW_KINDS = ("date", "year", "rank")


def _days(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text in _NUMERALS:
        return _NUMERALS[text]
    if text.startswith("十") and len(text) == 2 and text[1] in _NUMERALS:
        return 10 + _NUMERALS[text[1]]
    return None


def _months_from(d: date, n: int) -> date:
    """The same day of the month `n` months later (the month's last day when it has fewer)."""
    k = d.year * 12 + d.month - 1 + n
    y, mo = k // 12, k % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, mo, day)
        except ValueError:
            continue
    return date(y, mo, 28)


def _sentence_end(norm: str, at: int) -> int:
    m = _END_RE.search(norm, at)
    return m.end() if m else len(norm)


def settle_event_windows(norm: str, facts: list[Fact]) -> None:
    """Give the figures of an event's report its window of days (see the module doc)."""
    for m in _LENGTH_RE.finditer(norm):
        n = _days(m.group(1))
        if not n or n < 2:
            continue
        a = max(norm.rfind(c, 0, m.start()) for c in "。！？!?\n") + 1
        b = _sentence_end(norm, m.end())
        close, opening = _CLOSE_RE.search(norm, m.end(), b), _OPEN_RE.search(norm, m.end(), b)
        verb = min((v for v in (close, opening) if v), key=lambda v: v.start(), default=None)
        if verb is None:
            continue
        mine = [f for f in facts if a <= f["start"] < b]
        day = next((f["period"] for f in reversed(mine) if f["kind"] == "date" and f["start"] < verb.start()
                    and len(f.get("period") or "") == 10), None) \
            or next((f["period"] for f in mine if len(f.get("period") or "") == 10 and f["kind"] not in _NO_WINDOW_KINDS),
                    None)
        if day is None:
            continue
        try:
            d = date.fromisoformat(day)
        except ValueError:
            continue
        if m.group("months"):
            if n > 12 or verb is close:
                continue        # (为期4个月的伏季休渔期结束，…护航3万余艘渔船: the closing day's count, not the months')
            lo, hi = d, _months_from(d, n) - timedelta(days=1)
        else:
            lo, hi = (d - timedelta(days=n - 1), d) if verb is close else (d, d + timedelta(days=n - 1))
        window = f"{lo.isoformat()}/{hi.isoformat()}"
        for f in mine:
            if f["start"] <= m.start() < f["end"] or m.start() <= f["start"] < m.end() and f["kind"] == "duration":
                f["period"], f["period_text"] = window, m.group(0)     # 为期5天: the window itself
            elif f["kind"] not in _NO_WINDOW_KINDS and f.get("period") == day and f["start"] > m.start() \
                    and not _OWN_DAY_RE.search(norm, verb.end(), f["start"]):
                f["period"] = window
        _following(norm, facts, b, day, window, m.group(0))


def _following(norm: str, facts: list[Fact], at: int, day: str, window: str, text: str) -> None:
    """The sentences after the report that tell of the event (展会期间…, 本届…), up to a headline."""
    for _ in range(_FOLLOWING):
        while at < len(norm) and norm[at] in "\n ":
            at += 1
        end = _sentence_end(norm, at)
        if at >= len(norm) or norm[end - 1:end] not in ("。", "！", "？"):
            return                                   # a headline: the next story
        if _DURING_RE.match(norm, at):
            for f in facts:
                if at <= f["start"] < end and f["kind"] not in _NO_WINDOW_KINDS \
                        and (f.get("period") == day or f.get("period") is None and f["kind"] == "count"):
                    f["period"], f["period_text"] = window, text
        at = end
