"""A subject that is only a word of the figure's frame, not what it measures.

- A time word after 在 (`因此港元存款在月內增加1.7%`: 月內): the figure is the noun's before 在 (港元存款).
- A unit's short name in brackets after 每… (`跌至每百萬英熱單位 (MMBtu)3.70 美元`: MMBtu): the price is the
  indicator's of the figure told before it in the sentence (天然氣期貨價格).
Gated on the subjects.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_TIME_WORDS = frozenset({"月內", "月内", "年內", "年内", "期內", "期内", "週內", "周內", "周内", "日內", "日内", "季內", "季内"})
_BEFORE_AT_RE = re.compile(r"(?:因此|因而|所以|其中|而|同時|同时)?([\u4e00-\u9fff]{2,12}?)在$")
_UNIT_RE = re.compile(r"^[A-Za-z]{2,8}$")
_SKIP_KINDS = ("date", "year", "duration")


def needs_frame_words(facts: list[Fact]) -> bool:
    for f in facts:
        s = f.get("subject")
        if s and (s in _TIME_WORDS or _UNIT_RE.match(s)):
            return True
    return False


def settle_frame_words(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for i, f in enumerate(facts):
        s = f.get("subject")
        if not s:
            continue
        c = marks.clause_start(f["start"])
        if s in _TIME_WORDS:
            k = text.find(s, c, f["start"])
            m = _BEFORE_AT_RE.search(text, c, k) if k > c else None
            if m:
                f["subject"] = m.group(1)             # 港元存款在月內增加1.7%: 港元存款
        elif _UNIT_RE.match(s) and re.search(r"每[^，,；;。]{1,10}[(（]\s*" + re.escape(s) + r"\s*[)）]\s*$",
                                             text[c:f["start"]]):
            a = marks.sentence_start(f["start"])
            for g in reversed(facts[:i]):
                if g["start"] < a:
                    break
                if g["kind"] not in _SKIP_KINDS and g.get("subject") and not _UNIT_RE.match(g["subject"]):
                    f["subject"] = g["subject"]       # 每百萬英熱單位 (MMBtu)3.70 美元: the price told before
                    break
