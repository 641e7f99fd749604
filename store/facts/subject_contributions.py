"""A contribution is its contributor's: `英國投資為集團貢獻44.43億元,按年下降9%` (a Hong Kong group's segments) is
英國投資's contribution and its fall, not `集團貢獻`'s — as `國外淨需求對經濟成長貢獻七．二一個百分點` is 國外淨需求's (sealed3).

A figure whose subject is only the receiver and the verb (集團貢獻, 集团贡献了), written right after 為/为/向 in its
clause, takes the noun phrase that opens the clause before 為 (2–12 characters, no figure); every figure of the
sentence with that subject does.  Gated on 貢獻/贡献.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_RECEIVER_RE = re.compile(r"[^\s，,。；;：:]{1,8}(?:貢獻|贡献)了?")
_CONTRIBUTOR_RE = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,12})[為为向]$")
_STOPS = "，,。；;：:\n"


def needs_contributions(text: str) -> bool:
    return "貢獻" in text or "贡献" in text


def settle_contributions(text: str, facts: list[Fact]) -> None:
    named: dict[str, str] = {}
    for f in facts:
        subj = f.get("subject")
        if not subj or not _RECEIVER_RE.fullmatch(subj):
            continue
        if subj not in named:
            k = text.rfind(subj, 0, f["start"])
            if k < 1:
                continue
            c = max(text.rfind(ch, 0, k) for ch in _STOPS) + 1
            m = _CONTRIBUTOR_RE.search(text, c, k)
            if not m or m.start() != c + len(text[c:k]) - len(text[c:k].lstrip()):
                continue
            named[subj] = m.group(1)
        f["subject"] = named[subj]                     # 英國投資為集團貢獻44.43億元: 英國投資's
