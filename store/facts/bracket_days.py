"""Days of the month written in brackets after a relative day or a weekday, as Taiwan's and Hong Kong's
press date their news: `中央銀行今（18）天舉行…`, `昨（7）日進行…`, `周二（24 日）發布…`; and a day of a
relative month: `本月20日起`, `上月28日`, `下月1日起执行` (the article's month, the one before, after), its day in
Chinese numerals too: `本月十日`, `上月二十八日` (Recognizers-Text's DateTimeModel; peer53).

The day is a date, its month and year the latest not after the article's date (a day ahead of it is
last month's, as `dates.days` reads `记者3日获悉`); without the article's date it is a date without value
(sealed7's call). Taiwan's press also writes month and day: `今（11/28）公布`, `週二（1/27）`, and the day alone
after its subject: `雲林縣(12)日停班停課` (the same day, read the same way).
"""

from __future__ import annotations

import re

from .builder import Builder
from .dates import iso
from .period_span import small_int

# (the pattern opens with the bracket, a character the engine scans for; the word before it is checked apart)
# (Taiwan's financial press may space it: `金管會今 (20) 日公布`)
_BRACKET_DAY_RE = re.compile(r"[(（]\s*(?:(\d{1,2})/)?(\d{1,2})\s*(?:日|号)?\s*[)）](?:\s?[天日])?")
_DAY_WORD_RE = re.compile(r"(?:[今昨前明本][日天]?|(?:周|週|星期|礼拜|禮拜)[一二三四五六日天])\s?$")
_MONTH_DAY_RE = re.compile(r"(本月|上月|下月|上个月|下个月)(\d{1,2}|[二三]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?|[一二三四五六七八九])[日号](?![内后间])")
_MONTH_SHIFT = {"本月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
# a year word right before the relative month moves it by years: 去年本月十日 is this month's 10th a year back
# (Recognizers-Text's DateParser), not this year's
_YEAR_BEFORE_RE = re.compile(r"(去年|上年|前年|今年|本年|明年)$")
_YEAR_SHIFT = {"去年": -1, "上年": -1, "前年": -2, "今年": 0, "本年": 0, "明年": 1}


def _month_days(b: Builder, ref: tuple[int, int, int] | None) -> None:
    n = b.norm
    for m in _MONTH_DAY_RE.finditer(n):
        if not b.free(m.start(2), m.end()):
            continue
        d = small_int(m.group(2))
        if d is None or not 1 <= d <= 31:
            continue
        if ref is None:              # an undated page's 本月16日: a date without value (sealed7's call)
            b.add("date", m.start(), m.end(), None)
            continue
        year = _YEAR_BEFORE_RE.search(n, max(0, m.start() - 2), m.start())
        shift = _YEAR_SHIFT[year.group(1)] if year else 0
        start = year.start() if year and b.free(year.start(), m.end()) else m.start()
        if shift and start == m.start():
            continue                 # a year word another figure holds: no date rather than this year's
        k = ref[0] * 12 + ref[1] - 1 + _MONTH_SHIFT[m.group(1)] + 12 * shift
        day = iso(k // 12, k % 12 + 1, d)
        if day:
            b.add("date", start, m.end(), day)


# 雲林縣(12)日停班停課: Taiwan's press also writes the day alone in brackets after the subject, 日 outside them
# (not a numbered item before a word opening with 日: (1)日本…, (2)日均…; nor after a digit, 第 or 每)
_BARE_AFTER_RE = re.compile(r"\s?日(?![本元圆圓币幣语語系式籍企商资資韩韓美军軍报報经經产產股债債均间間内內常志记記程历曆用化照晒曬])")
_BARE_BEFORE_RE = re.compile(r"[\u4e00-\u9fff](?<![第每共约約近逾前后後])$")


def _bare_day(n: str, m: re.Match[str]) -> bool:
    """`(12)日` after a word, the day's 日 outside the brackets (module doc)."""
    close = n.find(")", m.start(), m.end())
    close = close if close >= 0 else n.find("）", m.start(), m.end())
    return close >= 0 and bool(_BARE_AFTER_RE.match(n, close + 1)) \
        and bool(_BARE_BEFORE_RE.search(n, max(0, m.start() - 1), m.start()))


def slash_days(b: Builder, ref: tuple[int, int, int] | None) -> None:
    """`今（11/28）`, `週二（1/27）`: read before the fractions, which would take 11/28 for a share."""
    if "/" in b.norm:
        bracket_days(b, ref, slashed=True)


def bracket_days(b: Builder, ref: tuple[int, int, int] | None, *, slashed: bool = False) -> None:
    n = b.norm
    if not slashed and ("本月" in n or "上月" in n or "下月" in n or "上个月" in n or "下个月" in n):
        _month_days(b, ref)
    if "(" not in n and "（" not in n:
        return
    for m in _BRACKET_DAY_RE.finditer(n):
        if m.group(1) and not slashed:
            continue
        s, e = m.span(2)
        word = _DAY_WORD_RE.search(n, max(0, m.start() - 4), m.start())
        bare = word is None and not m.group(1) and _bare_day(n, m)
        if word is None and not bare or not b.free(m.start(1) if m.group(1) else s, e):
            continue
        start = word.start() if word is not None else m.start()
        d, month = int(m.group(2)), int(m.group(1)) if m.group(1) else None
        if not 1 <= d <= 31 or month is not None and not 1 <= month <= 12:
            continue
        if ref is None:              # (sealed7's call) a day of no known month or year: a date without value
            b.add("date", start, m.end(), None)
            continue
        y, mo, rd = ref
        if month is not None:        # 今（11/28）, 週二（1/27）: month and day, the latest not after the article's
            y, mo = (y, month) if (month, d) <= (ref[1], rd + 1) else (y - 1, month)
        elif d > rd + 1:
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        if day := iso(y, mo, d):
            b.add("date", start, m.end(), day)
