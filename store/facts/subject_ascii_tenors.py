"""A rate's tenor written in Latin letters before the rate's name, a space between (`3M SHIBOR`, `6M Shibor`,
`1Y LPR`): the tenor is part of the rate's name, as `1Y国股存单收益率` and `10年期国债收益率` keep theirs. Read
across the space, the subject was the bare name (`SHIBOR`), every tenor's rate alike. (A tenor is a label, never a
figure of its own: found27.)
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# (from the tenor's letter, rare in Chinese text, and the digit behind it: a scan from the digit tried every figure)
_CUE_RE = re.compile(r"(?<=\d)[YMWD] [A-Za-z]")
_TENOR_BEFORE_RE = re.compile(r"(?<![\dA-Za-z.])\d{1,2}[YMWD] $")


def needs_ascii_tenors(text: str) -> bool:
    return _CUE_RE.search(text) is not None


def settle_ascii_tenors(text: str, facts: list[Fact]) -> None:
    for f in facts:
        subject = f.get("subject")
        if not subject or not subject[:1].isascii() or not subject[:1].isalpha():
            continue
        k = text.rfind(subject, 0, f["start"])
        if k > 0 and (m := _TENOR_BEFORE_RE.search(text, max(0, k - 4), k)):
            f["subject"] = m.group(0) + subject          # 3M SHIBOR: the three-month rate
