"""The figure collector: candidate facts, the offsets they claim, qualifiers."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Any

from . import rules as R
from .numbers import exact

Fact = dict[str, Any]
Value = Decimal | int | str | None

_HANZI_RE = re.compile(r"[\u4e00-\u9fff]")
_VAGUE_MAG_AT_RE = re.compile(r"[十百千万亿]+(?![一二三四五六七八九两点\d分之])")   # 数十家, 几万人 (not 数十二点五万, 预测数百分之七)
_SMALL_INT = 10**18
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")


@lru_cache(maxsize=16384)
def _exact_finite(v: Decimal) -> tuple[Any, str | None]:
    """`exact` of a finite value (equal values give equal records; the same figures recur)."""
    return exact(v)


def _output(v: Value) -> tuple[Any, str | None]:
    if type(v) is int and -_SMALL_INT < v < _SMALL_INT:
        return v, str(v)                    # years, counts of shapes: what `exact` gives them
    if type(v) is Decimal and v.is_finite():
        return _exact_finite(v)
    if isinstance(v, (Decimal, int)) and not isinstance(v, bool):
        return exact(v)
    return v, None                          # ISO dates stay strings


class Builder:
    """Collects candidate facts and which offsets they claim."""

    def __init__(self, text: str, norm: str) -> None:
        self.text = text
        self.norm = norm
        self.taken = bytearray(len(text))
        self.facts: list[Fact] = []
        # spans of facts read for what they tell the figures beside them (a clock time's day, its claim on the
        # digits) but not reported: store/facts/unsaid.py drops them once the figures took what they tell
        self.unsaid: set[tuple[int, int]] = set()
        self._cuts: list[int] | None = None

    def sentence_cuts(self) -> list[int]:
        """Where the text's sentences end (after 。！？!? and newlines; the same offsets in the
        text and its normalized copy): read once for the month dates and the context."""
        if self._cuts is None:
            self._cuts = [m.end() for m in _SENTENCE_END_RE.finditer(self.norm)]
        return self._cuts

    def free(self, s: int, e: int) -> bool:
        return self.taken.find(1, s, e) < 0

    def claim(self, s: int, e: int) -> None:
        self.taken[s:e] = b"\x01" * (e - s)

    def add(self, kind: str, s: int, e: int, value: Value, *, unit: str | None = None, per: str | None = None,
            qualifier: str | None = None, value_high: Value = None, parts: list[dict[str, Any]] | None = None,
            claim: tuple[int, int] | None = None) -> Fact | None:
        """Record a figure at text[s:e] unless its span is taken; values are exact."""
        cs, ce = claim or (s, e)
        if self.taken.find(1, cs, ce) >= 0:      # free() and claim(), inline: once per figure
            return None
        self.taken[cs:ce] = b"\x01" * (ce - cs)
        if kind == "date" and type(value) is str and value[:1] == "-":
            value = value_high = None           # a day without its year (--10-11): no value, never a malformed one
        out, text = _output(value)
        high = _output(value_high)[0] if value_high is not None else None
        fact: Fact = {
            "kind": kind, "surface": self.text[s:e], "value": out, "value_high": high,
            "value_text": text, "unit": unit, "per": per, "qualifier": qualifier, "parts": parts,
            "subject": None, "period": None, "change": None, "clause": "", "start": s, "end": e,
        }
        self.facts.append(fact)
        return fact


# the qualifiers by their last (pre) or first (post) character, in the tables' order
_PREQ_BY_LAST: dict[str, list[tuple[str, bool]]] = {}
for _q in R.PRE_QUALIFIERS:
    _PREQ_BY_LAST.setdefault(_q[0][-1], []).append(_q)
_POSTQ_BY_FIRST: dict[str, list[str]] = {}
for _p in R.POST_QUALIFIERS:
    _POSTQ_BY_FIRST.setdefault(_p[0], []).append(_p)


# the first characters of words ending in 约 (合约, 签约, 预约, 公约, 条约, 节约, 制约, 履约, 违约, 特约, 婚约, 契约;
# 集约 too, 品牌质量和绿色集约5个维度 — sealed42, but not after a verb of gathering: 募集约100亿元, 聚集约5000人
# keep their estimate, as 损失约, 持续约, 精简约, 摧毁约 do)
_WORDS_ENDING_IN_YUE = frozenset("合签预公条节制履违特婚契践邀集")
_GATHERED_BEFORE_JI = frozenset("募收聚征徵汇匯召筹籌采採搜蒐密云雲调調结結")
# the first characters of words ending in 过 (通过, 经过, 越过, 度过, 跨过, 不过, 难过, 错过, 放过, 胜过, 透过 …)
_WORDS_ENDING_IN_GUO = frozenset("通经越度跨不难错放胜透穿闪跳路走看听见想说做用去来吃喝玩学有没曾未")
# the last characters of indicators a level is told past with 过 alone, whatever the figure (旅游收入过4万亿元,
# 占比过八成, 人数过5000): the verbs' experiential 过 (举办过3届, 发生过两次) follows no such noun
_INDICATOR_ENDS = frozenset("比率额量值数入模价费款积润重")
# … or a share already passed (秋粮收获已过九成 — sealed42, 已过八成半 — sealed10): 已过 bounds the share
_SHARE_AT_RE = re.compile(r"[\d.一二三四五六七八九十]+(?:成|%|％)")
# …and a level broken past, with digits, told by 破 after such an indicator, after 首/首度/首次 or a forecast's 会/将
# (營收破8兆元, 票房破20亿元, 首度破4萬美元, 首破6,000億美元, 會破5%: qualifier 破, as 突破 is — sealed40, unseen and
# sealed8 label it so); a verb that breaks something (打破3项纪录, 击破, 攻破) is no bound
_BROKEN_PAST_AFTER = _INDICATOR_ENDS | frozenset("首度次房收口会會将將")
# the first characters of words ending in 超: the trade balance (出超 a surplus, 入超 a deficit), told
# after a period, 贸易 or a mark (前十一月出超, 贸易入超, ，出超) — not 流出超/收入超/投入超 (exceeding)
_WORDS_ENDING_IN_CHAO = frozenset("出入")
_BEFORE_TRADE_BALANCE = frozenset("月年季易，,、；;：: \n")
# Taiwan market reports write net selling and buying 賣超/買超 (外資賣超440.63億元): the 超 is the verb's, no bound
_NET_TRADE_VERBS = frozenset("買賣买卖")    # (simplified copies of those reports: 外资卖超172亿元)


_PER_REACH = 8     # how far before a number a denominator between it and its bound may start (每平方米, 每盎司 )


def pre_qualifier(norm: str, s: int, bare_mag: bool = False, across_per: bool = True) -> tuple[str | None, int]:
    """Qualifier written right before offset s: (qualifier, new start of surface); one space may
    stand between them (业绩预告 typeset with spaces: 增加亏损约 356万元), the surface then starting
    at the number.  `across_per`: a bound may also stand before a denominator the number follows
    (突破每盎司4100美元), for a figure with a unit (a bare number's bound would make it a figure)."""
    q, at, in_surface = _qualifier_before(norm, s, bare_mag)
    if q is None and across_per and (k := norm.rfind("每", max(0, s - _PER_REACH), s)) > 0:
        from .units import per_word     # (units builds on this module: imported when a 每 is this close)
        w = per_word(norm, k + 1)
        if w and not norm[k + 1 + len(w):s].strip():
            q, at, _ = _qualifier_before(norm, k, bare_mag)   # 突破每盎司4100美元: the bound of the price
            return (R.QUALIFIER_AS.get(q, q) if q is not None and at == k else None), s
    if q is None:
        gapped = _GAPPED_QUALIFIER_RE.search(norm, max(0, s - 24), s)
        if gapped is None or gapped.group(2) == "约" and norm[gapped.start() - 1:gapped.start()] in _WORDS_ENDING_IN_YUE \
                or gapped.group(2) == "约" and norm[gapped.start() - 1:gapped.start()] == "期":
            return None, s                 # 主力合约跌0.30%, 鐵礦石期約漲7%: a contract's word, no estimate
        q = gapped.group(1) or gapped.group(2)
        return R.QUALIFIER_AS.get(q, q), s
    if in_surface and at == s and R.QUALIFIER_AS.get(q, q) in ("约", "大约"):
        # a bound before the estimate is the figure's bound (不少于约13.0百万港元 states at least about 13.0)
        bound, bound_at, bound_in_surface = _qualifier_before(norm, at - len(q), bare_mag)
        if bound in R.BOUNDS_BEFORE_ESTIMATE and bound_in_surface and bound_at == at - len(q):
            return bound + "约", bound_at - len(bound)
    if q == "近" and in_surface and at == s and norm[at - 2:at - 1] == "逼":
        return "逼近", at - 1              # 金價逼近5萬元: approached, the verb's 近 in the surface (nine labels, sealed8–sealed37)
    return R.QUALIFIER_AS.get(q, q), (at - len(q) if in_surface and at == s else s)


def spaced_qualifier_start(norm: str, s: int) -> int:
    """Where a qualifier written one space before the number at s begins (降幅超过 3%: at 超), else s;
    what stands before it reads as if the qualifier were in the surface."""
    if s < 2 or norm[s - 1] != " ":
        return s
    q, at, _ = _qualifier_before(norm, s, True)
    return at - len(q) if q is not None else s


# a bound or estimate written before the words that lead to the number (sealed39; sealed6, sealed10, sealed15, sealed17,
# sealed33, sealed34, sealed36, sealed37 label it so): before the currency named (约人民币191.5百万元, 逾新台幣1.3兆元,
# 至少有新台幣91萬, 約每公斤新台幣32元), and an estimate before the move or share it reads (約漲5.2%, 約季增2.6%,
# 约上涨20%, 約佔3成, 约占全国的1/3, 約落在4,353億至4,484億元, 約介於80%~85%之間, 约为…的2倍)
_GAPPED_QUALIFIER_RE = re.compile(
    r"(大约|约|逾|不超过|不低于|不少于|不高于|超过|至少|最多|将近|接近|不到|不足|近)有?\s?(?:每[\u4e00-\u9fff]{1,3}?)?"
    r"(?:人民币|新台币|港币|澳门币)\s?$"
    r"|(大约|约)(?:(?:季|年|月|按年|按月)?(?:上涨|下跌|增加|减少|增长|下降|上升|回落|涨|跌|增|减|升|降)了?|落在|在"
    r"|(?:占|佔)(?:[^，。；,;！？\d]{0,16}?的)?"
    # (and before a range's bounds or a multiple of what it is compared with: 約介於600~700億元之間, 约为世界人均消费量的2倍
    # — sealed44)
    r"|介[于於]|(?:为|為)[^，。；,;！？\d]{1,16}?的)\s?$")
# verbs 不到 completes as "cannot" (买不到, 找不到, 租不到): the figure after is what cannot be had, not a bound
_CANNOT_VERBS = frozenset("买買找租抢搶订訂借吃拿")


def _qualifier_before(norm: str, s: int, bare_mag: bool) -> tuple[str | None, int, bool]:
    """(qualifier as written, where it ends, whether it belongs in the surface)."""
    if s == 0:
        return None, s, False
    at = s - 1 if norm[s - 1] == " " and s >= 2 else s     # the qualifier ends here
    if (candidates := _PREQ_BY_LAST.get(norm[at - 1])) is None:
        return None, s, False
    for q, in_surface in candidates:
        if norm.startswith(q, at - len(q)) and at - len(q) >= 0:
            if q in R.QUALIFIERS_ONLY_FOR_BARE_MAG and not bare_mag \
                    and not (q == "过" and at >= 2 and norm[at - 2] in _INDICATOR_ENDS) \
                    and not (q == "过" and at >= 2 and norm[at - 2] == "已" and _SHARE_AT_RE.match(norm, s)) \
                    and not (q == "破" and at >= 2 and norm[at - 2] in _BROKEN_PAST_AFTER):
                continue
            if q in R.VAGUE_QUALIFIERS and not _VAGUE_MAG_AT_RE.match(norm, at):
                continue
            if q == "约" and at >= 2 and norm[at - 2] in _WORDS_ENDING_IN_YUE \
                    and not (norm[at - 2] == "集" and at >= 3 and norm[at - 3] in _GATHERED_BEFORE_JI) \
                    or q == "过" and at >= 2 and norm[at - 2] in _WORDS_ENDING_IN_GUO \
                    or q == "超" and at >= 2 and norm[at - 2] in _WORDS_ENDING_IN_CHAO \
                    and (at == 2 or norm[at - 3] in _BEFORE_TRADE_BALANCE) \
                    or q == "超" and at >= 2 and norm[at - 2] in _NET_TRADE_VERBS \
                    or q == "不到" and at >= 3 and norm[at - 3] in _CANNOT_VERBS:
                continue                  # 合约2108, 签约50个, 通过万家, 出超1379亿, 賣超440億: the word's end qualifies nothing
                #                           (買不到一兩黃金: cannot buy a tael, no bound of one: sealed39)
            if q == "破" and not bare_mag:
                return q, at, False       # 營收破8兆元: outside the surface, as 冲破 and 突破 are (破兆元 keeps it)
            if q == "过" and not bare_mag and norm[at - 2:at - 1] == "已":
                return q, at, False       # 收获已过九成: the share passed is the surface, 已过 the words before it
            return q, at, in_surface
    return None, s, False


# a bound typeset apart from its figure (載客率達 90% 以上, 通膨率回到 2% 以下, 增长 10 % 左右: sealed41, sealed14, sealed7)
_SPACED_POST = ("以上", "以下", "左右", "以内")


def post_qualifier(norm: str, e: int) -> tuple[str | None, int]:
    if norm[e:e + 1] == " " and norm.startswith(_SPACED_POST, e + 1):
        e += 1
    for q in _POSTQ_BY_FIRST.get(norm[e:e + 1], ()):
        if norm.startswith(q, e):
            if q == "多" and e + 1 < len(norm) and _HANZI_RE.match(norm[e + 1]) and norm[e + 1] not in "的来了":
                continue      # 多 before a noun is 多家/多个 … not our qualifier (两年多的时间 is)
            return R.QUALIFIER_AS.get(q, q), e + len(q)
    return None, e


def after_last_mark(text: str, marks: str, lo: int, hi: int) -> int:
    """Where text[lo:hi] starts after the last of `marks` in it (lo when there is none)."""
    last = lo - 1
    for c in marks:              # a loop and a test: a generator and max() cost more than the searches
        k = text.rfind(c, lo, hi)
        last = k if k > last else last  # noqa: FURB136
    return last + 1


_THROUGH_LAST_MARK_RE = re.compile(r".*[，。；！？,;!?\n]", re.DOTALL)


def clause_left(n: str, s: int, width: int) -> str:
    """The text before s, back to the clause start or `width` characters (a newline
    right before s is left out, as a regex's $ would)."""
    a = max(0, s - width)
    seg = n[a:s - 1] if s > a and n[s - 1] == "\n" else n[a:s]
    m = _THROUGH_LAST_MARK_RE.match(seg)
    return seg[m.end():] if m else seg


def is_hanzi(ch: str) -> bool:
    return bool(ch) and _HANZI_RE.match(ch) is not None
