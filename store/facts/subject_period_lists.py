"""A list over periods (`各季分別為…`) is a list of the indicator named before it, not of `各季`.

Taiwan and mainland releases give an indicator for a year, then its quarters or months in a 分别
list: `2025年全年GDP成長率為4.45%，各季分別為第1季5.45%、第2季8.01%…`, `規模以上工業增加值增長5.8%，
各季度分别增长6.1%、5.7%…`.  The phrase before 分别 names the periods the items stand for, and was
taken as every item's subject (`各季`, `季度`).

- An item whose subject is only such a word of periods (`各季`, `各季度`, `季度`, `各月`, `逐月`…) takes
  the subject of the nearest earlier figure of its sentence that has one of its own; none is left
  when there is none (the periods are no indicator).
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_PERIOD_WORDS_RE = re.compile(r"(?:(?:各|逐|每)(?:季度?|月份?|年度?|半年|周|週)|季度|月份)(?:的|均|都)?")
_SKIP_KINDS = ("date", "year", "duration")


def is_period_word(s: str) -> bool:
    return len(s) <= 4 and _PERIOD_WORDS_RE.fullmatch(s) is not None


def needs_period_lists(facts: list[Fact]) -> bool:
    for f in facts:
        s = f.get("subject")
        if s and len(s) <= 4 and s[-1] in "季度月份年周週的均都" and is_period_word(s):
            return True
    return False


def settle_period_lists(facts: list[Fact], marks: TextMarks) -> None:
    for i, f in enumerate(facts):
        s = f.get("subject")
        if not s or f["kind"] in _SKIP_KINDS or not is_period_word(s):
            continue
        a = marks.sentence_start(f["start"])
        whose = None
        for g in reversed(facts[:i]):
            if g["start"] < a:
                break
            gs = g.get("subject")
            if gs and g["kind"] not in _SKIP_KINDS and not is_period_word(gs):
                whose = gs
                break
        f["subject"] = whose
