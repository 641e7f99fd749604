"""The level a move starts from is the mover's: `印花稅收入由去年預算676億向上修訂為955億`, `利得稅由預算1922億增加至
2090億`, `煙草稅亦從38億低位反彈至55億` gave 預算 (the base's kind of figure) or 低位反彈 (the words after the figure)
to both levels: what moved is the clause's opener before 由/從 (印花稅收入, 利得稅, 煙草稅), and so is the level it
moved to.  Read when the clause is `X (亦/也/則…) 由/從 (去年/原) (預算/估計/預測) figure … 至/為 figure` (two levels of one kind, not
spans or ranks: `由9名法官组成`, `从十年前的…` are no move), X a noun phrase of 2 to 12 characters opening the clause, and
the first level's subject is that base word, the words after it (not a count's noun: `从98个议席增加到148个`), or none.
"""

from __future__ import annotations

import re
from typing import Any

from .words import starts_with_verb

Fact = dict[str, Any]

_FROM_RE = re.compile(r"(?P<x>[\u4e00-\u9fff]{2,12}?)(?:亦|也|則|则|將|将|已|均)?(?:由|從|从)"
                      r"(?P<base>(?:去年|上年|原來|原来|原)?(?:預算|预算|估計|估计|預測|预测|預計|预计)?)\s*$")
_TO_RE = re.compile(r"[^，,。；;！？!?\d]{0,8}?(?:至|到|為|为)\s*$")
_NOT_LEVELS = {"duration", "rank"}
_SUMS = {"count", "money"}      # 38億 bare reads as a count, 55億 after 煙草稅 as money: one level's kinds
_CLAUSE_CUT = "，,；;。！？!?\n：:"
_REACH = 24


def needs_from_levels(text: str) -> bool:
    return "由" in text or "從" in text or "从" in text


def settle_from_levels(text: str, facts: list[Fact]) -> None:
    figs = [f for f in facts if f["kind"] not in ("date", "year")]
    for f, nxt in zip(figs, figs[1:]):
        kinds = {f["kind"], nxt["kind"]}
        if kinds & _NOT_LEVELS or len(kinds) > 1 and not kinds <= _SUMS or not _TO_RE.fullmatch(text, f["end"], nxt["start"]):
            continue                            # no move to a second level of the same kind: 由9名法官组成, 从五个方面
        lo = f["start"]
        while lo > 0 and text[lo - 1] not in _CLAUSE_CUT and f["start"] - lo < _REACH:
            lo -= 1
        if lo > 0 and text[lo - 1] not in _CLAUSE_CUT:
            continue
        m = _FROM_RE.fullmatch(text, lo, f["start"])
        if m is None or starts_with_verb(m.group("x")):
            continue
        old = f.get("subject")
        after = bool(old) and text.startswith(old, f["end"])
        if old and not (m.group("base").endswith(old) or after) or after and f["kind"] == "count" and f.get("unit"):
            continue                            # a subject of its own, or the noun a count counts: kept
        f["subject"] = m.group("x")
        if nxt.get("subject") in (old, None):
            nxt["subject"] = m.group("x")       # …向上修訂為955億: the level reached, the same mover's
