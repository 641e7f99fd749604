"""A range of rates after a change verb: `同比增长30%到50%`, `每亩产能提高10%到20%`, `净利润同比下降171.47%至
241.52%` are one percent figure from the low to the high end (tests/gold/README.md labels every such forecast as a
range), while `减少约1,500人至3,830,100人` is a change and then the level reached (figures.py reads it so).

Between two percents 至/到 after a change verb also opens a level when the thing that changed is itself a rate
(`PMI环比下降0.7%至46.5%`, `关税…进一步提高50%至84%`, `失业率上升0.2%至5.5%`) or when the second end is far
above the first: those stay two figures.  Only percents are read here: a sum or a count after 至 is a level.
"""

from __future__ import annotations

import re
from decimal import Decimal

# the changed thing is a rate, an index or a share: its level is a percent too
_RATE_THING_RE = re.compile(r"率|指数|PMI|关税|税|比重|占比|份额|比例|景气|CPI|PPI|利差|溢价")
_PERCENT_AFTER_RE = re.compile(r"\s*[%％]")


def change_range(n: str, s: int, a_unit_name: str | None, low: Decimal, tok2: str, end2: int) -> bool:
    """Whether `low% 至 tok2%` after a change verb (the first end at s) is a range."""
    if a_unit_name != "%" or not _PERCENT_AFTER_RE.match(n, end2):
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
