"""Two changes told as a pair after two levels are the levels' one by one, as a 分别 list would be:
`行業總收益達2,702.5億元,總支出為1,243.8億元,較2010年大幅增加42%及36%` is 行業總收益 +42 % and 總支出 +36 %,
`114年出口6407.5億美元、進口4836.1億美元，…，年增率達34.9%及22.6%` 出口 34.9 % and 進口 22.6 % — not
the last level's subject for both.

Two percent figures joined by 及/和/与/與/、 alone, in a clause that names neither (both carry one subject
from before) and has no 分别, right after two money, count or quantity levels of the sentence with
different subjects (only years and dates between), take those subjects in order.
Gated (subject_closing) on two percent figures in a row with the same subject.
"""

from __future__ import annotations

from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_JOINS = frozenset({"及", "和", "与", "與", "、"})
_LEVEL_KINDS = ("money", "count", "quantity")
_TIME_KINDS = ("year", "date")


def settle_level_pairs(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for i in range(1, len(facts)):
        f, g = facts[i - 1], facts[i]
        s = f.get("subject")
        if (f["kind"] != "percent" or g["kind"] != "percent" or not s or g.get("subject") != s
                or text[f["end"]:g["start"]] not in _JOINS):
            continue
        a = marks.clause_start(f["start"])
        clause = text[a:g["end"]]
        if s in clause or "分别" in clause or "分別" in clause:
            continue                           # the clause names its subject, or distributes itself
        levels = []
        for h in reversed(facts[:i - 1]):
            if h["kind"] in _TIME_KINDS:
                continue
            if h["kind"] not in _LEVEL_KINDS or not h.get("subject") or len(levels) == 2:
                break
            levels.append(h)
        if len(levels) != 2 or levels[0]["start"] < marks.sentence_start(f["start"]) \
                or levels[1]["start"] < marks.sentence_start(f["start"]):
            continue
        first, second = levels[1]["subject"], levels[0]["subject"]
        if first == second or s not in (first, second):
            continue
        f["subject"], g["subject"] = first, second     # 行業總收益…,總支出…,較2010年大幅增加42%及36%
