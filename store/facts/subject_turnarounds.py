"""A turnaround is no subject: `期內扭虧賺2.97億元,2023年同期則蝕1,000萬元` is the net profit's (淨利潤), the loss a year
before too (sealed5 names `蝕2,213.6萬元` 淨利潤), not the verb `扭虧`'s.

A money figure whose subject is only the turnaround's verb (扭虧, 扭亏, 扭虧為盈, 扭亏为盈, 成功扭亏) is the net profit, named in
the script its text is written in (淨利潤, 净利润), as a bare loss is (subject_losses).  A count of firms that turned
around (`扭亏105家`) is a count, not money, and keeps its label.  Gated on 扭 in the text.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import TRADITIONAL_RE

Fact = dict[str, Any]

_TURNAROUND_RE = re.compile(r"(?:成功)?扭(?:虧|亏)(?:為盈|为盈)?")


def needs_turnarounds(text: str) -> bool:
    return "扭虧" in text or "扭亏" in text


def settle_turnarounds(text: str, facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if f["kind"] == "money" and subj and _TURNAROUND_RE.fullmatch(subj):
            f["subject"] = "淨利潤" if TRADITIONAL_RE.search(text, max(0, f["start"] - 40), f["start"]) else "净利润"
