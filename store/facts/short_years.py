"""Years written with two digits (`08年10月31日`, `15年3月`, `09年南京的记者`): a year, never a span.

Read as `08年` alone, the figure would be a duration of 8 years — a wrong kind and a wrong figure an
analyst would copy. A two-digit year is taken as a year only where nothing else reads:

- before a month (`08年10月31日`, `15年3月入职`): the year of that month or day (nobody writes a span of
  years straight into a calendar month: a span's months are 个月, `10年零3个月`);
- with a leading zero (`09年南京的记者`): no count of years is written 09.

Two Chinese digits before 年 (`一五年`, `九八年`) are a year too: a span of fifteen years is written 十五年; two
neighbouring digits (`三四年`, `三五年`) are a rough span and stay unread here.

Other two-digit figures before 年 (`12年营收`, `用了10年`) stay as they are: they may be spans. The
century is this one up to the year after the article's (or 2040 without a date), the last one before.
"""

from __future__ import annotations

import re

from .builder import Builder
from .dates import iso
from .numbers import cn_digits, cn_int

# (not after a digit, a point, a dash or a slash, nor a digit and 至: 2019-20年, 19/20年度, 2019至20年 are
# ranges and fiscal years read elsewhere; 80年代 is a decade)
# (nor after a word that makes a span of years: 近10年10月份, 过去10年, 连续10年, 第10年)
# (a space may stand before 年 as Taiwan and Hong Kong releases set it: 07 年 — Recognizers-Text's DatePeriodParser)
_SHORT_YEAR_RE = re.compile(r"(?<![\d.\-/~～—近前后後去续續这這那满滿超逾约約达達第每多余餘])(?<!\d[至到])(\d{2}) ?年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?"
                            r"(?![\d代度])")


# … or two Chinese digits written digit by digit (一五年, 九八年: Hong Kong's and Macao's 2015, 1998): fifteen years is
# 十五年, so a pair of digits before 年 is never a span (十一五, 二〇二五 are longer; 一二年 may be "a year or two")
_CN_YEAR_DIGITS = "〇○零一二三四五六七八九"
_CN_SHORT_YEAR_RE = re.compile(rf"(?<![{_CN_YEAR_DIGITS}十百千万萬\d])([{_CN_YEAR_DIGITS}]{{2}})年(?![代度级級内內来來间間多])"
                               # … and the month, day or quarter it dates (零七年八月二十九号, 九七年一季度)
                               r"(?:(?P<mo>十[一二]|[一二三四五六七八九十]|1[0-2]|0?[1-9])月"
                               r"(?:(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九十]|[12]\d|3[01]|0?[1-9])[日号])?"
                               r"|(?P<q>第?[一二三四1-4])季度?)?")


# what a two-digit year read above needs: a month after its 年 (年10月), or a leading zero (09年) — a literal's
# scan, where the year's pattern tries every digit of the text (most texts hold neither)
_READ_YEAR_CUE_RE = re.compile(r"年\d|0\d ?年")


# a year of the era: 公元2934年, 纪元2013年 are years (a span of 2934 years was a wrong figure); 公元前202年 is a
# year before the era, no figure of ours (nor a span of 202 years)
_MONTH_AFTER_RE = re.compile(r"\s?(?:\d{1,2}|十[一二]|[一二三四五六七八九十])\s?月|\s?(?:第?[一二三四1-4]季|[上下]半年)")
_ERA_YEAR_RE = re.compile(r"(公元前|公元|纪元|紀元)\s?(\d{1,4})\s?年(?![代度间間内內来來多])")


def short_years(b: Builder, ref: tuple[int, int, int] | None) -> None:
    """`08年10月31日` → 2008-10-31, `15年3月` → 2015-03, `09年` → the year 2009."""
    n = b.norm
    if "年" not in n:
        return
    if "元" in n:
        for m in _ERA_YEAR_RE.finditer(n):
            if m.group(1) == "公元前":
                b.claim(m.start(2), m.end())
            elif not _MONTH_AFTER_RE.match(n, m.end()):       # 公元2020年11月24日: the date reads it
                b.add("year", m.start(2), m.end(), int(m.group(2)), unit="年")
    if _READ_YEAR_CUE_RE.search(n):
        _digit_years(b, n, ref)
    _cn_years(b, n, ref)


# between the two days of a span: 18年10月1日到19年2月3日; and a span's second day written without its year
# (08年10月31日至11月2日, 08年10月1日至3日: of the first day's year, never the article's)
_SPAN_GAP = r"\s*(?:——|-|—|–|―|~|～|〜|至|到)\s*"
_SPAN_GAP_RE = re.compile(_SPAN_GAP)
_SPAN_TAIL_RE = re.compile(_SPAN_GAP + r"(?:(1[0-2]|0?[1-9])月)?([12]\d|3[01]|0?[1-9])[日号]")


def _add_day(b: Builder, n: str, last: tuple[int, int, int, str]) -> None:
    """The day read last, alone or as the first of a span whose second day writes no year."""
    s, e, year, day = last
    if t := _SPAN_TAIL_RE.match(n, e):
        mo = int(t.group(1)) if t.group(1) else int(day[5:7])
        y2 = year + 1 if mo < int(day[5:7]) else year      # 08年12月30日至1月2日: into the next year
        if (hi := iso(y2, mo, int(t.group(2)))) and day < hi:
            b.add("date", s, t.end(), day, value_high=hi, unit="日")
            return
    b.add("date", s, e, day)


def _digit_years(b: Builder, n: str, ref: tuple[int, int, int] | None) -> None:
    last: tuple[int, int, int, str] | None = None      # (start, end, year, day) of the day read last, not yet added
    for m in _SHORT_YEAR_RE.finditer(n):
        yy = m.group(1)
        if not m.group(2) and yy[0] != "0":
            continue                       # 12年: perhaps a span of twelve years
        year = century_year(int(yy), ref)
        if not m.group(2):
            b.add("year", m.start(), m.end(), year, unit="年")
            continue
        d = int(m.group(3)) if m.group(3) else None
        if last and d and _SPAN_GAP_RE.fullmatch(n, last[1], m.start()):
            if year < last[2]:
                year += 100                # 18年…到19年… told in 2017: 2019, the span's later end, not 1919
            if (day := iso(year, int(m.group(2)), d)) and last[3] < day:
                b.add("date", last[0], m.end(), last[3], value_high=day, unit="日")
                last = None
                continue
        if last:
            _add_day(b, n, last)
            last = None
        if (day := iso(year, int(m.group(2)), d)) and d:
            last = (m.start(), m.end(), year, day)     # a day: perhaps a span's first
        elif day:
            b.add("date", m.start(), m.end(), day)
    if last:
        _add_day(b, n, last)


def _cn_years(b: Builder, n: str, ref: tuple[int, int, int] | None) -> None:
    for m in _CN_SHORT_YEAR_RE.finditer(n):
        pair = m.group(1)
        if pair in ("一二", "二三", "三四", "三五", "四五", "五六", "六七", "七八", "八九"):
            continue                       # 三四年, 三五年: a span of some years, said as neighbours
        yy = cn_digits(pair)
        if yy is None:
            continue
        year = century_year(yy, ref)
        if m.group("q"):
            b.add("date", m.start(), m.end(), f"{year}Q{_small(m.group('q')[-1])}")
        elif m.group("mo") and (day := iso(year, _small(m.group("mo")), _small(m.group("d")) if m.group("d") else None)):
            b.add("date", m.start(), m.end(), day)
        else:
            b.add("year", m.start(), m.start() + 3, year, unit="年")


def _small(s: str) -> int:
    return int(s) if s.isdigit() else cn_int(s) or 0


def century_year(yy: int, ref: tuple[int, int, int] | None) -> int:
    """A year written with two digits: the latest one up to the year after the article's (98年 in a 1997
    article is 1998, in a 2024 one 1998; 25年 in a 2024 article is 2025), or this century's up to 2040 in an
    undated page."""
    if ref is None:
        return 2000 + yy if yy <= 40 else 1900 + yy
    year = ref[0] // 100 * 100 + yy
    return year if year <= ref[0] + 1 else year - 100
