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
_SHORT_YEAR_RE = re.compile(r"(?<![\d.\-/~～—近前后後去续續这這那满滿超逾约約达達第每多余餘])(?<!\d[至到])(\d{2})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?"
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
_READ_YEAR_CUE_RE = re.compile(r"年\d|0\d年")


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


def _digit_years(b: Builder, n: str, ref: tuple[int, int, int] | None) -> None:
    for m in _SHORT_YEAR_RE.finditer(n):
        yy = m.group(1)
        if not m.group(2) and yy[0] != "0":
            continue                       # 12年: perhaps a span of twelve years
        year = century_year(int(yy), ref)
        if not m.group(2):
            b.add("year", m.start(), m.end(), year, unit="年")
            continue
        if day := iso(year, int(m.group(2)), int(m.group(3)) if m.group(3) else None):
            b.add("date", m.start(), m.end(), day)


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
