"""A day restated in another time zone, in brackets after the day it restates
(`美東時間22日下午6點（台灣時間23日早上6點）結算後，布蘭特原油期貨上漲3.03美元`): the figures after it are the
first day's (tests/gold/README.md, sealed14's public call: `美東時間22日下午6點` → 2025-10-22), so the bracketed
day dates none of them — it is kept out of the periods as a comparison base is."""

from __future__ import annotations

import re

# （台灣時間, (北京时间, （香港時間 … right before the day
_ZONE_OPEN_RE = re.compile(r"[（(][^（）()，,。；;]{0,6}(?:時間|时间)\s?$")
_GAP_RE = re.compile(r"[^（）()，,。；;]{0,12}$")   # the first day's own clock time (下午6點) before the bracket


def restated_day(norm: str, ms: int, prev_end: int | None) -> bool:
    """Whether the day at `ms` restates the day that ends at `prev_end` in another time zone."""
    if prev_end is None or not 0 < ms - prev_end <= 20:
        return False
    zone = _ZONE_OPEN_RE.search(norm, max(prev_end, ms - 10), ms)
    return zone is not None and bool(_GAP_RE.fullmatch(norm, prev_end, zone.start()))
