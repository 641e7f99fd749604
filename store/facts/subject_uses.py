"""A sum given out for a purpose is named by the purpose when that is a noun phrase:
`中央财政下达1546.83亿元用于困难群众救助补助资金` → 困难群众救助补助资金 (not the giver,
nor an indicator of the clause before).  A purpose that opens with a verb (用于支持…) is an
aim, not a name, and is left to the other rules.
"""

from __future__ import annotations

import re
from typing import Any

from .words import opens_with_verb

Fact = dict[str, Any]

_USED_FOR_RE = re.compile(r"[\x00\x01\s]*(?:专项)?用于([^，,。；;：:、\s\x00\x01\d]{2,16})(?=[，,。；;]|$)")
_GIVEN_RE = re.compile(r"(?:下达|安排|拨付|划拨|下拨|拨出|投入|筹集|发放|提供|预拨|追加)(?:了)?(?:资金)?[\x00\x01\s]*$")


def used_for(text: str, simp: str, f: Fact, lo: int, hi: int) -> str | None:
    """The purpose named after `…下达N亿元用于`, or None."""
    m = _USED_FOR_RE.match(simp, f["end"], hi)
    if not m or not _GIVEN_RE.search(simp, lo, f["start"]) or opens_with_verb(m.group(1)):
        return None
    return text[m.start(1):m.end(1)]
