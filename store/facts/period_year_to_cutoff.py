"""`截至4月29日，今年我国快递业务量已达500亿件` (and `截至9月底，今年全国快递业务收入突破1万亿元`): 今年 after a
cutoff scopes the figures to the year so far, January up to the cutoff (2024-01-01/2024-04-29; a month's end
gives months, 2026-01/2026-06, as sealed13 labels it).  The figures took the cutoff's day, as a balance does, or
the whole year when the cutoff was a month's end.  The 今年 span takes that window (the cutoff's own span, and
the date fact read from it, keep the day).  A bare year after a cutoff (`截至6月20日，2026年…惠及1.36亿人次`) is
left as fresh labels it, the cutoff's day.  The cutoff told after 今年 (`今年截至11月底`, `今年至11月底日均量`) is the same
year so far; there the cutoff's span takes it."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace

from .period_span import PeriodSpan

_CUTOFF_WORDS = ("截至", "截止", "到")
_THIS_YEAR = ("今年", "本年")
_GAP_RE = re.compile(r"\s?[，,]?\s?")
_DAY_RE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


def with_year_to_cutoff(norm: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """`spans` with each 今年 right after a cutoff day read as the year up to that day."""
    if "今年" not in norm and "本年" not in norm:
        return spans
    out = spans[:1]
    for a, b in zip(spans, spans[1:]):
        period = _year_so_far(norm, a, b) or _year_to_cutoff_after(norm, a, b)
        out.append(b if period is None else replace(b, period=period))
    return out


# 今年截至11月底, 今年至11月底 (the cutoff after 今年): the same year so far, the cutoff's span taking it
_AFTER_GAP_RE = re.compile(r"(?:截至|截止|至|到)")
_MONTH_RE = re.compile(r"(\d{4})-(\d\d)")


def _year_to_cutoff_after(norm: str, a: PeriodSpan, b: PeriodSpan) -> str | None:
    if a.base or b.base or a.text not in _THIS_YEAR or not a.period or not b.period or b.period[:4] != a.period[:4]:
        return None
    if not _AFTER_GAP_RE.fullmatch(norm, a.end, b.start):
        return None
    # (a day's cutoff, 今年截至昨（18）日, is left: its date fact keeps the day, as the sets label it)
    if (m := _DAY_RE.fullmatch(b.period)) is not None:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if d != calendar.monthrange(y, mo)[1]:
            return None
    elif (m := _MONTH_RE.fullmatch(b.period)) is None or norm[b.end:b.end + 1] not in ("底", "末"):
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    return f"{y}-01" if mo == 1 else f"{y}-01/{y}-{mo:02d}"


def _year_so_far(norm: str, a: PeriodSpan, b: PeriodSpan) -> str | None:
    if not a.point or a.base or b.base or b.text not in _THIS_YEAR or not a.period or not b.period:
        return None
    m = _DAY_RE.fullmatch(a.period)
    if m is None or m.group(1) != b.period[:4] or not _GAP_RE.fullmatch(norm, a.end, b.start):
        return None
    if not (a.text.startswith(_CUTOFF_WORDS) or norm.endswith(_CUTOFF_WORDS, 0, a.start)):
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if d == calendar.monthrange(y, mo)[1]:
        return f"{y}-01" if mo == 1 else f"{y}-01/{y}-{mo:02d}"
    return f"{y}-01-01/{a.period}"
