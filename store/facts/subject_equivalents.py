"""A level restated against other yardsticks: `為數4403億美元的外滙儲備資產總額，相當於香港流通貨幣約7倍，
或港元貨幣供應M3約47%` — the multiple and the share are the reserve's (the level's), while what
相当于 names (香港流通貨幣, 港元貨幣供應M3) is only the yardstick, the base.

- a multiple or share after 相当于/相當於 whose subject is the yardstick itself gets the subject of the
  sentence's level before it (money, count, quantity);
- a clause opening with 或/或者/即/亦即 right after such a clause restates the same thing against another
  yardstick: its share or multiple takes the same subject (`…约七倍多,或港元货币供应M3的47%`).
(subject_restated names a share in the same clause as 相当于; this adds the multiple and the clause after.)
Gated on 相当于/相當於 in the text.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_EQ = ("相当于", "相當於")
_CLAUSE_MARKS = "，,；;：:"
_SENTENCE_MARKS = "。！？!?\n"
_OR_RE = re.compile(r"^\s*(?:或者|或是|或|亦即|即)")
_KINDS = ("percent", "multiple")
_LEVEL_KINDS = ("money", "count", "quantity")


def needs_equivalents(text: str) -> bool:
    return "相当于" in text or "相當於" in text


def _clause_start(text: str, s: int) -> int:
    i = s - 1
    while i >= 0 and text[i] not in _CLAUSE_MARKS and text[i] not in _SENTENCE_MARKS:
        i -= 1
    return i + 1


def _sentence_start(text: str, s: int) -> int:
    return max(text.rfind(c, 0, s) for c in _SENTENCE_MARKS) + 1


def settle_equivalents(text: str, facts: list[Fact]) -> None:
    sentence = -1
    level: Fact | None = None
    last_eq: tuple[int, Fact] | None = None     # (clause start, fact) of the last restated figure
    for f in facts:
        s = f["start"]
        a = _sentence_start(text, s)
        if a != sentence:
            sentence, level, last_eq = a, None, None
        if f["kind"] in _LEVEL_KINDS:
            level = f
        if f["kind"] not in _KINDS:
            continue
        cs = _clause_start(text, s)
        pre = text[cs:s]
        k = max(pre.rfind(e) for e in _EQ)
        if k >= 0:
            base = pre[k + 3:]
            subj = f.get("subject")
            if subj and subj in base and level is not None and level.get("subject"):
                f["subject"] = level["subject"]     # 相當於香港流通貨幣約7倍: the reserve's
            last_eq = (cs, f)
        elif last_eq is not None and _OR_RE.match(pre) and last_eq[1].get("subject") and (
                _clause_start(text, cs - 1) == last_eq[0] if cs >= 1 else False):
            f["subject"] = last_eq[1]["subject"]     # …，或港元貨幣供應M3約47%: the same thing's
            last_eq = (cs, f)
