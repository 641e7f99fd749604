"""A score is the athlete's or the team's: `中国队选手刘奕杉以92.25分的成绩夺得金牌`.

Sports reports state a result as `X以N的成绩…` (a time, points, rings, a medal tally); the
phrase left of the figure was cut at 以 or took the result word (`成绩夺得金牌`, `成绩摘得女子`),
and the figure's subject is the one who scored: the noun phrase before 以 in its clause, after a
title or a 的-clause qualifying it (`北京冬奥会冠军、山西队运动员苏翊鸣` → 山西队运动员苏翊鸣,
`由…组成的中国队` → 中国队), or, when the clause opens with 以, the noun the clause before it opens
with (`谢瑜独自出战，以240.9环的成绩…` → 谢瑜).  A clause before that opens with a verb gives none.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import SUBJECT_CHARS
from .text_marks import TextMarks
from .words import noun_phrase_end, opens_with_verb

Fact = dict[str, Any]

# the rest of a result written in parts (2分46秒516, 1金2银1铜, 65米40) before 的成绩
_RESULT_TAIL_RE = re.compile(r"[\d０-９.．:：'\"″′金银銀铜銅牌枚分秒环環米公斤点點]*的成[绩績]")
_BY_RE = re.compile(r"以(?![来來上下前后後及便免至为為])")
_HOLDER_SPLIT_RE = re.compile(r".*[的、，,]")
# 其中贺岁档, …李金恣分别, 最终: the words around the holder's name
_HOLDER_TRIM_RE = re.compile(r"^(?:其中|其中的|最终|最終|并|並|[\d０-９]{4}年度?)|(?:分别|分別|均|都|也|还|還|共同|最终|最終|并|並)$")
_NOT_HOLDER_RE = re.compile(r"[\d０-９第是]|^[一二三四五六七八九十两兩这這那他她它我你]")
_KINDS = ("duration", "quantity", "count", "index", "money", "percent")


def needs_scores(text: str) -> bool:
    return "的成绩" in text or "的成績" in text


def settle_scores(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for f in facts:
        if f["kind"] not in _KINDS or not _RESULT_TAIL_RE.match(text, f["end"]):
            continue
        lo = marks.clause_start(f["start"])
        by = None
        for by in _BY_RE.finditer(text, lo, f["start"]):
            pass
        if by is None or _has_figure_between(facts, by.end(), f):
            continue
        holder = _holder(text[lo:by.start()])
        if holder is None and not text[lo:by.start()].strip():
            holder = _clause_opening(text, marks, lo)
        f["subject"] = holder


def _has_figure_between(facts: list[Fact], a: int, f: Fact) -> bool:
    """Only the score's own parts stand between 以 and the figure (以1金2银1铜, 以一投65米40)."""
    return any(a <= g["start"] < f["start"] and g["kind"] not in _KINDS for g in facts)


def _holder(left: str) -> str | None:
    left = left.strip()
    m = _HOLDER_SPLIT_RE.match(left)
    name = _HOLDER_TRIM_RE.sub("", left[m.end():] if m else left)
    if len(name) < 2 or opens_with_verb(name.translate(SUBJECT_CHARS)) or _NOT_HOLDER_RE.search(name):
        return None
    return name


def _clause_opening(text: str, marks: TextMarks, lo: int) -> str | None:
    """谢瑜独自出战，以…: the noun the clause before opens with."""
    a = marks.sentence_start(lo)
    if lo - 1 <= a:
        return None
    prev = marks.clause_start(lo - 1)
    seg = text[prev:lo - 1].strip()
    if not seg or opens_with_verb(seg.translate(SUBJECT_CHARS)):
        return None
    n = noun_phrase_end(seg.translate(SUBJECT_CHARS))
    return seg[:n] if 2 <= n < len(seg) and not _NOT_HOLDER_RE.search(seg[:n]) else None
