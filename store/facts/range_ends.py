"""The second end of a range (`3至5年`, `8—10级`): its unit, and what the reader of single figures knows
beyond `units.unit_after`.

- a grade after the second end (`8—10级雷暴大风`, `6至8级阵风`, `里氏6.5至7级地震`) is a unit of the range, as
  `bare.grade_unit` decides for one figure (winds, waves, earthquakes; `4至5级响应` is a label);
- a bare number after a percent (`国债期货合约下行0.03%至101.000`) is the level a move reached, no range: it
  gets a unit of its own (no name), which differs from the first end's, so the two are read apart.
"""

from __future__ import annotations

from .bare import grade_unit
from .numbers import Parsed
from .units import Unit, unit_after

_LEVEL = "level"      # the kind of the nameless unit a bare level gets


def second_end(n: str, s: int, e2: int, p2: Parsed, tok2: str, a_unit: Unit | None) -> tuple[str | None, Unit | None, int]:
    """unit_after for the range's second end at n[..e2] (the first end starts at s, with unit a_unit)."""
    approx, b_unit, b_end = unit_after(n, e2, p2, tok2[0].isdigit())
    if b_unit is None and a_unit is None and n.startswith("级", e2) and grade_unit(n, s, e2):
        return approx, Unit("级", "quantity", e2 + 1), e2 + 1
    if b_unit is None and a_unit is not None and a_unit.kind in ("percent", "points") and tok2[0].isdigit():
        return approx, Unit("", _LEVEL, e2), b_end
    return approx, b_unit, b_end
