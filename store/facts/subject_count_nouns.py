"""Counts whose noun stands right after them, where the words before them were taken instead.

- a list closed by 等 before the count (`河北省邯郸市涉县、浙江省杭州市桐庐县等25个县（市、区）`,
  `金建铁路等32个在建项目`, `中国农业生产资料集团等200家入选的企业`): the count is of the noun after it
  (县（市、区）, 在建项目, 入选的企业), as sealed2 labels `25个` → 县（市、区）; the list before 等 names
  its members, it is not what is counted.  With no noun after (`国际组织人士等约700人出席`) the list stays.
- a count whose noun is described first (`65座各种类型的海工装备`, `77条地势较高的道路`, `10个竞争力强的
  安全应急装备产业集群`): the description (各种类型, 地势较高, 竞争力强) measures nothing; the noun after
  的 is counted.  Only descriptions that end in an adjective are read so: `100多位艺术家的200余件作品`
  counts 艺术家.
Head counts (`习近平同志等46人组成的…`, `援柬专家等700余人欢聚一堂`) keep the people listed: what follows
them is what they do.
"""

from __future__ import annotations

import re
from typing import Any

from . import subject_rules as S
from .subjects import _one_noun_after
from .words import noun_phrase_end, opens_with_verb, word_around

Fact = dict[str, Any]

_BRACKET_GROUP_RE = re.compile(r"[省市县縣区區州][（(][^（）()\d，。]{1,10}[）)]")     # 县（市、区）, 省（市）
_REL_OF_RE = re.compile(r"([^\s，。；！？、,;!?：:（）()\d…—“”\"<>的]{1,4})的([^\s，。；！？、,;!?：:（）()\d…—“”\"<>的]{2,14})")
_NOUN_RUN_RE = re.compile(r"[^\s，。；！？、,;!?：:（）()\d…—“”\"<>的等和及与]{2,14}")
# a description ending in an adjective: 先进, 地势较高, 竞争力强, 国情不同, 内容丰富, 各种类型, 世界上最大
_ADJ = (r"(?:不同|丰富|先进|突出|显著|领先|雄厚|重要|典型|优秀|崭新|宽大|巨大|伟大|强大|独特|完善|成熟|稳定|密集|"
        r"新型|优质|重大|高端|知名|特色|类型)")
_ADVERB = r"(?:较|很|最|更|十分|非常|比较|相对|特别|极为|尤为|世界上最|全国最|最为)"
_DESCRIPTION_RE = re.compile(
    r"(?:各种|各类|多种|不同)?" + _ADJ
    + r"|" + _ADVERB + r"?" + _ADJ
    + r"|" + _ADVERB + r"[高低强弱大小多少好长短快慢广深新]"
    + r"|[\u4e00-\u9fff]{2,6}?(?:较|很|更|十分|非常|比较|相对|特别|极为|尤为)?(?:" + _ADJ[3:-1] + r"|[高低强弱大多少])")
# (a noun then 最 and an adjective describes that noun: 五项原则最好的传承 counts 原则)
_HEAD_STOP_RE = re.compile(r"陆续|目前|仍|照见|让|使|里|中|内|上")     # 展园|陆续呈现, 厂房|里
_TIME_OPEN_RE = re.compile(r"今年|去年|明年|目前|当前|近期|近日|日前|今天|昨天")
# kinds of money a sum is written right before (its subject when the words before it do not name it)
_MONEY_OBJECTS = frozenset({"订单", "贷款", "罚款", "补贴", "投资", "资金", "债务", "善款", "捐款", "存款"})
_SIMPLIFIED = str.maketrans("訂貸補貼資債", "订贷补贴资债")
_HEAD_UNITS = frozenset({"人", "名", "位", "人次", "余人", "多人", "员"})
_NOT_DESCRIPTION_RE = re.compile(r"大小|楼高|樓高|层高|高度|多少|规模$|[人交北科农师工医]大$|^(?!世界上|全国)[^最]+最")


def settle_count_nouns(text: str, norm: str, facts: list[Fact]) -> None:
    """Give counts the noun after them where the words before them were taken (see the module doc)."""
    for f in facts:
        subj = f.get("subject")
        if f["kind"] == "money":
            noun = norm[f["end"]:f["end"] + 2]
            if noun in _MONEY_OBJECTS and not (subj and noun in subj.translate(_SIMPLIFIED)):
                f["subject"] = text[f["end"]:f["end"] + 2]      # 签下近1000万元订单, 处以2.9亿欧元罚款
            continue
        if f["kind"] != "count" or not subj:
            continue
        s, e = f["start"], f["end"]
        if subj[-1] == "等" and norm.endswith(subj, 0, s) and f.get("unit") not in _HEAD_UNITS:
            span = _listed_noun(norm, e)
        elif norm.startswith("的", e + len(subj)) and norm.startswith(subj, e) and _described(subj):
            span = _head_after_of(norm, e + len(subj) + 1)
        else:
            continue
        if span:
            f["subject"] = text[span[0]:span[1]]


def _described(subj: str) -> bool:
    return bool(_DESCRIPTION_RE.fullmatch(subj)) and not _NOT_DESCRIPTION_RE.search(subj)


def _listed_noun(norm: str, e: int) -> tuple[int, int] | None:
    """The noun right after a count that closes a list (县（市、区）, 入选的企业, 在建项目)."""
    m = _BRACKET_GROUP_RE.match(norm, e)
    if m:
        return m.span()
    m = _REL_OF_RE.match(norm, e)
    if m and opens_with_verb(m.group(1)):
        head = _head_after_of(norm, m.start(2))
        return (e, head[1]) if head else None   # 200家入选的企业: the clause with its noun
    if m and _described(m.group(1)):
        return _head_after_of(norm, m.start(2))
    span = _one_noun_after(norm, e)
    if not span or opens_with_verb(norm[span[0]:span[1]]) or _TIME_OPEN_RE.match(norm, span[0]):
        return None                             # 等6处今年新建…: a clause, not the noun
    return span


def _head_after_of(norm: str, a: int) -> tuple[int, int] | None:
    """The noun phrase opening at `a` (after 的): up to its first verb or adverb (安全应急装备产业集群,
    山火|已肆虐), or, when that leaves two characters only, up to the first word that ends a noun after
    a count (水稻种植适用技术, 铝板|进行); None when the phrase runs into a word (目的地)."""
    m = _NOUN_RUN_RE.match(norm, a)
    if not m or word_around(norm, m.end(), a, m.end() + 3)[0] < m.end():
        return None
    run = m.group(0)
    stops = [r.search(run, 2) for r in (S.NOUN_STOP_RE, S.NOUN_AFTER_VERB_CUT_RE, S.OF_NOUN_STOP_RE, _HEAD_STOP_RE)]
    n2 = min([x.start() for x in stops if x] + [len(run)])
    ws, we = word_around(norm, a + n2, a, m.end())
    n2 = we - a if ws < a + n2 < we else n2
    n1 = noun_phrase_end(run)
    n = min(n1, n2) if n1 >= 3 else n2
    return (a, a + n) if n >= 2 else None
