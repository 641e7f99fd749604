"""A sentence opening with 其间 (`其间，全国铁路预计日均开行旅客列车1.1万列`) is told over the window the sentence before
closed (`假期运输将于5月30日启动，至6月3日共5天时间。`: 2025-05-30/2025-06-03, sealed44): its figures without a
period of their own take that window.  Only a window of days or months (a span, not a single day), read for a figure
or a date of the sentence right before; a sentence that names its own period keeps it.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_MEANWHILE_RE = re.compile(r"(?:其间|其間|在此期间|在此期間|此期间|此期間)\s?[，,]")
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")


def settle_meanwhile(norm: str, facts: list[Fact]) -> None:
    """Figures of a sentence opening with 其间 take the window the sentence before closed (module doc)."""
    for m in _MEANWHILE_RE.finditer(norm):
        head = norm[:m.start()].rstrip(" \u3000")
        if head and head[-1] not in "。！？!?\n":
            continue                            # 其间 inside a sentence: not its opening
        prev_end = len(head)
        prev_start = max((e.end() for e in _SENTENCE_END_RE.finditer(norm, 0, max(0, prev_end - 1))), default=0)
        window = None
        for f in facts:
            if prev_start <= f["start"] < prev_end and (p := f.get("period")) and "/" in p and "-" in p:
                window = (p, f.get("period_text"))
        if window is None:
            continue
        end = _SENTENCE_END_RE.search(norm, m.end())
        stop = end.end() if end else len(norm)
        mine = [f for f in facts if m.end() <= f["start"] < stop]
        if any(f["kind"] in ("date", "year") or f.get("period") for f in mine):
            continue                            # the sentence names its own period
        for f in mine:
            f["period"], f["period_text"] = window
