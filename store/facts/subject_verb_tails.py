"""A subject never ends in a verb its adverb opens: `我国工程机械出口额连续跨越300亿、400亿…美元台阶`,
`汽、柴油價格各調漲0.1元`, `河南夏种已过六成`, `“战斧”巡航导弹也消耗了近一半`, `两处林火仍失控` gave the
subjects 工程机械出口额连续跨越, 柴油價格各調, 河南夏种已过 …: the phrase before the figure read up to the
figure, the clause's verb and its adverb with it.  What was measured is the noun phrase before the adverb
(工程机械出口额, 柴油價格, 河南夏种), as in every register: communiqués (`…连续跨越`), commodity and fuel
news (`各調漲`), farm reports (`已过`, `已播`), wire news (`也消耗`, `仍失控`).

The subject is read in dictionary words (store.facts.words.segment, simplified first): its last adverb
word, one of a closed list of adverbs that only open a verb phrase (各, 均, 都, 则, 也, 还, 又, 已, 已经,
仍, 连续, 首次 …, never a piece of a noun such as 平均, 首都, 可支配), followed by a short verb
phrase (at most four characters; after 均, 都, 更, 首次, 还, 又, 各, 连续, which also stand before nouns' pieces, it
must open with a verb or a comparison's head character) that ends it;
at least two characters must stay before the adverb and they must not end in 的/之.
Gated on the characters those adverbs hold.
"""

from __future__ import annotations

from typing import Any

from .subject_rules import SUBJECT_CHARS
from .words import segment, tag_of

Fact = dict[str, Any]

# adverbs that open the verb phrase after them, as whole dictionary words (simplified)
_ADVERBS = frozenset({"各", "均", "都", "则", "更", "更是", "也", "还", "又", "连续", "已", "已经", "仍", "仍然",
                      "竟然", "竟", "亦", "皆", "双双", "首次", "依旧", "依然", "正在"})
# the adverb alone ending a subject, its verb a level's left outside it (`載客率皆達90%`, `利润亦达`: 载客率, 利润)
_BARE_END = frozenset({"各", "均", "都", "则", "更", "更是", "也", "还", "又", "已", "已经", "仍", "仍然", "亦", "皆",
                       "双双", "依旧", "依然", "正在"})
# adverbs that also stand before a noun's piece (首次公开募股, 退耕还林还草, 各领域代表, 连续几天): the word after
# them must be a verb; 均 ends words too (亩均投入, 日均产出: the adverb is no separate word there)
_SOFT = frozenset({"均", "都", "更", "首次", "还", "又", "各", "连续"})
_PER_BEFORE_JUN = frozenset("日人户年月周亩时平季均")
_GATE = frozenset("各均都则則更也还還又连連已仍竟亦皆双雙首依正")
_VERB_TAGS = frozenset({"v", "vd", "vn", "d", "ad"})
# single characters that head a change, a comparison or a level reached (低 of 更是低, 调 of 各调涨)
_VERB_HEADS = frozenset("增减降升涨跌高低多少快慢调达超过占为是有满排逾")
_MAX_REST = 4


def needs_verb_tails(facts: list[Fact]) -> bool:
    for f in facts:
        s = f.get("subject")
        if s and len(s) >= 4 and any(c in _GATE for c in s[2:]):
            return True
    return False


def cut_verb_tail(subj: str) -> str | None:
    """`subj` without its adverb and the verb phrase after it (the module's doc), or None."""
    plain = subj.translate(SUBJECT_CHARS)
    words = segment(plain)
    if len(words) < 2 or len(words) == 2 and words[1] not in _BARE_END:
        return None
    pos = len(plain)
    for i in range(len(words) - 1, 0, -1):
        pos -= len(words[i])
        if words[i] not in _ADVERBS:
            continue
        rest = plain[pos + len(words[i]):]
        if not rest and words[i] in _BARE_END:
            pass                                    # 載客率皆(達90%): the adverb alone ends it
        elif not (1 <= len(rest) <= _MAX_REST) or not all("\u4e00" <= c <= "\u9fff" for c in rest):
            return None
        elif words[i] in _SOFT and tag_of(words[i + 1]) not in _VERB_TAGS and words[i + 1][0] not in _VERB_HEADS:
            return None
        if words[i] == "均" and plain[pos - 1] in _PER_BEFORE_JUN:
            return None
        head = subj[:pos]
        if len(head) < 2 or head[-1] in "的之、和与及" or not head[-1].isalnum():
            return None
        return head
    return None


def settle_verb_tails(facts: list[Fact]) -> None:
    for f in facts:
        s = f.get("subject")
        if not s or len(s) < 4 or f["kind"] in ("date", "year") or not any(c in _GATE for c in s[2:]):
            continue
        cut = cut_verb_tail(s)
        if cut:
            f["subject"] = cut                        # 工程机械出口额连续跨越300亿: 工程机械出口额
