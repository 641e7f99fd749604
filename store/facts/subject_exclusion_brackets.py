"""A bracket saying what an indicator leaves out is no subject: `经营利润(不包括其他收益、投资物业公平值变动及
出售…的相关直接开支)由上年度的646.0百万港元增长约14.6%至740.4百万港元` is the operating profit's, not the
excluded 相关直接开支 that the phrase left of the figure was cut from.

A figure whose subject lies inside such a bracket (opening with 不包括, 不包含, 不含, 扣除, 剔除, 未计, 除去 …),
closed in the figure's own clause, takes the phrase written right before the bracket (2–20 characters,
no figure, no clause mark) as its subject (a subject that runs into the bracket is cut at it), or keeps its own when there is none; the later figures of
the sentence that took the same words take the indicator too.
Gated on a bracket and a note word in the text (subject_basis_notes takes the subjects that start with the
note word; this one those cut from inside the note).
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_NOTE_RE = re.compile(r"[（(](?:不包括|不包含|不含|扣除|剔除|未计|未計|除去|撇除)")
_BEFORE_RE = re.compile(r"([^，,；;：:、。（()）\d０-９\s]{2,20})\s*$")
_MARKS = "，,；;。！？!?\n"


_NOTES = ("不包括", "不包含", "不含", "扣除", "剔除", "未计", "未計", "除去", "撇除")


def needs_exclusion_brackets(text: str) -> bool:
    """An opening bracket followed by a note word anywhere in the text (brackets are few: found one by one)."""
    for ch in "（(":
        k = text.find(ch)
        while k >= 0:
            if text.startswith(_NOTES, k + 1):
                return True
            k = text.find(ch, k + 1)
    return False


def settle_exclusion_brackets(text: str, facts: list[Fact], marks: TextMarks) -> None:
    done: dict[tuple[int, str], str] = {}       # (sentence, note's words) → the indicator: later clauses took them
    for f in facts:
        s = f.get("subject")
        if not s:
            continue
        a = marks.sentence_start(f["start"])
        if (a, s) in done:
            f["subject"] = done[(a, s)]        # …为12.3亿港元，增长5%: the same indicator's
            continue
        c = max(text.rfind("）", a, f["start"]), text.rfind(")", a, f["start"]))
        if c < 0 or any(m in text[c + 1:f["start"]] for m in _MARKS):
            continue
        q = max(text.rfind("（", a, c), text.rfind("(", a, c))
        if q < 0 or not _NOTE_RE.match(text, q):
            continue
        k = s.find(text[q:q + 3])
        if k >= 2 and not _NOTE_RE.search(s, 0, k):
            f["subject"] = done[(a, s)] = s[:k].rstrip()    # 基本溢利(撇除…: the name before the bracket
            continue
        if s not in text[q:c]:
            continue
        m = _BEFORE_RE.search(text, a, q)
        if m:
            f["subject"] = done[(a, s)] = m.group(1)        # 经营利润(不包括…相关直接开支)由…增长: 经营利润
