"""A change of a loss (`同比增亏14.38%至70.83%`, `减亏45.6%`) is the change of the profit the sentence
names, never the word 增亏.

Profit warnings state the profit and then its change (`归属于上市公司股东的净利润为-11,500万元至-7,700万元,
同比增亏14.38%至70.83%`); a range of percents took 增亏 as its subject.

- a percent whose subject is only 增亏/减亏 (增虧/減虧) takes the subject of the money figure before it
  in the same sentence, or none.
"""

from __future__ import annotations

from typing import Any

Fact = dict[str, Any]

LOSS_CHANGES = frozenset({"增亏", "减亏", "增虧", "減虧", "同比增亏", "同比减亏", "同比增虧", "同比減虧"})
_SENTENCE_MARKS = "。！？!?\n"


def needs_loss_changes(facts: list[Fact]) -> bool:
    for f in facts:
        if f.get("subject") in LOSS_CHANGES:
            return True
    return False


def settle_loss_changes(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        if f.get("subject") not in LOSS_CHANGES or f["kind"] not in ("percent", "points"):
            continue
        f["subject"] = None
        for g in reversed(facts[:i]):
            if any(c in text[g["end"]:f["start"]] for c in _SENTENCE_MARKS):
                break
            if g["kind"] == "money" and g.get("subject") and g["subject"] not in LOSS_CHANGES:
                f["subject"] = g["subject"]
                break
