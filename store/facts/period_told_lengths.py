"""An event's length told beside the days its story names: `英格兰地区的初级医生24日再次举行罢工，计划持续5天`
(2024-02-24/2024-02-28), `3月5日上午开幕，11日下午闭幕，会期7天` (2026-03-05/2026-03-11), `8月31日—9月2日…进行了为期三天的
访问`, a range or a closing day told in the sentence before (`年会将于3月28日—31日…举行。…为期4天的会议共设置了近60场分论坛`;
`…高交会今天（11月19日）闭幕。本届高交会为期五天，5000多家企业参展`). The length is a duration over those days, and the
counts told after it in its sentence (and in the sentences after it told of the event: 本届, 期间) take them too
(tests/gold/README.md "## Conventions": an event's `为期N天` is its window).

store/facts/period_event_windows.py reads the length told before its opening or closing day (`为期5天的服贸会今天
（9月14日）落幕`); this module reads the other orders, for a length still without a period. A length still running
(`已持续45天`, `目前已持续6天`) names no start and is left alone, as is one whose days the story does not name.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from .period_event_windows import _days, _following, _sentence_end

Fact = dict[str, Any]

_LENGTH_RE = re.compile(r"(?:[为為]期|[会會]期|持续了?|持續了?|历时|歷時)\s?(\d{1,2}|[一二两兩三四五六七八九十]{1,3})\s?[个個]?(?:天|日)")
_RUNNING_BEFORE = ("已", "仍", "还", "還")        # 已持续45天: still running, from no day the sentence names
_START_RE = re.compile(r"开始|開始|开启|開啟|启动|啟動|开幕|開幕|举行|舉行")
# 今天（8月21日）起, 15日起: the day it starts from (起 elsewhere is a word's: 挑起, 发起)
_FROM_DAY_RE = re.compile(r"[）)]?\s?起")
# the sentence of a length told after its event's closing or opening day: it opens with the length
# (本届高交会为期五天, 为期6天的展会, 在为期三天的论坛里), not a length of something else said later in it
_OPENING_REACH = 10
# 在19日正式签署谅解备忘录后，…将立即开启为期60天的谈判: the day of another act, before it
_AFTER_RE = re.compile(r"后|後")
_CLOSE_RE = re.compile(r"闭幕|閉幕|落幕|落下帷幕|结束|結束|收官")
_OPEN_RE = re.compile(r"开幕|開幕|开始|開始|启动|啟動|举行|舉行|开启|開啟")
_DAY_RE = re.compile(r"\d{4}-\d\d-\d\d")
_RANGE_RE = re.compile(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)")
_NO_WINDOW_KINDS = ("date", "year", "rank")
_ENDS = "。！？!?\n"


def _sentence_start(norm: str, at: int) -> int:
    return max(norm.rfind(c, 0, at) for c in _ENDS) + 1


def _day(f: Fact) -> date | None:
    p = f.get("period") or ""
    return date.fromisoformat(p) if f["kind"] == "date" and _DAY_RE.fullmatch(p) else None


def _told_days(norm: str, facts: list[Fact], at: int, n: int, a: int, prev: int) -> tuple[date, date, str | None] | None:
    """(first day, last day, the day the figures were dated by) of a length of n days at `at`."""
    near = lambda lo, hi: 0 <= (hi - lo).days + 1 - n <= 1 or (hi - lo).days + 1 == n - 1   # 4日…11日，会期7天
    before = sorted((f for f in facts if prev <= f["start"] < at and f["kind"] == "date"), key=lambda f: f["start"])
    # a range of days told in its sentence or the one before (8月31日—9月2日, 3月28日—31日)
    for f in reversed(before):
        r = _RANGE_RE.fullmatch(f.get("period") or "")
        if r:
            lo, hi = date.fromisoformat(r.group(1)), date.fromisoformat(r.group(2))
            return (lo, hi, None) if near(lo, hi) else None
    days = [(f, d) for f in before if (d := _day(f)) is not None]
    mine = [(f, d) for f, d in days if f["start"] >= a]
    # an opening and a closing day in its sentence (3月5日上午开幕，11日下午闭幕，会期7天)
    if len(mine) >= 2:
        (f1, d1), (f2, d2) = mine[-2], mine[-1]
        if _OPEN_RE.search(norm, f1["end"], f2["start"]) and _CLOSE_RE.search(norm, f2["end"], at) and d1 < d2 \
                and near(d1, d2):
            return d1, d2, None
    # the day it starts on, in its sentence (24日再次举行罢工，计划持续5天; 28日开始举行为期4天的游行)
    if mine:
        f, d = mine[-1]
        if (_START_RE.search(norm, f["end"], at) or _FROM_DAY_RE.match(norm, f["end"])) \
                and not _CLOSE_RE.search(norm, f["end"], at) \
                and not _AFTER_RE.search(norm, f["end"], at):
            return d, d + timedelta(days=n - 1), d.isoformat()
        return None
    # the day it closed or opened on, in the sentence before (…今天（11月19日）闭幕。本届高交会为期五天)
    prior = [(f, d) for f, d in days if f["start"] < a]
    if len(prior) == 1 and at - a <= _OPENING_REACH:
        f, d = prior[0]
        close, opening = _CLOSE_RE.search(norm, f["end"], a), _OPEN_RE.search(norm, f["end"], a)
        if close and not opening:
            return d - timedelta(days=n - 1), d, d.isoformat()
        if opening and not close:
            return d, d + timedelta(days=n - 1), d.isoformat()
    return None


def settle_told_lengths(norm: str, facts: list[Fact]) -> None:
    """Give an event's length told beside its days, and its counts, that window (see the module doc)."""
    for m in _LENGTH_RE.finditer(norm):
        n = _days(m.group(1))
        if not n or n < 2 or norm[max(0, m.start() - 2):m.start()].endswith(_RUNNING_BEFORE) \
                or norm[max(0, m.start() - 3):m.start()].endswith(("已经", "已經")):
            continue
        length = next((f for f in facts if f["kind"] == "duration" and m.start() <= f["start"] < m.end()), None)
        if length is None or length.get("period"):
            continue
        a = _sentence_start(norm, m.start())
        prev = _sentence_start(norm, a - 1) if a else a
        got = _told_days(norm, facts, m.start(), n, a, prev)
        if got is None:
            continue
        lo, hi, dated = got
        window = f"{lo.isoformat()}/{hi.isoformat()}"
        b = _sentence_end(norm, m.end())
        length["period"], length["period_text"] = window, m.group(0)
        for f in facts:
            if m.end() <= f["start"] < b and f["kind"] not in _NO_WINDOW_KINDS \
                    and (f.get("period") is None and f["kind"] == "count" or dated and f.get("period") == dated):
                f["period"], f["period_text"] = window, m.group(0)
        if dated:
            _following(norm, facts, b, dated, window, m.group(0))
