"""A loss's widening or narrowing is the loss's move, not its profit's: `上半年虧損7.6億美元,按年擴大近一倍` — the
level is a negative 淨利潤 (subject_losses), but its move `擴大近一倍` read as 淨利潤 up 1x says the profit doubled.
The move keeps the loss as written (`虧損`; `营办亏损` for `录得营办亏损2.54亿元，按年多蚀3倍`), as a change told
with the loss (`虧損擴大29%`) already does.

A change whose word widens or narrows (擴大, 扩大, 收窄, 缩窄, 縮窄, 多蝕, 多蚀, 少蝕, 少蚀) told right after a negative
money level of the same subject (nothing but a comma, 按年/同比/较上年同期 between) whose loss word the text writes
right before it, the subject renamed from that loss (no profit written before the loss: `归母净利润亏损8.33亿元,
同比扩大40.75%` stays the profit's, as unseen labels it), takes the loss word back in place of the profit word.
Gated on the change words.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_MOVE_WORDS = frozenset({"擴大", "扩大", "收窄", "缩窄", "縮窄", "多蝕", "多蚀", "少蝕", "少蚀"})
_GAP_RE = re.compile(r"\s*[，,]\s*(?:按年|同比|較上年同期|较上年同期|較去年同期|较去年同期)?(?:再|則|则)?\s*")
_LOSS_BEFORE_RE = re.compile(r"(淨虧損|净亏损|虧損|亏损)(?:為|为|達|达|約|约|了)?\s*$")
_LOSS_END_RE = re.compile(r"(?:淨虧損|净亏损|虧損|亏损)$")
_PROFIT_END_RE = re.compile(r"(?:淨利潤|净利润|利潤|利润|溢利|盈利)$")


def needs_loss_moves(facts: list[Fact]) -> bool:
    return any(f.get("change_word") in _MOVE_WORDS for f in facts)


def settle_loss_moves(text: str, facts: list[Fact]) -> None:
    level: Fact | None = None
    for f in facts:
        if f["kind"] in ("date", "year"):
            continue
        value = f.get("value")
        if f["kind"] == "money" and isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
            level = f
            continue
        word = f.get("change_word")
        w = text.rfind(word, level["end"], f["start"]) if level is not None and word in _MOVE_WORDS else -1
        if (level is not None and w >= 0 and (subj := f.get("subject")) and subj == level.get("subject")
                and _GAP_RE.fullmatch(text, level["end"], w)):
            loss = _LOSS_BEFORE_RE.search(text, max(0, level["start"] - 12), level["start"])
            profit = _PROFIT_END_RE.search(subj)
            if loss and profit and not text.endswith(profit.group(0), 0, loss.start()):
                f["subject"] = subj[:profit.start()] + loss.group(1)     # 虧損…,按年擴大近一倍: 虧損's
        elif (level is not None and w >= 0 and (subj := f.get("subject")) and (named := level.get("subject"))
                and _GAP_RE.fullmatch(text, level["end"], w) and (profit := _PROFIT_END_RE.search(subj))
                and (held := _LOSS_END_RE.search(named)) and subj[:profit.start()] == named[:held.start()]):
            f["subject"] = named        # 国航净亏损最高,达194.35亿元,同比扩大近1.9倍: the loss named, kept as written (cov53)
        level = None

