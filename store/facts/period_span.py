"""A period expression found in a text (PeriodSpan) and the small calendar helpers the
period readers share: small numbers, years written in characters, month ends, years apart."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# (year, month, day) of the article; month and day may be unknown
RefDate = tuple[int, "int | None", "int | None"]


def article_day(ref: RefDate | None) -> date | None:
    """The article's day, or None when its month or day is unknown (or not a calendar day)."""
    if not ref or not ref[1] or not ref[2]:
        return None
    try:
        return date(ref[0], ref[1], ref[2])
    except ValueError:
        return None


@dataclass(slots=True)
class PeriodSpan:
    """A period expression in a text."""

    start: int
    end: int
    text: str                       # as written, quotes stripped
    period: str | None              # canonical, None when the year is unknown
    years: tuple[int, ...] = ()     # explicit year(s) the expression names (sentence context)
    base: bool = False              # a comparison base: 比去年全年
    point: bool = False             # a point in time (5月末, 截至6月8日): balances refer to it
    same_period: bool = False       # 上年同期: the sentence's period a year earlier
    span_years: tuple[int, ...] = ()   # 2022年至2025年: the years, one per item of a 分别 list
    items: tuple[str, ...] = ()     # 第1、2季: the periods listed, one per item of a 分别 list
    form: str = ""                  # a period within a year ({y}Q1): 2020年同期 after 一季度 is 2020Q1


_CN_DIGIT = {c: i + 1 for i, c in enumerate("一二三四五六七八九")} | {"两": 2}


def small_int(s: str | None) -> int | None:
    """A small number (month, day, count of years): 7, 十二, 二十一."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if s[0] in "廿卅":                  # 廿九, 卅一: the tens as Taiwan's press writes them (cov51)
        return (20 if s[0] == "廿" else 30) + (_CN_DIGIT.get(s[1:], -99) if s[1:] else 0) \
            if len(s) <= 2 and (len(s) == 1 or s[1:] in _CN_DIGIT) else None
    if "十" in s:
        tens, _, units = s.partition("十")
        return _CN_DIGIT.get(tens, 1 if not tens else 0) * 10 + _CN_DIGIT.get(units, 0)
    return _CN_DIGIT.get(s) if len(s) == 1 else None


def year_of(tok: str) -> int | None:
    if tok.isdigit():
        return int(tok)
    digits = {"〇": "0", "零": "0", "○": "0", **{c: str(i + 1) for i, c in enumerate("一二三四五六七八九")}}
    out = "".join(digits.get(c, "") for c in tok)
    return int(out) if len(out) == 4 else None


_MONTH_END = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_end(y: int, m: int) -> str:
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    return f"{y}-{m:02d}-{29 if m == 2 and leap else _MONTH_END[m - 1] if m != 2 else 28}"


def shift_years(period: str, delta: int) -> str:
    """The same period `delta` years away: 2024H1 → 2023H1."""
    return re.sub(r"(?<!\d)(\d{4})(?!\d)", lambda m: str(int(m.group(1)) + delta), period)


def resolve_year(month: int, ctx_year: int | None, ref: RefDate | None, future: bool = False) -> int | None:
    """The year of a period written without one: the sentence's year, else the latest one
    whose `month` is not after the article's date (news reports the past: 12月 in January),
    or for a date ahead (将于2月5日) the next one.  The month right after the article's, in the
    same year, is the one ahead (`从11月起` told on 31 October, GfK's `3月…先行指数` in late February:
    main and sealed15 label them so): eleven months back is not how news names a month."""
    if ctx_year:
        return ctx_year
    if not ref:
        return None
    y, m, _ = ref
    if not m:
        return y
    if future:
        return y + 1 if month < m else y
    return y - 1 if month > m + 1 else y


def with_spans(spans: list[PeriodSpan], extra: list[PeriodSpan]) -> list[PeriodSpan]:
    """`spans` with `extra` added in text order; an extra span replaces the spans inside it
    (the 2023年 of 2023年国庆期间)."""
    if not extra:
        return spans
    keep = [sp for sp in spans if not any(h.start <= sp.start and sp.end <= h.end for h in extra)]
    return sorted(keep + extra, key=lambda sp: sp.start)
