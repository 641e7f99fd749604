"""A measure named by its kind alone is the measure of the topic the clause before keeps talking of.

`東協地區則展現驚人的成長力道，元月接單金額158.4億美元`, `塑料业继续保持去年强劲的发展势头,一季度产值近10亿元`,
`海關出口值由綠燈轉呈藍燈,分數減少2分`: the amount, the output and the score are the market's, the industry's and the
indicator's. The sets name the topic (東協地區, 塑料业, 海關出口值); the measure alone (元月接單金額, 产值, 分數) names
nothing. Both are written, the topic first (東協地區元月接單金額), as a bare total's owner is (subject_fallbacks.owned_total:
海洋经济总量) and a share's (华北地区占比).

Read only where the clause before says its topic goes on being talked of: a noun phrase opening that clause right
before 则/也/继续/持续/表现/呈现/展现/保持/在/由 …, a clause that states no figure. News prose often opens a clause
with something that is not the measure's owner (研发就迈上新台阶, 专业助力下企业迅速成长, 客流上来了): those clauses
carry no such word after a noun phrase and are left alone.
"""

from __future__ import annotations

import re
from typing import Any

from store.search.script import simplified_chars

from .subject_rules import EMPTY_SUBJECTS
from .words import is_noun_phrase

Fact = dict[str, Any]

# measures that name no owner of their own (simplified); 金额 alone is subject_restated's (the reported thing's)
_BARE_MEASURES = frozenset({"订单金额", "接单金额", "规模值", "产值", "总产值", "价格", "指数", "营业额", "销售额",
                            "成交额", "交易额", "营收", "中位数", "月入中位数", "分数"})
_MEASURE_ENDS = frozenset(m[-1] for m in _BARE_MEASURES) | frozenset("額值價數")
# what may stand before the measure in its clause: a light verb, a month or quarter (元月接單金額, 一季度产值)
_LEAD_RE = re.compile(r"(?:实现|完成|录得)?(?:元月|单月|当月|本月|同月|全年|上半年|下半年|[一二三四]季度|第[1-4一二三四]季|"
                      r"[\d一二三四五六七八九十]{1,2}月份?)?")
# the words after a topic that keep it the topic (simplified): 则展现, 继续保持, 在面临, 由绿灯转呈
_GOES_ON_RE = re.compile(r"则|也|亦|继续|持续|依然|仍然|表现|呈现|展现|保持|在|由")
# connectives opening the clause before the topic
_OPENERS_RE = re.compile(r"(?:其中|而|但|另外|此外|同时|与此同时|至于)?")
_SHARE_WORDS = ("占比", "比重", "占", "佔")
_CLAUSE_MARKS = "，,；;：:"
_SENTENCE_ENDS = "。！？!?\n"
_NOT_OWNER_RE = re.compile(r"[\d０-９\s\x00\x01]")
# an owner ending in a size is a measure already (生物制造产业规模持续壮大，总产值…: not 规模's output)
_SIZES = ("规模", "总量", "体量", "总额", "数量", "金额")


def topic_measure(subj: str | None, simp: str, text: str, f: Fact, lo: int, sent_start: int,
                  facts: list[Fact]) -> str | None:
    """The topic's measure (topic + `subj`) for a figure whose subject is a bare measure opening its clause
    text[lo:…], or None (see the module's doc)."""
    if not subj or subj[-1] not in _MEASURE_ENDS or lo - 1 <= sent_start:
        return None
    plain = simplified_chars(subj)
    lead = _LEAD_RE.match(plain).end()
    if plain[lead:] not in _BARE_MEASURES:
        return None
    opening = simplified_chars(simp[lo:f["start"]].strip(" \x00\x01"))
    rest = opening[_LEAD_RE.match(opening).end():]
    if not opening.startswith(plain[:lead]) or not rest.startswith(plain[lead:]):
        return None                             # the measure is not what its clause opens with
    if rest.startswith(_SHARE_WORDS, len(plain) - lead):
        return None                             # 营收占比: a share, the share rules' (硬件业务…，营收占比…)
    owner = _topic_before(text, lo - 1, sent_start, facts)
    if not owner:
        return None
    return owner if simplified_chars(owner).endswith(plain[lead:]) else owner + subj   # 上证指数…，指数: the index


def _topic_before(text: str, end: int, sent_start: int, facts: list[Fact]) -> str | None:
    """The noun phrase opening the clause that ends at `end` when a word keeping it the topic follows it."""
    a = max([text.rfind(c, sent_start, end) for c in _CLAUSE_MARKS] + [sent_start - 1]) + 1
    if any(c in text[a:end] for c in _SENTENCE_ENDS) or any(a <= g["start"] < end for g in facts):
        return None                             # (a clause stating a figure names its own)
    clause = simplified_chars(text[a:end])
    k = _OPENERS_RE.match(clause).end()
    m = _GOES_ON_RE.search(clause, k + 2)
    if m is None:
        return None
    owner, plain = text[a + k:a + m.start()], clause[k:m.start()]
    if (not 2 <= len(plain) <= 14 or _NOT_OWNER_RE.search(plain) or plain in EMPTY_SUBJECTS
            or plain.endswith(_SIZES) or not is_noun_phrase(plain)):
        return None                             # (生物制造产业规模持续壮大: a measure already, not its owner)
    return owner
