"""A record is no subject: the figure is the indicator's the sentence named before it.

`去年12月出口金額來到624.8億美元，為歷年單月次高，年增43.4％`, `收报每桶63.10美元,此前触及5月1日以来最高每桶63.81美元`:
the clause before the figure (or its left phrase) only says how high the figure stands — 歷年單月次高, 以来最高,
創新高, 較高水平 — and was taken for what it measures.  Such a subject gives way to the subject of the figure
told before it in the same sentence (出口金額, 美国原油期货); with none there, the figure keeps no subject rather
than a record's name.  Counts keep theirs (`两项新的世界纪录`: records counted).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# a verb that sets or reaches the record, a horizon (…以来, 歷年單月), then the record's word
RECORD_ONLY_RE = re.compile(
    r"(?:[为為是创創达達到于於]|再[创創]|[触觸]及|刷新|[写寫]下|[处處]于|[处處]於|[维維]持|保持|[属屬]|[录錄]得)*"
    r"(?:[^，,。；;]{0,12}?以[来來])?"
    r"(?:[历歷][年史]|同期|[单單][月季日]|年[内內]|季度|[阶階]段性|多年|近期|自有[纪紀][录錄])*"
    r"(?:新高|次高|新低|次低|最高|最低|最佳|[纪紀记記][录錄]|[较較]?[高低](?:水平|水[準准]|位|[点點])|[高低]位|[高低][点點])"
    r"(?:水平|水[準准])?")
_LEVEL_KINDS = frozenset({"money", "percent", "points", "quantity", "index", "multiple"})
_SENTENCE_MARKS = "。！？!?\n"


def needs_records(norm: str) -> bool:
    for w in ("高", "低", "纪录", "紀錄", "记录", "記錄", "最佳"):
        if w in norm:
            return True
    return False


def settle_records(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        subj = f.get("subject")
        if not subj or f["kind"] not in _LEVEL_KINDS or not RECORD_ONLY_RE.fullmatch(subj):
            continue
        f["subject"] = _told_before(text, facts, i)


def _told_before(text: str, facts: list[Fact], i: int) -> str | None:
    """The subject of the nearest figure before facts[i] in its sentence that names no record."""
    s = facts[i]["start"]
    for g in reversed(facts[:i]):
        if any(c in _SENTENCE_MARKS for c in text[g["end"]:s]):
            return None
        subj = g.get("subject")
        if subj and g["kind"] in _LEVEL_KINDS and not RECORD_ONLY_RE.fullmatch(subj):
            return subj
    return None
