"""`由上月下降0.2%转为上涨0.4%` in a sentence that names no month of its own: 上月 is the month before
the one the release tells, not the month before the article's date (a CPI story of 12 April tells
March, so its 上月 is February, not March).  The month comes from the sentence before when that one
named it (3月份CPI同比上涨0.4%。环比由上月上涨0.6%转为…: February); else no period — every gold set
leaves such a change's start (and its end, 增為21.6%) without one (sealed10, sealed20).  Likewise a month's end
compared with (`年增率為7.50%,高於上月底之6.98%`, sealed19): the end of the month before the one told before, else
none.  A 上月 that starts no change (澳門上月博彩收入突破200億) is still read against the article's date, and
`从12月份单月看，…由上月下降转为上涨0.1%` views the month: 从 opens no change there, the 0.1% is December's (sealed14)."""

from __future__ import annotations

import re

from .period_span import PeriodSpan

_FROM_BEFORE_RE = re.compile(r"[由从從]\s?$")
_COMPARED_BEFORE_RE = re.compile(r"(?:[由从從较較比]|[高低]于|[高低]於)\s?$")
# the change's end after its start: 转为, 增為, 降至, 扩大至 …
_TURN_RE = re.compile(r"转为|轉為|转而|变为|變為|[增降升跌]?[为為至到]|扩大至|擴大至|收窄至|回落至|回升至")
_MONTH_RE = re.compile(r"\d{4}-\d\d")
_MONTH_END_RE = re.compile(r"\d{4}-\d\d-(?:28|29|30|31)")


def starts_change(norm: str, sp: PeriodSpan) -> bool:
    """True when the previous-month span `sp` opens a change (由上月…)."""
    return bool(_FROM_BEFORE_RE.search(norm, max(0, sp.start - 2), sp.start))


def compares_from(norm: str, sp: PeriodSpan) -> bool:
    """True when the month's-end span `sp` is what a level is compared with or changes from (高於上月底之…)."""
    return bool(_COMPARED_BEFORE_RE.search(norm, max(0, sp.start - 2), sp.start))


def month_told_before(prev: PeriodSpan | None, day: bool = False) -> str | None:
    """The month (`day`: the month's end) the sentence before told as its own (`prev`: its last period), or None."""
    if prev is None or prev.base or not prev.period or not (_MONTH_END_RE if day else _MONTH_RE).fullmatch(prev.period):
        return None
    return prev.period


_VIEW_AFTER_RE = re.compile(r"(?:单月|單月|当月|當月|全年|整体|整體|总体|總體)?\s?(?:来|來)?看")


def views_from(norm: str, sp: PeriodSpan) -> bool:
    """True when 从 before `sp` opens a point of view (从12月份单月看), not a change's start."""
    return bool(_VIEW_AFTER_RE.match(norm, sp.end))


def past_turn(norm: str, sp: PeriodSpan, at: int) -> bool:
    """True when a turn word (转为, 增為 …) lies between the change's start `sp` and position `at`."""
    return bool(_TURN_RE.search(norm, sp.end, at))
