"""Republic of China years (Taiwan): `民國113年`, `112年上半年`, `114年第1季`, `較110年`.

The ROC calendar counts from 1912: ROC year N is N + 1911.  `民國N年` is always
one; a bare three-digit `1NN年` is one in Taiwan text written in traditional
characters, or in Taiwan text reprinted in simplified ones that dates a month by such a year
(`110年8月营收…较109年同期成长11.97%`: no span of years has months) or compares with such a year's same
period (`3月营收较109年同期成长25.32%`), unless it counts years
(`100年來`, `逾100年`, `第100年`).  Taiwan's agencies also write it digit by digit in Chinese
numerals (`一一四年全年外銷訂單`, `較一一三年增加`), which read as a count of 114 years.

Years before ROC 100 (2011) have two digits (`76年`, `86~95年`): far more often a count of years (`成立50年`),
so such a year is read only in a text that writes ROC years (`民國`, a three-digit one) and only in the forms
that date: a month of it (`96年3月`), a range of such years (`76~85年平均增9.3%`, `86~105 年間`), the start a
figure grew from up to an ROC year (`由76年 1萬6,496元增至105年前10月`), a list of two (`94年及95年`) or one opening
its clause before the level it dates (`96年減少到170萬公噸`: cov54).
"""

from __future__ import annotations

import re

from .numbers import cn_digits, cn_int

ROC_OFFSET = 1911

# characters only traditional text writes (a few of them mark a Taiwan or Hong Kong text)
# (財政部委託…標售…公債, 開標結果: bond-auction notices hold few of the first ones, so 財託於標設結債 …)
_TRADITIONAL_ONLY = frozenset("經濟與為國會這們來時發過對應當實區產業長額億萬總計數價較據預測營灣臺處調戶統從個說員並關門開車"
                              "財託於標設結債務權證類聯資銀幣貨貿費買賣險際華")
_TRADITIONAL_NEEDED = 3
_BARE_CUE_RE = re.compile(r"1[0-3]\d\s?年")
_TRADITIONAL_RE = re.compile("[" + "".join(sorted(_TRADITIONAL_ONLY)) + "]")
# (the year also in Chinese numerals, 民国三年 = 1914, 民國元年 = 1912: Recognizers-Text's DatePeriodParser; a decade of
# them, 民國六十年代, is rewritten as 民國60年代 is, and read as no figure)
_NAMED_RE = re.compile(r"(?:民國|民国)\s*(\d{1,3}|元|[一二三四五六七八九十][〇零一二三四五六七八九十百]{0,4})(?=\s*年|\s*(?:及|和|與|与|、|至|到|[~～〜\-—－])\s*\d{2,3}\s*年)|(?<=[今去明本前][(（])(1[0-3]\d)(?=[)）]年)")   # 今(101)年, 本(113)年
# a bare ROC year (100 … 139 = 2011 … 2050) before 年, not inside a longer number
_BARE_RE = re.compile(r"(?<![\d.％%])(?<!\d[,，])(1[0-3]\d)(?=\s*年)")
# the first of a list or range of them whose last alone writes 年 (`105及107年度`, `105至107年`, `112、113年`)
_BARE_FIRST_RE = re.compile(r"(?<![\d.％%])(?<!\d[,，])(1[0-3]\d)\s*(?:及|和|與|与|、|至|到|[~～〜\-—－])\s*(1[0-3]\d)(?=\s*年)")
# after the year: it counts years (100年來, 100年以上, 100年歷史), or names an age or class
_SPAN_AFTER_RE = re.compile(r"\s*年(?:來|来|前|後|后|間|间|歷史|历史|以上|以下|之久|多|左右|內|内|代|級|级|老|輕|轻|齡|龄|期|的歷史|的历史)")
# (a range of ROC years ending in 年間 is the span they date: 86~105 年間; and 105年前10月 the first ten months
# of ROC 105, no 105 years ago)
_RANGE_SPAN_RE = re.compile(r"\s*年(?:間|间)")
_FIRST_MONTHS_RE = re.compile(r"\s*年前(?:1[01]|[2-9]|十[一二]?|[二三四五六七八九])[個个]?月")
# before the year: a count of years (逾100年, 近100年, 第100年, 每100年)
_SPAN_BEFORE = ("逾", "近", "超過", "超过", "達", "达", "第", "每", "約", "约", "長達", "长达", "過去", "过去", "滿", "满")


# … or written digit by digit in Chinese numerals (`一一四年`, `一○九年`: a count of years would have places, 一百一十四年)
_BARE_CN_RE = re.compile(r"(?<![一二三四五六七八九十百千○〇零两兩\d])一[○〇零一二三][○〇零一二三四五六七八九](?=\s*年)")


def _bare_candidate(text: str) -> bool:
    """Some 年 follows three digits 1[0-3]x (Arabic or Chinese)."""
    return _BARE_CUE_RE.search(text) is not None or ("一" in text and _BARE_CN_RE.search(text) is not None)


# a month dated by the year, or the year a figure is compared with as its same period (`3月营收较109年同期成长
# 25.32%`, `较108年同期则成长5,140亿元`: no span of years has a same period)
_MONTH_CUE_RE = re.compile(r"(?<![\d.])1[0-3]\d年(?:1[0-2]|[1-9])月|(?:较|較|比)\s?1[0-3]\d\s?年(?:同期|同月|同季)")


def _traditional(text: str) -> bool:
    """At least a few distinct traditional-only characters (one pass when there is none)."""
    first = _TRADITIONAL_RE.search(text)
    if first is None:
        return _MONTH_CUE_RE.search(text) is not None
    return len(set(_TRADITIONAL_RE.findall(text, first.start()))) >= _TRADITIONAL_NEEDED \
        or _MONTH_CUE_RE.search(text) is not None


# a two-digit ROC year in a dating form: a month of it, either end of a range of ROC years, or the start of a
# growth up to an ROC year
_TWO_MONTH_RE = re.compile(r"(?<![\d.％%~～〜\-—])(?<!\d[,，])([3-9]\d)(?=\s*年(?:1[0-2]|[1-9])月)")
_TWO_RANGE_RE = re.compile(r"(?<![\d.％%])(?<!\d[,，])([3-9]\d)\s*[~～〜\-—至到]\s*(?:([3-9]\d)|1[0-3]\d)(?=\s*年)")
_TWO_FROM_RE = re.compile(r"(?:由|自|從|从)\s*([3-9]\d)(?=\s*年[^。；;]{0,40}?(?:至|到)\s*1[0-3]\d\s*年)")
# (and, cov54, a list of two such years, `94年及95年時貨運量衰退幅度不大`, `96年及97年貨運量減少`, or one opening its
# clause before the level or move it dates, `96年減少到170萬8702公噸`, `97年再降為158萬7205公噸`: a span of 96 years
# neither lists nor falls)
_TWO_LIST_RE = re.compile(r"(?<![\d.％%~～〜\-—])(?<!\d[,，])([3-9]\d)\s*年?\s*(?:及|和|與|与|、)\s*([3-9]\d)(?=\s*年(?!來|来|前|後|后|間|间|以|多|內|内))")
_TWO_OPENING_RE = re.compile(r"(?:^|(?<=[，,。；;：:\n]))\s*([3-9]\d)(?=\s*年\s*(?:时|時)?(?:再|又|则|則|更|也|亦)?"
                             r"(?:减少|減少|增加|增至|降至|降为|降為|降到|升至|为|為|达|達|全年))")


def _two_digit_years(text: str) -> list[tuple[int, int, int]]:
    """(start, end, ROC year) of each two-digit ROC year in a dating form."""
    out = [(m.start(1), m.end(1), int(m.group(1))) for m in _TWO_MONTH_RE.finditer(text)]
    out += [(m.start(1), m.end(1), int(m.group(1))) for m in _TWO_FROM_RE.finditer(text)]
    out += [(m.start(1), m.end(1), int(m.group(1))) for m in _TWO_OPENING_RE.finditer(text)]
    for m in _TWO_LIST_RE.finditer(text):
        if 0 < int(m.group(2)) - int(m.group(1)) <= 10:
            out += [(m.start(1), m.end(1), int(m.group(1))), (m.start(2), m.end(2), int(m.group(2)))]
    for m in _TWO_RANGE_RE.finditer(text):
        if m.group(2) and int(m.group(2)) <= int(m.group(1)):
            continue                                    # 95-90年: no span of ROC years
        out.append((m.start(1), m.end(1), int(m.group(1))))
        if m.group(2):
            out.append((m.start(2), m.end(2), int(m.group(2))))
    return out


def _first_of_lists(text: str) -> list[tuple[int, int, int]]:
    """(start, end, ROC year) of the first year of `105及107年度`, `105至107年`: the last one dates (it is no count
    of years: 120至130年歷史), and the first is no later than it."""
    out = []
    for m in _BARE_FIRST_RE.finditer(text):
        if int(m.group(1)) <= int(m.group(2)) and not _SPAN_AFTER_RE.match(text, m.end()) \
                and not any(text.startswith(w, m.start() - len(w)) for w in _SPAN_BEFORE):
            out.append((m.start(1), m.end(1), int(m.group(1))))
    return out


def _roc_number(s: str) -> int | None:
    """The ROC year written after 民國: digits, 元 (the first year) or a Chinese numeral (三, 三十八, 一百零五)."""
    return int(s) if s.isdigit() else 1 if s == "元" else cn_int(s)


# … named in Chinese numerals in brackets right after a relative year (`去年(九十七年)最低錄取分數`, `去(一○八)年`:
# cov51 — read without this, 97 年 was a duration of 97 years; 民國九十七年 is read above)
_NAMED_CN_RE = re.compile(r"(?:[(（](?<=[今去明本前]年[(（])|[(（](?<=[今去明本前][(（]))"
                          r"([一二三四五六七八九十百零〇○]{2,5})(?=\s*年|[)）]年)")


def _named_cn(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _NAMED_CN_RE.finditer(text):
        num = m.group(1)
        value = cn_digits(num.replace("○", "〇")) if not any(c in num for c in "十百") else _places(num)
        if value and 1 <= value <= 140:
            out.append((m.start(1), m.end(), str(value + ROC_OFFSET)))
    return out


def _places(num: str) -> int | None:
    from .numbers import cn_int
    return cn_int(num.replace("○", "零").replace("〇", "零"))


def roc_year_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, Gregorian year) for each ROC year in `text` (the digits, with 民國)."""
    named = "民國" in text or "民国" in text or ")年" in text or "）年" in text or "年(" in text or "年（" in text
    if not named and (not _bare_candidate(text) or not _traditional(text)):
        return []                               # the usual case: no ROC year can be written
    out = [(m.start(), m.end(), str(y + ROC_OFFSET))
           for m in _NAMED_RE.finditer(text) if (y := _roc_number(m.group(m.lastindex)))] if named else []
    if named:
        taken = [(s, e) for s, e, _ in out]
        out += [x for x in _named_cn(text) if not any(s < x[1] and x[0] < e for s, e in taken)]
    if not _traditional(text):
        return out
    named = {e for _, e, _ in out}
    bare = [(m.start(), m.end(), int(m.group(1))) for m in _BARE_RE.finditer(text)]
    bare += _first_of_lists(text)
    if "一" in text:
        bare += [(m.start(), m.end(), cn_digits(m.group(0)) or 0) for m in _BARE_CN_RE.finditer(text)]
    ranges = {m.end() for m in _TWO_RANGE_RE.finditer(text)} if "年" in text else set()
    for s, e, year in bare:
        if e in named or (_SPAN_AFTER_RE.match(text, e) and not (e in ranges and _RANGE_SPAN_RE.match(text, e))
                          and not _FIRST_MONTHS_RE.match(text, e)):
            continue
        if any(text.startswith(w, s - len(w)) for w in _SPAN_BEFORE):
            continue
        out.append((s, e, str(year + ROC_OFFSET)))
    if out and any(c.isdigit() for c in text):          # a text that writes ROC years: its two-digit ones
        taken = {s for s, _, _ in out}
        out += [(s, e, str(y + ROC_OFFSET)) for s, e, y in _two_digit_years(text) if s not in taken]
    return sorted(set(out))
