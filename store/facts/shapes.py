"""Figures with a shape of their own, read before plain number tokens:
百分之X / 千分之X / 万分之X, fractions (三分之一, 五百分之二, 1/5: shares in percent), colon
ratios (2.5：1, 6.8:36.5:56.7), 翻了一番, 一年零三个月, clock spans (5小时42分,
3分30秒30), 2个半月 and 超过一半."""

from __future__ import annotations

import re
from decimal import Decimal

from .builder import Builder, clause_left, post_qualifier, pre_qualifier
from .numbers import NUMBER_PATTERN, divide, exact, parse_number
from .regex_edges import finditer_near
from .units import match_unit
from . import rules as R

_NUM = NUMBER_PATTERN
_PERCENT_PREFIX_RE = re.compile(rf"(负的?|(?<![\w%)）\]-])-)?(百分之|千分之|万分之|百分(?=[一二三四五六七八九十]))(?: (?=\d))?({_NUM})")
# (百分之 5 is typeset with a space; 百分三十 is said without 之 (百分百 is a trap: a slogan); 负的百分之二十 is −20 %;
# -百分之1 is −1 % where the dash follows no word: after one it joins a range or a name)
# 百分之 inside 五百分之二 is a denominator, not a percent sign
_NUMERAL_BEFORE = set("0123456789零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟")   # (3又壹千分之23)
_PERCENT_SCALE = {"百分之": 0, "千分之": -1, "万分之": -2, "百分": 0}
_FRACTION_RE = re.compile(rf"(?:({_NUM})又)?({_NUM})分之({_NUM})")
_FRACTION_HEAD_RE = re.compile(rf"(?:(?:{_NUM})又)?(?:{_NUM})$")
_SLASH_RE = re.compile(r"(?<![A-Za-z0-9./])(?<![\w%)）\]]-)(\d{1,3})/(\d{1,3})(?![A-Za-z0-9./%])")
# a sign before a share (负1/3, -1/5 where the dash follows no word) and a whole before it (1又1/5 = 1.2, a number)
_SLASH_SIGN_RE = re.compile(r"(?:(?<![不肩减担辜背抱自胜欠身正])负|(?<![\w%)）\]-])-)$")
_SLASH_WHOLE_RE = re.compile(r"(?<![\d.])(\d{1,4})又$")
_COLON_RE = re.compile(r"(?=\d)(?<![\d.:])(\d+(?:\.\d+)?)(?:\s?[:：︰∶]\s?\d+(?:\.\d+)?){1,4}(?![\d.:：︰∶])")
_COLON_PART_RE = re.compile(r"\d+(?:\.\d+)?")
_COLON_MARK_RE = re.compile("[:：︰∶]")      # (︰ U+FE30 and ∶ U+2236 are typeset ratio colons)


def _before_colon(n: str, k: int) -> int:
    """Where a ratio whose first colon is at k can start: the run of digits and points
    before it (and one space)."""
    i = k - 1 if k and n[k - 1].isspace() else k
    while i and (n[i - 1] == "." or n[i - 1].isdecimal()):
        i -= 1
    return i
# colons that are ratios: 城乡居民收入比2.5：1, 三次产业结构为6.8:36.5:56.7
# (a gap narrowed or widened to N:1 is a ratio too: 城乡居民收入差距缩小到3:1左右)
_RATIO_CONTEXT_RE = re.compile(r"比例|比值|之比|收入比|比为|比是|比达|比缩小|比扩大|比重|结构|构成|配比|比率|性别比|比约|比降|比由|比从"
                               r"|差距[^，。；]{0,6}(?:缩小|扩大|拉大|收窄)(?:到|至|为)")
_RATIO_AFTER_RE = re.compile(r"(?:的)?(?:配套|配比|比例|比重|匹配|分成|配资)")
_SCORE_CONTEXT_RE = re.compile(r"比分|战成|击败|战胜|负于|胜|以$|大比分|总比分|时间|于$")
_DOUBLINGS_RE = re.compile(r"翻了?(一|两|二|三|四|五|\d)番")
# a span written in two clock units is one duration in the smaller: 5小时42分 → 342 分,
# 3分30秒30 (a race time: minutes, seconds, hundredths) → 210.3 秒
_HOURS_MINUTES_RE = re.compile(rf"({_NUM})个?小时({_NUM})(分钟|分)(?![之钟])")
# (the last digits may be thousandths: short-track times 2分33秒148 → 153.148 秒; a time in three units,
# 2小时40分42秒 or a relay's 1小时12分38秒9, is one duration in seconds, no 160 分 and a stray 42 秒)
_MINUTES_SECONDS_RE = re.compile(r"(?<![\d.])(\d{1,3})分(\d{1,2})秒(\d{1,3}(?![\d.]))?")
_HMS_RE = re.compile(r"(?<![\d.])(\d{1,3})个?小时(\d{1,2})分钟?(\d{1,2})秒(\d{1,3}(?![\d.]))?")
# 2个半月 → 2.5 个月, 一个半小时 → 1.5 个小时
_AND_A_HALF_RE = re.compile(rf"({_NUM})个半(月|小时)")
# 超过一半 → more than 50 %: only with a qualifier (一半 alone is mostly a manner of speaking)
# (半数 too: 超半数产品, 过半数席位, 半数以上国家; 半数的哈马斯武装 without a qualifier stays words)
_HALF_RE = re.compile(r"(?<![一二三四五六七八九十两\d])(?:一半(?!一半)|半数|半數)")
_YEARS_MONTHS_RE = re.compile(r"([一二三四五六七八九十两]+|\d+)年(?:零|又)([一二三四五六七八九十]+|\d+)个月")


def percent_prefix(b: Builder) -> None:
    """百分之三十 → 30 %, 千分之五 → 0.5 %, 负千分之15 → −1.5 %."""
    if "分之" not in b.norm and "百分" not in b.norm:
        return
    for m in _PERCENT_PREFIX_RE.finditer(b.norm):
        s = m.start()
        if not m.group(1) and s and b.norm[s - 1] in _NUMERAL_BEFORE:
            continue
        p = parse_number(m.group(3))
        if not p:
            continue
        v = p.value.scaleb(_PERCENT_SCALE[m.group(2)])
        # 百分之三五, 百分之四五十: two neighbouring numerals said together are a rough range (3-5 %, 40-50 %), as
        # 三五年 is; read as its low end alone it was a wrong figure (3 %)
        if p.value_high is not None and m.group(1):
            continue                    # 负百分之三五: a falling rough range, no figure rather than −3 %
        hi = p.value_high.scaleb(_PERCENT_SCALE[m.group(2)]) if p.value_high is not None else None
        q, s = pre_qualifier(b.norm, s)
        q2, e = post_qualifier(b.norm, m.end())
        b.add("percent", s, e, v.copy_negate() if m.group(1) else v, unit="%", qualifier=q or q2 or p.approx, value_high=hi)


def fractions(b: Builder) -> None:
    n = b.norm
    k = n.find("分之")
    while k >= 0:
        # search backwards from each 分之 rather than scanning the whole text
        hm = _FRACTION_HEAD_RE.search(n, max(0, k - 24), k)
        if hm:
            m = _FRACTION_RE.match(n, hm.start())
            if m and not _NOT_SHARE_RE.match(n, m.end()):
                _fraction_fact(b, m)              # (八分之一决赛 is a round of a cup)
        k = n.find("分之", k + 2)
    if "/" not in n:
        return
    for m in _SLASH_RE.finditer(n):
        a, d = int(m.group(1)), int(m.group(2))
        if d == 0 or a >= d or m.group(1)[0] == "0" or _NOT_SHARE_RE.match(n, m.end()) or n[m.start() - 1:m.start()] == "第":
            continue            # 第4/3号决定, 女单1/4决赛, (02/27 10:17): a number, a round and a date, no share
        q, s = pre_qualifier(n, m.start())
        q2, e = post_qualifier(n, m.end())
        if w := _SLASH_WHOLE_RE.search(n, max(0, s - 5), s):
            b.add("ratio", w.start(), e, int(w.group(1)) + divide(a, d), qualifier=q2)    # 1又1/5
            continue
        if not q2 and (measured := _measure_after(n, m.end())):
            b.add(measured[1], s, measured[2], divide(a, d), unit=measured[0], qualifier=q)   # 1/4英里: 0.25 英里
            continue
        sign = _SLASH_SIGN_RE.search(n, max(0, s - 2), s) if q is None else None
        v = divide(a * 100, d)
        b.add("percent", sign.start() if sign else s, e, -v if sign else v, unit="%", qualifier=q or q2)   # 全国1/9的经济总量: 11.11 %


# a round of a cup (1/4决赛, 八分之一决赛) or a numbered decision (第4/3号决定) is no share
_NOT_SHARE_RE = re.compile(r"\s*(?:决赛|決賽|比赛|比賽|淘汰赛|号|號)")
_POINTS_AFTER_RE = re.compile(r"[个個]?百分[点點]")


def _measure_after(n: str, e: int) -> tuple[str, str, int] | None:
    """(unit, kind, end) of a measure written right after a fraction (1/4英里, 四分之三小时): the
    fraction is that much of the measure, not a share of a whole."""
    name = match_unit(n, e)
    kind = R.UNIT_KIND.get(name) if name else None
    if kind not in ("quantity", "duration"):
        return None
    return name, kind, e + len(name)


def _fraction_fact(b: Builder, m: re.Match[str]) -> None:
    den, numr = parse_number(m.group(2)), parse_number(m.group(3))
    if not den or not numr or not den.value:
        return
    whole = parse_number(m.group(1)) if m.group(1) else None
    v = divide(numr.value, den.value)
    if whole:
        v = whole.value - v if whole.value < 0 else whole.value + v   # 负一又二分之一 is −1.5
    q, s = pre_qualifier(b.norm, m.start())
    q2, e = post_qualifier(b.norm, m.end())
    if not q2 and not whole and (pm := _POINTS_AFTER_RE.match(b.norm, m.end())):
        b.add("points", s, pm.end(), v, unit=pm.group(0))                   # 四分之一個百分點 = 0.25 points
    elif not q2 and (measured := _measure_after(b.norm, m.end())):
        b.add(measured[1], s, measured[2], v, unit=measured[0], qualifier=q)   # 四分之三英寸: 0.75 英寸
    elif not whole:
        # a share of a whole is a percent (tests/gold/README.md): 三分之一 = 33.33 %, 五百分之二 = 0.4 %
        b.add("percent", s, e, divide(numr.value * 100, den.value), unit="%", qualifier=q or q2)
    else:
        b.add("ratio", s, e, v, qualifier=q or q2)                          # 三又五分之一 = 3.2, a number


def _is_ratio(n: str, m: re.Match[str], parts: list[str]) -> bool:
    left = clause_left(n, m.start(), 14)
    if _SCORE_CONTEXT_RE.search(left):
        return False
    if _RATIO_CONTEXT_RE.search(left):
        return True
    if _RATIO_AFTER_RE.match(n, m.end()):
        return True                                       # 给予1:1配套
    decimals = any("." in p for p in parts)
    clock = len(parts) == 2 and not decimals and len(parts[1]) == 2 and int(parts[0]) <= 24
    return decimals and not clock


def colon_ratios(b: Builder) -> None:
    """2.5：1 → 2.5 with its parts; three or more parts have no single value."""
    n = b.norm
    if ":" not in n and "：" not in n and "︰" not in n and "∶" not in n:
        return
    for m in finditer_near(_COLON_RE, n, _COLON_MARK_RE, _before_colon):   # the colons, not every digit
        parts = _COLON_PART_RE.findall(m.group(0))
        if not _is_ratio(n, m, parts):
            continue
        values = [Decimal(p) for p in parts]
        value = divide(values[0], values[1]) if len(values) == 2 and values[1] else None
        q, s = pre_qualifier(n, m.start())
        q2, e = post_qualifier(n, m.end())          # 3:1左右
        b.add("ratio", s, e, value, qualifier=q or q2,
              parts=[{"value": exact(v)[0], "text": t}
                     for v, t in zip(values, parts, strict=True)])


def half_tenth(b: Builder) -> None:
    """半成 = 5 % (半成品 is a product); 半个百分点 = 0.5 points (利率下调半个百分点, 近半個百分點); 半个月 = 0.5 个月."""
    k = b.norm.find("半成")
    while k >= 0:
        if not b.norm.startswith("半成品", k) and (k == 0 or b.norm[k - 1] not in _NUMERAL_BEFORE):
            q, s = pre_qualifier(b.norm, k)
            b.add("percent", s, k + 2, 5, unit="%", qualifier=q)
        k = b.norm.find("半成", k + 2)
    k = b.norm.find("半个月")
    while k >= 0:                             # 为期半个月, 半個月以來: half a month (上半个月 is a date's part)
        if k == 0 or b.norm[k - 1] not in _NUMERAL_BEFORE and b.norm[k - 1] not in "上下前后":
            q, s = pre_qualifier(b.norm, k)
            b.add("duration", s, k + 3, Decimal("0.5"), unit="个月", qualifier=q)
        k = b.norm.find("半个月", k + 3)
    k = b.norm.find("半个百分点")
    while k >= 0:                             # (一个半百分点 is another shape; 半 after a numeral is its half)
        if k == 0 or b.norm[k - 1] not in _NUMERAL_BEFORE:
            q, s = pre_qualifier(b.norm, k)
            b.add("points", s, k + 5, Decimal("0.5"), unit="个百分点", qualifier=q)
        k = b.norm.find("半个百分点", k + 5)


# an age in round centuries: 已有百年历史, 近千年歷史 (百年奋斗目标 is a slogan: no 历史 after it)
_CENTURIES_RE = re.compile(r"(?<=[有近逾超达達])([百千])年(?=的?(?:历史|歷史))")


def century_ages(b: Builder) -> None:
    """已有百年历史 → 100 年, 千年历史 → 1000 年."""
    if "年" not in b.norm or ("历史" not in b.norm and "歷史" not in b.norm):
        return
    for m in _CENTURIES_RE.finditer(b.norm):
        q, s = pre_qualifier(b.norm, m.start())
        b.add("duration", s, m.end(), 100 if m.group(1) == "百" else 1000, unit="年", qualifier=q)


# what has that age: the noun after 历史的 (已有百年历史的嘉业藏书楼是…: the library)
_AGED_NOUN_RE = re.compile(r"的?(?:历史|歷史)的([^，,。；;、！？\s]{2,12}?)(?=是|为|為|同样|同樣|已|仍|也|在|[，,。；;、]|$)")


def century_subjects(text: str, norm: str, facts: list) -> None:
    """A round century's age names what has it: 已有百年历史的嘉业藏书楼 → 嘉业藏书楼."""
    for f in facts:
        if f["kind"] == "duration" and f["surface"].endswith(("百年", "千年")) and (m := _AGED_NOUN_RE.match(norm, f["end"])):
            f["subject"] = text[m.start(1):m.end(1)]


def doublings(b: Builder) -> None:
    """翻一番 = ×2, 翻两番 = ×4."""
    if "番" not in b.norm:
        return
    for m in _DOUBLINGS_RE.finditer(b.norm):
        p = parse_number(m.group(1))
        if p is not None and 0 < p.value <= 10:
            b.add("multiple", m.start(), m.end(), 2 ** int(p.value), unit="倍")


def years_and_months(b: Builder) -> None:
    """一年零三个月 → 15 个月."""
    if "个月" not in b.norm:
        return
    for m in _YEARS_MONTHS_RE.finditer(b.norm):
        y, mo = parse_number(m.group(1)), parse_number(m.group(2))
        if y is not None and mo is not None and mo.value < 12:
            b.add("duration", m.start(), m.end(), y.value * 12 + mo.value, unit="个月")


def _seconds(whole: str, frac: str | None) -> Decimal:
    """33秒148 → 33.148: the digits after 秒 are its decimals."""
    return Decimal(whole) + (Decimal(frac).scaleb(-len(frac)) if frac else 0)


def clock_spans(b: Builder) -> None:
    """5小时42分 → 342 分, 3分30秒30 → 210.3 秒, 2小时40分42秒 → 9642 秒, 2个半月 → 2.5 个月."""
    n = b.norm
    if "小时" in n and "秒" in n:
        for m in _HMS_RE.finditer(n):
            mi, secs = Decimal(m.group(2)), _seconds(m.group(3), m.group(4))
            if mi < 60 and secs < 60:
                q, s = pre_qualifier(n, m.start())
                b.add("duration", s, m.end(), (Decimal(m.group(1)) * 60 + mi) * 60 + secs, unit="秒", qualifier=q)
    if "小时" in n:
        for m in _HOURS_MINUTES_RE.finditer(n):
            h, mi = parse_number(m.group(1)), parse_number(m.group(2))
            if h is not None and mi is not None and mi.value < 60:
                q, s = pre_qualifier(n, m.start())
                b.add("duration", s, m.end(), h.value * 60 + mi.value, unit=m.group(3), qualifier=q)
    if "秒" in n:
        for m in _MINUTES_SECONDS_RE.finditer(n):
            secs = _seconds(m.group(2), m.group(3))
            if secs < 60:
                b.add("duration", m.start(), m.end(), Decimal(m.group(1)) * 60 + secs, unit="秒")
    if "个半" in n:
        for m in _AND_A_HALF_RE.finditer(n):
            if (p := parse_number(m.group(1))) is not None:
                q, s = pre_qualifier(n, m.start())
                q2, e = post_qualifier(n, m.end())
                b.add("duration", s, e, p.value + Decimal("0.5"), unit="个" + m.group(2), qualifier=q or q2)


def half_share(b: Builder) -> None:
    """超过一半 / 近一半 / 一半以上 / 超半数 → 50 % with that qualifier."""
    n = b.norm
    if "一半" not in n and "半数" not in n and "半數" not in n:
        return
    for m in _HALF_RE.finditer(n):
        q, s = pre_qualifier(n, m.start())
        q2, e = post_qualifier(n, m.end())
        if q or q2:
            b.add("percent", s, e, 50, unit="%", qualifier=q or q2)
