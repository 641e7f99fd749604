"""A share of an issue allocated to a class of buyer is named by who got it (subj53).

Bond releases tell how an issue was placed by share first, then the buyer: `按投資者類別計,63%分配予銀行、16%予基金經理、
私人銀行及保險公司,以及21%予中央銀行、主權基金及國際組織`, `美元綠色債券當中72%分配予亞洲的投資者,28%予歐洲的投資者`.
The subject rules read the words before each share and gave `分配予銀行`, `予基金經理` (the list cut at 、), `分配予亞洲`,
or the previous clause's; an analyst copying 16% needs to know it went to fund managers, private banks and insurers.
Here a percentage right before (分配)予/给/給 takes the buyer after it: up to the clause's end, or up to the 、 (及, 以及)
that opens the next share.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_TO_RE = re.compile(r"\s*(?:分配|分派|拨|撥)?(?:予|给|給)(?![予以])")   # (予以, 给予: a grant, not a buyer)
_END_RE = re.compile(r"[，,。；;！!？?\n]|(?:、|以及|及|和)\s*(?=[\d.]+\s*%)|[（(]")
_EDGE = " 、的之"


def allocation_subjects(text: str, norm: str, facts: list[Fact]) -> None:
    """Each `X%(分配)予Y` share named by Y, the buyer (see the module doc)."""
    for f in facts:
        if f["kind"] != "percent":
            continue
        to = _TO_RE.match(norm, f["end"])
        if to is None:
            continue
        end = _END_RE.search(norm, to.end(), to.end() + 30)
        b = end.start() if end else min(len(norm), to.end() + 30)
        a = to.end()
        while a < b and text[a] in _EDGE:
            a += 1
        while b > a and text[b - 1] in _EDGE:
            b -= 1
        if 2 <= b - a <= 24 and not any(c.isdigit() for c in norm[a:b]):
            f["subject"] = text[a:b]
