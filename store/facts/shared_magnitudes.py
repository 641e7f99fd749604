"""A list of bare numbers closed by one figure with a magnitude shares that magnitude:
分别为1.80、1.88和1.58万亿元 is 1.80万亿元, 1.88万亿元, 1.58万亿元 (read as 1.80元 it
would be wrong by twelve places, worse than no figure)."""

from __future__ import annotations

import re
from decimal import Decimal

from .numbers import CN_MAGS

# the last item's magnitude, after its Arabic digits (an approximation mark may stand
# between): 5.1亿, 1.58 万亿, 500余万, 3千万; only 万 and 亿 places (1、2和3千 is too rare to risk)
_TAIL_MAG_RE = re.compile(r"^-?[\d,.]+\s?[多余]?((?:[十百千]?万|[十百千]?亿|万亿|亿万)+)$")
_PLACES = {"十": 10, "百": 100, "千": 1000}


def shared_magnitude(last_token: str) -> Decimal | None:
    """The magnitude the list's last token carries (1.58万亿 → 10**12), or None."""
    m = _TAIL_MAG_RE.match(last_token)
    if m is None:
        return None
    p = 1
    for ch in m.group(1):
        p *= _PLACES.get(ch) or CN_MAGS[ch]
    return Decimal(p)
