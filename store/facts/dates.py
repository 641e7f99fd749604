"""Calendar figures: dates, day and month spans, years and year spans, days of
the month written alone, ranks (全国第三) and 前三季度-style spans."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import rules as R
from .builder import Builder
from .days_ahead import ends_window_ahead, of_month_before, starts_ahead
from .numbers import NUMBER_PATTERN, parse_number
from .period_contracts import CONTRACT_TAIL
from .period_forms import RefDate, find_periods
from .stock_codes import stock_code_at
from .date_spans import day_only_ranges
from .regex_edges import finditer_near

_NUM = NUMBER_PATTERN
_YEAR = r"(?:1[89]\d{2}|20\d{2}|[一二〇零○][〇零○一二三四五六七八九]{3})"
# The scanning patterns below start with the year (or day) itself, every alternative with
# a literal character, and test the character before it with a lookbehind after it (a year
# is 4 characters): a pattern that starts so is searched by its first character in C,
# where one opening with a lookahead is tried at every position.
_CN_YEAR_TAIL = r"[〇零○一二三四五六七八九]{3}"   # ○ (U+25CB) stands for 〇 in Taiwan press
_YEAR_LIT = rf"(?:1[89]\d{{2}}|20\d{{2}}|一{_CN_YEAR_TAIL}|二{_CN_YEAR_TAIL}|〇{_CN_YEAR_TAIL}|零{_CN_YEAR_TAIL})"
_YEAR_12_LIT = rf"(?:1[89]\d{{2}}|20\d{{2}}|一{_CN_YEAR_TAIL}|二{_CN_YEAR_TAIL})"   # no year written 〇/零…
_NOT_AFTER_NUM = r"(?<![\d.].{4})"      # after a year: the character before it is no digit or point
# a space may stand between digits and 月/日, as tables and some releases set them (12 月 29 日)
_SP_MON = r"(?:(?<=\d) )?月(?: (?=\d))?"
_SP_DAY = r"(?:(?<=\d) )?"
_CLOCK = r"(?:[零〇\d一二三四五六七八九十]{1,3}[时時点])"      # 从10月1日零时至10月8日24时: the days
# (a day may write its tens 廿 and 卅, as Taiwan's press does: 延會到八月卅一日, 十月廿九日 — cov51; read without them
# the date was the month alone)
_DATE_RE = re.compile(
    rf"(?=[\d一二三四五六七八九十〇零])(?<![\d.])(?:({_YEAR})年)?(\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){_SP_MON}"
    rf"(\d{{1,2}}|[一二三四五六七八九十廿卅]{{1,3}}){_SP_DAY}[日号]"
)
_ISO_DATE_RE = re.compile(rf"((?:19|20)\d{{2}}){_NOT_AFTER_NUM}([-/.])(\d{{1,2}})\2(\d{{1,2}})(?![\d.])")
# two of them joined as a span (2018/1/10-2018/7/10, 2024.3.1—2024.3.31): one span of days (Recognizers-Text's DatePeriodParser)
_ISO_RANGE_RE = re.compile(rf"((?:19|20)\d{{2}}){_NOT_AFTER_NUM}([-/.])(\d{{1,2}})\2(\d{{1,2}})"
                           rf"\s*(?:——|-|—|–|~|～|〜|至|到)\s*((?:19|20)\d{{2}})\2(\d{{1,2}})\2(\d{{1,2}})(?![\d.])")
_YEAR_MONTH_RE = re.compile(rf"({_YEAR_LIT}){_NOT_AFTER_NUM}年(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月(?!份?[-—~至到\d])")
_MD = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
_RANGE_DASH = r"\s*(?:——|-|—|–|―|~|～|〜|至|到)\s*"   # (—— : the Chinese dash typed as two em dashes)
# 6月23日—29日, 7月2日至3日, 12月3-5日, 2024年6月30日至7月2日, 2024年12月30日至2025年1月2日; days written
# with 号 too (6月12号至7月3号, 2018年12月九号到十五号: one span, as with 日)
_DAY_RANGE_RE = re.compile(
    rf"(?=[\d一二三四五六七八九十〇零])(?<![\d.])(?:({_YEAR})年)?{_MD}{_SP_MON}{_MD}(?:{_SP_DAY}[日号]{_CLOCK}?)?{_RANGE_DASH}"
    rf"(?:(?:({_YEAR})年)?{_MD}{_SP_MON})?{_MD}{_SP_DAY}[日号]")
# 2024年3月—8月, 2024年1月至11月, 2023年11月至2024年2月
_MONTH_RANGE_RE = re.compile(
    rf"({_YEAR_12_LIT}){_NOT_AFTER_NUM}年{_MD}月份?{_RANGE_DASH}(?:({_YEAR})年)?{_MD}月(?!\d|[一二三四五六七八九十]|份?\d)")
# a day of the month alone: 记者11日获悉, 30日和31日 (Arabic only: 三日 is usually "three days")
# (after a colon only when no clock time ends there: 新闻联播）：19日 is a day, 10:19日 is not)
_DAY_RE = re.compile(r"(\d(?<![\d.\-/月第号]\d)(?<!\d[:：]\d)\d?)日(?!游|均|内|以内|之内|后|以后|之后|元|间|常|益|趋|本|报(?!收|道|称|稱|告)|制|薪|程|左右|多|前|起算)")
_DAY_NOT_AFTER = ("近", "连续", "每", "约", "超", "逾", "多", "数", "几", "前", "共", "历时", "用时", "为期", "仅", "只",
                  "达", "第", "持续", "长达", "不到", "不足", "提前", "推迟", "延长", "缩短", "后", "内",
                  "连跌", "连涨", "连升", "连降", "连挫", "连增", "共计", "共計", "合计", "合計")   # (共計7日: the traditional 計 is kept)
_FUTURE_RE = re.compile(r"将|定于|预计|计划|拟|即将|下周|下月")
_YEAR_RANGE_RE = re.compile(rf"({_YEAR_LIT}){_NOT_AFTER_NUM}(?: ?年)?\s*(?:——|-|—|–|―|~|～|〜|至|到)\s*({_YEAR}) ?年")   # (2016 年; 2009 年 到 2010 年)
# the years between two named: 在2007年与2009年之间, 2007年与2009年间 (one span, as 2007年至2009年: Recognizers-Text's
# DatePeriodParser; the 间 is left outside, as 年间 of a span of ROC years is)
_YEARS_BETWEEN_RE = re.compile(rf"({_YEAR_LIT}){_NOT_AFTER_NUM} ?年\s*(?:与|和|與|及)\s*({_YEAR}) ?年(?=之?[间間])")
# 2016 年 (a space before 年, as Taiwan and Hong Kong releases set it); 2026和2027年: the first year shares 年
_YEAR_RE = re.compile(rf"({_YEAR_LIT}){_NOT_AFTER_NUM}(?: ?年(?![级代])|(?=[和、及与]{_YEAR_LIT}年))")
# a year written without 年 before a name (2024世界机器人博览会, 2026“乐知山海”, “2024·全国文化企业30强”),
# also after a comma (这几天，2026“村超”; a comma only groups digits after a digit), not before a measure word,
# nor an edition named after its title (全球创新指数2022发布: a label)
_YEAR_LABEL_RE = re.compile(
    r"(19[5-9]\d|20[0-4]\d)(?<![\d.\-/].{4})(?<!\d[,，].{4})(?<![\d.][:：].{4})(?=[“《\"\u4e00-\u9fff]|·[\u4e00-\u9fff])(?![年多余万亿千百个家人名元件项次吨米户所座台辆只头"
    r"条份张位例篇起场天日号月届批种套块部本股手亩分秒岁周期点倍成支枚架艘颗株处间栋幢层级类款组对双根片粒包箱瓶盒袋斤克升度"
    r"财財至到和及与、或余])(?!小时|公里|平方|千米|立方|美元|港元|欧元|日元|英镑|发布|出炉|公布|揭晓|报告)")
_BRACKETED_YEAR_RE = re.compile(r"[（(]((?:19|20)\d{2})(?:年?版|年度)?[）)]")
_RANK_RE = re.compile(r"第(\d+|[一二三四五六七八九十廿卅]+)(名|位)?")   # (廿 = 20, 卅 = 30: 第廿六大賣超)
# the measures of a streak's place after 连续 (连续第二年, 连续第12天, 连续第四周, 连续第3个交易日; not 连续第13晚: test_facts_found_forms)
_STREAK_MEASURES = ("年", "天", "日", "周", "个交易日", "个工作日")
_ORDINAL_RE = re.compile(rf"第(?:{_NUM})")
# 历史第二高产年, 第三大贸易伙伴: an ordinal before a superlative is a place in a ranking
_SUPERLATIVE_AFTER = set("大高低多少")
# … and before 长/短 (史上第二長的出口連續上升紀錄, 歷史第2長紅, 亚洲第一长洞: the longest runs and spans), not a name
# that opens with 长 (第二长江大桥, 长城, 长沙) nor a span word (长期)
_LENGTH_SUPERLATIVE_RE = re.compile(r"[长長短](?![江城沙春安征徵期远遠久效])")
# (and a place held or reached with its field between: 稳居亚洲乳业第一, 跃居粮食增产第一 — sealed44)
_RANK_CONTEXT_RE = re.compile(r"排名|排行|排位|位次|名次|位列|位居|名列|排在|分列|分别排|排第|稳居|穩居|跃居|躍居|"
                              r"(?:跌|降|滑落|退|升|晋级|回)(?:到|至)$|退居$")   # 跌到第八, 降至第三: a place lost or won
# a group of places counted right before a place (六都第一: first of Taiwan's six municipalities, 五市第一), the place
# ending its clause (六区第一中学 is a school's name)
_RANK_GROUP_BEFORE_RE = re.compile(r"(?<![\d一二三四五六七八九十两])(?:[二三四五六七八九两]|十[一二三四五六七八九]?|[1-9]\d?)"
                                   r"(?:都|省|市|县|区|国|县市|县区|县市区|城市)$")
_RANK_GROUP_END_RE = re.compile(r"(?:[，。；、,;!?！？)]|$)")
# the next place of a list of places (位居…投资潜力第3、新型城镇化质量第4、…第7): only 、/和/及 and a short
# label between it and the place before, no clause break
_RANK_LIST_GAP_RE = re.compile(r"(?:、|和|及|以及|与)[^，。；,;！？!?：:、]{0,14}")
# 前三季度, 前10个月, 前10月 (Taiwan), 首3季 (Macao): the first N months or quarters
# (it opens with the class [前首], so the engine scans for those two characters; 此前/之前/以前 are
# checked in first_n: 较之前三个月 is still three months, 此前3月 is March)
_FIRST_N_RE = re.compile(r"[前首](\d{1,2}|[一二两三四五六七八九十]{1,2})(季度|个季度|个月|季(?!度)|月(?![份日号]))")
_FIRST_N_NOT_AFTER = "先此之以目"      # (目前11月的統計資料: November, now)
PERIOD_RE = re.compile(r"(?=[今去明前全上下一二三四五六七八九十0-9第近“])(?:" + R.PERIOD_PATTERN + ")")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# who reports on a day: 美国媒体21日报道, 路透社3日报道, 央视5日报告
_REPORTER_BEFORE_RE = re.compile(r"(?:媒体|媒體|社|网|網|台|报|報|刊|电视|電視|新闻|新聞|官员|官員|部门|部門)$")
_GAP_BEFORE_DAY_RE = re.compile(r"[\s和、及与至到\-—~或,，]*")
# months, month spans, month ends, quarters and fiscal years (the period reader makes them canonical)
_MONTH_LIKE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2}(?:/\d{4}-\d{2}-\d{2})?|/\d{4}-\d{2})?|Q[1-4](?:-Q[1-4])?|H[12])$")
# a year (or relative year) before a period within it: 2023年前11个月 is still a span of months (前11个月)
_YEAR_LEAD_RE = re.compile(r"^(?:(?:民[國国])?[\d〇零○一二三四五六七八九]{2,4}\s?年度?|[今去上本明同当]年)?的?")
_NUMERAL_RE = re.compile(r"[\d一二三四五六七八九十]")
# Taiwan's relative year with its number in brackets (去(113)年, rewritten 去(2024)年) before a period within it
_BRACKETED_YEAR_LEAD_RE = re.compile(r"[今去明本前]\s?[(（]\d{4}[)）]\s?年度?的?\s?")
_NAMED_MONTH_RE = re.compile(
    r"(?:(?:(今年|去年|上年|明年|前年)|(?<!\d)(\d{4})\s?年)\s?)?(?<![\d十])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s?月"
    rf"(?:份?(预测|预计|发布|公布|报告|修正)|(?={CONTRACT_TAIL})份?(?:交货|交貨|交割|合约|合約|期货|期貨)?)")
_RELATIVE_YEAR = {"今年": 0, "去年": -1, "上年": -1, "明年": 1, "前年": -2}
_NAMED_MONTH_CUE_RE = re.compile(r"月份?\s?(?:交货|交貨|交割|合约|合約|期|预测|预计|发布|公布|报告|修正)|月[^，。；]{0,12}(?:期货|期貨|合约|合約)")
_FISCAL_RE = re.compile(r"财年|財年|财政年度|会计年度")
_ROC_LEAD_RE = re.compile(r"民[國国]|(?:9\d|1[01]\d)\s?年")
_PERIOD_CUE_RE = re.compile(r"月(?! ?\d{1,2} ?[日号]|[一二三四五六七八九十廿卅]{1,3}[日号])|季|财年|財年|财政年度|会计年度|年[末底]|半年|民[國国]|年(?=全年|度)|(?<![A-Za-z])Q[1-4](?![\dA-Za-z])|(?<=年)H[12](?![\dA-Za-z])")   # (2024年H1: a half)

# a date's (or day range's) first 月 is at most this far from its start: 2024年12月, 二〇二四年十二月
_MONTH_REACH = 8

Ref = tuple[int, int, int]


@lru_cache(maxsize=4096)          # a few numerals name every year, month and day
def _int(s: str | None) -> int | None:
    p = parse_number(s) if s else None
    return int(p.value) if p is not None and p.value == p.value.to_integral_value() else None


def iso(y: int | None, mo: int, d: int | None = None) -> str | None:
    if not 1 <= mo <= 12 or (d is not None and not 1 <= d <= _MONTH_DAYS[mo - 1]):
        return None
    if d == 29 and mo == 2 and y and (y % 4 or (y % 100 == 0 and y % 400)):
        return None
    ys = f"{y:04d}" if y else "-"
    return f"{ys}-{mo:02d}" + (f"-{d:02d}" if d is not None else "")


def date_ranges(b: Builder, year: int | None, ref: Ref | None = None) -> None:
    """Spans of days and of months: one date fact with ISO ends (value, value_high); a span of
    days across the new year (12月30日至1月2日) ends in the later year."""
    if "月" not in b.norm:
        return
    for m in _MONTH_RANGE_RE.finditer(b.norm):
        y1 = _int(m.group(1))
        y2 = _int(m.group(3)) if m.group(3) else y1
        m1, m2 = _int(m.group(2)), _int(m.group(4))
        if not (y1 and y2 and m1 and m2):
            continue
        lo, hi = iso(y1, m1), iso(y2, m2)
        if lo and hi and lo < hi:
            b.add("date", m.start(), m.end(), lo, value_high=hi, unit="月")
    for m in finditer_near(_DAY_RANGE_RE, b.norm, "月", _MONTH_REACH):
        y = _int(m.group(1)) if m.group(1) else year
        rel = None if m.group(1) else _RELATIVE_YEAR.get(b.norm[max(0, m.start() - 2):m.start()])
        if rel is not None and y:
            y += rel                                   # 去年7月24日至12月31日: last year's, as 去年10月14日 is (sealed43)
        mo, d1, d2 = _int(m.group(2)), _int(m.group(3)), _int(m.group(6))
        mo2 = _int(m.group(5)) if m.group(5) else mo
        if mo is None or d1 is None or mo2 is None or d2 is None:
            continue
        y2 = _int(m.group(4)) if m.group(4) else y
        if y and not m.group(4) and mo2 < mo:           # 12月30日至1月2日: across the new year
            if m.group(1) or rel is not None or ref and ref[1] >= 11:
                y2 = y + 1                             # said in December, or the first year written (or told: 去年)
            else:
                y, y2 = y - 1, y
        lo, hi = iso(y, mo, d1), iso(y2, mo2, d2)
        if lo and hi and lo < hi:
            b.add("date", m.start(), m.end(), lo, value_high=hi, unit="日")


def day_iso(n: str, s: int, d: int, recent: list[tuple[int, str]], ref: Ref | None) -> str | None:
    """The day d of the month written at s: the month of a date just before it, else the article's
    (the one before when d is past the article's day and nothing says ahead)."""
    k = bisect.bisect_right(recent, (s, "~")) - 1
    if k >= 0 and s - recent[k][0] <= 6 and _GAP_BEFORE_DAY_RE.fullmatch(n, recent[k][0], s):
        last = recent[k][1]
        return iso(int(last[:4]), int(last[5:7]), d) if last[0] != "-" else None
    if ref:
        y, mo, rd = ref
        if d > rd + 1 and not _FUTURE_RE.search(n, max(0, s - 6), s):
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)   # news reports the past: 28日 in a 07-04 story is 06-28
        return iso(y, mo, d)
    return None


_DAY_NOT_AFTER_LAST = frozenset(w[-1] for w in _DAY_NOT_AFTER) | {"连"}
_DAY_NOT_AFTER_LONGEST = max(map(len, _DAY_NOT_AFTER))


def _after_span_word(n: str, s: int) -> bool:
    """A word of _DAY_NOT_AFTER ends at s (近30日, 连续3日: a span of days, not a date; but 指数21日下跌 is a day)."""
    if s >= _DAY_NOT_AFTER_LONGEST and n[s - 1] not in _DAY_NOT_AFTER_LAST:
        return False                       # no word can end here: the usual case, decided at once
    if n[s - 1:s] == "数" and n[s - 2:s - 1] in _COUNTED_BY:
        return False                       # 指数, 系数, 人数 …: a noun, no 数日 (a few days)
    if n.endswith(_PLACES_LIKE_SPAN_WORDS, 0, s):
        return False                       # 中央社紐約26日電: New York's 约 is no 约26日 (about 26 days)
    if n.endswith(("附近", "鄰近", "邻近", "靠近"), 0, s):
        return False                       # 一所高中附近16日发生枪击: near a place on the 16th, no 近16日 (per53)
    return any(n.startswith(w, s - len(w)) for w in _DAY_NOT_AFTER) or streak_before(n, s)


def streak_before(n: str, s: int) -> bool:
    """A bare 连 (連, normalised) before the days: 美股連2日彈升 is a run of two days, as 连续2日 is; not
    Dalian's day (大连3日电) nor a joined word's (相连, 关连)."""
    return n[s - 1:s] == "连" and not n.endswith(_JOINED_BY_LIAN, 0, s)


_JOINED_BY_LIAN = ("大连", "相连", "关连", "牵连", "串连", "连连")


_COUNTED_BY = frozenset("指系人次总基倍分户件股笔个")
_PLACES_LIKE_SPAN_WORDS = ("纽约", "紐约", "紐約", "多伦多", "多倫多")   # (normalised: 紐約 → 紐约)


# a span whose first day leaves its 日 to the second (14—16日主要影响北方大部: date_spans)
_BARE_FIRST_DAY_RE = re.compile(r"\d\s*(?:至|到|—|-|–|~|～)\s*\d{1,2}日")


# the next day listed right after a day (仅28日和29日两天: two days of the month, 28日 as much as 29日 — sealed40), a later
# day of the month, so that a span word before the first (仅, 只) reads over both days, not as a span of 28 days
_NEXT_DAY_RE = re.compile(r"[和、及与與]([1-3]?\d)日")


def _next_day_listed(n: str, e: int, day: str) -> bool:
    m = _NEXT_DAY_RE.match(n, e)      # (the next one a day itself: 近3日和5日前 are spans, no dates)
    return m is not None and int(day) < int(m.group(1)) <= 31 and _DAY_RE.match(n, m.start(1)) is not None


def days(b: Builder, ref: Ref | None) -> None:
    """A day of the month alone (记者3日获悉): month from a date just before it, else the article date."""
    n = b.norm
    if "日" not in n:
        return
    recent = sorted((f["end"], f["value"]) for f in b.facts
                    if f["kind"] == "date" and isinstance(f["value"], str) and len(f["value"]) == 10
                    and f["value_high"] is None)
    if "日至" in n or "日到" in n or "日—" in n or "日-" in n or "日晚" in n or _BARE_FIRST_DAY_RE.search(n):
        day_only_ranges(b, n, recent, ref, day_iso)      # 18日到19日: one span of days (date_spans)
    for m in finditer_near(_DAY_RE, n, "日", 2):   # its one or two digits, tried only before a 日
        s, e = m.start(), m.end()
        if not b.free(s, e) or _after_span_word(n, s) and not _next_day_listed(n, e, m.group(1)):
            continue
        if n.startswith(("报道", "报告", "报称", "報道", "報告", "報稱"), e) and not _REPORTER_BEFORE_RE.search(n, max(0, s - 4), s):
            continue                      # 据12日报道: no one named reporting that day (a daily?); 媒体21日报道 is a day
        d = int(m.group(1))
        day = day_iso(n, s, d, recent, ref) if 1 <= d <= 31 else None
        if day and ref and d > ref[2] + 1 and day[5:7] != f"{ref[1]:02d}" and (starts_ahead(n, e) or ends_window_ahead(n, s)):
            day = iso(ref[0], ref[1], d)       # 11日起…将有降温: a day ahead in the article's month
        elif day and ref and ref[1] and day[5:7] == f"{ref[1]:02d}" and of_month_before(n, s, d, ref):
            mo = ref[1] - 1 if ref[1] > 1 else 12      # 7月8日…後，14日再度調漲 (told on 08-24): July's
            day = iso(ref[0] if ref[1] > 1 else ref[0] - 1, mo, d)
        if day:
            b.add("date", s, e, day)
            bisect.insort(recent, (e, day))
        elif ref is None and 1 <= d <= 31:
            b.add("date", s, e, None)        # 統計處16日公布 in an article without a date: a day of no known month


def _far_ahead(n: str, s: int, mo: int, d: int, ref: Ref) -> bool:
    """A day more than two months after the article's, not announced as ahead (将于…): last year's."""
    ahead = (mo - ref[1]) * 31 + (d - ref[2])
    return ahead > 62 and not _FUTURE_RE.search(n, max(0, s - 6), s)


def year_labels(b: Builder) -> None:
    """2024世界机器人博览会, 2026“乐知山海”, 《…报告（2023）》: a year naming an edition of an event or a report."""
    n = b.norm
    if "19" not in n and "20" not in n:
        return                             # both patterns read a year 19xx/20xx (three texts in four hold none)
    for rx in (_YEAR_LABEL_RE, _BRACKETED_YEAR_RE) if "(" in n or "（" in n else (_YEAR_LABEL_RE,):
        for m in rx.finditer(n):
            if rx is _YEAR_LABEL_RE and _measure_after(n, m.end(1)):
                continue                   # 收購2000公斤, 面積達1979公頃, 2000兆瓦: a measure, not an edition's year
            if rx is _BRACKETED_YEAR_RE and stock_code_at(n, m.start(), m.end()):
                continue                   # 中鋼（2002）9月營收: a company's stock code (stock_codes)
            b.add("year", m.start(1), m.end(1), int(m.group(1)), unit="年")


_ONE_CHAR_MEASURES = frozenset("桶磅瓩吋呎坪")


def _measure_after(n: str, pos: int) -> bool:
    """A unit of measure or money of two characters or more starts at pos (公斤, 公頃, 兆瓦, 加仑, 加元): the number
    before it is an amount. One-character units (两, 环, 方, 圆, 角) and counts (国, 城市, 省) also open names
    (2024两岸…, 2025城市更新大会), so they do not count."""
    if n[pos:pos + 1] in _ONE_CHAR_MEASURES:
        return True
    for u in R.UNIT_INDEX.get(n[pos:pos + 1], ()):
        if len(u) >= 2 and n.startswith(u, pos) and R.UNIT_KIND.get(u) in ("quantity", "money", "points"):
            return True
    return False


def dates(b: Builder, year: int | None, ref: Ref | None = None) -> None:
    n = b.norm
    year_labels(b)
    if "年" not in n and "月" not in n and "-" not in n and "/" not in n and "." not in n:
        return
    for m in _ISO_RANGE_RE.finditer(n) if "-" in n or "/" in n or "." in n else ():
        lo, hi = iso(int(m.group(1)), int(m.group(3)), int(m.group(4))), iso(int(m.group(5)), int(m.group(6)), int(m.group(7)))
        if lo and hi and lo < hi:
            b.add("date", m.start(), m.end(), lo, value_high=hi, unit="日")
    for m in _ISO_DATE_RE.finditer(n) if "-" in n or "/" in n or "." in n else ():   # its separator
        if day := iso(int(m.group(1)), int(m.group(3)), int(m.group(4))):
            b.add("date", m.start(), m.end(), day)
    for m in finditer_near(_DATE_RE, n, "月", _MONTH_REACH):
        y = _int(m.group(1)) if m.group(1) else year
        mo, d = _int(m.group(2)), _int(m.group(3))
        rel = None if m.group(1) else _RELATIVE_YEAR.get(n[max(0, m.start() - 2):m.start()])
        if rel is not None and y:
            y += rel                                   # 去年10月14日: the year before the article's
        elif not m.group(1) and y and ref and mo and d and _far_ahead(n, m.start(), mo, d, ref):
            y -= 1                                     # 12月30日 in a January story: last December
        if mo is not None and d is not None and (day := iso(y, mo, d)):
            b.add("date", m.start(), m.end(), day)
    has_year = "年" in n                     # the three patterns below read a 年 (most texts hold none)
    for m in _YEAR_MONTH_RE.finditer(n) if has_year else ():
        y, mo = _int(m.group(1)), _int(m.group(2))
        if y and mo and (month := iso(y, mo)):
            b.add("date", m.start(), m.end(), month)
    for m in _YEARS_BETWEEN_RE.finditer(n) if has_year and ("间" in n or "間" in n) else ():
        y1, y2 = _int(m.group(1)), _int(m.group(2))
        if y1 and y2 and y1 < y2:
            b.add("year", m.start(), m.end(), y1, value_high=y2, unit="年")
    for m in _YEAR_RANGE_RE.finditer(n) if has_year else ():
        y1, y2 = _int(m.group(1)), _int(m.group(2))
        if y1 and y2 and y1 < y2:
            b.add("year", m.start(), m.end(), y1, value_high=y2, unit="年")
    for m in _YEAR_RE.finditer(n) if has_year else ():
        y = _int(m.group(1))
        if y and 1800 <= y <= 2100:
            b.add("year", m.start(), m.end(), y, unit="年")


def _period_windows(n: str) -> list[tuple[int, int]]:
    """Where a month, quarter or year end may be written (not 3月5日: a day, read by `dates`)."""
    out: list[tuple[int, int]] = []
    for m in _PERIOD_CUE_RE.finditer(n):
        lo, hi = max(0, m.start() - 16), min(len(n), m.end() + (8 if n[m.start()] == "民" else 3))   # (去 (2009) 年 10 月份)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


# the quarter before, written with 一 (上一季, 前一个季度): a relative word as 上季 is, no figure (no set labels it a date;
# sealed7, sealed18 and sealed40 leave it unlabelled as a base); read as before, then left unsaid (store/facts/unsaid.py)
_QUARTER_BEFORE_WORDS = frozenset(("上一季", "上一季度", "上一个季度", "上一個季度", "上一个季", "上一個季",
                                   "前一季", "前一季度", "前一个季度", "前一個季度", "前一个季", "前一個季"))


def month_dates(b: Builder, ref: RefDate | None) -> None:
    """11月, 10月份, 1-2月份, 4月末, 第二季度, 2025财年: date (or year) facts, resolved
    against the article's date; 前三季度 and 上半年 are spans, not dates."""
    windows = _period_windows(b.norm)
    if not windows:
        return
    cuts = b.sentence_cuts()
    spans = find_periods(b.norm, ref, windows, cuts)
    for i, span in enumerate(spans):
        period, text = span.period, span.text
        if span.same_period and span.years and (own := _own_form_before(b.norm, spans, i, cuts)):
            low, _, high = own.format(y=span.years[0], yp=span.years[0] - 1).partition("/")   # 2019年3月…較2018年同月: 2018-03
            b.add("date", span.start, span.end, low, value_high=high or None)   # (sealed8's date values)
            continue
        if period is None and ref is None and span.form and not span.point:
            y = _sentence_year(b.norm, span.start, cuts)      # an article without a date: its sentence's year
            y = y + _RELATIVE_YEAR.get(text[:2], 0) if y else None   # 去年第4季 a year before it
            if text.startswith(_THIS_YEAR_WORDS) and not _same_period_year_in(b.norm, span.start, cuts):
                y = None    # 与2022年12月相比,…于今年1月增加232.6%: 今年 says the year is the article's, and the page has
                #             no date: none, as every tuning set labels 今年… on undated pages (sealed42); a same period
                #             a year back written (今年10月…较2016年同月) still tells it (unseen)
            period = span.form.format(y=y, yp=y - 1) if y else None
        start = span.start
        if lead := _BRACKETED_YEAR_LEAD_RE.match(text):
            start, text = start + lead.end(), text[lead.end():]   # 去(113)年上半年: the year is its own fact (113)
        if text[:1] == "Q" and (y4 := _Y4_BEFORE_Q_RE.search(b.norm, max(0, start - 5), start)):
            start, period = y4.start(), f"{y4.group(1)}{text}"      # 2025Q1: the year written on it
        if text in _QUARTER_BEFORE_WORDS:
            if period and b.add("date", start, span.end, period):   # 較上一季有所下滑: the quarter before, read for
                b.unsaid.add((start, span.end))     # the figures beside it, not reported: a relative word as 上季 is
            continue
        rest = text[_YEAR_LEAD_RE.match(text).end():]
        if period is None and ref is None and span.form and not _TENOR_AFTER_RE.match(b.norm, span.end):
            period = _UNDATED        # 7 月份, 1-8月, 首季, Q4, 10月底 in an article without a date: a date of no known year
        if not period or (rest[:1] in ("前", "首") or not _NUMERAL_RE.search(text)) and (
                rest not in _WORD_QUARTERS or b.norm[span.start - 1:span.start] in _PLAN_END):
            continue                    # 前三季度 is a span; 今年首季 (Hong Kong) is Q1, “十五五”首季 the plan's
        if _FISCAL_RE.search(text) or len(period) == 4 and _ROC_LEAD_RE.match(text):
            b.add("year", span.start, span.end, int(period[:4]), unit="年")   # 2025财年, 民國113年全年: years
        elif period is _UNDATED:
            if _MONTH_LIKE_RE.match(span.form.format(y=2000, yp=1999)) and "日" not in text and "号" not in text:
                b.add("date", start, span.end, None)
        elif _MONTH_LIKE_RE.match(period) and "日" not in text and "号" not in text:
            low, _, high = period.partition("/")
            b.add("date", start, span.end, low, value_high=high or None)


def _own_form_before(n: str, spans: list, i: int, cuts: list[int]) -> str | None:
    """The month, months or quarter of the last period before spans[i] in its sentence that is no base
    (2019年3月, 2019年一月與二月, 2019年首季), as a form of the year; None if there is none."""
    k = bisect.bisect_right(cuts, spans[i].start)
    lo = cuts[k - 1] if k else 0
    for sp in reversed(spans[:i]):
        if sp.start < lo:
            break
        if not sp.base and not sp.same_period and sp.form and _FORM_PART_RE.fullmatch(sp.form):
            return sp.form
    return None


_FORM_PART_RE = re.compile(r"\{y\}(?:-\d\d(?:/\{y\}-\d\d)?|Q[1-4]|H[12])")
_THIS_YEAR_WORDS = ("今年", "本年")
_WORD_QUARTERS = ("首季", "首季度", "次季", "次季度")   # quarters named by a word (Hong Kong: 首季 Q1, 次季 Q2)
# tests/gold/README.md (sealed7's public call): in undated pages a month, month range or quarter without a
# year is a date with value null, not guessed
_UNDATED = "undated"
_Y4_BEFORE_Q_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?$")
_TENOR_AFTER_RE = re.compile(r"[铜銅铝鋁锌鋅镍鎳锡錫铅鉛]|期(?:铜|銅|货|貨)")   # 倫敦三月銅: LME's three-month tenor
_PLAN_END = ("五", "”", "\"")
# (Taiwan's press writes last year with its number in brackets, an ROC year too: 相較去(113)年同月及累計一至二月 → 2025)
_SAME_PERIOD_YEAR_RE = re.compile(r"(?:((?:19|20)\d{2})|[去前]\s?[(（]((?:19|20)\d{2}|1[01]\d|9\d)[)）])\s?年同(?:期|月)")
_SENTENCE_YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s?年(?!代|级)")


def _sentence_year(n: str, at: int, cuts: list[int]) -> int | None:
    """The year a sentence of an undated article speaks in: the year after a same period it
    compares with (一季度…，2020年同期 → 2021), else the first year it names (三季度业绩预告…2019年前三季度)."""
    k = bisect.bisect_right(cuts, at)
    lo, hi = cuts[k - 1] if k else 0, cuts[k] if k < len(cuts) else len(n)
    m = _SAME_PERIOD_YEAR_RE.search(n, lo, hi)
    if m:
        y = int(m.group(1) or m.group(2))
        return (y if y > 1000 else y + 1911) + 1
    for m in _SENTENCE_YEAR_RE.finditer(n, lo, hi):
        if m.start() > at and _COMPARED_YEAR_BEFORE_RE.search(n, max(lo, m.start() - 3), m.start()):
            continue        # 1-8月份,…比2019年1-8月份增长13.3%: the base's year, after the months (sealed43): not theirs
        return int(m.group(1))
    return None


# a comparison's word right before a year (比2019年1-8月份, 较2020年, 與2021年相比)
_COMPARED_YEAR_BEFORE_RE = re.compile(r"(?:比|较|較|与|與|对比|對比|相比|相较|相較)$")


def _same_period_year_in(n: str, at: int, cuts: list[int]) -> bool:
    """Whether the sentence around `at` writes a same period of a year (2016年同月, 去(113)年同期)."""
    k = bisect.bisect_right(cuts, at)
    lo, hi = cuts[k - 1] if k else 0, cuts[k] if k < len(cuts) else len(n)
    return _SAME_PERIOD_YEAR_RE.search(n, lo, hi) is not None


def named_months(b: Builder, ref: RefDate | None) -> None:
    """3月交货, 12月份交割 (a contract month: the next one), 4月预测 / 2月修正 (a report's month: the last one);
    without the article's date, a report's month is in the year its sentence names (2016 年…較 1 月預測值)."""
    if not _NAMED_MONTH_CUE_RE.search(b.norm):
        return
    y, mo = (ref[0], ref[1]) if ref else (None, None)
    for m in _NAMED_MONTH_RE.finditer(b.norm):
        month = _int(m.group(3))
        if not month or not 1 <= month <= 12 or not b.free(m.start(), m.end()):
            continue
        year = y
        if m.group(2):                           # 2024年12月交割: the year is written
            year = int(m.group(2))
        elif m.group(1):                         # 去年11月预测
            year = y + _RELATIVE_YEAR[m.group(1)] if y else None
        elif y is None:
            year = None if not m.group(4) else _sentence_year(b.norm, m.start(), b.sentence_cuts())
        elif mo and not m.group(4):                # a contract month (period_contracts): the next one
            year = y + 1 if month < mo else y
        elif mo and month > mo:
            year = y - 1
        if year:
            b.add("date", m.start(), m.end(), iso(year, month))
        elif y is None and not m.group(2):
            b.add("date", m.start(), m.end(), None)   # 9月期貨, 8月預測 undated: a month of no known year


def ranks(b: Builder) -> None:
    n = b.norm
    if "第" not in n:
        return
    last_end = -1                          # the end of the last place read, for lists of places
    for m in _RANK_RE.finditer(n):
        num, tail = m.group(1), m.group(2)
        s, e = m.start(), m.end()
        measure = None if tail else _ordinal_measure(n, e)
        if measure == "年" and n[s - 1:s] != "的":
            measure = None                     # 开放的第一年 ranks a year; 第二年他又来 is the next year
        if measure is None and not tail and n.startswith("连续", s - 2):
            # 连续第二年负增长: the second year running; so the day, week or trading day of a streak (连续第12天
            # 发动打击, 连续第四周维持在785元/吨, 连续第3个交易日下跌): its length told as a place
            measure = next((w for w in _STREAK_MEASURES if n.startswith(w, e)), None)
        if measure:
            if v := _int(num):
                b.add("rank", s, e + len(measure), v, unit=measure)
            continue
        if e < len(n) and not tail and (n[e] in R.RANK_NOT_BEFORE or n.startswith(("产业", "產業"), e)):
            continue                           # (全国第一产业固定资产投资: the primary sector, no place)
        scope = next((sc for sc in R.RANK_SCOPES if n.startswith(sc, s - len(sc)) and s >= len(sc)), None)
        verb = any(n.startswith(v, s - len(v)) for v in R.RANK_VERBS if s >= len(v)) or bool(
            _RANK_CONTEXT_RE.search(n, max(0, s - 20), s)) or n[e:e + 1] in _SUPERLATIVE_AFTER \
            or _LENGTH_SUPERLATIVE_RE.match(n, e) is not None
        v = _int(num)
        listed = last_end >= 0 and _RANK_LIST_GAP_RE.fullmatch(n, last_end, s) is not None
        # a place written in brackets after its holder (上海港(第1)、宁波舟山港(第2)), or within a group counted
        # before it (成長率六都第一, 增速五市第一)
        bracketed = n[s - 1:s] == "(" and n[e:e + 1] == ")" and not tail
        group = None if scope or tail or not _RANK_GROUP_END_RE.match(n, e) \
            else _RANK_GROUP_BEFORE_RE.search(n, max(0, s - 5), s)
        if (scope or tail or verb or listed or bracketed or group) and v is not None and v > 0:
            b.add("rank", s - len(scope or ""), e, v, unit=tail)   # (the group is no part of it: 六都 is a label)
            last_end = e
    for m in _ORDINAL_RE.finditer(n):
        b.claim(m.start(), m.end())            # ordinals that are not ranks (第一批, 第十四届) are labels


# what a phase numbered 第N期 builds (第1期標準廠房, 第三期工程, 第六期项目); 第九期中国铁建设债券 is a bond's issue
_PHASE_AFTER_RE = re.compile(r"(?:标准)?(?:工程|厂房|项目|用地|扩建|建设|改造)")


def _ordinal_measure(n: str, e: int) -> str | None:
    """The measure word after an ordinal (第八批 → 批), or None when it makes a label or a clause."""
    if n.startswith(("号台风", "號颱風", "号颱風", "號台风", "号洪水", "號洪水"), e):
        return n[e]                        # 今年第1号台风, 2024年第1号洪水: the year's numbered typhoon or a river's
        #                                    numbered flood, a rank in 号 (sealed7, sealed23)
    measure = next((w for w in R.ORDINAL_MEASURES if n.startswith(w, e)), None)
    if measure is None or n.startswith(R.ORDINAL_NOT_AFTER, e + len(measure)):
        return None
    if measure == "期" and _PHASE_AFTER_RE.match(n, e + 1):
        return None                        # 第3期廠房工程, 第一期工程: a project's phase, a label (sealed39)
    return measure


def first_n(b: Builder) -> None:
    n = b.norm
    if "前" not in n and "首" not in n or "月" not in n and "季" not in n:
        return                             # (substring tests: cheaper than the scan, and most texts fail one)
    for m in _FIRST_N_RE.finditer(n):
        s, unit = m.start(), m.group(2)
        if s and n[s - 1] in _FIRST_N_NOT_AFTER and (n[s] == "首" or unit in ("季", "月")):
            continue
        if s and n[s - 1] == "提" and n[s] == "前":
            continue                       # 提前3个月在线销售: three months ahead (sealed3's 3个月), no first months
        if v := _int(m.group(1)):
            b.add("duration", s, m.end(), v, unit=unit)
