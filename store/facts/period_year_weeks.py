"""A week of the year numbered by the text (`第21周`), as weekly price bulletins date themselves: `据市农业农村委监测,
第21周全市监测点仔猪零售均价27.92元/公斤` told on 1 June 2022 is ISO week 21 of 2022 (2022-05-23/2022-05-29), a date, and
the period of the figures after it (sealed43's call); the year is the one written before it (`2022年第21周`), else the
article's (the year before when that week has not begun by the article's day); on an undated page with no year written
the week is a date of no value and dates nothing.

Only a week-of-year label: the number in Arabic digits (1–53) at a clause's head or right after its year, never a run
(`连续第七周`, `进入第五周`), a week of a month (`6月第2周`), a term (`第八周期`) or an event's week (`春运第一周`, `开工第一周`),
which stay what the other rules read (the tuning sets label those ranks of 周 with no period).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .builder import Builder
from .period_span import PeriodSpan, RefDate, article_day, with_spans

_WEEK_RE = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s?年|(?P<ry>今年|本年|去年))?第\s?(?P<n>[1-9]|[1-4]\d|5[0-3])\s?(?:周|週)(?![期年岁歲])")
# a clause's head: the text's start, a mark, or a report's source told before it (据…监测,)
_HEAD_BEFORE = frozenset("，,。；;：:！？!?\n （(【“")


def _heads(norm: str, windows: list[tuple[int, int]] | None):
    if "周" not in norm and "週" not in norm:
        return
    for m in _WEEK_RE.finditer(norm):
        if windows is not None and not any(a <= m.start() < b for a, b in windows):
            continue
        if m.start() == 0 or norm[m.start() - 1] in _HEAD_BEFORE:
            yield m


def _week(m: re.Match[str], ref: RefDate | None) -> str | None:
    n = int(m.group("n"))
    today = article_day(ref)
    if m.group("y"):
        y = int(m.group("y"))
    elif m.group("ry") and ref:
        y = ref[0] - (m.group("ry") == "去年")
    elif ref:
        y = ref[0]
    else:
        return None
    try:
        monday = date.fromisocalendar(y, n, 1)
    except ValueError:
        return None
    if not m.group("y") and not m.group("ry") and today is not None and monday > today:
        try:
            monday = date.fromisocalendar(y - 1, n, 1)      # week 50 told in early January: last year's
        except ValueError:
            return None
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def year_weeks(b: Builder, ref: RefDate | None) -> None:
    """第21周 (and 2022年第21周): a date over the ISO week, None when its year is unknown."""
    for m in _heads(b.norm, None):
        s = m.start("n") - (2 if b.norm[m.start("n") - 1] == " " else 1)
        if m.group("y") or m.group("ry"):
            s = m.start()
        week = _week(m, ref)
        low, _, high = week.partition("/") if week else (None, "", None)
        b.add("date", s, m.end(), low, value_high=high or None)


def with_year_weeks(norm: str, spans: list[PeriodSpan], windows: list[tuple[int, int]] | None,
                    ref: RefDate | None) -> list[PeriodSpan]:
    """`spans` with the weeks of the year (see the module doc) that have a known year added."""
    extra = []
    for m in _heads(norm, windows):
        week = _week(m, ref)
        if week:
            extra.append(PeriodSpan(m.start(), m.end(), m.group(0), week, point=False))
    return with_spans(spans, extra) if extra else spans
