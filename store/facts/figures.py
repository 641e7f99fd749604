"""Fact extractor: every figure a Chinese news text states, as fact records.

Pipeline (all on a length-preserving normalized copy of the text):
1. special shapes first — 百分之X, X分之Y, a/b, dates, year ranges, years, ranks,
   前三季度 — each claims its span;
2. every remaining number token is classified by the unit that follows it
   (tables in fact_rules), with qualifiers, ranges and traps;
3. enrichment: clause, subject, period, change.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from . import rules as R
from .numbers import NUMBER_PATTERN, NUMBER_RE, Parsed, normalize, parse_number

Fact = dict[str, Any]

_NUM = NUMBER_PATTERN

_PERCENT_PREFIX_RE = re.compile(rf"(负)?(百分之|千分之|万分之)({_NUM})")
_FRACTION_RE = re.compile(rf"(?:({_NUM})又)?({_NUM})分之({_NUM})")
_FRACTION_HEAD_RE = re.compile(rf"(?:(?:{_NUM})又)?(?:{_NUM})$")
_SLASH_RE = re.compile(r"(?<![A-Za-z0-9./\-])(\d{1,3})/(\d{1,3})(?![A-Za-z0-9./%])")
_YEAR = r"(?:1[89]\d{2}|20\d{2}|[一二〇零][〇零一二三四五六七八九]{3})"
_DATE_RE = re.compile(
    rf"(?<![\d.])(?=[\d一二三四五六七八九十〇零])(?:({_YEAR})年)?(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月"
    rf"(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[日号]"
)
_ISO_DATE_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])")
_YEAR_MONTH_RE = re.compile(rf"(?<![\d.])({_YEAR})年(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月(?!份?[-—~至到\d])")
_MD = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
_RANGE_DASH = r"\s*(?:-|—|–|~|～|至|到)\s*"
# 6月23日—29日, 7月2日至3日, 12月3-5日, 2024年6月30日至7月2日
_DAY_RANGE_RE = re.compile(
    rf"(?<![\d.])(?=[\d一二三四五六七八九十〇零])(?:({_YEAR})年)?{_MD}月{_MD}日?{_RANGE_DASH}(?:{_MD}月)?{_MD}[日号]")
# 2024年3月—8月, 2024年1月至11月, 2023年11月至2024年2月
_MONTH_RANGE_RE = re.compile(
    rf"(?<![\d.])(?=[12一二])({_YEAR})年{_MD}月份?{_RANGE_DASH}(?:({_YEAR})年)?{_MD}月(?!\d|[一二三四五六七八九十]|份?\d)")
# a day of the month alone: 记者11日获悉, 30日和31日 (Arabic only: 三日 is usually "three days")
_DAY_RE = re.compile(r"(?<![\d.\-/:：月第号])(\d{1,2})日(?!游|均|内|以内|之内|后|以后|之后|元|间|常|益|趋|本|报|制|薪|程|左右|多|前|起算)")
_DAY_NOT_AFTER = ("近", "连续", "每", "约", "超", "逾", "多", "数", "几", "前", "共", "历时", "用时", "为期", "仅", "只",
                  "达", "第", "持续", "长达", "不到", "不足", "提前", "推迟", "延长", "缩短", "后", "内")
_FUTURE_RE = re.compile(r"将|定于|预计|计划|拟|即将|下周|下月")
_YEAR_RANGE_RE = re.compile(rf"(?<![\d.])({_YEAR})年?\s*(?:-|—|–|~|至|到)\s*({_YEAR})年")
_YEAR_RE = re.compile(rf"(?<![\d.])({_YEAR})年(?![级代])")
_RANK_RE = re.compile(r"第(\d+|[一二三四五六七八九十]+)(名|位)?")
_FIRST_N_RE = re.compile(r"前(\d{1,2}|[一二三四五六七八九十]{1,2})(季度|个季度|个月)")
_PERIOD_RE = re.compile(r"(?=[今去明前全上下一二三四五六七八九十0-9第近“])(?:" + R.PERIOD_PATTERN + ")")
_RANGE_CONNECT_RE = re.compile(r"\s*(~|～|〜|--|-|——|—|–|至|到)\s*")
_BETWEEN_RE = re.compile(r"与")
_CENTS_RE = re.compile(r"(?:([零一二两三四五六七八九\d壹贰叁肆伍陆柒捌玖])[角毛])?(?:([零一二三四五六七八九\d壹贰叁肆伍陆柒捌玖])分)?(钱|整)?")
_HANZI_RE = re.compile(r"[\u4e00-\u9fff]")
_FINANCIAL_ONLY = set("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億幺")
_MAG_ONLY_RE = re.compile(r"^[千万亿百萬億]+$")
_BARE_MAG_RE = re.compile(r"[万亿萬億]")


def _num(s: str) -> Parsed | None:
    return parse_number(s)  # short alias: the rules below call it a lot


def _value_of(s: str) -> float | int | None:
    p = parse_number(s)
    return p.value if p else None


class _Builder:
    """Collects candidate facts and which offsets they claim."""

    def __init__(self, text: str, norm: str) -> None:
        self.text = text
        self.norm = norm
        self.taken = bytearray(len(text))
        self.facts: list[Fact] = []

    def free(self, s: int, e: int) -> bool:
        return not any(self.taken[s:e])

    def add(self, kind: str, s: int, e: int, value: Any, *, unit: str | None = None,
            qualifier: str | None = None, value_high: Any = None, claim: tuple[int, int] | None = None) -> None:
        cs, ce = claim or (s, e)
        if not self.free(cs, ce):
            return
        for i in range(cs, ce):
            self.taken[i] = 1
        self.facts.append({
            "kind": kind, "surface": self.text[s:e], "value": value, "value_high": value_high,
            "unit": unit, "qualifier": qualifier, "subject": None, "period": None,
            "change": None, "clause": "", "start": s, "end": e,
        })


# --- step 1: special shapes ---------------------------------------------------------

_PREQ_LAST = {q[-1] for q, _ in R.PRE_QUALIFIERS}
_CUR_LAST = {c[-1] for c in R.CURRENCY_PREFIXES} | {" "}


def _pre_qualifier(norm: str, s: int, bare_mag: bool = False) -> tuple[str | None, int]:
    """Qualifier written right before offset s: (qualifier, new start of surface)."""
    if s == 0 or norm[s - 1] not in _PREQ_LAST:
        return None, s
    for q, in_surface in R.PRE_QUALIFIERS:
        if norm.startswith(q, s - len(q)) and s - len(q) >= 0:
            if q in R.QUALIFIERS_ONLY_FOR_BARE_MAG and not bare_mag:
                continue
            return q, (s - len(q) if in_surface else s)
    return None, s


def _post_qualifier(norm: str, e: int) -> tuple[str | None, int]:
    for q in R.POST_QUALIFIERS:
        if norm.startswith(q, e):
            if q == "多" and e + 1 < len(norm) and _HANZI_RE.match(norm[e + 1] or "") and norm[e + 1] not in "的来了":
                continue      # 多 before a noun is 多家/多个 … not our qualifier (两年多的时间 is)
            return q, e + len(q)
    return None, e


def _percent_prefix(b: _Builder) -> None:
    if "分之" not in b.norm:
        return
    scale = {"百分之": 1, "千分之": 0.1, "万分之": 0.01}
    unit = {"百分之": "%", "千分之": "‰", "万分之": "‱"}
    for m in _PERCENT_PREFIX_RE.finditer(b.norm):
        p = _num(m.group(3))
        if not p:
            continue
        v = p.value * scale[m.group(2)] * (-1 if m.group(1) else 1)
        q, s = _pre_qualifier(b.norm, m.start())
        q2, e = _post_qualifier(b.norm, m.end())
        b.add("percent", s, e, _round(v), unit=unit[m.group(2)], qualifier=q or q2 or p.approx)


def _fractions(b: _Builder) -> None:
    n = b.norm
    k = n.find("分之")
    while k >= 0:
        # search backwards from each 分之 rather than scanning the whole text
        lo = max(0, k - 24)
        hm = _FRACTION_HEAD_RE.search(n, lo, k)
        if hm:
            m = _FRACTION_RE.match(n, hm.start())
            if m and m.start() == hm.start():
                _fraction_fact(b, m)
        k = n.find("分之", k + 2)
    if "/" not in n:
        return
    for m in _SLASH_RE.finditer(b.norm):
        a, d = int(m.group(1)), int(m.group(2))
        if d == 0 or a >= d * 10:
            continue
        q, s = _pre_qualifier(b.norm, m.start())
        q2, e = _post_qualifier(b.norm, m.end())
        b.add("ratio", s, e, _round(a / d), qualifier=q or q2)


def _fraction_fact(b: _Builder, m: re.Match[str]) -> None:
    den, numr = _num(m.group(2)), _num(m.group(3))
    if not den or not numr or not den.value:
        return
    w = _num(m.group(1)) if m.group(1) else None
    v = (w.value if w else 0) + numr.value / den.value
    q, s = _pre_qualifier(b.norm, m.start())
    q2, e = _post_qualifier(b.norm, m.end())
    b.add("ratio", s, e, _round(v), qualifier=q or q2)


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _iso(y: int | None, mo: int, d: int | None = None) -> str | None:
    if not 1 <= mo <= 12 or (d is not None and not 1 <= d <= _MONTH_DAYS[mo - 1]):
        return None
    if d == 29 and mo == 2 and y and (y % 4 or (y % 100 == 0 and y % 400)):
        return None
    ys = f"{y:04d}" if y else "-"
    return f"{ys}-{mo:02d}" + (f"-{d:02d}" if d is not None else "")


def _date_ranges(b: _Builder, year: int | None) -> None:
    """Spans of days and of months: one range fact with ISO ends."""
    if "月" not in b.norm:
        return
    for m in _MONTH_RANGE_RE.finditer(b.norm):
        y1 = _value_of(m.group(1))
        y2 = _value_of(m.group(3)) if m.group(3) else y1
        m1, m2 = _value_of(m.group(2)), _value_of(m.group(4))
        if not (y1 and y2 and m1 and m2):
            continue
        lo, hi = _iso(int(y1), int(m1)), _iso(int(y2), int(m2))
        if lo and hi and lo < hi:
            b.add("range", m.start(), m.end(), lo, value_high=hi, unit="月")
    for m in _DAY_RANGE_RE.finditer(b.norm):
        y = _value_of(m.group(1)) if m.group(1) else year
        mo, d1 = _value_of(m.group(2)), _value_of(m.group(3))
        mo2 = _value_of(m.group(4)) if m.group(4) else mo
        d2 = _value_of(m.group(5))
        if None in (mo, d1, mo2, d2):
            continue
        lo = _iso(int(y) if y else None, int(mo), int(d1))           # type: ignore[arg-type]
        hi = _iso(int(y) if y else None, int(mo2), int(d2))          # type: ignore[arg-type]
        if lo and hi and lo < hi:
            b.add("range", m.start(), m.end(), lo, value_high=hi, unit="日")


def _days(b: _Builder, ref: tuple[int, int, int] | None) -> None:
    """A day of the month alone (记者3日获悉): month from a date just before it, else the article date."""
    n = b.norm
    if "日" not in n:
        return
    recent: list[tuple[int, str]] = [(f["end"], f["value"]) for f in b.facts
                                     if f["kind"] == "date" and isinstance(f["value"], str) and len(f["value"]) == 10]
    recent.sort()
    for m in _DAY_RE.finditer(n):
        s, e = m.start(), m.end()
        if not b.free(s, e) or any(n.startswith(w, s - len(w)) for w in _DAY_NOT_AFTER):
            continue
        d = int(m.group(1))
        if not 1 <= d <= 31:
            continue
        iso = None
        k = bisect.bisect_right(recent, (s, "~")) - 1
        if k >= 0 and s - recent[k][0] <= 6 and re.fullmatch(r"[\s和、及与至到\-—~或、,，]*", n[recent[k][0]:s]):
            iso = _iso(int(recent[k][1][:4]), int(recent[k][1][5:7]), d) if recent[k][1][0] != "-" else None
        elif ref:
            y, mo, rd = ref
            if d > rd + 1 and not _FUTURE_RE.search(n, max(0, s - 6), s):
                y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)   # news reports the past: 28日 in a 07-04 story is 06-28
            iso = _iso(y, mo, d)
        if iso:
            b.add("date", s, e, iso)
            bisect.insort(recent, (e, iso))


def _dates(b: _Builder, year: int | None) -> None:
    if "年" not in b.norm and "月" not in b.norm and "-" not in b.norm and "/" not in b.norm and "." not in b.norm:
        return
    for m in _ISO_DATE_RE.finditer(b.norm):
        iso = _iso(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if iso:
            b.add("date", m.start(), m.end(), iso)
    for m in _DATE_RE.finditer(b.norm):
        y = _value_of(m.group(1)) if m.group(1) else year
        mo, d = _value_of(m.group(2)), _value_of(m.group(3))
        if mo is None or d is None:
            continue
        iso = _iso(int(y) if y else None, int(mo), int(d))
        if iso:
            b.add("date", m.start(), m.end(), iso)
    for m in _YEAR_MONTH_RE.finditer(b.norm):
        y, mo = _value_of(m.group(1)), _value_of(m.group(2))
        if y and mo and (iso := _iso(int(y), int(mo))):
            b.add("date", m.start(), m.end(), iso)
    for m in _YEAR_RANGE_RE.finditer(b.norm):
        y1, y2 = _value_of(m.group(1)), _value_of(m.group(2))
        if y1 and y2 and y1 < y2:
            b.add("range", m.start(), m.end(), int(y1), value_high=int(y2), unit="年")
    for m in _YEAR_RE.finditer(b.norm):
        y = _value_of(m.group(1))
        if y and 1800 <= y <= 2100:
            b.add("year", m.start(), m.end(), int(y), unit="年")


def _ranks(b: _Builder) -> None:
    n = b.norm
    if "第" not in n:
        return
    for m in _RANK_RE.finditer(n):
        num, tail = m.group(1), m.group(2)
        s, e = m.start(), m.end()
        if e < len(n) and not tail and n[e] in R.RANK_NOT_BEFORE:
            continue
        scope = next((sc for sc in R.RANK_SCOPES if n.startswith(sc, s - len(sc)) and s >= len(sc)), None)
        verb = any(n.startswith(v, s - len(v)) for v in R.RANK_VERBS if s >= len(v))
        if not (scope or tail or verb):
            continue
        v = _value_of(num)
        if v is None or v <= 0:
            continue
        b.add("rank", s - len(scope or ""), e, int(v), unit=tail)
    for m in re.finditer(rf"第(?:{_NUM})", n):
        # ordinals that are not ranks (第一批, 第十四届) are labels, never counts
        for i in range(m.start(), m.end()):
            b.taken[i] = 1


def _first_n(b: _Builder) -> None:
    for m in _FIRST_N_RE.finditer(b.norm):
        v = _value_of(m.group(1))
        if v:
            b.add("duration", m.start(), m.end(), int(v), unit=m.group(2))


# --- step 2: number tokens ------------------------------------------------------------

def _match_unit(norm: str, pos: int) -> str | None:
    if pos >= len(norm):
        return None
    for u in R.UNIT_INDEX.get(norm[pos], ()):
        if norm.startswith(u, pos):
            after = norm[pos + len(u): pos + len(u) + 1]
            if after and after in R.UNIT_NOT_BEFORE.get(u, ""):
                continue
            if u.isascii() and u[0].isalpha() and after and (after.isascii() and after.isalnum()):
                continue      # 5Gbps, 3mm? longer ASCII word: not this unit
            return u
    return None


def _classify(unit: str | None, norm: str, end: int) -> str | None:
    if unit is None:
        return None
    kind = R.UNIT_KIND[unit]
    if unit == "块":
        nxt = norm[end:end + 2]
        kind = "money" if (nxt.startswith("钱") or nxt.startswith("以") or end >= len(norm)) else "count"
    return kind


def _money_context(norm: str, s: int, e: int) -> bool:
    lo = max(0, s - 14)
    left = norm[lo:s]
    cut = max(left.rfind(c) for c in "，。；！？,;!?\n")
    if cut >= 0:
        left = left[cut + 1:]
    right = re.split(r"[，。；！？,;!?\n]", norm[e:e + 5], maxsplit=1)[0]
    return bool(R.MONEY_CONTEXT_RE.search(left) or R.MONEY_CONTEXT_RE.search(right))


def _is_one(tok: str) -> bool:
    return tok in ("一", "壹", "幺")


def _round(v: float | int) -> float | int:
    if isinstance(v, float):
        r = round(v, 9)
        return int(r) if r == int(r) and abs(r) < 1e16 else float(f"{v:.12g}")
    return v


def _numbers(b: _Builder) -> None:
    n = b.norm
    toks = [m for m in NUMBER_RE.finditer(n)]
    skip_next = False
    for i, m in enumerate(toks):
        if skip_next:
            skip_next = False
            continue
        s, e, tok = m.start(), m.end(), m.group(0)
        if not b.free(s, e):
            continue
        # 2.3千克 / 一百千瓦: the 千 belongs to the unit
        if tok.endswith(("千", "仟")) and n[e:e + 1] in ("克", "米", "瓦", "伏") and len(tok) > 1:
            e -= 1
            tok = tok[:-1]
        p = _num(tok)
        if p is None:
            continue
        if s and R.ASCII_LETTER.match(n[s - 1]) and not _currency_prefix(n, s):
            continue
        if s and n[s - 1] in "几数" and not tok[0].isdigit():   # 几十万, 数百家: vague
            continue
        if p.form == "digits" and not n.startswith("年", e):
            continue
        if s and n[s - 1] in ".·" and tok[0].isdigit():
            continue
        # range with the next token
        rng = _try_range(b, toks, i, p, e)
        if rng:
            skip_next = True
            continue
        _single(b, s, e, tok, p)


def _currency_prefix(n: str, s: int) -> str | None:
    if s == 0 or n[s - 1] not in _CUR_LAST:
        return None
    for c in R.CURRENCY_PREFIXES:
        k = s - len(c)
        if k >= 0 and n.startswith(c, k):
            return c
        if k - 1 >= 0 and n.startswith(c, k - 1) and n[s - 1] == " ":
            return c
    return None


def _unit_after(n: str, e: int, p: Parsed) -> tuple[str | None, str | None, int]:
    """(post-approx, unit, end) after a number."""
    approx = None
    if e < len(n) and n[e] in "多余几" and p.approx is None:
        u = _match_unit(n, e + 1)
        if u:
            return n[e], u, e + 1 + len(u)
        approx = n[e]
        if n[e] == "几":
            return None, None, e
        return approx, None, e + 1
    u = _match_unit(n, e)
    if u:
        return None, u, e + len(u)
    return None, None, e


def _try_range(b: _Builder, toks: list[re.Match[str]], i: int, p: Parsed, e: int) -> bool:
    n = b.norm
    if i + 1 >= len(toks):
        return False
    a_approx, a_unit, a_end = _unit_after(n, e, p)
    c = _RANGE_CONNECT_RE.match(n, a_end)
    between = False
    if not c:
        c = _BETWEEN_RE.match(n, a_end)
        between = bool(c)
        if not c:
            return False
    nxt = toks[i + 1]
    if nxt.start() != c.end() or not b.free(nxt.start(), nxt.end()):
        return False
    tok2 = nxt.group(0)
    if tok2.startswith("-"):
        return False
    p2 = _num(tok2)
    if p2 is None or p2.form == "digits":
        return False
    b_approx, b_unit, b_end = _unit_after(n, nxt.end(), p2)
    if between:
        if not n.startswith("之间", b_end):
            return False
        b_end += 2
    if a_unit and b_unit and a_unit != b_unit:
        return False
    unit = b_unit or a_unit
    low, high = p.value, p2.value
    # 两到三万, 十八至三十万, 一千到两千万: the first number borrows the second's magnitude
    low = _borrow_magnitude(low, toks[i].group(0), tok2, high, bool(a_unit))
    if not low < high:
        return False
    if unit is None and not between:
        both_cn = not tok2[0].isdigit() and not toks[i].group(0)[0].isdigit()
        if not both_cn:
            return False
    kind_unit = _classify(unit, n, b_end) if unit else None
    if unit == "点" and high <= 24 and "." not in toks[i].group(0) + tok2:
        return False                       # 9点到12点 is a time span
    if unit in ("月", "日") or (kind_unit == "count" and (not float(low).is_integer())):
        return False
    q, s = _pre_qualifier(n, toks[i].start())
    q2, end = _post_qualifier(n, b_end)
    b.add("range", s, end, _round(low), unit=unit, qualifier=q or q2, value_high=_round(high))
    return True


def _borrow_magnitude(low: float, tok1: str, tok2: str, high: float, a_has_unit: bool) -> float:
    if a_has_unit or tok2[-1:].isdigit():
        return low
    big = re.search(r"[万亿萬億]+$", tok2)
    if big and not re.search(r"[万亿萬億]", tok1):
        p = 1
        for ch in big.group(0):
            p *= 10**4 if ch in "万萬" else 10**8
        if low * p < high:
            return low * p
        return low
    small = re.search(r"[千百仟佰]$", tok2)
    if small and low < 10 and not re.search(r"[千百仟佰十拾]", tok1):
        p = 1000 if small.group(0) in "千仟" else 100
        if low * p < high:
            return low * p
    return low


def _single(b: _Builder, s: int, e: int, tok: str, p: Parsed) -> None:
    n = b.norm
    approx = p.approx
    mag_only = bool(_MAG_ONLY_RE.match(tok))
    cur = _currency_prefix(n, s)
    post_approx, unit, end = _unit_after(n, e, p)
    approx = approx or post_approx
    spoken_mag = False
    pk = None
    if unit == "个" and n[end:end + 1] in ("亿", "万") and not tok[0].isdigit():
        # 两个亿 (spoken): the 个 sits between numeral and magnitude
        mag = 10**8 if n[end] == "亿" else 10**4
        p = Parsed(p.value * mag, p.approx, p.form)
        spoken_mag = True
        e = end + 1
        post_approx, unit, end = _unit_after(n, end + 1, p)
    if unit == "点":
        pk = _index_point(n, s, e, tok, p)
        if pk is None:
            return
        if pk == "count":
            unit = "点"
    if unit is None and n.startswith("级", e):
        unit, end = _grade_unit(n, s, e)
    if _person_name(n, s, tok, unit, end):
        return
    kind = _classify(unit, n, end) if unit != "级" else "quantity"
    if unit == "点" and pk == "count":
        kind = "count"                                    # 提出3点意见
    if spoken_mag and unit is None:
        kind = "money" if _money_context(n, s, e) else "quantity"
    if cur and unit is None:
        kind, unit = "money", cur
        pre_s = s - len(cur) if n.startswith(cur, s - len(cur)) else s - len(cur) - 1
    else:
        pre_s = None
    if unit is not None and unit.isascii() and unit[0].isalpha() and not tok[0].isdigit():
        return
    if unit is None and end < len(n) and R.ASCII_LETTER.match(n[end]) and not cur:
        return                                           # 5G, 4K, M9 …
    if unit in R.ARABIC_ONLY_UNITS and not tok[0].isdigit():
        return
    if unit == "成" and (tok[0].isdigit() or len(tok) > 2 or _HANZI_RE.match(n[end:end + 1] or "x")
                        and not n.startswith(("以", "左", "多", "的", "是", "为"), end)):
        return
    if unit == "大" and (tok[0].isdigit() or p.value < 2 or p.value > 20):
        return
    if len(tok) == 1 and tok in _FINANCIAL_ONLY:
        return                                            # 拾起, 陆地, 伍仁: words
    if tok in ("零", "〇", "○"):
        return
    half = n[end:end + 1] == "半" and kind in ("quantity", "duration", "money", "multiple")
    if _is_one(tok) and kind in R.ONE_IS_ARTICLE_KINDS and not half:
        return
    if half:
        p = Parsed(p.value + 0.5, p.approx, p.form)        # 一吨半, 一年半
        end += 1
    if unit == "成":
        p = Parsed(_round(p.value * 10), p.approx, p.form)  # 九成 = 90%
    if kind == "duration" and unit in ("季度",):
        return                                            # 三季度 is Q3
    if unit == "日" and kind == "duration" and not (
            p.value > 31 or any(n.startswith(w, s - len(w)) for w in ("近", "连续", "超过", "超", "逾", "不到", "历时", "为期"))):
        return                                            # 25日 is a day of the month (see _days)
    if kind == "count" and isinstance(p.value, float) and not p.value.is_integer() and p.form == "arabic":
        return                                            # 2.2本 is a section number
    q, qs = _pre_qualifier(n, s, bare_mag=mag_only)
    if mag_only and tok != "十" and q is None:
        return                                            # 千家万户, 百万人才, 万亿级
    if kind == "duration" and unit == "年" and isinstance(p.value, int) and 1800 <= p.value <= 2100 and p.form != "chinese":
        return                                            # years are handled by _dates
    if unit is None and kind is None:
        has_q = bool(q or approx or _post_qualifier(n, e)[0])
        kind = _bare_kind(n, s, e, tok, p, has_q)
        if kind is None:
            return
        if end > e and approx is None:
            end = e
    if kind is None:
        return
    if unit in ("元", "圆", "块", "块钱"):
        cm = _CENTS_RE.match(n, end)
        if cm and cm.end() > end:
            jiao = _value_of(cm.group(1)) if cm.group(1) else 0
            fen = _value_of(cm.group(2)) if cm.group(2) else 0
            if jiao is not None and fen is not None:
                p = Parsed(_round(p.value + jiao / 10 + fen / 100), p.approx, p.form)
                end = cm.end()
    if n.startswith("(含)", end) or n.startswith("（含）", end):
        q3, end3 = _post_qualifier(n, end + 3)
        if q3:
            end = end3
            q = q or q3
    q2, end = _post_qualifier(n, end)
    start = pre_s if pre_s is not None else qs
    v = p.value
    if approx in ("多", "余", "几") and q2 == "多":
        q2 = None
    b.add(kind, start, end, v, unit=unit, qualifier=q or approx or q2, value_high=p.value_high,
          claim=(min(start, s), end))


_TIME_OF_DAY_RE = re.compile(r"上午|下午|中午|晚上|早上|凌晨|傍晚|晚|早|夜里|夜间|每天|次日|当天|今天|明天|昨天|日\s*$|\d点[到至\-—~]$")
_INDEX_CONTEXT_RE = re.compile(r"指数|成指|[上深]证|恒生|道指|道琼斯|纳斯达克|标普|日经|股指|点位|大盘|沪指|创业板|科创")
_POINT_NOT_BEFORE = "钟半整多前后到至起以开时档左间"


def _index_point(n: str, s: int, e: int, tok: str, p: Parsed) -> str | None:
    """点 after a number: index points ("quantity"), items ("count", 3点意见) or a time of day (None)."""
    nxt = n[e + 1:e + 2]
    left = _clause_left(n, s, 16)
    if "." in tok or p.value > 24:
        return "quantity"
    if _INDEX_CONTEXT_RE.search(left) and not _TIME_OF_DAY_RE.search(left):
        return "quantity"                                 # 上证指数下跌12点
    if _TIME_OF_DAY_RE.search(left) or not nxt or nxt in _POINT_NOT_BEFORE or not _HANZI_RE.match(nxt):
        return None
    return "count"


def _clause_left(n: str, s: int, width: int) -> str:
    left = n[max(0, s - width):s]
    cut = max(left.rfind(c) for c in "，。；！？,;!?\n")
    return left[cut + 1:] if cut >= 0 else left


_GRADE_RIGHT_RE = re.compile(r"级(?:以上|左右)?(?:[^，。；]{0,3}?(?:地震|强震|余震|大风|阵风|风|浪))")
_GRADE_LEFT_RE = re.compile(r"(?:里氏|震级|风力|阵风|浪高)\s*$")


def _grade_unit(n: str, s: int, e: int) -> tuple[str | None, int]:
    """6.8级地震, 风力8级: 级 is a measure only for earthquakes and wind (4级响应 is a label)."""
    if _GRADE_RIGHT_RE.match(n, e) or _GRADE_LEFT_RE.search(n, max(0, s - 4), s):
        return "级", e + 1
    return None, e


# single-character surnames that are not also prepositions or numerals (向, 于, 万 …)
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程"
                "苏魏吕丁沈姚卢姜崔钟谭陆汪廖贾夏韦邹孟熊秦邱尹薛闫段雷侯陶黎贺顾毛郝龚邵覃戴莫孔汤")
_NAME_FOLLOW = set("，。、说表称介是的在和与也还就等：:（(”；！？")


def _person_name(n: str, s: int, tok: str, unit: str | None, end: int) -> bool:
    """王三家说 …: surname + numeral + one character is a given name, not a count."""
    return (len(tok) == 1 and not tok.isdigit() and unit is not None and len(unit) == 1 and s > 0
            and n[s - 1] in _SURNAMES and n[end:end + 1] in _NAME_FOLLOW
            and (s < 2 or not _HANZI_RE.match(n[s - 2]) or n[s - 2] in "民者长员主任友人师生"))


_MEASURE_LEFT_RE = re.compile(
    r"指数|PMI|中间价|汇率|报收|收报|收于|录得|读数|景气|得分|评分|市盈率|市净率|浓度|系数|比价|均值|"
    r"利率|收益率|LPR|价格|单价|报价|[上深]证|成指|恒生|道指|沪指|股指|基尼")


def _measured_decimal(n: str, s: int, e: int, tok: str) -> bool:
    """A bare decimal is a figure when its clause names a measure: 中间价报6.8109, PMI为49.6."""
    if "." not in tok or (n[e:e + 1] and n[e] in ".-/") or (n[e:e + 1] and _HANZI_RE.match(n[e]) and n[e] not in "，。；、和与及或"):
        return False
    return bool(_MEASURE_LEFT_RE.search(_clause_left(n, s, 20)))


def _bare_kind(n: str, s: int, e: int, tok: str, p: Parsed, has_q: bool = False) -> str | None:
    """Kind of a number with no unit, or None when a bare number is not a fact."""
    if p.form == "pair":
        return "range" if re.search(r"[十百千拾佰仟万亿萬億]", tok) else None   # 三四 alone: 乱七八糟
    has_mag = bool(_BARE_MAG_RE.search(tok))
    arabic = tok.lstrip("-负")[:1].isdigit()
    if arabic:
        if not has_mag and "," not in tok and not has_q and not _measured_decimal(n, s, e, tok):
            return None
        if n[e:e + 1] == "级":
            return None
    else:
        if n[e:e + 1] == "级" or n[e:e + 1] == "年" or n.startswith(("世纪", "年代"), e):
            return None                              # 二十一世纪 is an era, not a count
        core = tok.lstrip("负")
        if core[0] in "万亿萬億":
            return None
        strong = has_mag or "点" in core or (
            (len(core) >= 3 or has_q) and any(c in "十百千拾佰仟" for c in core))
        if not strong:
            return None
    if _money_context(n, s, e):
        return "money"
    nxt = n[e:e + 1]
    return "count" if nxt and _HANZI_RE.match(nxt) else "quantity"


# --- step 3: traps and enrichment ----------------------------------------------------

def _trap_spans(norm: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in R.TRAP_RE.finditer(norm)]


def _quoted_label(text: str, f: Fact) -> bool:
    """“三轮”, “33618”: a figure that fills a short quotation is a name."""
    s, e = f["start"], f["end"]
    if s == 0 or text[s - 1] not in R.OPEN_QUOTES:
        return False
    sur = normalize(f["surface"])
    if sur[:1].isdigit() and (f["unit"] or _BARE_MAG_RE.search(sur)) and text[e:e + 1] in R.CLOSE_QUOTES:
        return False                       # “100万”: a figure filling its quotes is still a figure
    tail = text[e:e + 6]
    for i, ch in enumerate(tail):
        if ch in R.CLOSE_QUOTES:
            return True
        if ch in "，。；！？,;!?":
            return False
    return False
