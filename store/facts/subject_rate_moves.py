"""A central bank's rate move is a move of the rate the sentence names.

Taiwan's rate decisions count moves in 碼 (a quarter point): `2020年3月因應疫情降息1碼，重貼現率
一度跌至1.125%`, `首度升息1碼，後續連五季升息共3碼，重貼現率升至1.875％，加上去年第1季升息半碼`,
`宣布升息半码,也就是0.125%,使重贴现率从1.25%升到1.375%`.  The words before the move are
a reason, a term of office or a connective (因應疫情, 楊金龍任內, 後續連, 加上), never what
moved: the move's subject is the rate the sentence quotes — the nearest rate figure after it,
else the one before it — and none when the sentence quotes no rate (`如今终于宣布升息半码`).
A move whose clause names its rate (`調升利率達3.5碼`) keeps it; the same move restated in
points (`也就是0.125%`) is the same rate's; a definition (`1码是0.25个百分点`) measures nothing.
A streak of unchanged quarters (`利率已經連七季未再調整`) is a span, not a rate: no subject.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_MOVE_VERB_RE = re.compile(r"(?:升息|降息|加息|减息|減息)(?:共|合计|合計|了|約|约)?\s*$")
_RESTATED_RE = re.compile(r"^[，,]?\s*(?:也就是|也即|即|亦即)\s*$")
_DEFINITION_RE = re.compile(r"\s*(?:是|为|為|等于|等於|=)")
_RATE_END_RE = re.compile(r"(?:率|利率目标区间|利率目標區間)$")
_STREAK_RE = re.compile(r"[連连](?:续|續)?$")


def settle_rate_moves(text: str, facts: list[Fact], marks: TextMarks) -> None:
    moves = [i for i, f in enumerate(facts) if _is_move(text, f)]
    for i in moves:
        f = facts[i]
        subj = f.get("subject")
        if subj and _RATE_END_RE.search(subj) and subj in text[marks.clause_start(f["start"]):f["start"]]:
            continue                            # 調升利率達3.5碼: the clause names it
        f["subject"] = _quoted_rate(facts, i, marks)
        nxt = facts[i + 1] if i + 1 < len(facts) else None
        if nxt is not None and nxt["kind"] in ("percent", "points") and _RESTATED_RE.match(text[f["end"]:nxt["start"]]):
            nxt["subject"] = f["subject"]       # 升息半码,也就是0.125%
    for f in facts:
        if f["kind"] == "duration" and f.get("subject") and _STREAK_RE.search(f["subject"]):
            f["subject"] = None                 # 利率已經連七季: a streak


def _is_move(text: str, f: Fact) -> bool:
    if f["kind"] != "points":
        return False
    if _DEFINITION_RE.match(text, f["end"]):
        return False                            # 1码是0.25个百分点
    unit = f.get("unit") or ""
    return (unit.endswith(("碼", "码")) or _MOVE_VERB_RE.search(text, max(0, f["start"] - 6), f["start"]) is not None
            or _MOVE_VERB_RE.search(f.get("subject") or "") is not None)   # 分别加息25、50、75个基点: the items too


def _quoted_rate(facts: list[Fact], i: int, marks: TextMarks) -> str | None:
    a = marks.sentence_start(facts[i]["start"])
    after = before = None
    for j, g in enumerate(facts):
        if j == i or g["kind"] != "percent" or marks.sentence_start(g["start"]) != a:
            continue
        subj = g.get("subject")
        if not subj or not _RATE_END_RE.search(subj):
            continue
        if j > i:
            after = after or subj
        else:
            before = subj
    return after or before
