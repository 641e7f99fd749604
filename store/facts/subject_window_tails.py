"""A market's window told after the thing that moved is no part of it: `黄金价格周线上涨2.3%` (the week's candle),
`恒生指數全周累升580點`, `布伦特原油期货周跌幅为2.8%`, `白银周线下跌1.1%` are the gold price's, the Hang Seng's, the
Brent future's and silver's moves over the week, as `恒指本周累升` is (a week word before the verb is cut as a period;
written right after the name, it stayed in the subject); a window alone (`…收盤報4,976.20美元，單週暴漲8.5%`, `週線上漲
1.8%`) is the move of what the sentence priced before it.  A week that names a thing (`黄金周`, `时装周`, `上周`) stays.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_CANDLES = ("周线", "周線", "週線", "月线", "月線", "日线", "日線")
_WEEKS = ("全周", "全週", "整周", "整週", "单周", "單周", "單週", "周", "週")
# what follows the window when it is one: a rate word or a move
_MOVE_RE = re.compile(r"[\s\x00]*(?:[跌涨漲升降增][幅]|累[升跌涨漲计計]|上[涨漲升]|下[跌降]|[涨漲跌升降]|收)")
# a week after these is a name or a period of its own (黄金周, 时装周, 上周, 两周)
_NAMED_WEEK_BEFORE = set("一二两兩三四五六七八九十每上本下当當前后後近首末金装裝传傳动動礼禮车車")


# a window alone as a move's subject (單週暴漲8.5%, 週線上漲1.8%) names nothing: the move is the thing's the sentence
# priced before it
_ALONE = frozenset({"单周", "單周", "單週", "周线", "周線", "週線"})
_MOVE_KINDS = ("percent", "points", "money", "index", "quantity")
_SENTENCE_MARKS = "。！？!?\n"


def needs_window_tails(facts: list[Fact]) -> bool:
    for f in facts:
        if (f.get("subject") or "").endswith(("周", "週", "线", "線")):
            return True
    return False


def settle_window_tails(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        subj = f.get("subject") or ""
        if subj in _ALONE:
            if f["kind"] in _MOVE_KINDS and (owner := _priced_before(text, facts, i)):
                f["subject"] = owner
            continue
        cut = _window_cut(text, f, subj)
        if cut:
            f["subject"] = subj[:-cut]


def _priced_before(text: str, facts: list[Fact], i: int) -> str | None:
    """The subject of the nearest figure before facts[i] in its sentence that names a thing."""
    for g in reversed(facts[:i]):
        if any(c in text[g["end"]:facts[i]["start"]] for c in _SENTENCE_MARKS):
            return None
        subj = g.get("subject")
        if subj and subj not in _ALONE and g["kind"] in _MOVE_KINDS:
            return subj
    return None


def _window_cut(text: str, f: Fact, subj: str) -> int:
    """How many characters of the window end `subj`, 0 when it ends with none."""
    candle = next((c for c in _CANDLES if subj.endswith(c)), None)
    week = candle or next((w for w in _WEEKS if subj.endswith(w)), None)
    if week is None or len(subj) - len(week) < 2:
        return 0
    k = text.rfind(subj, max(0, f["start"] - 40), f["start"])
    if k < 0 or not _MOVE_RE.match(text, k + len(subj)):
        return 0
    if len(week) == 1 and subj[-2] in _NAMED_WEEK_BEFORE:
        return 0
    return len(week)
