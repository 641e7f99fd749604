"""A price's move written bare after the price: `螺紋鋼價格2260元/噸,較上周降50`, `均價19130元/吨,较上一交易日跌160`.

A price list states the level with its unit and then how far it moved since the last quote, leaving the unit
off the move: the move is in the level's unit (sealed22's call: `降50` of a rebar price is 50 元/噸). Read only
where the construction is whole — a comparison with a base (较/比 and the earlier quote), a verb of rising or
falling, the bare number closing its clause — and the level is a price per unit (元/噸, 美元/盎司) or a sum
of money written without a magnitude, the last figure before the comparison in its sentence part (nothing
but words between), and larger than the move. A bare number after a change of a total (`营收100亿元,同比增长15`)
or of a rate (`收益率2.5%,较上周下降5`: basis points) is a percent or a point left unwritten, and stays unread.
"""

from __future__ import annotations

import re

from .builder import Builder
from .numbers import as_decimal

_MOVE_RE = re.compile(
    r"(?:较|較|比)(?P<base>[^，,；;。！？\d%％]{1,8}?)(?:的)?"
    r"(?:上涨|上漲|下跌|下降|上升|上调|上調|下调|下調|涨|漲|跌|降|升)了?"
    r"(?P<n>\d+(?:\.\d+)?)(?=\s*(?:[，,；;。！？)）]|$))")
# the part of a sentence the level and its move share (a price list puts one city or grade between semicolons)
_PART_MARKS = "；;。！？!?\n"
_MAGNITUDE = ("万", "萬", "亿", "億", "千")


def priced_changes(b: Builder) -> None:
    """Add each bare move of a price, in the price's unit (after `numbers`: the levels are read)."""
    n = b.norm
    if "较" not in n and "較" not in n and "比" not in n:
        return
    for m in _MOVE_RE.finditer(n):
        s, e = m.start("n"), m.end("n")
        if not b.free(s, e):
            continue
        lo = max(n.rfind(c, 0, m.start()) for c in _PART_MARKS) + 1
        before = [f for f in b.facts if lo <= f["start"] and f["end"] <= m.start() and f["kind"] not in ("date", "year")]
        if not before:
            continue
        level = before[-1]
        unit = level.get("unit") or ""
        priced = "/" in unit or (level["kind"] == "money" and not any(c in level["surface"] for c in _MAGNITUDE))
        if not priced or level["kind"] not in ("money", "quantity"):
            continue
        if re.search(r"\d", n[level["end"]:m.start()]):
            continue                    # another number between: the move is not the level's
        a, lv = as_decimal(m.group("n")), as_decimal(level["value"])
        if a is None or lv is None or not (0 < a < lv):
            continue
        b.add(level["kind"], s, e, a, unit=level["unit"], per=level.get("per"))
