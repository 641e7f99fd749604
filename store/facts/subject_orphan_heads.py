"""A subject never ends with the first character of the verb after it.

`儿童已有长达…`, `主席团会议应到…`, `产业产值目前年增速…`, `经济总量排在…`, `其中內地旅客合共有約…`: a cut made on
characters, not words, kept the verb's first character (长, 应, 目, 排, 合), and the subject read `儿童已有长`,
`主席团会议应`, `产业产值目`, `经济总量排`, `內地旅客合`.  The character goes back to its verb; the subject ends on
the word before it.  A closed list of verbs and adverbs that stand between a subject and its figure, so a name
ending in such a character (`银河华都都各占`: 华都) is left alone unless the verb follows it whole, and so is a
subject whose last two characters are a word (`线路单条最长达80公里`: 最长).
"""

from __future__ import annotations

from typing import Any

from store.search.script import simplified_chars

from .words import is_word

Fact = dict[str, Any]

# (simplified) verbs and adverbs that follow a subject and lead to its figure
_VERBS = frozenset({"长达", "应到", "实到", "目前", "排在", "排名", "冲到", "冲上", "合共", "合计", "转为", "同为",
                    "高于", "低于", "高达", "多达", "驻有"})
_REACH = 40


def settle_orphan_heads(text: str, facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if not subj or len(subj) < 3:
            continue
        k = text.rfind(subj, max(0, f["start"] - _REACH), f["start"])
        e = k + len(subj)
        if k < 0 or simplified_chars(subj[-1] + text[e:e + 1]) not in _VERBS or is_word(simplified_chars(subj[-2:])):
            continue                            # (线路单条最长|达, 一天最高|达到: a word of its own before the verb)
        f["subject"] = subj[:-1]
