"""Years that date a month written after them, in forms the year patterns of dates.py leave: a year in Chinese
numerals with places (`两千零五年八月五号` is 2005-08-05, `两千年八月` 2000-08, `一千九百九十九年十二月`) and a
four-digit year before 1800 (`1357年6月10日` is 1357-06-10) — never a span of 2005 or 1357 years, and the month
and day never the article's year's (Recognizers-Text's DateParser, WeTextProcessing's ITN dates).

Only before a month: `两千年` alone is as often two thousand years (两千年的历史), a three-digit year is as often
an ROC year (Taiwan's `110年8月`, rewritten by roc_years) or a count, so neither is read here.
"""

from __future__ import annotations

import re

from .builder import Builder
from .dates import iso
from .numbers import cn_int

_CN_PLACE_YEAR = (r"[一两二]千(?:[一二三四五六七八九]百(?:[一二三四五六七八九]?十[一二三四五六七八九]?|零[一二三四五六七八九])?"
                  r"|零?[一二三四五六七八九]?十[一二三四五六七八九]?|零[一二三四五六七八九])?")
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = r"3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九]"
_WRITTEN_YEAR_RE = re.compile(
    rf"(?<![\d.一二三四五六七八九十百千万两零〇○])({_CN_PLACE_YEAR}|1[0-7]\d\d(?!\d))年"
    rf"({_MONTH})月(?:({_DAY})[日号])?")


_OLD_YEAR_CUE_RE = re.compile(r"1[0-7]\d\d年")


def _int(s: str) -> int | None:
    return int(s) if s.isdigit() else cn_int(s)


def written_years(b: Builder) -> None:
    """`两千零五年八月五号` → 2005-08-05, `两千年八月` → 2000-08, `1357年6月10日` → 1357-06-10."""
    n = b.norm
    if "年" not in n or "千" not in n and _OLD_YEAR_CUE_RE.search(n) is None:
        return                             # (most texts write neither)
    for m in _WRITTEN_YEAR_RE.finditer(n):
        y, mo = _int(m.group(1)), _int(m.group(2))
        d = _int(m.group(3)) if m.group(3) else None
        if y is None or mo is None or not 1000 <= y <= 2100 or (m.group(3) and d is None):
            continue
        if value := iso(y, mo, d):
            b.add("date", m.start(), m.end(), value)
