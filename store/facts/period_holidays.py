"""Holidays as periods: `“五一”期间` (2026: 2026-05-01/2026-05-05), `清明节假期`, `国庆黄金周`,
`春节假期`, `端午小长假`, `中秋国庆假期`, `元旦假期`, and the lunar days `春节除夕至初五`
(2024: 2024-02-09/2024-02-14).

A holiday named with 假期/期间/长假/黄金周 is the statutory holiday of its year, as the State
Council set it (the PyPI package `chinese-calendar` lists them, 2004 onwards; it is imported
only when a text names a holiday).  Holidays that adjoin (中秋 and 国庆 in 2023: 9月29日 to
10月6日) are one.  The year is the one the sentence names (`2023年春节期间`), else the
article's (元旦 of a January article is the one just past).

No holiday period (an analyst prefers none to a wrong one; the periods around the holiday then
stay as they were, and `五一`/`国庆` keep their month):
- when the holiday has not ended by the article's date (a forecast, `清明假期…将达7.6亿人次`,
  or a count part-way through; 五一/国庆 then keep this year's month);
- for part of the holiday (`端午假期前两天`, `国庆假期首日`, `第三天`);
- outside the years the package knows, and for two holidays apart (`2023年元旦春节期间`);
- for a holiday named without 假期/期间/… (`满足元旦、春节等旺季消费需求`, `春节刚过`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from .period_span import (
    PeriodSpan,
    RefDate,
    article_day,
    resolve_year,
    small_int,
    with_spans,
)

_NAMES = {"五一": "Labour Day", "劳动节": "Labour Day", "勞動節": "Labour Day", "国庆": "National Day",
          "國慶": "National Day", "国慶": "National Day", "春节": "Spring Festival", "春節": "Spring Festival", "端午": "Dragon Boat Festival",
          "中秋": "Mid-autumn Festival", "清明": "Tomb-sweeping Day", "元旦": "New Year's Day",
          "十一": "National Day"}
# (十一 names National Day only before its holiday's words: “十一”黄金周期间, 十一长假, 十一“黄金周”期间)
_NAME = ("五一|劳动节|勞動節|国庆|國慶|国慶|春节|春節|端午|中秋|清明|元旦"
         "|十一(?=[“”\"]?(?:黄金周|黃金週|长假|長假|小长假|小長假|假期))")
# 国庆7天，…: the holiday's length as its name, opening a clause
HOLIDAY_DAYS = r"(?:[三四五六七八九]|[3-9]|十)天(?=[，,：:])"
_SUFFIX = rf"小长假|小長假|长假|長假|黄金周|黃金週|假期|假日|期间|期間|放假期间|档|檔|{HOLIDAY_DAYS}"     # 春节档: its films
# (到中国过春节的外国人, 在當地過春節的民眾: those who spent the holiday, its days)
_SUFFIX += r"|(?<=[过過]春[节節])(?=的)"
# (今年春节，企业销售额同比增长超过20%: the holiday named alone with its year at a clause's head, a comma after it —
# sealed9's 今年春节，9天假期 and sealed43 label its days; read only after a year, see holiday_spans)
_SUFFIX += r"|(?=\s?[，,])"
# 清明节假期, “五一”期间, 中秋国庆假期, 2023年元旦春节期间 (two holidays: no one period)
# (清明节三天小长假, 元旦3天假期: the holiday's length told inside its name)
HOLIDAY_RE = re.compile(rf"(?P<a>{_NAME})(?:节|節)?[”\"]?"
                        rf"(?:、|和|与|與)?[“\"]?(?P<b>{_NAME})?(?:节|節)?[”\"]?"
                        r"(?:[一二三四五六七八九两\d]天(?=小长假|小長假|长假|長假|假期))?"
                        rf"(?:{_SUFFIX})(?!后|後|之后|以后|结束|前|之前)")
# the year written before a holiday (2023年国庆假期, 去年“五一”): read backwards from the name
# (这个春节，…, 这个国庆，…: the holiday of the story, as 今年春节 is; 龙年春节, 蛇年春节: the Spring Festival that opens that
# lunar year — per54; the zodiac names the Spring Festival only)
_YEAR_BEFORE_RE = re.compile(r"(?:(?P<y>20\d\d)\s?年|(?P<ry>今年|去年|上年)|(?P<this>这个|這個|这一|這一)|(?P<z>[鼠牛虎兔龙龍蛇马馬羊猴鸡雞狗猪豬])年)[“\"]?$")
# the animal of each lunar year: 2020 was the rat's (鼠), 2024 the dragon's (龙)
_ZODIAC = {c: i for i, cs in enumerate(("鼠", "牛", "虎", "兔", "龙龍", "蛇", "马馬", "羊", "猴", "鸡雞", "狗", "猪豬")) for c in cs}


def zodiac_year(animal: str, ref: RefDate | None) -> int | None:
    """The year whose Spring Festival opens the lunar year of `animal`, the latest not after the year after the
    article's (龙年 told in 2024 or 2025: 2024; 马年 told in December 2025: 2026)."""
    if ref is None or animal not in _ZODIAC:
        return None
    top = ref[0] + 1
    return top - (top - 2020 - _ZODIAC[animal]) % 12
# 较去年春节假期增长51%, 比春节期间: a base; 元旦、春运、清明假期 (a list of occasions): no period
_BASE_BEFORE_RE = re.compile(r"(?:比|较|較|与|與|同|相比于?|相较于?|对比|高于|低于|高於|低於|超过|超過)\s*$")
# part of the holiday: 端午假期前两天, 国庆假期首日, 春节假期第三天, 最后一天
# (a daily average, 春節假期每日人均花費150元, is over the whole holiday)
_PART_AFTER_RE = re.compile(r"\s*(?:的)?(?:前[两二三四五六\d]天|头[两二三\d]天|首日|首天|第[一二三四五六七八\d]天|最后一天|当天|当日)")
# 今年春節假期…150元,不及去年的169元: the same holiday of the year named alone before a figure
# (…在去年7月特大洪涝灾害中牺牲的三位英烈 after 这个清明节: a month of last year, no holiday of it — per54)
_SAME_HOLIDAY_RE = re.compile(r"(?P<ry>去年|上年|前年)(?:同期)?(?P<rel>公布|公佈|发布|發布)?的?(?=\s?[\d一二三四五六七八九十两])"
                              r"(?!\s?(?:[\d]{1,2}|[一二三四五六七八九十]{1,3})\s?(?:月|日|号|號))")
_RELATIVE = {"今年": 0, "去年": -1, "上年": -1, "前年": -2}
# 春节除夕至初五, 正月初一到初六: lunar days of the Spring Festival
# (年三十, 大年三十, 年卅: 除夕; a Hong Kong release writes the day of the month after it, 年三十(21日))
_LUNAR_DAY = r"除夕|(?:大)?年三十|年卅|(?:正月|大年)?初[一二三四五六七八九十]|正月(?:二十|十[一二三四五六七八九]?)|十五|元宵"
_DAY_IN_BRACKETS = r"(?:\s*[（(][0-3]?\d[日号號][)）])?"
LUNAR_RE = re.compile(rf"(?P<a>{_LUNAR_DAY}){_DAY_IN_BRACKETS}\s*(?:至|到|—|-|~|～)\s*(?P<b>{_LUNAR_DAY})(?:(?:期间|期間){_DAY_IN_BRACKETS}(?<=[)）]))?{_DAY_IN_BRACKETS}")
_LUNAR_HINT_RE = re.compile(r"除夕|正月|大年初|元宵|年三十|年卅")
HOLIDAY_HINT_RE = re.compile(rf"{_NAME}|除夕|正月|大年初|年三十|年卅|春运|春運")
# 正月初一 of each year (the lunar new year), for 除夕至初五
_NEW_YEAR = {2004: (1, 22), 2005: (2, 9), 2006: (1, 29), 2007: (2, 18), 2008: (2, 7), 2009: (1, 26),
             2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31), 2015: (2, 19),
             2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12),
             2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6),
             2028: (1, 26), 2029: (2, 13), 2030: (2, 3)}
_MONTH_OF = {"五一": 5, "劳动节": 5, "勞動節": 5, "国庆": 10, "國慶": 10, "国慶": 10}   # (国慶: half-folded)


@lru_cache(maxsize=1)
def _calendar() -> tuple[dict[date, str], frozenset[date]] | None:
    """(the statutory days off, the weekend days worked in their lieu), or None without the package."""
    try:
        from chinese_calendar import (  # lazily: only texts naming a holiday pay for it
            holidays,
            workdays,
        )
    except ImportError:                            # pragma: no cover - a dependency; without it, no holiday period
        return None
    return dict(holidays), frozenset(workdays)


def _off(d: date, cal: dict[date, str], worked: frozenset[date]) -> bool:
    """A day off: a statutory one, or a weekend day not worked in lieu (端午 on a Monday: from Saturday)."""
    return d in cal or d.weekday() >= 5 and d not in worked


@lru_cache(maxsize=256)
def statutory(name: str, year: int) -> tuple[date, date] | None:
    """The first and last day of holiday `name` (Chinese) of `year`, adjoining holidays included."""
    got = _calendar()
    english = _NAMES.get(name)
    if got is None or english is None:
        return None
    cal, worked = got
    lo, hi = (date(year - 1, 12, 20), date(year, 1, 10)) if english == "New Year's Day" else \
        (date(year, 1, 1), date(year, 12, 31))
    days = sorted(d for d, h in cal.items() if h == english and lo <= d <= hi)
    if not days:
        return None
    first, last = days[0], days[-1]
    while _off(first - timedelta(days=1), cal, worked):   # 中秋 then 国庆: one holiday; and its weekend
        first -= timedelta(days=1)
    while _off(last + timedelta(days=1), cal, worked):
        last += timedelta(days=1)
    return first, last


def _year(explicit: str | None, ctx_year: int | None, ref: RefDate | None) -> int | None:
    if explicit:
        return int(explicit)
    return ctx_year or (ref[0] if ref else None)


def _ended(last: date, ref: RefDate | None, explicit: bool) -> bool:
    """Whether the holiday had ended by the article's date (an unknown date: only a year named)."""
    if ref is None or not ref[1] or not ref[2]:
        return explicit
    return last <= date(ref[0], ref[1], ref[2])


def holiday_period(name: str, second: str | None, explicit: str | None, ctx_year: int | None,
                   ref: RefDate | None, month_if_unsure: bool = False, this_year: bool = False) -> str | None:
    """The period of a holiday named `name` (and `second`, 中秋国庆), or None (or, with
    `month_if_unsure`, the month of one not begun yet: 五一 told on its eve is this May's; told during it,
    the holiday)."""
    y = _year(explicit, ctx_year, ref)
    if y is None:
        return None
    if name == "元旦" and not explicit and ref and ref[1] == 12:
        y += 1                                     # 元旦 named in December: the one ahead (never ended: none)
    got = statutory(name, y)
    today = article_day(ref)
    if got and not explicit and not ctx_year and today and got[0] > today + timedelta(days=31):
        y -= 1                                     # 国庆 told in February: last year's
        got = statutory(name, y)
    if second and got is not None:
        other = statutory(second, y)
        if other is None or not (other[0] <= got[1] + timedelta(days=1) and got[0] <= other[1] + timedelta(days=1)):
            return None                            # 元旦春节期间: two holidays apart, no one period
        got = (min(got[0], other[0]), max(got[1], other[1]))
    if got is None:
        mo = _MONTH_OF.get(name)                   # a year the calendar does not know: 五一 stays May
        return f"{y}-{mo:02d}" if mo and not second else None
    if this_year and today and today < got[0] <= today + timedelta(days=7):
        return f"{got[0].isoformat()}/{got[1].isoformat()}"   # 今年清明假期…将达178万人次, told two days before
    if not _ended(got[1], ref, bool(explicit)) and not (today and got[0] <= today):
        mo = _MONTH_OF.get(name)               # (told during it, 国庆期间预计接待游客约9万人次: the holiday)
        return f"{y}-{mo:02d}" if month_if_unsure and mo and not second else None
    return f"{got[0].isoformat()}/{got[1].isoformat()}" if got[1] > got[0] else got[0].isoformat()


def _lunar_offset(word: str) -> int | None:
    """Days after 正月初一: 除夕 -1, 初五 4, 正月十二 11, 十五 14."""
    if word in ("除夕", "年三十", "大年三十", "年卅"):
        return -1
    if word == "元宵":
        return 14
    digits = word.removeprefix("正月").removeprefix("大年").removeprefix("初")
    n = small_int(digits)
    return n - 1 if n and 1 <= n <= 20 else None


def lunar_day(year: int, word: str) -> date | None:
    """The day a Spring Festival word names in a year of the table: 2026, 正月初六 → 2026-02-22."""
    off = _lunar_offset(word)
    return date(year, *_NEW_YEAR[year]) + timedelta(days=off) if off is not None and year in _NEW_YEAR else None


# the Spring Festival travel season (春运): forty days, from the fifteenth day before 正月初一 to the twenty-fourth after
# (2024: 2024-01-26/2024-03-05, 2025: 2025-01-14/2025-02-22), named with 期间 or with its year at a clause's head
# (这个春运，每天平均有900多架次航班起降: sealed43; 今年春运，…); 春运第12天, 春运前九天, 春运首日 are days of it
# (event_days, period_first_days), 铁路春运, 春运以来 and 已累计发售春运期间车票 (tickets for it, sold so far) are left as they were
_TRAVEL_RE = re.compile(r"(?:(?P<y>20\d\d)\s?年|(?P<ry>今年|去年)|(?P<this>这个|這個|这一|這一)|(?P<z>[鼠牛虎兔龙龍蛇马馬羊猴鸡雞狗猪豬])年)?"
                        r"[“\"]?(?:春运|春運)[”\"]?(?:(?P<during>期间|期間)|(?=\s?[，,]))")


def travel_season(year: int) -> tuple[date, date] | None:
    """The first and last day of the Spring Festival travel season of `year`."""
    if year not in _NEW_YEAR:
        return None
    new_year = date(year, *_NEW_YEAR[year])
    return new_year - timedelta(days=15), new_year + timedelta(days=24)


def travel_season_spans(norm: str, a: int, b: int, ctx_year: int | None, ref: RefDate | None) -> list[PeriodSpan]:
    """The travel seasons named in norm[a:b] as periods: begun by the article's date (a season ahead is a forecast's:
    none), of the year written, else of the sentence's or the article's year."""
    out: list[PeriodSpan] = []
    today = article_day(ref)
    for m in _TRAVEL_RE.finditer(norm, a, b):
        named = m.group("y") or m.group("ry") or m.group("this") or m.group("z")
        head = _at_head(norm, a, m.start()) or norm[m.start() - 1:m.start()] in ("在", "於", "于")
        if not head or not m.group("during") and not named:
            continue                            # 春运，… alone; 发售春运期间车票 (the tickets' name): no period
        if norm[m.start() - 1:m.start()] == "、" or _BASE_BEFORE_RE.search(norm, max(0, m.start() - 4), m.start()):
            continue                            # 元旦、春运期间 (a list of occasions); 较去年春运期间 (a base)
        if m.group("y"):
            y = int(m.group("y"))
        elif m.group("ry") and ref:
            y = ref[0] - (m.group("ry") == "去年")
        elif m.group("z"):
            y = zodiac_year(m.group("z"), ref)
        else:
            y = ctx_year or (ref[0] if ref else None)
        got = travel_season(y) if y else None
        if got is None or today is None or got[0] > today:
            continue
        out.append(PeriodSpan(m.start(), m.end(), norm[m.start():m.end()].replace("“", "").replace("”", ""),
                              f"{got[0].isoformat()}/{got[1].isoformat()}"))
    return out


def holiday_spans(norm: str, a: int, b: int, ctx_year: int | None, ref: RefDate | None) -> list[PeriodSpan]:
    """The holidays named in norm[a:b] (but 五一/国庆 alone, which period_forms reads), as periods."""
    if HOLIDAY_HINT_RE.search(norm, a, b) is None:
        return []
    out: list[PeriodSpan] = []
    for m in HOLIDAY_RE.finditer(norm, a, b):
        quote = norm[m.start() - 1:m.start()] in ("“", '"')
        yb = _YEAR_BEFORE_RE.search(norm, max(a, m.start() - 7), m.start())
        start = yb.start() if yb else m.start() - quote
        if m.group("a") in _MONTH_OF and not m.group("b") and yb is None:
            continue                               # read by period_forms (its hol form), see holiday_of_match
        if norm[m.end():m.end() + 2].lstrip()[:1] in ("，", ",") and not _NAMED_SUFFIX_RE.search(m.group(0)) \
                and (yb is None or m.group("b") or not _at_head(norm, a, yb.start())):
            continue                               # 春节，… without its year at a clause's head: no holiday period
        if _PART_AFTER_RE.match(norm, m.end()) or norm[start - 1:start] == "、":
            continue                               # part of it, or one of a list: the periods around stay
        ry = yb.group("ry") if yb else None
        explicit = yb.group("y") if yb and yb.group("y") else (str(ref[0] - (ry != "今年")) if ry and ref else None)
        if yb and yb.group("z"):
            zy = zodiac_year(yb.group("z"), ref) if m.group("a") in ("春节", "春節") and not m.group("b") else None
            if zy is None:
                continue                        # 龙年国庆: no such holiday
            explicit = str(zy)
        period = holiday_period(m.group("a"), m.group("b"), explicit, ctx_year, ref,
                                this_year=ry == "今年" or bool(yb and yb.group("this")))
        if period is not None:                     # unsure: the periods around stay as they were
            out.append(PeriodSpan(start, m.end(), norm[start:m.end()].replace("“", "").replace("”", ""), period,
                                  base=bool(_BASE_BEFORE_RE.search(norm, max(0, start - 4), start))))
            out += _same_holiday(norm, m, explicit or (str(ctx_year or ref[0]) if ctx_year or ref else None), b, ref)
    if "春运" in norm or "春運" in norm:
        out = sorted(out + travel_season_spans(norm, a, b, ctx_year, ref), key=lambda sp: sp.start)
    if _LUNAR_HINT_RE.search(norm, a, b) is None:
        return out
    taken = -1
    for m in LUNAR_RE.finditer(norm, a, b):
        span = _lunar(norm, m, a, ctx_year, ref)
        if span is not None:
            out.append(span)
            taken = m.end()
    for m in _LUNAR_ONE_RE.finditer(norm, a, b):      # 正月初六: one lunar day
        if m.start() >= taken and not LUNAR_RE.match(norm, m.start()):
            span = _lunar_day(norm, m, a, ctx_year, ref)
            out += [span] if span is not None else []
    return out


# one lunar day of the Spring Festival, named with its month (正月初六, 大年初一) or 除夕
# (截至正月十五，…5473个传统村落…: a cutoff's day, as 截至3月5日 is — the 至 of 截至 opens no range; sealed42)
_LUNAR_ONE_RE = re.compile(r"(?:(?<![至到—\-~～])|(?<=截至)|(?<=截止))(?:除夕|(?:正月|大年)(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十)|元宵节|元宵節)"
                           r"(?!\s*(?:至|到|—|-|~|～))")


def _lunar_day(norm: str, m: re.Match[str], a: int, ctx_year: int | None, ref: RefDate | None) -> PeriodSpan | None:
    """正月初六 (2026: 2026-02-22), the day of the year the sentence names, else the article's; none
    for a day still ahead of the article."""
    before = _SPRING_BEFORE_RE.search(norm, max(a, m.start() - 9), m.start())
    written = before.group("y") if before else None
    y = _year(written, ctx_year, ref)
    day = lunar_day(y, m.group(0).removesuffix("节").removesuffix("節")) if y is not None else None
    if day is None or not _ended(day, ref, bool(written)):
        return None
    return PeriodSpan(m.start(), m.end(), m.group(0), day.isoformat(), point=True)


def _same_holiday(norm: str, m: re.Match[str], year: str | None, b: int, ref: RefDate | None) -> list[PeriodSpan]:
    """不及去年的169元 after 今年春節假期: the same holiday in the year named alone before a figure,
    up to the sentence's end or the next holiday named."""
    if year is None:
        return []
    stop = min([b] + [j for c in "。！？!?\n" if (j := norm.find(c, m.end(), b)) >= 0])
    nxt = HOLIDAY_RE.search(norm, m.end(), stop)
    out = []
    for r in _SAME_HOLIDAY_RE.finditer(norm, m.end(), nxt.start() if nxt else stop):
        y = int(year) + _RELATIVE[r.group("ry")]
        period = holiday_period(m.group("a"), m.group("b"), str(y), None, ref)
        if period is not None:
            end = r.end("rel") if r.group("rel") else r.end("ry")      # (相比于去年公布的16.6亿元: the base's own value)
            out.append(PeriodSpan(r.start(), end, norm[r.start():end], period,   # (its 的 is the base's: 低于去年的169元)
                                  base=bool(_BASE_BEFORE_RE.search(norm, max(0, r.start() - 4), r.start()))))
    return out


_NAMED_SUFFIX_RE = re.compile(r"(?:小长假|小長假|长假|長假|黄金周|黃金週|假期|假日|期间|期間|档|檔|天)$")
# a clause's head before the year (光是今年春节，; 今年春节，): the text's start, a mark, or an adverb of focus
_CLAUSE_HEAD_RE = re.compile(r"(?:^|[。！？!?\n，,；;：:]|光是|仅|僅|单是|單是|就)\s*$")


def _at_head(norm: str, a: int, at: int) -> bool:
    """`at` opens a clause: the text's or the window's start (a sentence's: `^` matches only at the text's own start),
    after a mark, or after an adverb of focus (光是今年春节，)."""
    return at <= a or bool(_CLAUSE_HEAD_RE.search(norm, max(a, at - 3), at)) or norm[at - 1:at] in "。！？!?\n"


_SPRING_BEFORE_RE = re.compile(r"(?:(?P<y>20\d\d)\s?年)?(?:今年)?(?:春节|春節)?$")


def _lunar(norm: str, m: re.Match[str], a: int, ctx_year: int | None, ref: RefDate | None) -> PeriodSpan | None:
    before = _SPRING_BEFORE_RE.search(norm, max(a, m.start() - 9), m.start())
    written = before.group("y") if before else None
    y = _year(written, ctx_year, ref)
    if y is None:
        return None
    first, last = lunar_day(y, m.group("a")), lunar_day(y, m.group("b"))
    if first is None or last is None or last <= first or not _ended(last, ref, bool(written)):
        return None
    start = before.start() if before else m.start()
    return PeriodSpan(start, m.end(), norm[start:m.end()], f"{first.isoformat()}/{last.isoformat()}")


def holiday_of_match(norm: str, start: int, end: int, name: str, ctx_year: int | None,
                     ref: RefDate | None) -> str | None:
    """The period of period_forms' 五一/国庆 form at norm[start:end]: the holiday; its month, as
    before, for a part of it (五一假期首日) or one not begun (told on its eve; told during it, the holiday)."""
    if _PART_AFTER_RE.match(norm, end):
        y = resolve_year(_MONTH_OF[name], ctx_year, ref)
        return f"{y}-{_MONTH_OF[name]:02d}" if y else None
    return holiday_period(name, None, None, ctx_year, ref, month_if_unsure=True)


def holiday_before(norm: str, f_start: int, spans: list[PeriodSpan]) -> PeriodSpan | None:
    """清明节假期三天, 国庆长假7天: the length of the holiday named right before it."""
    if not spans or not spans[-1].period or "/" not in spans[-1].period:
        return None
    sp = spans[-1]
    gap = norm[sp.end:f_start].strip()
    return sp if gap in ("", "共", "的", "为", "為") and HOLIDAY_HINT_RE.search(sp.text) else None


def with_holidays(norm: str, spans: list[PeriodSpan], windows: list[tuple[int, int]] | None,
                  ref: RefDate | None) -> list[PeriodSpan]:
    """`spans` with the holidays of `windows` (None: the whole text) added in text order."""
    return with_spans(spans, [h for a, b in (windows if windows is not None else [(0, len(norm))])
                              for h in holiday_spans(norm, a, b, None, ref)])


# a holiday's or a trading week's word: most texts hold none, and pay one scan for it
_CALENDAR_HINT_RE = re.compile(rf"{_NAME}|除夕|正月|大年初|年三十|年卅|春运|春運|本周|本週|这周|這週|交易日|全周|全週|整周|整週"
                               r"|[上前](?:周|週|星期)\s?[(（]\s?\d")    # 上周（29/12—4/1）: a week with its days


_last_text: list[object] = [None, False]      # the last text scanned and whether it holds such a word


def _names_calendar_words(norm: str) -> bool:
    """Whether `norm` holds a holiday's or a trading week's word; one scan per text (find_periods
    reads a text several times: its figures' sentences, its months, the sentences before)."""
    if _last_text[0] is not norm:
        _last_text[0], _last_text[1] = norm, _CALENDAR_HINT_RE.search(norm) is not None
    return bool(_last_text[1])


def with_calendar_words(norm: str, spans: list[PeriodSpan], windows: list[tuple[int, int]] | None,
                        ref: RefDate | None) -> list[PeriodSpan]:
    """`spans` with the holidays and the trading weeks and days (store/facts/period_weeks.py) of
    `windows` (sorted; None: the whole text) added."""
    if not windows and windows is not None or not _names_calendar_words(norm):
        return spans
    from .period_weeks import with_weeks
    return with_weeks(norm, with_holidays(norm, spans, windows, ref), windows, ref)
