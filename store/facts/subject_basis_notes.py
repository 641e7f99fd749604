"""A note on the basis of a comparison is no subject: `一般公预算总收入5382.3亿元、同口径增长1.9%` is the
revenue's growth on a like-for-like basis (not the growth of `同口径`), and `一般公共预算支出(扣除…专项资金
支出外)增长3%以上` the spending's (not the bracketed exclusion's).

- a subject that is only a basis word (同口径, 按可比口径 …) becomes the subject of the level before it in
  the same part of the sentence (up to ；/。), or none;
- a subject that is an exclusion note in brackets (扣除/剔除/不含 … 外) becomes the phrase written right
  before the bracket, when that is a phrase of 2–20 characters without a figure.
Gated on such a subject (a set look-up and a prefix test per fact).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_BASIS = frozenset({"同口径", "同口徑", "按同口径", "按同口徑", "可比口径", "可比口徑", "按可比口径", "按可比口徑",
                    "按可比价", "按可比價", "按可比价格", "按可比價格"})
_NOTES = ("扣除", "剔除", "不含", "不包括")
_STOPS = "；;。！？!?\n"
_LEVEL_KINDS = ("money", "count", "quantity")
_BEFORE_RE = re.compile(r"([^，,；;：:、。（(\d０-９]{2,20})\s*$")


def needs_basis_notes(facts: list[Fact]) -> bool:
    return any((s := f.get("subject")) and (s in _BASIS or s.startswith(_NOTES)) for f in facts)


def settle_basis_notes(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        s = f.get("subject")
        if not s:
            continue
        if s in _BASIS:
            f["subject"] = _level_before(text, facts, i)
        elif s.startswith(_NOTES):
            p = text.rfind(s[:2], 0, f["start"])
            q = max(text.rfind("（", 0, p + 1), text.rfind("(", 0, p + 1)) if p >= 0 else -1
            if q >= 0 and not any(c in text[q:p] for c in "）)") and (m := _BEFORE_RE.search(text, 0, q)):
                f["subject"] = m.group(1).strip()      # 一般公共预算支出(扣除…外)增长3%: the spending


def _level_before(text: str, facts: list[Fact], i: int) -> str | None:
    s = facts[i]["start"]
    for g in reversed(facts[:i]):
        if any(c in text[g["end"]:s] for c in _STOPS):
            return None
        if g["kind"] in _LEVEL_KINDS and g.get("subject") and g["subject"] not in _BASIS:
            return g["subject"]
    return None
