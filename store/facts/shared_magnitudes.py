"""A list of bare numbers closed by one figure with a magnitude shares that magnitude:
分别为1.80、1.88和1.58万亿元 is 1.80万亿元, 1.88万亿元, 1.58万亿元 (read as 1.80元 it
would be wrong by twelve places, worse than no figure); so does a list whose items write only the
magnitude's first character: 连续迈上100万、110万、120万和130万亿元台阶 is 100万亿元 … (each read as
万元 was wrong by eight places)."""

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


_ITEM_MAG_RE = re.compile(r"^-?([\d,.]+)\s?(万|亿)$")


def cut_magnitude(token: str, last_token: str) -> Decimal | None:
    """The value of a list item that writes only the first character of the last item's magnitude
    (100万 before 130万亿 → 100 × 10**12), or None when it writes its own."""
    item, last = _ITEM_MAG_RE.match(token), _TAIL_MAG_RE.match(last_token)
    if item is None or last is None or not last.group(1).startswith(item.group(2)) or last.group(1) == item.group(2):
        return None
    mag = shared_magnitude(last_token)
    return Decimal(item.group(1).replace(",", "")) * mag if mag is not None else None
