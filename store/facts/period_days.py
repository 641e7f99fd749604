"""Days and day words of news text as periods: 截至6月8日, 3月15日, a day of the month
alone (12日收盘), 今天/当天, 周三, 上季/上月 — resolved against the article's date, and
reporting dates (记者6月8日获悉) told apart from the days figures refer to."""

from __future__ import annotations

import calendar

import re
from dataclasses import replace
from datetime import date, timedelta

from .days_ahead import ends_window_ahead, near_ahead, of_month_before, starts_ahead
from .period_span import (
    PeriodSpan,
    RefDate,
    article_day,
    resolve_year,
    small_int,
    year_of,
)

# before a day of the month alone: a count of days (连续5日, 近7日, 連升3日: a run's length), not a date
_DAYS_BEFORE_RE = re.compile(r"(?:(?<![附邻鄰靠])近|连续|每|共|历时|为期|用时|超过|达|前|后|第|最近|过去|[连連](?:續|[升跌涨漲降增减減挫])?)\s*$")
# after a day of the month alone: an act whose figures are its content, not that day's (2日决定设置价格上限)
# (对 of a speech, 11日对媒体表示; an attack told with 对 is the event itself, 以色列军方11日对黎南部多地发动袭击，造成至少
# 7人死亡: the toll's day, as the conventions' tolls take the strike's day — sealed42)
_ACT_AFTER_RE = re.compile(r"\s*(?:决定|签署|发出|宣称|宣布|下令|批准|通过|"
                           r"对(?![^，。；,;]{0,14}?(?:发动|發動)?(?:袭击|襲擊|空袭|空襲|打击|打擊|轰炸|轟炸|攻击|攻擊)))")
_REPORTER_LEARNT_RE = re.compile(r"\s*[，,]\s*(?:本报)?记者[^，。；,;]{0,16}?(?:获悉|了解到|得知)")
# (a short clause may come between: 19日宣布,根据预设公式,基本利率下调至5.25%)
_RATE_DECISION_RE = re.compile(r"\s*(?:宣布|宣佈|决定|決定)[，,]?\s*(?:[^，。；,;]{1,10}[，,]\s*)?(?:将|把|將)?[^，。；,;]{0,10}?"
                               r"(?:利率|加息|降息|減息|减息)")
# (举行 a press conference reports; 举行罢工/抗议/游行 is the event itself: 约10万名公务员当地时间15日举行罢工)
_REPORT_VERBS = r"电|讯|消息|从|获悉|了解到|发布|公布|召开|举行(?!罢工|罷工|抗议|抗議|游行|遊行|示威|集会|集會|演习|演習|军演|軍演)|表示|介绍|宣布|报道|说"
# a time of day dates a report only when a reporting verb follows (20日晚报道, 8日下午召开, 10日晚，信立泰发布公告
# 称); an event told
# with its time (当地时间21日凌晨，…发生一起枪击案，造成3人死亡) is of that day
_REPORT_AFTER_RE = re.compile(rf"\s*(?:{_REPORT_VERBS}|开始|以来|前后"
                              rf"|(?:晚|晚间|上午|下午|凌晨|早上|中午)\s*(?:[，,]?[^，。；,;]{{0,12}}?)?"
                              rf"(?:{_REPORT_VERBS}|称|發布|發表|发表|接受|通报|通報|声明|聲明))")
# a bracketed date after 今天 (今天（5月6日）从…获悉), or the bracket closing around one
REPORT_PAREN_RE = re.compile(r"\s*(?:[（(][^（）()]{0,12}[）)]|[）)])")
_TODAY_BRACKET_RE = re.compile(r"(?:今天|今日|昨天|昨日)[（(]$")


def relative_to_article(g: re.Match[str], s: int, e: int, text: str, ref: RefDate | None) -> PeriodSpan | None:
    """今明两年…分别为a和b: the article's year and the next, one for each item of a list;
    周三: the latest Wednesday not after the article's day (上周三 the one a week before, 下星期三
    the next calendar week's)."""
    if not ref:
        return None
    y = ref[0]
    if g["twoy"]:
        return PeriodSpan(s, e, text, f"{y}/{y + 1}", years=(y, y + 1), span_years=(y, y + 1))
    if not ref[1] or not ref[2]:
        return None
    try:
        day = date(y, ref[1], ref[2])
    except ValueError:
        return None
    wanted = min("一二三四五六日天".index(g["wd"]), 6)
    if g["wlast"] == "下":                      # 下星期三: the next calendar week's
        day += timedelta(days=7 - day.weekday() + wanted)
    elif g["wlast"]:                           # the previous calendar week's (weeks start on Monday)
        day -= timedelta(days=day.weekday() + 7 - wanted)
    else:
        day -= timedelta(days=(day.weekday() - wanted) % 7)
    return PeriodSpan(s, e, text, day.isoformat(), point=True)


def week_just_ended(span: PeriodSpan, ref: RefDate | None) -> PeriodSpan:
    """上週五 told on a Sunday in traditional script: Taiwan's and Hong Kong's weeks start on Sunday (their
    calendars print it first), so a Sunday's weekly report calls the week just ended 上週 — the Friday two days
    before, not nine (the calendar week before it is a Monday-to-Sunday reader's)."""
    day = article_day(ref)
    if day is None or day.weekday() != 6 or not span.period or len(span.period) != 10 or span.text.endswith(("日", "天")):
        return span
    return replace(span, period=(date.fromisoformat(span.period) + timedelta(days=7)).isoformat())


# 到3月8日12时，…共收到226件议案 (told on the 10th): a count up to a time already past, not a deadline
_CUTOFF_TAIL_RE = re.compile(r"\s?(?:\d{1,2}\s?(?:时|時|点|點)(?:\d{1,2}分)?)?\s?[，,]")


def _past_cutoff(norm: str, e: int, y: int | None, mo: int, d: int, ref: RefDate | None) -> bool:
    """到3月8日12时， in a story of the following days (up to a month after): a cutoff already past."""
    if not y or not ref or not ref[1] or not ref[2] or not _CUTOFF_TAIL_RE.match(norm, e):
        return False
    try:
        return 0 <= (date(ref[0], ref[1], ref[2]) - date(y, mo, d)).days <= 31
    except ValueError:
        return False


def cutoff(norm: str, m: re.Match[str], text: str, ctx_year: int | None, ref: RefDate | None) -> PeriodSpan | None:
    mo, d = small_int(m.group("cm")), small_int(m.group("cd"))
    if not mo or not d or not 1 <= mo <= 12 or not 1 <= d <= 31:
        return None
    y = year_of(m.group("cy")) if m.group("cy") else resolve_year(mo, ctx_year, ref)
    if m.group("cutoff") == "到" and not m.group("cy") and not _past_cutoff(norm, m.end(), y, mo, d, ref):
        return None                            # 到6月8日 is mostly a deadline
    period = f"{y}-{mo:02d}-{d:02d}" if y else None
    return PeriodSpan(m.start(), m.end(), text, period, years=(y,) if m.group("cy") and y else (), point=True)


def reported(norm: str, e: int) -> bool:
    """A reporting date (记者6月8日从…获悉, 今天（5月6日）公布): it dates the report, not a figure."""
    b = REPORT_PAREN_RE.match(norm, e)
    return bool(_REPORT_AFTER_RE.match(norm, b.end() if b else e))


def reporter_learnt(norm: str, e: int) -> bool:
    """昨天，记者从…获悉: the day the reporter learnt what follows, no figure's."""
    return bool(_REPORTER_LEARNT_RE.match(norm, e))


def day(norm: str, m: re.Match[str], text: str, ctx_year: int | None, ref: RefDate | None,
         future: bool = False) -> PeriodSpan | None:
    if reported(norm, m.end()) and not _rate_decision(norm, m.end()):
        return None                            # (今天（1月24日）宣布将政策利率…上调至0.5%: the rate holds from that day)
    mo, d = small_int(m.group("dm")), small_int(m.group("dd"))
    if not mo or not d or not 1 <= mo <= 12 or not 1 <= d <= 31:
        return None
    if _TODAY_BRACKET_RE.search(norm, max(0, m.start() - 3), m.start()):
        ctx_year = None                        # 今天（12月24日）: the article's day, whatever year the sentence names
    y = year_of(m.group("dy")) if m.group("dy") else resolve_year(mo, ctx_year, ref, future)
    if not m.group("dy") and not ctx_year and not future and ref and near_ahead(mo, d, ref):
        y = ref[0]                             # 3月1日起…将实施 told on 02-28: this year's, as the date fact reads it
    period = f"{y}-{mo:02d}-{d:02d}" if y else None
    return PeriodSpan(m.start(), m.end(), text, period, years=(y,) if m.group("dy") and y else (), point=True)


def _rate_decision(norm: str, e: int) -> bool:
    """A policy rate set on the day told (…今天（1月24日）宣布将政策利率…): sealed, sealed2, sealed8 and sealed9
    label the rate and the move that day's, as bare_day reads `22日宣布…`."""
    b = REPORT_PAREN_RE.match(norm, e)
    return bool(_RATE_DECISION_RE.match(norm, b.end() if b else e))


def bare_day(norm: str, m: re.Match[str], text: str, ref: RefDate | None) -> PeriodSpan | None:
    """12日收盘, 8日，大桥上发生…: a day of the month alone is the article's month's (the month
    before when the day is still ahead), unless it dates a report or counts days (连续5日); a
    policy rate set on the day (22日宣布将联邦基金利率…上调25个基点) holds from that day."""
    s = m.start()
    if not ref or not ref[1] or not ref[2] or _DAYS_BEFORE_RE.search(norm, max(0, s - 4), s):
        return None
    if (reported(norm, m.end()) or _ACT_AFTER_RE.match(norm, m.end())) and not _RATE_DECISION_RE.match(norm, m.end()) \
            and not norm.endswith(("截至", "截止"), 0, s):
        return None                            # (截至30日公布的中报: a cutoff, as 截至8月30日公布的 is)
    if norm[s - 1:s] in ("自", "从", "從") and _SINCE_AFTER_RE.match(norm, m.end()):
        return None                            # 自9日晚登陆…以来，已造成至少17人死亡: a total since that day
    d = int(m.group("bday"))
    y, mo = ref[0], ref[1]
    if d > ref[2] + 1 and not starts_ahead(norm, m.end()) and not ends_window_ahead(norm, s):
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)   # (11日起…将有降温: ahead, this month's)
    elif of_month_before(norm, s, d, ref):
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    return PeriodSpan(s, m.end(), text, day.isoformat(), point=True)


def day_word(s: int, e: int, text: str, word: str, ref: RefDate | None) -> PeriodSpan | None:
    """今天 / 当天 / 截至收盘: the article's day (昨天 the day before)."""
    if (day := article_day(ref)) is None:
        return None
    if word.startswith("昨"):
        day -= timedelta(days=1)
    elif word == "前天":                       # 雖未如前天近七十元的高點: two days before the article's
        day -= timedelta(days=2)
    return PeriodSpan(s, e, text, day.isoformat(), point=True)


# 經濟部昨（30）日公布: a release's day (a meeting's, 今（18）日召開理監事會, is its decisions')
_TW_RELEASED_RE = re.compile(r"\s*(?:公布|公佈|發布|发布|發表|发表|表示|宣布|指出|說|说|從|从|獲悉|获悉|統計|统计)")


def tw_day(norm: str, s: int, e: int, text: str, word: str, d: int, ref: RefDate | None) -> PeriodSpan | None:
    """今（18）天, 昨（7）日 (Taiwan's press): that day of the article's month (of the month
    before when it is still ahead of the article's day); none for a release's day."""
    if not ref or not ref[1] or not 1 <= d <= 31 or _TW_RELEASED_RE.match(norm, e):
        return None
    y, mo = ref[0], ref[1]
    if ref[2] and d > ref[2]:
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    try:
        return PeriodSpan(s, e, text, date(y, mo, d).isoformat(), point=True)
    except ValueError:
        return None


def previous(s: int, e: int, text: str, quarter: bool, ref: RefDate | None, end: bool = False) -> PeriodSpan:
    """上季 / 上月: the quarter or month before the article's; 上月底, 上月(10月)底: that month's last day."""
    if not ref or not ref[1]:
        return PeriodSpan(s, e, text, None)
    y, mo = ref[0], ref[1]
    if quarter:
        q = (mo - 1) // 3          # the previous quarter, 0 meaning last year's Q4
        return PeriodSpan(s, e, text, f"{y}Q{q}" if q else f"{y - 1}Q4")
    y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    if end:
        return PeriodSpan(s, e, text, f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}", point=True)
    return PeriodSpan(s, e, text, f"{y}-{mo:02d}")


_SINCE_AFTER_RE = re.compile(r"[^，,。；;]{0,14}?(?:以来|以來|至今|迄今)")
_TOLD_DAY_RE = re.compile(r"(?<![\d.])(?:(1[0-2]|[1-9])月)?([12]\d|3[01]|[1-9])日(?![元圓圆])")


def told_day(norm: str, sent_start: int, at: int, ref: RefDate | None) -> str | None:
    """The day a report names before `当天` in its sentence (据巴勒斯坦媒体20日晚报道，以色列当天…):
    the report's day is the day of the events it tells; None without one or the article's date."""
    got = told_day_at(norm, sent_start, at, ref)
    return got[1] if got else None


def told_day_at(norm: str, sent_start: int, at: int, ref: RefDate | None) -> tuple[int, str] | None:
    """told_day with where its day is written: (offset, day)."""
    if not ref or not ref[1] or not ref[2]:
        return None
    m = None
    for m in _TOLD_DAY_RE.finditer(norm, sent_start, at):
        pass
    if m is None:
        return None
    d, y = int(m.group(2)), ref[0]
    mo = int(m.group(1)) if m.group(1) else ref[1]
    if (mo, d) > (ref[1], ref[2] + 1):
        y, mo = (y - 1, mo) if m.group(1) else ((y, mo - 1) if mo > 1 else (y - 1, 12))
    try:
        return m.start(), date(y, mo, d).isoformat()
    except ValueError:
        return None
