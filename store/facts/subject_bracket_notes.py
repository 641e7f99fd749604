"""A ratio defined in brackets is the ratio's name, without the definition.

Results write a ratio with its definition (`資產負債比率(以債務淨額除以股本總額加債務淨額)為200%`,
`資產負債比率（按債務淨額除以總資本計算）為45%`); the subject kept the bracket, often cut inside it
(`負債比率(以債務淨額除以股本總額加債務淨額`).

- a subject cut inside a bracket that opens a definition (`(以…`, `(按…`, `(即…`) keeps the name
  before the bracket, with the characters of
  the same word the cut left before it (資產), when that name has two characters or more.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# a definition opens with these (以債務淨額除以…, 按…計算, 即…, 扣除…)
_DEFINING = ("以", "按", "即", "指", "扣除", "不包括", "不包含")
_DIGIT_RE = re.compile(r"[\d０-９]")
_MARKS = "，,。；;：:！？!?\n)）"
_CJK_RE = re.compile(r"[\u4e00-\u9fff]{1,4}$")


def needs_bracket_notes(facts: list[Fact]) -> bool:
    for f in facts:
        if s := f.get("subject"):
            if "(" in s or "（" in s:
                return True
    return False


def settle_bracket_notes(text: str, facts: list[Fact]) -> None:
    for f in facts:
        s = f.get("subject")
        if not s or ("(" not in s and "（" not in s):
            continue
        k = min(i for i in (s.find("("), s.find("（")) if i >= 0)
        if ")" in s[k:] or "）" in s[k:] or not s.startswith(_DEFINING, k + 1):
            continue                            # 广义货币（M2）余额: an abbreviation, kept
        name = s[:k].strip()
        if _DIGIT_RE.search(name):
            continue                            # ９２４．４０元（即…: a figure's bracket, no ratio named
        at = text.rfind(s, 0, f["start"])
        if at > 0:
            begin = max(text.rfind(c, 0, at) for c in _MARKS) + 1
            m = _CJK_RE.search(text, begin, at)
            if m and m.start() == begin:
                name = text[begin:at] + name     # 資產 left before 負債比率 by the cut
        f["subject"] = name if len(name) >= 2 else None
