"""Nouns told together before one figure share it: the subject is the whole coordination.

`汽车、太阳能电池、挖掘机产量增速均超过10%`, `研究与试验发展经费支出占生产总值比重1.9%`, `購貨、佣金及客戶回贈支出為947.6億元`,
`资通与视听产品出口年增率89.5%`: the left phrase stops at the last 、/与/和/及, so the figure was given the last
item alone (挖掘机产量增速, 试验发展经费支出…) and read as that item's.  Without 分别 (which hands the figures out
item by item) every item is measured by the figure, and the sets label the whole coordination.  The subject is
extended leftwards over items that are noun phrases (no verb, adverb, preposition or time word inside, no
figure), up to the clause's start; an item that is a verb phrase (`培育隐形冠军与独角兽母基金`) stops it.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import SUBJECT_CHARS
from .words import segment, tag_of

Fact = dict[str, Any]

# the marks that join nouns (以及 is one word; 和/及/与 inside a word such as 总和, 涉及, 参与 are not marks)
_JOIN_RE = re.compile(r"(?:以及|、|和|及|与|與|跟)$")
_JOIN_ENDS = frozenset("、和及与與跟")      # the last character of each mark: a cheap test before the rest
_CLAUSE_MARKS = "，,。；;：:！!？?\n（）()“”\"《》「」"
# a list handing its figures out one by one, or ranked: the items are not measured together
_RESPECTIVE_RE = re.compile(r"分[别別]|各自|依次|分列|各[为為]|分居|位列")
# words that end an item on their left: a verb, adverb, preposition, conjunction, particle
_ITEM_TAGS = frozenset({"v", "vd", "d", "ad", "p", "c", "u", "ul", "uj", "uz", "ug", "uv", "ud"})
# words that open no item (time words, frames) though jieba tags them as nouns
_NOT_ITEMS = frozenset({"今年", "去年", "全年", "当年", "當年", "上年", "同期", "目前", "当前", "當前", "全国", "全國",
                        "全市", "全省", "全区", "全區", "全县", "全縣", "我国", "我國", "我市", "我省", "我区", "我區",
                        "其中", "当中", "當中", "此外", "同时", "同時", "另外", "主要", "重点", "重點", "包括", "如",
                        "它", "其", "该", "这", "此", "本"})
# verbs that open a list of objects, tagged by jieba as nouns (启动北京、上海…, 流经北京、天津…, 培育家庭林场、…)
_LIST_VERBS = frozenset({"包括", "涉及", "覆盖", "流经", "启动", "支持", "推广", "培育", "栽种", "出动", "审理", "举办",
                         "开展", "实施", "推出", "新增", "设立", "带动", "惠及"})
# a heading's number (一、全国粮食播种面积): no item
_NUMERALS = frozenset("一二三四五六七八九十百〇零两兩")
_MAX_ITEM = 14
# a bracket holding only an abbreviation, glossing the words before it
_GLOSS_BEFORE_RE = re.compile(r"[（(][A-Za-z][A-Za-z0-9.&/-]{0,9}[）)]$")
# a score (以182.60分的成绩夺得): the scorer is one person or team, titles before it in apposition, not items
_SCORE_RE = re.compile(r"的成[绩績]")
_MAX_ITEMS = 8


def needs_coordinated(norm: str) -> bool:
    return "、" in norm or "和" in norm or "及" in norm or "与" in norm or "與" in norm


def settle_coordinated(text: str, facts: list[Fact]) -> None:
    taken = [(g["start"], g["end"]) for g in facts]
    joined: dict[str, tuple[str, int]] = {}     # a subject made whole → (the whole, where its figure ended)
    for f in facts:
        subj = f.get("subject")
        if not subj or f["kind"] in ("date", "year"):
            continue
        if (subj in joined and f["start"] - joined[subj][1] <= _REACH and _same_sentence(text, joined[subj][1], f["start"])
                and _left_of(text, subj, f["start"]) is None
                and not _RESPECTIVE_RE.search(text, _clause_start(text, f["start"]), f["start"])):
            f["subject"] = joined[subj][0]      # …人员往来超2524.4万人次，同比增长11.2%: the rate lent the same subject
            continue
        if _SCORE_RE.match(text, f["end"]):
            continue                            # 北京冬奥会冠军、山西队运动员苏翊鸣以182.60分的成绩: a scorer in apposition
        p = _left_of(text, subj, f["start"])
        if p is None and len(subj) >= 4:
            p = _topic_of(text, subj, f["start"])  # …发展经费投入稳步增长，达到36130亿元: the topic clause's
        if p is None or text[p - 1:p] not in _JOIN_ENDS or _no_noun(subj.translate(SUBJECT_CHARS)):
            continue                            # (no mark right before the subject: no item joined to it)
        lo = _clause_start(text, p)
        if _RESPECTIVE_RE.search(text, lo, _clause_end(text, f["end"])):
            continue
        a = _extended(text, lo, p, taken)
        if a < p:
            f["subject"] = text[a:p] + subj
            joined[subj] = (f["subject"], f["end"])


def _same_sentence(text: str, a: int, b: int) -> bool:
    return not any(c in "。！？!?\n" for c in text[a:b])


def _opens_unknown_word(w: str, after: str) -> bool:
    """通|机装备, 含|税价: a one-character verb before a lone character no dictionary word holds is the
    first character of a word the dictionary lacks (通机, 含税), not a verb whose object the item is
    (跨|河南, 建|汽车 have a word after them)."""
    return len(w) == 1 and len(after) == 1 and tag_of(w) == "v" and tag_of(after) is None


def _no_noun(subj: str) -> bool:
    """穿越, 极不平凡: a lone verb or an adverb's phrase names nothing the items could share."""
    words = segment(subj)
    return len(words) == 1 and tag_of(words[0]) in _ITEM_TAGS or tag_of(words[0]) in ("d", "ad")


def _left_of(text: str, subj: str, s: int) -> int | None:
    """Where `subj` stands as written in the clause before the figure (None: not there, or
    written apart from it, e.g. its periods left out)."""
    lo = _clause_start(text, s)
    k = text.rfind(subj, lo, s)
    if k < 0 or any(c in _CLAUSE_MARKS for c in text[k + len(subj):s]):
        return None
    return k


def _topic_of(text: str, subj: str, s: int) -> int | None:
    """Where `subj` opens an earlier clause of the figure's sentence as its topic (the clause's first words
    after the sentence's start, its period or place), None when not."""
    k = text.rfind(subj, max(0, s - _REACH), s)
    if k < 0 or not _same_sentence(text, k, s):
        return None
    a = _clause_start(text, k)
    return k if k - a <= _TOPIC_LEAD and not any(c in _CLAUSE_MARKS for c in text[a:k]) else None


_TOPIC_LEAD = 12        # 2024年，我国全社会研究与|试验发展经费投入: what may stand before it in its clause
_REACH = 200            # how far back in its sentence a topic or a subject made whole is looked for (linear time)


def _clause_start(text: str, i: int) -> int:
    k = i
    while k > 0 and text[k - 1] not in _CLAUSE_MARKS:
        k -= 1
    if k > 0 and text[k - 1] in "）)" and (m := _GLOSS_BEFORE_RE.search(text, max(0, k - 12), k)):
        return _clause_start(text, m.start())  # 研究与试验发展（R&D）经费: an abbreviation's bracket ends no clause
    return k


def _clause_end(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i] not in _CLAUSE_MARKS:
        i += 1
    return i


def _extended(text: str, lo: int, p: int, taken: list[tuple[int, int]]) -> int:
    """The start of the coordination ending at `p` (p itself when no noun item is joined before it)."""
    a = p
    for _ in range(_MAX_ITEMS):
        m = _JOIN_RE.search(text, max(lo, a - 2), a)
        if not m or m.end() != a or _inside_word(text, m.start(), m.end()):
            break
        item = _item_before(text, lo, m.start(), taken)
        if item is None:
            break
        a = item
    return a


def _inside_word(text: str, s: int, e: int) -> bool:
    """和/及/与 belonging to the word before (总和, 涉及, 参与): no mark."""
    if e - s != 1 or text[s] == "、":
        return False
    words = segment(text[max(0, s - 3):e].translate(SUBJECT_CHARS))
    return bool(words) and len(words[-1]) > 1


def _item_before(text: str, lo: int, end: int, taken: list[tuple[int, int]]) -> int | None:
    """The start of the noun item ending at `end`: its trailing words that are no verb, adverb,
    preposition or particle (a verb right before the mark may be a noun: 就业, 支出); None when
    it holds a figure or is a heading's number."""
    k = end
    while k > max(lo, end - _MAX_ITEM) and text[k - 1] not in _CLAUSE_MARKS and text[k - 1] not in "、和及与與":
        k -= 1
    run = text[k:end].translate(SUBJECT_CHARS)
    n, stop, after = 0, None, ""    # an item cut after a verb is the verb's object (地跨河南、湖北…, 带动汽车、家电等消费)
    for i, w in enumerate(reversed(segment(run))):
        if w in _NOT_ITEMS or w in _LIST_VERBS or not w.strip() or (tag_of(w) in _ITEM_TAGS and not (i == 0 and len(w) > 1)
                                                                   and not _opens_unknown_word(w, after)):
            stop = w
            break
        n += len(w)
        after = w
    a = end - n
    item = text[a:end]
    if (not item or stop is not None and n < 2 or item[-1] in _NUMERALS and text[end] == "、"
            or any(ch.isdigit() for ch in item) or any(s < end and a < e for s, e in taken)):
        return None
    return a
