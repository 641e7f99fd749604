"""A subject that is only a span or session word with a verb or a rate word names nothing: `恒指半日收報18851.35點,
…,最高見18899.49點,低見18575.45點`, `恒生科技指數…，全周跌幅為1.02%`, `國際金價…單週暴漲8.5%`, `私樓售價指數報380點,
…按年則微升0.07%`, `博彩毛收入…,日均約七點四億元`, `全国玉米平均价格2.45元/公斤,与上周持平,同比上涨4.3%` gave
最高見, 低見, 全周跌幅, 單週, 年則, 日均, 上周持平: what the figure measures is the sentence's topic — the
subject of its first figure, named before that figure in the same sentence (恒指, 恒生科技指數, 國際金價).
The words are a closed list: spans and sessions (全周, 單週, 半日, 日均, 按年, 盤中, 最高, 低 …), then adverbs (則, 累計,
再度 …), then at most one verb of a level or a move (見, 報, 開出, 持平, 累積) or a rate word (跌幅, 漲幅 …).
"""

from __future__ import annotations

import re
from typing import Any

from .words import opens_with_verb

Fact = dict[str, Any]

_SPAN = (r"全周|全週|單週|单周|本周|本週|上周|上週|當周|当周|半日|全日|早盤|早盘|午盤|午盘|尾盤|尾盘|日內|日内|盤中|盘中"
         r"|日均|月均|周均|週均|按年|按月|按周|按季|年|月|最高|最低|高|低|亞洲盤|亚洲盘|歐洲盤|欧洲盘|美洲盤|美洲盘"
         r"|過去[一二三四五六七八九十兩两\d]+個?(?:月|年|周|週|交易日)|过去[一二三四五六七八九十两\d]+个?(?:月|年|周|交易日)")
_ADVERB = r"則|则|累計|累计|亦|也|再|更|一度|微幅|大幅|再度"   # not 仅: 年仅9岁 is an age
_TAIL = (r"見|见|報|报|開出|开出|收|收報|收报|持平|跌幅|漲幅|涨幅|升幅|降幅|增幅|累積|累积|跌|漲|涨|升|降|多|少|"
         r"暴漲|暴涨|暴跌|大漲|大涨|大跌|上漲|上涨|下跌")
_EMPTY_RE = re.compile(rf"(?:{_SPAN})+(?:{_ADVERB})*(?:{_TAIL})?")
_SENTENCE_END = "。！？!?\n"


def needs_session_words(facts: list[Fact]) -> bool:
    for f in facts:
        if (s := f.get("subject")) and len(s) <= 8 and _EMPTY_RE.fullmatch(s):
            return True
    return False


def settle_session_words(text: str, facts: list[Fact]) -> None:
    figs = [f for f in facts if f["kind"] not in ("date", "year")]
    for f in figs:
        s = f.get("subject")
        if not s or len(s) > 8 or not _EMPTY_RE.fullmatch(s):
            continue
        topic = _sentence_topic(text, f, figs)
        if topic:
            f["subject"] = topic


def _sentence_topic(text: str, f: Fact, figs: list[Fact]) -> str | None:
    """The subject of the sentence's first figure, when the sentence names it before that figure."""
    lo = max(text.rfind(c, 0, f["start"]) for c in _SENTENCE_END) + 1
    first = next((g for g in figs if g["start"] >= lo), None)
    if first is None or first is f:
        return None
    subj = first.get("subject")
    if not subj or _EMPTY_RE.fullmatch(subj) or text.find(subj, lo, first["start"]) < 0 or opens_with_verb(subj):
        return None                             # (造成6人遇害: a verb is no topic)
    return subj
