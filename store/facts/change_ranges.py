"""A range of rates after a change verb: `同比增长30%到50%`, `每亩产能提高10%到20%`, `净利润同比下降171.47%至
241.52%` are one percent figure from the low to the high end (tests/gold/README.md labels every such forecast as a
range), while `减少约1,500人至3,830,100人` is a change and then the level reached (figures.py reads it so).

Between two percents 至/到 after a change verb also opens a level when the thing that changed is itself a rate
(`PMI环比下降0.7%至46.5%`, `关税…进一步提高50%至84%`, `失业率上升0.2%至5.5%`) or when the second end is far
above the first: those stay two figures.  A sum or a count after 至 is a level, but for a results forecast's sums
(`预计…将减少6.5亿元到8.2亿元`, both ends in one currency, the high end at most twice the low): a range.
"""

from __future__ import annotations

import re
from decimal import Decimal

# the changed thing is a rate, an index or a share: its level is a percent too
_RATE_THING_RE = re.compile(r"率|指数|PMI|关税|税|比重|占比|份额|比例|景气|CPI|PPI|利差|溢价")
_PERCENT_AFTER_RE = re.compile(r"\s*[%％]")


# a results forecast's change by a sum, from the low to the high end (预计…将减少6.5亿元到8.2亿元): both ends in
# one currency, the sentence a forecast, the high end at most twice the low (a level reached is mostly further away)
_SUM_RANGE_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万亿|亿|千万|百万|万)?\s*(元|美元|港元|欧元|日元|英镑)\s*(?:至|到)\s*"
                           r"(\d[\d,]*(?:\.\d+)?)\s*(万亿|亿|千万|百万|万)?\s*(元|美元|港元|欧元|日元|英镑)")
_FORECAST_RE = re.compile(r"预计|预告|预期|预测|預計|預告|預期|預測")
_MAGNITUDES = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
               "万": Decimal(10) ** 4, None: Decimal(1)}


def _forecast_sum_range(n: str, s: int) -> bool:
    m = _SUM_RANGE_RE.match(n, s)
    if m is None or m.group(3) != m.group(6):
        return False
    left = n[max(0, s - 60):s]
    if not _FORECAST_RE.search(left[max(left.rfind(c) for c in "。！？\n") + 1:]):
        return False
    try:
        low = Decimal(m.group(1).replace(",", "")) * _MAGNITUDES[m.group(2)]
        high = Decimal(m.group(4).replace(",", "")) * _MAGNITUDES[m.group(5)]
    except ArithmeticError:
        return False
    return 0 < low < high <= low * 2


def change_range(n: str, s: int, a_unit_name: str | None, low: Decimal, tok2: str, end2: int) -> bool:
    """Whether `low% 至 tok2%` (or a forecast's `X亿元到Y亿元`) after a change verb (the first end at s) is a range."""
    if a_unit_name != "%":
        return _forecast_sum_range(n, s)
    if not _PERCENT_AFTER_RE.match(n, end2):
        return False
    left = n[max(0, s - 40):s]          # the sentence before it (the rate may be named a clause back)
    left = left[max(left.rfind(c) for c in "。！？；\n") + 1:]
    if _RATE_THING_RE.search(left):
        return False
    try:
        high = Decimal(tok2.replace(",", ""))
    except ArithmeticError:
        return False
    return 0 < low < high <= low * 4
