"""Month and day written with a slash, as Taiwan's and Hong Kong's blogs and market notes date a trade:
`價格飛漲至9/21的漲停板`, `威盛9/1減資前最後交易日`, `於9/21新股開始交易`, `若是在9/1買進至9/21`, `9/21收牌價40元`.

Read before the fractions, which would take 9/21 for a share of 42.9 % — a figure never stated. A slash
pair is a day only where a date reads: the month 1–12 and the day 1–31, and a word that dates (於/在/至/
截至 before it, 收盤/減資/買進/起/以來 after it), or a zero-padded month (`09/21`); a year word right
before it dates it as 至/由 do (`自從去年12/24以來`; `占去年1/3` stays a share) and gives its year; the
year word and the day are then one period (period_spans_with_slash_days), so that `自從去年12/24以來…累計` runs from
that day, not over last year. A share stays a share
(`全国1/9的经济总量`, `近3/4的脱贫人口`, `提高至1/3`): with a denominator of 12 or less and the numerator
below it, only a word that cannot precede or follow a share makes the pair a day.

A quarter after a two-digit year, `截止09年2Q帳上有現金21億元`, is that quarter (2009Q2), and a year written
with a zero and one digit, `相当于○五年的百分之一百七十三点四` (Macao's press), is that year (2005): neither is a
span of 9 or 5 years.

The day is a date, its year the latest not after the article's date; without the article's date it is
a date without value (sealed7's call for days of no known month or year; sealed17 labels `9/21` so).
`2025/9/21` is read whole by `dates.dates`; `今（11/28）` by `bracket_days.slash_days`.
"""

from __future__ import annotations

import re

from dataclasses import replace
from datetime import date
from typing import Any

from .builder import Builder
from .dates import iso
from .period_span import PeriodSpan

_PAIR_RE = re.compile(r"(?<![A-Za-z0-9_./:%\-—－])(\d{1,2})/(\d{1,2})(?![A-Za-z0-9_./%:\-])")
# words before a slash pair that date it (a trade, an event): 至/到/由 also lead to shares (提高至1/3), so
# they date only a pair no share reads (see _share_shaped)
_STRONG_BEFORE_RE = re.compile(r"(?:於|于|自|從|从|截至|截止|直至|直到|即日|今|昨|明|"
                               r"(?:周|週|星期|礼拜|禮拜)[一二三四五六日天])\s?$")
# 在 dates a trade (在9/1買進) but also bounds a share (比重在2/3以上)
_AT_BEFORE_RE = re.compile(r"在\s?$")
_WEAK_BEFORE_RE = re.compile(r"(?:至|到|由|起|及|和|與|与|、|或|-|~|～)\s?$")
# words after a pair that date it: a trade's events, a day's parts, 起/前/後 of a deadline
_STRONG_AFTER_RE = re.compile(
    r"\s?(?:收盤|收盘|收牌|收市|開盤|开盘|開市|开市|盤中|盘中|盤後|盘后|早盤|早盘|尾盤|尾盘|"
    r"減資|减资|增資|增资|除權|除权|除息|買進|买进|賣出|卖出|買入|买入|掛牌|挂牌|上市|上櫃|上柜|交易|"
    r"新股|開始|开始|起|以來|以来|前|後|后|止|當天|当天|當日|当日|凌晨|早上|上午|中午|下午|晚上|晚間|晚间|"
    r"公布|公佈|發布|发布|發佈|宣布|宣佈|舉行|举行|召開|召开|開幕|开幕|到期|生效|截止|"
    r"[(（](?:周|週|星期|礼拜|禮拜)?[一二三四五六日天][)）])")


# a year word right before the pair (去年12/24, 今年3/5): the pair is that year's day
_YEAR_WORDS = {"去年": -1, "前年": -2, "今年": 0, "明年": 1}
_YEAR_WORD_BEFORE_RE = re.compile(r"(去年|前年|今年|明年)\s?$")
_LIST_GAP_RE = re.compile(r"\s?(?:、|和|及|與|与)\s?")


def _reads_day(n: str, m: re.Match) -> bool | None:
    """True where the pair reads as a day, False where it cannot be one, None where only its neighbours can tell."""
    mo, d = int(m.group(1)), int(m.group(2))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return False
    if n[m.start() - 1:m.start()] == "第":
        return False                       # 第4/3号决定: a numbered decision
    padded = m.group(1)[0] == "0" and len(m.group(1)) == 2 and len(m.group(2)) == 2
    before = n[max(0, m.start() - 4):m.start()]
    strong = bool(_STRONG_BEFORE_RE.search(before) or _STRONG_AFTER_RE.match(n, m.end()))
    weak = bool(_WEAK_BEFORE_RE.search(before) or _AT_BEFORE_RE.search(before) or _YEAR_WORD_BEFORE_RE.search(before))
    return True if (padded or strong or weak and not _share_shaped(mo, d)) else None


def _share_shaped(a: int, d: int) -> bool:
    """A pair a share reads: a part of a small whole (1/3, 3/4, 5/12)."""
    return a < d <= 12


# a week written as two slash days in brackets (Hong Kong's estate weeklies: 上周（29/12—4/1）, 前周（22/12—28/12）):
# day first there, as a day over 12 shows; read as the order that makes a span of two to eight days
BRACKETED_DAYS = r"[(（]\s?(\d{1,2})/(\d{1,2})\s?(?:[—–\-~～至到]|--)\s?(\d{1,2})/(\d{1,2})\s?[)）]"
_BRACKETED_DAYS_RE = re.compile(BRACKETED_DAYS)


_WEEK_WORD_BEFORE_RE = re.compile(r"(?:周|週|星期)\s?$")


def _week_range(a: tuple[int, int], b: tuple[int, int], ref: tuple[int, int, int]) -> tuple[str, str] | None:
    """The ISO ends of a short span from (month, day) a to b, b the latest not after the article's day."""
    if not (1 <= a[0] <= 12 and 1 <= b[0] <= 12):
        return None
    y2 = ref[0] if b <= (ref[1], ref[2] + 1) else ref[0] - 1
    y1 = y2 if a <= b else y2 - 1
    lo, hi = iso(y1, *a), iso(y2, *b)
    if not lo or not hi:
        return None
    days = (date.fromisoformat(hi) - date.fromisoformat(lo)).days
    return (lo, hi) if 1 <= days <= 7 else None


def bracketed_week(m: re.Match[str], ref: tuple[int, int, int]) -> tuple[str, str] | None:
    """The ISO ends of the week a BRACKETED_DAYS match names: day first, as Hong Kong writes it, else month first."""
    p, q, r, t = (int(g) for g in m.group(1, 2, 3, 4))
    return _week_range((q, p), (t, r), ref) or _week_range((p, q), (r, t), ref)


def bracketed_day_ranges(b: Builder, ref: tuple[int, int, int] | None) -> None:
    """`上周（29/12—4/1）`: one date fact of the week (2025-12-29 to 2026-01-04), never two shares."""
    n = b.norm
    if "/" not in n or ("(" not in n and "（" not in n):
        return
    for m in _BRACKETED_DAYS_RE.finditer(n):
        if max(int(g) for g in m.groups()) <= 12 and not _WEEK_WORD_BEFORE_RE.search(n, max(0, m.start() - 3), m.start()):
            continue                       # （1/3-2/3）: shares, unless a week names it or a day is past 12
        # (an undated page: the days of a year that puts the span in one week, and a date without value)
        span = bracketed_week(m, ref or (2001, 12, 31))
        if span and b.free(m.start(1), m.end(4)):
            if ref is None:
                b.add("date", m.start(1), m.end(4), None)
            else:
                b.add("date", m.start(1), m.end(4), span[0], value_high=span[1], unit="日")


def slash_dates(b: Builder, ref: tuple[int, int, int] | None) -> None:
    n = b.norm
    if "/" not in n:
        return
    bracketed_day_ranges(b, ref)
    pairs = [m for m in _PAIR_RE.finditer(n)]
    days = [_reads_day(n, m) if b.free(m.start(), m.end()) else False for m in pairs]
    for i in range(len(pairs) - 2, -1, -1):
        if days[i + 1] and days[i] is None and _LIST_GAP_RE.fullmatch(n, pairs[i].end(), pairs[i + 1].start()):
            days[i] = True                 # 繼9/3、9/24連續二度調漲: a list of days, the first dated by the next
    for m, is_day in zip(pairs, days):
        if not is_day:
            continue
        mo, d = int(m.group(1)), int(m.group(2))
        if ref is None:
            b.add("date", m.start(), m.end(), None)
            continue
        y = ref[0] if (mo, d) <= (ref[1], ref[2] + 1) else ref[0] - 1
        if yw := _YEAR_WORD_BEFORE_RE.search(n, max(0, m.start() - 3), m.start()):
            y = ref[0] + _YEAR_WORDS[yw.group(1)]       # 去年12/24: last year's, whatever the article's day
        if day := iso(y, mo, d):
            b.add("date", m.start(), m.end(), day)


_SHORT_YEAR_QUARTER_RE = re.compile(r"(?<![\d.])(\d{2})年\s?(?:([1-4])Q|Q([1-4]))(?![A-Za-z0-9])")


def short_year_quarters(b: Builder, ref: tuple[int, int, int] | None) -> None:
    """`09年2Q`, `24年Q3`: a quarter of the year written with two digits (the latest such year not past the
    article's, or this century's up to 2040 in an undated page)."""
    n = b.norm
    if "Q" not in n:
        return
    for m in _SHORT_YEAR_QUARTER_RE.finditer(n):
        yy = int(m.group(1))
        last = (ref[0] % 100 + 1) if ref else 40
        year = 2000 + yy if yy <= last else 1900 + yy
        b.add("date", m.start(), m.end(), f"{year}Q{m.group(2) or m.group(3)}")


# (not before a month: 零七年八月二十九号 is a day, read with its month by short_years)
_ZERO_YEAR_RE = re.compile(r"(?<![一二三四五六七八九十百千万萬○〇零O\d])[○〇零]([一二三四五六七八九])年"
                           r"(?![代度来來间間内內]|(?:十[一二]|[一二三四五六七八九十]|1[0-2]|0?[1-9])月|第?[一二三四1-4]季)")
_CN_DIGIT = "一二三四五六七八九"


def zero_years(b: Builder) -> None:
    """`○五年`, `〇六年`: the years 2005, 2006."""
    n = b.norm
    if "○" not in n and "〇" not in n and "零" not in n:
        return
    for m in _ZERO_YEAR_RE.finditer(n):
        year = 2001 + _CN_DIGIT.index(m.group(1))
        b.add("year", m.start(), m.end(), year, unit="年")


def period_spans_with_slash_days(spans: list[PeriodSpan], facts: list[dict[str, Any]]) -> list[PeriodSpan]:
    """A relative year's span (去年) right before a slash day read as a date (12/24) becomes that day's span
    (point in time), as `去年12月24日` would be."""
    days = {f["start"]: f for f in facts if f["kind"] == "date" and "/" in f["surface"]
            and len(str(f.get("value") or "")) == 10 and not f.get("value_high")}
    if not days:
        return spans
    out: list[PeriodSpan] = []
    for sp in spans:
        f = days.get(sp.end) or days.get(sp.end + 1)
        if f and sp.text in _YEAR_WORDS:
            sp = replace(sp, end=f["end"], text=sp.text + f["surface"], period=f["value"], point=True)
        out.append(sp)
    return out
