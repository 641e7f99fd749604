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

from . import fact_rules as R
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

def _pre_qualifier(norm: str, s: int, bare_mag: bool = False) -> tuple[str | None, int]:
    """Qualifier written right before offset s: (qualifier, new start of surface)."""
    for q, in_surface in R.PRE_QUALIFIERS:
        if norm.startswith(q, s - len(q)) and s - len(q) >= 0:
            if q in R.QUALIFIERS_ONLY_FOR_BARE_MAG and not bare_mag:
                continue
            return q, (s - len(q) if in_surface else s)
    return None, s


def _post_qualifier(norm: str, e: int) -> tuple[str | None, int]:
    for q in R.POST_QUALIFIERS:
        if norm.startswith(q, e):
            if q == "多" and e + 1 < len(norm) and _HANZI_RE.match(norm[e + 1] or ""):
                continue      # 多 before a noun is 多家/多个 … not our qualifier
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


def _iso(y: int | None, mo: int, d: int | None = None) -> str | None:
    if not 1 <= mo <= 12 or (d is not None and not 1 <= d <= 31):
        return None
    ys = f"{y:04d}" if y else "-"
    return f"{ys}-{mo:02d}" + (f"-{d:02d}" if d is not None else "")


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
        if s and n[s - 1] in "几数":                       # 几十万, 数百家: vague
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
    if unit == "个" and n[end:end + 1] in ("亿", "万") and not tok[0].isdigit():
        # 两个亿 (spoken): the 个 sits between numeral and magnitude
        mag = 10**8 if n[end] == "亿" else 10**4
        p = Parsed(p.value * mag, p.approx, p.form)
        post_approx, unit, end = _unit_after(n, end + 1, p)
    kind = _classify(unit, n, end)
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
    if kind == "duration" and unit in ("季度",) or unit == "日" and kind == "duration":
        return                                            # 三季度 is Q3; 25日 is a day
    if kind == "count" and isinstance(p.value, float) and not p.value.is_integer() and p.form == "arabic":
        return                                            # 2.2本 is a section number
    q, qs = _pre_qualifier(n, s, bare_mag=mag_only)
    if mag_only and tok != "十" and q is None:
        return                                            # 千家万户, 百万人才, 万亿级
    if kind == "duration" and unit == "年" and isinstance(p.value, int) and 1800 <= p.value <= 2100 and p.form != "chinese":
        return                                            # years are handled by _dates
    if unit is None:
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


def _bare_kind(n: str, s: int, e: int, tok: str, p: Parsed, has_q: bool = False) -> str | None:
    """Kind of a number with no unit, or None when a bare number is not a fact."""
    if p.form == "pair":
        return "range"
    has_mag = bool(_BARE_MAG_RE.search(tok))
    arabic = tok.lstrip("-负")[:1].isdigit()
    if arabic:
        if not has_mag and "," not in tok and not has_q:
            return None
        if n[e:e + 1] == "级":
            return None
    else:
        if n[e:e + 1] == "级" or n[e:e + 1] == "年":
            return None
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
    tail = text[e:e + 6]
    for i, ch in enumerate(tail):
        if ch in R.CLOSE_QUOTES:
            return True
        if ch in "，。；！？,;!?":
            return False
    return False


def _subject(text: str, f: Fact, cl_start: int, prev_in_clause: list[Fact]) -> str | None:
    s, e = f["start"], f["end"]
    if f["kind"] in ("count", "range") and f["unit"] and f["unit"] not in ("人", "人次", "人口", "起", "余人"):
        m = R.NOUN_AFTER_RE.match(text, e)
        if m and not R.CHANGE_RE.match(m.group(0)) and m.group(0)[0] not in "至到":
            noun = m.group(0)
            stop = R.NOUN_STOP_RE.search(noun)
            if stop:
                noun = noun[: stop.start()]
            noun = noun.strip("“”\"'")
            if len(noun) >= 2:
                return noun
    pre = text[cl_start:s]
    if "从" in pre and pre.index("从") > 0:
        pre = pre[: pre.index("从")]
    else:
        for g in reversed(prev_in_clause):
            if g["kind"] not in ("year", "date") and g["end"] <= s:
                pre = text[g["end"]:s]
                break
    for g in prev_in_clause:
        if g["kind"] in ("year", "date", "duration") and g["end"] <= s:
            pre = pre.replace(g["surface"], "")
    pre = pre.strip()
    pre = R.SUBJECT_TRAIL_RE.sub("", pre)
    bm = R.SUBJECT_BREAK_RE.match(pre)
    if bm and bm.end() < len(pre):
        pre = pre[bm.end():]
    elif bm:
        pre = ""
    pre = R.SUBJECT_LEAD_RE.sub("", pre)
    pre = R.SUBJECT_TRAIL_RE.sub("", pre)
    pre = pre.strip("“”\"'《》()（）、 ")
    if len(pre) > 12:
        pre = pre[-12:]
    return pre or None


def _period_for(periods: list[tuple[int, int, str]], s: int, sent_start: int) -> str | None:
    best = None
    for ps, pe, label in periods:
        if pe <= s and ps >= sent_start:
            best = label
        elif ps >= s:
            break
    return best


def _periods(text: str, norm: str, facts: list[Fact], year: int | None) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for f in facts:
        if f["kind"] == "year":
            out.append((f["start"], f["end"], str(f["value"])))
        elif f["kind"] == "date" and len(str(f["value"])) == 7:
            out.append((f["start"], f["end"], str(f["value"])))
    for m in _PERIOD_RE.finditer(norm):
        label = m.group(0).strip("“”")
        for pre, delta in (("今年", 0), ("去年", -1), ("明年", 1), ("前年", -2)):
            if label == pre:
                label = str(year + delta) if year else pre
            elif label.startswith(pre) and label != pre + "以来":
                label = label[len(pre):]
        out.append((m.start(), m.end(), label))
    out.sort()
    return out


def _change(text: str, f: Fact, cl_start: int, facts_sorted: list[Fact]) -> str | None:
    if f["kind"] not in ("percent", "multiple", "money", "count", "quantity", "range"):
        return None
    left = text[max(cl_start, f["start"] - 24): f["start"]]
    best = None
    for m in R.CHANGE_RE.finditer(left):
        best = m
    if not best:
        return None
    gap = left[best.end():]
    for g in facts_sorted:
        if g is not f and g["surface"] and g["surface"] in gap:
            gap = gap.replace(g["surface"], "")
    gap = gap.replace("、", "").replace("和", "")
    if not R.CHANGE_GAP_RE.match(gap):
        return None
    return best.group(0)


def extract(text: str, *, year: int | None = None) -> list[Fact]:
    """Facts of `text`, offsets relative to `text` (see contract.md, Fact record)."""
    if not text:
        return []
    norm = normalize(text)
    b = _Builder(text, norm)
    traps = _trap_spans(norm)
    for s, e in traps:                       # numerals in trap words are never figures
        for i in range(s, e):
            b.taken[i] = 1
    _percent_prefix(b)
    _fractions(b)
    _dates(b, year)
    _first_n(b)
    _ranks(b)
    _numbers(b)
    facts = [f for f in b.facts if not _quoted_label(text, f)]
    facts.sort(key=lambda f: f["start"])
    _enrich(text, norm, facts, year)
    return facts


def _enrich(text: str, norm: str, facts: list[Fact], year: int | None) -> None:
    clause_cuts = [(m.start(), m.end()) for m in R.CLAUSE_SPLIT_RE.finditer(text)]
    sent_cuts = [m.end() for m in R.SENTENCE_SPLIT_RE.finditer(text)]
    periods = _periods(text, norm, facts, year)
    c_starts = [0] + [ce for _, ce in clause_cuts]
    c_ends = [cs for cs, _ in clause_cuts] + [len(text)]
    by_clause: dict[int, list[Fact]] = {}
    last_subject: dict[int, str | None] = {}
    for f in facts:
        k = bisect.bisect_right(c_starts, f["start"]) - 1
        lo = c_starts[k]
        j = k
        while j < len(c_ends) - 1 and c_ends[j] < f["end"]:
            j += 1                             # a figure never straddles a boundary
        hi = c_ends[j]
        f["clause"] = text[lo:hi].strip()
        si = bisect.bisect_right(sent_cuts, f["start"]) - 1
        sent_start = sent_cuts[si] if si >= 0 else 0
        prev = by_clause.setdefault(lo, [])
        subj = None if f["kind"] in ("year", "date") else _subject(text, f, lo, prev)
        if subj is None and f["kind"] not in ("year", "date", "rank"):
            subj = last_subject.get(sent_start)
        f["subject"] = subj
        if subj and f["kind"] not in ("year", "date"):
            last_subject[sent_start] = subj
        if f["kind"] not in ("year", "date"):
            f["period"] = _period_for(periods, f["start"], sent_start)
        f["change"] = _change(text, f, lo, prev)
        prev.append(f)


def article_facts(article: dict[str, Any]) -> list[Fact]:
    """Full fact records for an article: title facts, then body facts."""
    aid = article.get("id", "")
    date = article.get("date") or ""
    year = int(date[:4]) if len(date) >= 4 and date[:4].isdigit() else None
    out: list[Fact] = []
    heads = sorted((s.get("start", 0), s.get("heading")) for s in article.get("sections") or [])
    starts = [h[0] for h in heads]
    for where in ("title", "body"):
        text = article.get(where) or ""
        for f in extract(text, year=year):
            section = None
            if where == "body" and heads:
                k = bisect.bisect_right(starts, f["start"]) - 1
                section = heads[k][1] if k >= 0 else None
            rec = {"id": f"{aid}:{where}:{f['start']}", "article_id": aid, "where": where, "section": section}
            rec.update(f)
            out.append(rec)
    return out
