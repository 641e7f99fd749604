"""An adverb between a subject's topic and its verb is no part of the indicator: `市场监管系统共接收投诉举报2646万件`,
`全国医保部门共拨付医药机构即时结算资金`, `全国共计新开通国内货运航线`, `南向資金就淨買入75.23億港元` are measured as
市场监管系统接收投诉举报, 南向資金淨買入: 共/共计/一共/总共 only say the figure is a total (it already is), 就
only stresses it.  The subject is read in dictionary words (store.facts.words.segment), so 共 inside a word
(公共, 共建, 共产党) and 就 inside one (就业) stay, and so does an adverb before a one-character verb, which is
a word's piece the dictionary lacks (风险共担转贷款, 老幼共托中心); 就 before a modal (`每天就能`) or after a
preposition's object (`同赞比亚总统就中赞建交`, where it is a preposition too) stays.  Kept on purpose: 累计 and 合计, which the gold keeps as
part of the indicator (全国铁路累计发送旅客, “老三样”合计出口).
"""

from __future__ import annotations

from typing import Any

from store.search.script import simplified_chars

from .words import segment, tag_of

Fact = dict[str, Any]

_SUM_ADVERBS = frozenset({"共", "共计", "一共", "总共"})
_FOCUS_ADVERBS = frozenset({"就"})
# modals and verbs that are no act (就能, 就相关决议): the adverb stays
_NOT_ACTS = frozenset({"可以", "能够", "已经", "需要", "相关", "就是", "成为"})
# one character before a verb that is part of the act: net (净买入) or new (新开, 新设)
_ACT_PREFIXES = frozenset("净新")
_VERB_TAGS = frozenset({"v", "vn", "vd"})
_GATE = ("共", "就")


def needs_sum_adverbs(facts: list[Fact]) -> bool:
    for f in facts:
        if (s := f.get("subject")) and len(s) >= 5 and (s.find("共", 2) >= 0 or s.find("就", 2) >= 0):   # (_GATE)
            return True
    return False


def settle_sum_adverbs(facts: list[Fact]) -> None:
    for f in facts:
        s = f.get("subject")
        if s and len(s) >= 5 and f["kind"] not in ("date", "year") and any(c in s[2:] for c in _GATE):
            f["subject"] = without_sum_adverb(s)


def without_sum_adverb(subj: str) -> str:
    """`subj` without an adverb of sum or focus between its topic and its verb (the module's doc)."""
    plain = simplified_chars(subj)
    if len(plain) != len(subj):
        return subj
    words = segment(plain)
    pos = 0
    for i, w in enumerate(words):
        if 0 < i < len(words) - 1 and pos >= 2 and (w in _SUM_ADVERBS or w in _FOCUS_ADVERBS):
            nxt = words[i + 1]
            rest = len(subj) - pos - len(w)
            if w in _FOCUS_ADVERBS and any(tag_of(x) == "p" for x in words[:i]):
                return subj                     # 同塞舌尔总统就中塞建交, 针对美国就…: 就 is a preposition
            if (rest >= 2 and _opens_verb(words[i + 1:]) and nxt not in _NOT_ACTS
                    and subj[pos - 1] not in "的之、和与及與"):
                return subj[:pos] + subj[pos + len(w):]
        pos += len(w)
    return subj


def _opens_verb(words: tuple[str, ...]) -> bool:
    """The words open with a verb of two characters at least (a single one after 共 is a word's piece:
    风险共担, 老幼共托), or with net/new before a verb (净买入, 新开, 新开通)."""
    first = words[0]
    if len(first) >= 2 and tag_of(first) in _VERB_TAGS:
        return True
    if len(first) >= 3 and tag_of(first[1:]) in _VERB_TAGS:
        return True
    return first in _ACT_PREFIXES and len(words) > 1 and tag_of(words[1]) in _VERB_TAGS
