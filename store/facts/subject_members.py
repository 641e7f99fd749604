"""A count of the members of a set that do something names what they do.

`90种主要轻工产品中，35种实现产量增长`, `调查的21个制造业行业中，有18个位于扩张区间`,
`612种产品中有227种产品同比增长`, `所有沪市主板公司中,上半年有1273家公司保持盈利`: the set is
named before 中, the count is of its members, and what is measured is how many do what the
clause says (the gold labels 实现产量增长, 位于扩张区间, 同比增长, 保持盈利).  The set's noun
repeated after the count (产品, 公司) is left out when a verb follows it; a noun of its own
stays (35个行业增加值实现增长).  `X中的8个…` (members named by 的) and `其中` are not this.
"""

from __future__ import annotations

import re
from typing import Any

from .words import segment, tag_of

Fact = dict[str, Any]

_SET_BEFORE_RE = re.compile(r"([\u4e00-\u9fffA-Za-z]{1,12})(?<!其)中[，,]?[\x00\x01\s]*(?:有)?[\x00\x01\s]*$")
_PREDICATE_RE = re.compile(r"[^\s，,。；;：:！？!?（）()\x00\x01]{2,14}(?=[，,。；;：:！？!?]|$)")
_VERB_TAGS = ("v", "vd", "d", "ad", "p")
_RATE_LEADS = ("同比", "环比", "比上年", "较上年")


def members_doing(text: str, simp: str, f: Fact, lo: int, hi: int) -> str | None:
    """What the members counted by `f` do (see the module doc), or None."""
    a0 = max(0, lo - 24)                        # the set may close the clause before
    if simp.find("中", a0, f["start"]) < 0:
        return None
    m = _SET_BEFORE_RE.search(simp, a0, f["start"])
    if not m:
        return None
    p = _PREDICATE_RE.match(simp, f["end"], hi)
    if not p:
        return None
    a, b = p.span()
    words = segment(simp[a:b])
    if not words:
        return None
    head = m.group(1)
    if len(words) > 1 and head.endswith(words[0]) and (tag_of(words[1]) in _VERB_TAGS or words[1] in _RATE_LEADS):
        a += len(words[0])                      # 612种产品中有227种产品同比增长: 同比增长
        words = words[1:]
    if not any(tag_of(w) in ("v", "vd") for w in words):
        return None                             # no verb: a noun the other rules read
    return text[a:b]


# 旅客来源地已增至101个国家和地区: a count reached names what reached it, not the noun counted
_REACHED_RE = re.compile(r"([^\s，,。；;：:、\x00\x01\d０-９（）()]{2,14}?)[\x00\x01\s]*(?:已经|已)?(?:增至|增加到|增加至|扩大到|扩大至|增长到|增长至)[\x00\x01\s]*$")


_FIGURE_END = frozenset("0123456789０１２３４５６７８９个件项家座名万亿")


def reached_count(text: str, simp: str, f: Fact, lo: int) -> str | None:
    """The noun phrase before `增至` that a count reached (see above), or None."""
    near = simp[max(lo, f["start"] - 4):f["start"]]
    if "至" not in near and "到" not in near:
        return None
    m = _REACHED_RE.search(simp, lo, f["start"])
    if not m or m.start(1) > lo and simp[m.start(1) - 1] in _FIGURE_END:
        return None                             # 由1000多件增至1500余件: a range, not its owner
    if any(tag_of(w) in ("v", "vd", "p", "d", "ad") for w in segment(m.group(1))):
        return None
    return text[m.start(1):m.end(1)]
