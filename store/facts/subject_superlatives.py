"""A figure told right after a superlative clause is the holder's the clause names: `其中华东地区跌幅最大，为2.5%`,
`分行业看，电子信息业增长最快，增长15.6%`, `其中內地旅客佔最多，達820萬人次，按年增11%`, `三大客源中以內地旅客所佔比重
最高，達68.2%` — the region's fall, the industry's growth, the mainland visitors' count and its change, the share.
The sentence's indicator told before (全国水泥市场价格) is the whole the holder is the largest part of, not what the
figure measures; the holder was left with none, or its words doubled.  The holder is written as the clause names it,
its measure kept (`华东地区跌幅`, `东部地区占比`: a share keeps its word), without a verb of change before 最
(`增长最快`: 电子信息业), the verb of share and its share word (`佔最多`, `所佔比重最高`: 內地旅客), the 以 of `以…最高` and the field before it
(`三大客源中以…`), and without a light verb inside it, as everywhere (`…航线完成货运规模最大`: 航线货运规模); a
subject that already names the holder, its start, stays (`食品烟酒消费|人均花销最大`).  The figures after it in its
sentence left without a subject (`按年增11%`) are its too.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_light_verbs import without_light_verb

Fact = dict[str, Any]

# the holder, the superlative, a clause mark, then the verb reaching the figure (为, 达, 增长 …) and an open quote
_SUPERLATIVE_RE = re.compile(
    r"(?:^|[，,：:；;])\s*(?:其中|當中|当中|而|在[^，,。；;]{1,12}中)?[，,]?\s*(?:[^，,。；;]{1,12}中(?=以))?(?:以)?"
    r"(?P<holder>[^\d，,。；;：:！？!?、（）()“”\"]{2,16}?)(?:所?[佔占](?:比重|比例|比率)?(?=最))?"
    r"最(?:高|多|大|低|少|快|慢)[，,]\s*"
    r"(?:[为為是达達]|达到|達到|增长|增長|上涨|上漲|下降|下跌|增加|减少|減少|下滑)?\s*[“\"]?\s*$")
_CHANGE_END_RE = re.compile(r"(?:增长|增長|上涨|上漲|下降|下跌|增加|减少|減少|回落|上升|涨|漲|跌|增|降)$")
_SENTENCE_MARKS = "。！？!?\n；;"
_SKIP_KINDS = ("date", "year", "duration", "rank")


_GATE_RE = re.compile(r"最(?:高|多|大|低|少|快|慢)[，,]")


def needs_superlatives(text: str) -> bool:
    return "最" in text and _GATE_RE.search(text) is not None


def settle_superlatives(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        if f["kind"] in _SKIP_KINDS:
            continue
        lo = max(0, max(text.rfind(c, 0, f["start"]) for c in _SENTENCE_MARKS) + 1)
        m = _SUPERLATIVE_RE.search(text, lo, f["start"])
        if m is None:
            continue
        holder = without_light_verb(_CHANGE_END_RE.sub("", m.group("holder")))   # 电子信息业增长最快: no verb
        if len(holder) < 2:
            continue
        subj = f.get("subject")
        if not (subj and len(subj) >= 2 and holder.startswith(subj)):
            f["subject"] = holder               # (the holder's name given already stays: 食品烟酒消费|人均花销)
        end = min((k for k in (text.find(c, f["end"]) for c in _SENTENCE_MARKS) if k >= 0), default=len(text))
        for g in facts[i + 1:]:
            if g["start"] >= end:
                break
            if g["kind"] not in _SKIP_KINDS and not g.get("subject"):
                g["subject"] = holder           # 達1.205萬人次，按年增8%: the holder's change
