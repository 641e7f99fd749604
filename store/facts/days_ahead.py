"""Days told as still ahead of the article, read alike by the date facts (dates.py) and the
periods (period_days.py):

- a month and day with no year (`3月1日起，539项国家标准将正式实施` in a story of 2026-02-28) is this
  year's when it lies at most 62 days ahead of the article's day, as the date fact already reads it
  (dates._far_ahead); the period reader took the latest one not after the article (2025-03-01);
- a day of the month alone that starts something announced as ahead (`11日起，新一轮冷空气来袭，
  中东部将有4到6摄氏度降温` in a story of 2025-02-09): that day of the article's month, not of the
  month before (the past-leaning default for `28日` in a 07-04 story stays). A day after the article's that starts
  something (`N日起`) is ahead unless the sentence tells it as done (已, 以来, 累计): `產地價27日起由34.5元漲至36.5元`
  in a story of 08-24 is August's (sealed37's two; the tuning sets' three such days all this month's, the bulk
  corpus's thirteen all announced ahead);
- a day alone that closes a window opened today or tomorrow (`今天起至27日，南方将出现新一轮较强降雨` told on 06-24,
  `俄海军今日起至27日…举行…演习` told on 07-23): that day of the article's month, ahead (sealed41; the bulk corpus's five
  such days were all read as the month before's);
- a day alone after a day of the month before the article's, later than it, in the same sentence (`7月8日第1波調升
  …後，14日再度雙雙調漲3元` told on 08-24): that month's (`of_month_before`).
"""

from __future__ import annotations

import re

_AHEAD_DAYS = 62                        # dates._far_ahead's reach
_SENTENCE_ENDS = "。！？!?\n"
_AHEAD_WORDS = ("将", "將", "即将", "預計", "预计")
_DONE_WORDS = ("已", "以来", "以來", "至今", "累计", "累計", "截至", "了")


def near_ahead(mo: int, d: int, ref: tuple[int, int | None, int | None] | None) -> bool:
    """Whether month `mo`, day `d` of the article's year is after its day but at most 62 days on."""
    if not ref or not ref[1] or not ref[2] or mo <= ref[1]:
        return False
    return (mo - ref[1]) * 31 + (d - ref[2]) <= _AHEAD_DAYS


def starts_ahead(norm: str, e: int) -> bool:
    """`N日起` with 将 later in its sentence, or with no word of a thing done: a day announced as ahead (`e` is where 日 ends)."""
    if not norm.startswith("起", e):
        return False
    k = min((j for c in _SENTENCE_ENDS if (j := norm.find(c, e)) >= 0), default=len(norm))
    rest = norm[e:k]
    return any(w in rest for w in _AHEAD_WORDS) or not any(w in rest for w in _DONE_WORDS)


# 今天起至27日, 明天起至5日: the day that closes a window opened today or tomorrow
_WINDOW_FROM_NOW_RE = re.compile(r"(?:今日|今天|即日|本日|明日|明天)\s?起[^，,。；;！？!?\d]{0,12}?(?:至|到)\s?$")


def ends_window_ahead(norm: str, s: int) -> bool:
    """Whether the day written at `s` closes a window that opens today or tomorrow (module doc)."""
    return bool(_WINDOW_FROM_NOW_RE.search(norm, max(0, s - 20), s))


# a day of the last month told earlier in the sentence: 7月8日第1波調升…後，14日再度雙雙調漲3元 (told on 08-24)
_MONTH_DAY_BEFORE_RE = re.compile(r"(?<![\d年])(\d{1,2})\s?月\s?(\d{1,2})\s?[日号號](?!.*[月。！？!?；;\n])", re.S)


def of_month_before(norm: str, s: int, d: int, ref: tuple[int, int | None, int | None]) -> bool:
    """A day alone after a day of the month before the article's named earlier in its sentence, later than that day
    (`7月8日第1波調升…後，14日再度調漲` in a story of 08-24): the story goes on in that month, so the day is its (was
    the article's month; a month further back, `1月6日发生的…事件，…21日发布` told on 12-22, stays the article's)."""
    k = max(norm.rfind(c, 0, s) for c in "。！？!?；;\n")
    mm = _MONTH_DAY_BEFORE_RE.search(norm, k + 1, s)
    if mm is None:
        return False
    mo, d0 = int(mm.group(1)), int(mm.group(2))
    if not ref[1]:
        return False
    before = ref[1] - 1 if ref[1] > 1 else 12
    return mo == before and d0 < d <= 31
