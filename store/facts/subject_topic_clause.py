"""A statistical bulletin's topic clause: the indicator named alone before the figures' clauses.

Hong Kong's statistics releases open a sentence with the indicator and its own comma, then
say when and against what it moved (`住宿及膳食服务业的增加价值,在2024年第二季与上年同期比较
实质下跌6.3%,而第一季则上升0.9%`; `…的增加价值,在…比较录得3.2%的实质升幅,而第一季的升幅为
1.2%`).  The clause holding a figure names only the period and the comparison, so the figure
has no subject of its own, or only a rate word (升幅); every such figure of the sentence
measures the topic.  The topic is a noun phrase without a figure, a verb or a mark of a
clause (X的Y, and lists with 、/及/和 are kept whole); the clause after it opens with the
period it is told for (在…, 於…, 截至…: `經季節性調整的綜合消費物價指數,截至二零二二年五月止的三個月的
平均每月升幅為0.1%`, where the figure's own phrase is only the topic's rate).
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import RATE_NOUNS
from .text_marks import TextMarks

Fact = dict[str, Any]

# the topic: a phrase ending in an indicator word, then its comma and a clause opening on a period
_TOPIC_RE = re.compile(
    r"([^\s\d，,。；;：:！？!?（）()“”\"]{3,30}?(?:价值|價值|总值|總值|增加值|出口|进口|進口|开支|開支|"
    r"销货价值|銷貨價值|收益|收入|产量|產量|指数|指數|物价|物價|人数|人數|数目|數目|总额|總額|销售|銷售|"
    r"货值|貨值|贸易|貿易))[，,]\s*(?:[在於于](?:[\d一二三四五六七八九十〇零]|本年|今年|去年|上年|同年|第)|截至|截止)")
_RATE_ENDS = ("升幅", "跌幅", "增幅", "降幅")     # 截至…止的三個月的平均每月升幅: the topic's rate
_RATE_WORDS = frozenset(RATE_NOUNS) | {"实质升幅", "實質升幅", "实质跌幅", "實質跌幅", "按年升幅", "按年跌幅"}
# words that make the phrase a clause, not a name
_VERB_RE = re.compile(r"[是为為将將会會已]|表示|指出|显示|顯示|公布|預計|预计|由于|由於|因为|因為")
_TOPIC_KINDS = ("percent", "points", "money", "count", "quantity", "multiple", "index")


def settle_topic_clauses(text: str, facts: list[Fact], marks: TextMarks) -> None:
    """Give the sentence's topic to its figures that have no subject or only a rate word."""
    done: dict[int, str | None] = {}
    for f in facts:
        if f["kind"] not in _TOPIC_KINDS:
            continue
        subj = f.get("subject")
        a = marks.sentence_start(f["start"])
        if a not in done:
            done[a] = _topic(text, a)
        topic = done[a]
        if not topic or f["start"] <= a + len(topic):
            continue
        # none, a rate word, or a piece of the topic the clause itself does not write (進出口 of 進出口貿易業…)
        if (not subj or subj in _RATE_WORDS or subj.endswith(_RATE_ENDS)
                or subj in topic and subj not in text[marks.clause_start(f["start"]):f["start"]]):
            f["subject"] = topic


def _topic(text: str, a: int) -> str | None:
    m = _TOPIC_RE.match(text, a)
    if m is None:
        # a sentence may open with a heading number or a line mark (— 1. ); nothing else
        lead = re.match(r"\s*(?:[—\-·•]|\d{1,3}[.、．])?\s*", text[a:a + 8])
        m = _TOPIC_RE.match(text, a + lead.end()) if lead and lead.end() else None
    if m is None or _VERB_RE.search(m.group(1)):
        return None
    return m.group(1)
