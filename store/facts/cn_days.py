"""A day of the month in Chinese numerals in a dateline or before a verb of reporting: `【香港中通社七日電】`,
`金融管理局七日公佈`, `(中央社記者…香港十日電)`.  Hong Kong and Taiwan agencies write the day so; sealed11 and
sealed15 label it the date (the month from a date just before it, else the article's).  Only before 電 or a
verb of telling is it a day: `三日游`, `七日年化收益率`, `一日三餐` stay no date, and `第五日`, `初五日` are read
elsewhere.
"""

from __future__ import annotations

import bisect
import re

from .builder import Builder
from .dates import day_iso
from .period_span import RefDate, small_int

_TOLD = r"(?:電|电|讯|訊|公佈|公布|發表|发表|發布|发布|宣布|宣佈|表示|指出|報導|报道|召開|召开|舉行|举行)"
_CN_DAY_RE = re.compile(
    rf"(?<![月一二三四五六七八九十廿卅\d第初上下每这這前后後])([一二三四五六七八九十廿卅]{{1,3}})日(?={_TOLD})")
# 日 before 電 or a verb of telling, which every such day needs: a scan for the literal 日 is cheap, where the day's
# pattern tries every Chinese numeral of the text (most texts hold none of these words after a 日)
_TOLD_DAY_RE = re.compile(rf"日{_TOLD}")
_TENS = {"廿": 20, "卅": 30}


def cn_days(b: Builder, ref: RefDate | None) -> None:
    n = b.norm
    if "日" not in n or not _TOLD_DAY_RE.search(n):
        return
    recent = sorted((f["end"], f["value"]) for f in b.facts
                    if f["kind"] == "date" and isinstance(f["value"], str) and len(f["value"]) == 10)
    for m in _CN_DAY_RE.finditer(n):
        s, e = m.start(1), m.end()
        if not b.free(s, e):
            continue
        word = m.group(1)
        d = _TENS[word[0]] + (small_int(word[1:]) or 0) if word[0] in _TENS else small_int(word)
        if not d or not 1 <= d <= 31:
            continue
        day = day_iso(n, s, d, recent, ref)
        b.add("date", s, e, day)
        if day:
            bisect.insort(recent, (e, day))
