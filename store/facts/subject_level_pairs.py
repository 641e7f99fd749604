"""Changes told as a run after as many levels are the levels' one by one, as a 分别 list would be:
`行業總收益達2,702.5億元,總支出為1,243.8億元,較2010年大幅增加42%及36%` is 行業總收益 +42 % and 總支出 +36 %,
`114年出口6407.5億美元、進口4836.1億美元，…，年增率達34.9%及22.6%` 出口 34.9 % and 進口 22.6 %,
`甲县、乙县和丙县分别为5805元、5389元和5250元，比上年增长5.1%、4.2%和3.3%` (a 分别 list, then its changes with
no 分别 of their own), `…依次为5805元、5389元和5250元,较上年同期增长423元、402元和385元` — not the last level's
subject for all, nor the last two levels' for the first two.

A run of two or more percent figures, or of changes in the levels' own kind and unit, joined by 及/和/与/與/、
alone, in a clause that names none of them (all carry one subject from before) and has no 分别, right after as
many money, count or quantity levels of the sentence with different subjects (only years and dates between),
takes those subjects in order.
Gated (subject_closing) on two percent figures or sums in a row with the same subject.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_JOINS = frozenset({"及", "和", "与", "與", "、", "以及"})
_LEVEL_KINDS = ("money", "count", "quantity")
_TIME_KINDS = ("year", "date")
_CHANGE_RE = re.compile(r"增加|减少|減少|增长|增長|下降|上升|上涨|上漲|下跌|多|少|增|减|減")


def settle_level_pairs(text: str, facts: list[Fact], marks: TextMarks) -> None:
    i = 0
    while i < len(facts) - 1:
        run = _run_at(text, facts, i)
        if len(run) < 2:
            i += 1
            continue
        i += len(run)
        f, g = facts[run[0]], facts[run[-1]]
        s = f.get("subject")
        a = marks.clause_start(f["start"])
        clause = text[a:g["end"]]
        if s in clause or "分别" in clause or "分別" in clause:
            continue                           # the clause names its subject, or distributes itself
        if f["kind"] != "percent" and not _CHANGE_RE.search(text, a, f["start"]):
            continue                           # sums joined with no change word: more levels, not their moves
        levels = []
        for h in reversed(facts[:run[0]]):
            if h["kind"] in _TIME_KINDS:
                continue
            if h["kind"] not in _LEVEL_KINDS or not h.get("subject") or len(levels) == len(run):
                break
            levels.append(h)
        start = marks.sentence_start(f["start"])
        if len(levels) != len(run) or any(h["start"] < start for h in levels):
            continue
        levels.reverse()
        names = [h["subject"] for h in levels]
        if len(set(names)) != len(names) or s not in names:
            continue
        if f["kind"] != "percent" and any(h["kind"] != f["kind"] or h.get("unit") != f.get("unit") for h in levels):
            continue                           # a run of sums moves levels told in its own unit only
        for k, name in zip(run, names):
            facts[k]["subject"] = name         # 行業總收益…,總支出…,較2010年大幅增加42%及36%


def _run_at(text: str, facts: list[Fact], i: int) -> list[int]:
    """Indices of the run of figures from facts[i] of one kind and one subject, joined by list words alone."""
    f = facts[i]
    s = f.get("subject")
    if not s or f["kind"] not in ("percent", *_LEVEL_KINDS):
        return []
    run = [i]
    while run[-1] + 1 < len(facts):
        g, h = facts[run[-1]], facts[run[-1] + 1]
        if h["kind"] != f["kind"] or h.get("subject") != s or text[g["end"]:h["start"]].strip() not in _JOINS:
            break
        run.append(run[-1] + 1)
    return run
