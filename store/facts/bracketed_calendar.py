"""Months written in brackets after a relative word, as Taiwan's press writes them: `本(12)月出口金額`
is 12月, `上(11)月出口金額年增56%` 11月 — read as the month they name (they were no figure, and the
figures after them had no period).

Each is rewritten to the plain form (`rewrite` maps offsets back, so the surface stays as written).
Years in brackets (`今(2025)年`, ROC `今(101)年`) are read where they stand, as the year figure the
gold sets label apart from the month or quarter after them (`今(101)年9月`: 2012 and 2012-09).
"""

from __future__ import annotations

import re

_MONTH_RE = re.compile(r"[本上下][(（](1[0-2]|[1-9])[)）]月")


def bracketed_calendar_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for each bracketed month in `text`."""
    if ")月" not in text and "）月" not in text:
        return []
    return [(m.start(), m.end(), m.group(1) + "月") for m in _MONTH_RE.finditer(text)]
