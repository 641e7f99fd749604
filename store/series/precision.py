"""When two figures for the same measurement agree.

A figure is as precise as it is written: 3.2万亿 says "between 3.15 and
3.25万亿", so 3.22万亿 agrees with it while 3.19万亿 and 3.22万亿 (both to
the hundredth) disagree.  A figure's step is the value of one unit in its
last written digit; it stands for the values within half a step of it, and
two figures agree when those spans overlap (touching is not enough: 100 and
101 differ).  Qualifiers widen a figure: 超/以上/多/余 make it a lower bound, 近/不到
an upper bound (on a figure below zero, a fall or a loss, the other way
round: 下降超过2% is -2 or lower), 约/左右 one step either way; a range
covers its span.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

_FIRST_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.(\d+))?")
_AT_LEAST = frozenset({"超", "超过", "以上", "多", "余", "逾", "突破", "过", "不低于", "至少", "多于"})
_AT_MOST = frozenset({"近", "不到", "以下", "不足", "接近", "不超过", "至多", "少于", "低于"})
_ABOUT = frozenset({"约", "左右", "大约", "上下", "大概", "近", "接近"})


def _decimal(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


@lru_cache(maxsize=1 << 16)  # figures repeat across articles (5%, 1.2万亿 …)
def value_step(surface: str, value_text: str | None) -> str | None:
    """The figure's step as decimal text: one unit of the last digit the
    surface writes, in the value's unit (4.3万辆 → 1000; 6.39‰ → 0.001)."""
    value = _decimal(value_text)
    if value is None:
        return None
    match = _FIRST_NUMBER.search(unicodedata.normalize("NFKC", surface))
    mantissa = _decimal(match.group(0).replace(",", "")) if match else None
    if mantissa:
        decimals = len(match.group(1) or "") if match else 0
        step = abs(value / mantissa) * Decimal(1).scaleb(-decimals)
    else:  # written in words (三千五百万): as precise as its last non-zero digit
        step = Decimal(1).scaleb(value.normalize().as_tuple().exponent if value else 0)
    step = step.normalize()
    if not step:
        return None
    return format(step, "f")


@dataclass(frozen=True)
class Reading:
    """One figure as an interval of the values it admits."""

    low: Decimal | None    # None: unbounded
    high: Decimal | None

    def overlaps(self, other: Reading) -> bool:
        lows = [x for x in (self.low, other.low) if x is not None]
        highs = [x for x in (self.high, other.high) if x is not None]
        if not lows or not highs:
            return True
        low, high = max(lows), min(highs)
        exact = self.low == self.high or other.low == other.high  # a figure of unknown precision
        return low < high or (low == high and exact)


def reading(value_text: str | None, high_text: str | None, step_text: str | None,
            qualifier: str | None) -> Reading | None:
    """The interval a figure admits: half a step either side, widened by
    its qualifier."""
    value = _decimal(value_text)
    if value is None:
        return None
    high = _decimal(high_text) or value
    low, high = min(value, high), max(value, high)
    step = _decimal(step_text) or Decimal(0)
    widen = step / 2 + (step if qualifier in _ABOUT else 0)
    at_least, at_most = qualifier in _AT_LEAST, qualifier in _AT_MOST
    if high < 0:  # 下降超过2% (-2), 亏损超2亿: beyond the figure is further below zero
        at_least, at_most = at_most, at_least
    return Reading(None if at_most else low - widen, None if at_least else high + widen)


def agree(a: tuple[str | None, str | None, str | None, str | None],
          b: tuple[str | None, str | None, str | None, str | None]) -> bool:
    """Whether two figures (value, high, step, qualifier) can be the same
    measurement: a figure that cannot be read never disagrees."""
    ra, rb = reading(*a), reading(*b)
    if ra is None or rb is None:
        return True
    return ra.overlaps(rb)
