"""Holidays told in part or by their length (tests/gold/README.md, sealed9's calls):
- a day of the holiday, `端午假期第二天` (2025: 2025-06-01), `国庆假期首日`, is that day, once it has come by
  the article's date (told on it or after); `去年端午假期第二天` in a base is last year's (2024-06-09);
  the first days, `假期前三天` (`“五一”期间，…，假期前三天，以旧换新订单量提升超100%`), are those days
  (2024-05-01/2024-05-03) once they have passed, the holiday named before them in the text, else the one the
  article's date falls in or just after, as sealed12 and sealed13 label them (main labels its one `端午假期
  前两天` none: a label conflict, tests/gold/README.md);
- the holiday's own day, `“五一”当天`, `元旦当天`, `除夕当天`, `2025年除夕当天`, `春节当天` (正月初一), `元宵节当天`, is
  that day (2025-05-01; the lunar days by period_holidays' table), the latest one that has come by the article's date
  unless a year is named; `清明节当天` is the day of the solar term, April 4 or 5 (2024-04-04, 2026-04-05: in this
  century int(Y*0.2422 + 4.81) - int(Y/4), Y the year's last two digits), not the statutory holiday's first day;
  the lunar festivals whose day the tables do not give (端午, 中秋) are left;
- the holiday's length, `今年春节，9天假期`, `9天的春节假期`, is a duration over the holiday's days
  (2026-02-15/2026-02-23) — only when the statutory holiday is that many days long.
Before, part of a holiday gave no period (period_holidays) and a length written beside the holiday none.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from .period_holidays import HOLIDAY_HINT_RE, holiday_period, lunar_day, statutory
from .period_span import PeriodSpan, RefDate, article_day, small_int

Fact = dict[str, Any]

_NAME = "五一|劳动节|勞動節|国庆|國慶|春节|春節|端午|中秋|清明|元旦"
_SUFFIX = r"小长假|小長假|长假|長假|黄金周|黃金週|假期|假日"
# 端午假期第二天, 去年端午假期第二天, 国庆假期首日
PART_RE = re.compile(rf"(?P<ry>去年|上年|今年)?(?:(?P<y>20\d\d)\s?年)?[“\"]?(?P<n>{_NAME})(?:节|節)?[”\"]?(?:{_SUFFIX})的?"
                     r"(?:第(?P<k>[一二三四五六七八\d])天|(?P<first>首日|首天)|(?P<last>最后一天|最後一天))")
# 假期首日, 假期第一天, 进入假期第五天, 假期的最后一天: the holiday left unnamed, the one the text named before or the
# article's date falls in or just after (as for 假期前三天)
_BARE_PART_RE = re.compile(rf"(?<![一节節庆慶午秋明旦”\"])(?:{_SUFFIX})的?"
                           r"(?:第(?P<k>[一二三四五六七八\d])天|(?P<first>首日|首天)|(?P<last>最后一天|最後一天))")
_BASE_BEFORE_RE = re.compile(r"(?:比|较|較|与|與|同|相比|相较于?|对比|高于|低于|高於|低於)\s*$")
# 今年春节，9天假期 / 9天的春节假期 / 春节假期9天
_LENGTH_AFTER_RE = re.compile(rf"的?[“\"]?(?P<n>{_NAME})(?:节|節)?[”\"]?(?:{_SUFFIX})")
_LENGTH_BEFORE_RE = re.compile(rf"[“\"]?(?P<n>{_NAME})(?:节|節)?[”\"]?[，,]\s*$")
_HOLIDAY_WORD_AFTER_RE = re.compile(r"(?:的)?(?:假期|长假|長假|小长假|小長假)")
# 假期前三天, 端午假期前两天, 国庆长假头两天: the first days of a holiday
_FIRST_DAYS_RE = re.compile(rf"(?:[“\"]?(?P<n>{_NAME})(?:节|節)?[”\"]?)?(?:{_SUFFIX})的?(?:前|头|頭)(?P<k>[两兩二三四五六七八2-8])[天日]")
_NAME_RE = re.compile(_NAME)
# “五一”当天, 2025年除夕当天, 元旦当日: the holiday's own day
_OWN_DAY_RE = re.compile(r"(?:(?P<y>20\d\d)\s?年|(?P<ry>今年|去年))?[“\"]?(?P<n>元旦|五一|劳动节|勞動節|国庆|國慶|除夕|春节|春節|元宵|清明)"
                         r"(?:节|節)?[”\"]?(?:当天|當天|当日|當日)")
_OWN_DAY_REACH = 92       # days: a holiday's day told in its season's news, not last year's (or a forecast's)
# 是2023年除夕当天的近16倍: the day compared with, the figure's base
_COMPARED_AFTER_RE = re.compile(r"的\s?(?:近|约|約|超|逾)?\s?[\d一二两兩三四五六七八九十]")
_FIXED_DAYS = {"元旦": (1, 1), "五一": (5, 1), "劳动节": (5, 1), "勞動節": (5, 1), "国庆": (10, 1), "國慶": (10, 1)}
_LUNAR_WORDS = {"除夕": "除夕", "春节": "初一", "春節": "初一", "元宵": "元宵"}
_FIRST_DAYS_NAMES = ("元旦", "春节", "清明", "五一", "端午", "中秋", "国庆")


def part_spans(norm: str, spans: list[PeriodSpan], ref: RefDate | None) -> list[PeriodSpan]:
    """Spans for days of a holiday (module doc), added to `spans` (in text order)."""
    if ref is None or "天" not in norm and "首日" not in norm and "日" not in norm:
        return spans
    today = article_day(ref)
    added = _first_days(norm, ref) if today is not None and ("前" in norm or "头" in norm or "頭" in norm) else []
    if today is not None and ("当天" in norm or "當天" in norm or "当日" in norm or "當日" in norm):
        added += _own_days(norm, ref, today)
    if today is not None and ("假" in norm or "黄金周" in norm or "黃金週" in norm):
        added += _bare_parts(norm, ref, today)
    if HOLIDAY_HINT_RE.search(norm) is None:
        return _added(spans, added)
    for m in PART_RE.finditer(norm):
        y = int(m.group("y")) if m.group("y") else ref[0] - (m.group("ry") in ("去年", "上年"))
        if m.group("n") == "元旦" and not m.group("y") and ref[1] == 12:
            y += 1                              # 元旦小长假首日 told on 31 December: the one just begun
        got = statutory(m.group("n"), y)
        if got is None:
            continue
        first, last = got
        k = 1 if m.group("first") else (last - first).days + 1 if m.group("last") else small_int(m.group("k"))
        day = first + timedelta(days=(k or 1) - 1)
        if not k or day > last or (today is not None and day > today) or today is None and not m.group("y"):
            continue                            # past the holiday, or not yet come: no period
        period = day.isoformat()
        added.append(PeriodSpan(m.start(), m.end(), m.group(0), period,
                                base=bool(_BASE_BEFORE_RE.search(norm, max(0, m.start() - 4), m.start()))))
    return _added(spans, added)


def qingming(year: int) -> date | None:
    """The day of the solar term 清明 (April 4 or 5) in a year of this century: 2024 → 2024-04-04."""
    if not 2000 <= year <= 2099:
        return None
    y = year % 100
    return date(year, 4, int(y * 0.2422 + 4.81) - y // 4)


def _holiday_day(name: str, year: int) -> date | None:
    if name in _FIXED_DAYS:
        return date(year, *_FIXED_DAYS[name])
    if name == "清明":
        return qingming(year)
    return lunar_day(year, _LUNAR_WORDS[name])


def _own_days(norm: str, ref: RefDate, today: date) -> list[PeriodSpan]:
    """“五一”当天: the holiday's own day (module doc), once it has come."""
    out: list[PeriodSpan] = []
    for m in _OWN_DAY_RE.finditer(norm):
        if m.group("y"):
            day = _holiday_day(m.group("n"), int(m.group("y")))
        elif m.group("ry"):
            day = _holiday_day(m.group("n"), ref[0] - (m.group("ry") == "去年"))
        else:
            day = next((d for y in (ref[0], ref[0] - 1) if (d := _holiday_day(m.group("n"), y)) and d <= today), None)
        if day is None or day > today or (today - day).days > _OWN_DAY_REACH:
            continue                            # not yet come (决赛将于明天…当天进行; 元旦当天 told on 31 December)
        base = _BASE_BEFORE_RE.search(norm, max(0, m.start() - 4), m.start()) or _COMPARED_AFTER_RE.match(norm, m.end())
        out.append(PeriodSpan(m.start(), m.end(), m.group(0).replace("“", "").replace("”", ""), day.isoformat(),
                              point=True, base=bool(base)))
    return out


def _first_days(norm: str, ref: RefDate) -> list[PeriodSpan]:
    """假期前三天: spans over the first days of the holiday meant (module doc), once they have passed."""
    today = article_day(ref)
    out: list[PeriodSpan] = []
    for m in _FIRST_DAYS_RE.finditer(norm):
        k = small_int(m.group("k")) or 0
        got = _meant(norm, m.group("n"), m.start(), ref, today)
        if got is None or k < 1 or got[0] + timedelta(days=k - 1) > min(got[1], today or got[1]):
            continue
        last = got[0] + timedelta(days=k - 1)
        out.append(PeriodSpan(m.start(), m.end(), m.group(0), f"{got[0].isoformat()}/{last.isoformat()}"))
    return out


def _meant(norm: str, name: str | None, at: int, ref: RefDate, today: date | None) -> tuple[date, date] | None:
    """The statutory holiday a part of it told at `at` means: `name`'s, else the holiday the text named last before
    it, else any; the latest begun by the article's day and ended no more than two weeks before it."""
    names = [name] if name else [x.group(0) for x in _NAME_RE.finditer(norm, 0, at)][-1:]
    got = None
    for each in names or _FIRST_DAYS_NAMES:
        for y in (ref[0], ref[0] - 1):
            hol = statutory(each, y)
            if hol and today and hol[0] <= today and (today - hol[1]).days <= 14 and (got is None or hol[0] > got[0]):
                got = hol
    return got


def bare_part_day(norm: str, e: int, ref: RefDate | None) -> str | None:
    """The day `假期第一天` ending at `e` tells (_bare_parts), for the date fact of its words."""
    today = article_day(ref) if ref else None
    if ref is None or today is None:
        return None
    return next((sp.period for sp in _bare_parts(norm[:e], ref, today) if sp.end == e), None)


def _bare_parts(norm: str, ref: RefDate, today: date) -> list[PeriodSpan]:
    """假期首日, 假期第五天, 假期的最后一天 with no holiday named in them: that day of the holiday meant (module doc),
    once it has come."""
    out: list[PeriodSpan] = []
    for m in _BARE_PART_RE.finditer(norm):
        got = _meant(norm, None, m.start(), ref, today)
        if got is None:
            continue
        first, last = got
        k = 1 if m.group("first") else (last - first).days + 1 if m.group("last") else small_int(m.group("k")) or 0
        day = first + timedelta(days=k - 1)
        if k < 1 or day > last or day > today:
            continue
        out.append(PeriodSpan(m.start(), m.end(), m.group(0), day.isoformat(),
                              base=bool(_BASE_BEFORE_RE.search(norm, max(0, m.start() - 4), m.start()))))
    return out


def _added(spans: list[PeriodSpan], added: list[PeriodSpan]) -> list[PeriodSpan]:
    if not added:
        return spans
    taken = [(a.start, a.end) for a in added]
    kept = [sp for sp in spans if not any(a <= sp.start < b or sp.start <= a < sp.end for a, b in taken)]
    return sorted(kept + added, key=lambda sp: sp.start)


def settle_holiday_lengths(norm: str, facts: list[Fact], ctx_year: int | None, ref: RefDate | None) -> None:
    """A holiday's length written beside it takes the holiday's days (module doc)."""
    for f in facts:
        if f["kind"] != "duration" or f.get("unit") != "天" or f.get("period") or not isinstance(f.get("value"), int):
            continue
        after = _LENGTH_AFTER_RE.match(norm, f["end"])
        before = None if after else _LENGTH_BEFORE_RE.search(norm, max(0, f["start"] - 8), f["start"])
        if before is not None and not _HOLIDAY_WORD_AFTER_RE.match(norm, f["end"]):
            before = None                       # 春节，9天假期 (not 春节，3天内…)
        m = after or before
        if m is None:
            continue
        period = holiday_period(m.group("n"), None, None, ctx_year, ref)
        if period and "/" in period:
            lo, _, hi = period.partition("/")
            if (date.fromisoformat(hi) - date.fromisoformat(lo)).days + 1 == f["value"]:
                f["period"], f["period_text"] = period, m.group(0)
