"""Where a run of months or quarters ends when its sentence's period is a year, a half or quarters
(store/facts/period_runs.py reads the runs and the month periods):

- a year already past (`全年GDP增长6%…;限上消费品零售额增速连续8个月位居全省第1`, a work report of January):
  the run ends with its December (2024-05/2024-12); the year still under way has no known end, so no window;
- a half, a quarter or the first quarters (`上半年…连续5个月`, `二季度…`, `前三季度…`): their last month;
- a run of quarters (`今年第二季度…连续两个季度下滑`, `我市连续五个季度获得…`, `今年前7个月…连续9个季度运行在
  10万亿元以上`) ends with the last quarter its period closes (2022Q1-Q2, 2023Q4/2024Q4, 2023Q2/2025Q2): the
  period's own quarter, the year's fourth, or the last whole quarter of a range of months; a single month
  closes a quarter only at the quarter's end (`3月份…`).
`此前连续…` ends just before the period, as for months.
"""

from __future__ import annotations

import re
from typing import Any

_YEAR_RE = re.compile(r"(\d{4})$")
_YEAR_END_RE = re.compile(r"(\d{4})-12-31$")
_HALF_RE = re.compile(r"(\d{4})H([12])$")
_QUARTERS_RE = re.compile(r"(\d{4})Q([1-4])(?:-Q([1-4]))?$")
_MONTH_RE = re.compile(r"(\d{4})-(\d{2})$")
_MONTHS_RE = re.compile(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})$")


def months_end(period: str, ref: tuple[int, int | None, int | None] | None) -> tuple[int, int] | None:
    """(first, last) month of `period` as year * 12 + month - 1, for the periods this module reads for
    runs of months (a year past, its end, a half, quarters); None for the others (months themselves,
    the year under way)."""
    if (m := _YEAR_RE.match(period) or _YEAR_END_RE.match(period)) is not None:
        y = int(m.group(1))
        if ref is None or ref[0] <= y:
            return None
        return (y * 12, y * 12 + 11) if m.re is _YEAR_RE else (y * 12 + 11, y * 12 + 11)
    if (m := _HALF_RE.match(period)) is not None:
        first = int(m.group(1)) * 12 + (0 if m.group(2) == "1" else 6)
        return first, first + 5
    if (m := _QUARTERS_RE.match(period)) is not None:
        y = int(m.group(1)) * 12
        return y + (int(m.group(2)) - 1) * 3, y + int(m.group(3) or m.group(2)) * 3 - 1
    return None


def _quarter_months(period: str, ref: tuple[int, int | None, int | None] | None) -> tuple[int, int] | None:
    """(first, last) month of `period` for a run of quarters: as months_end, and a month at a quarter's end
    or a range of months cut back to its last whole quarter."""
    got = months_end(period, ref)
    if got is not None:
        return got
    if (m := _MONTH_RE.match(period)) is not None:
        k = int(m.group(1)) * 12 + int(m.group(2)) - 1
        return (k, k) if k % 3 == 2 else None
    if (m := _MONTHS_RE.match(period)) is not None:
        first, last = int(m.group(1)) * 12 + int(m.group(2)) - 1, int(m.group(3)) * 12 + int(m.group(4)) - 1
        last -= (last + 1) % 3
        return (first, last) if last >= first else None
    return None


def _quarter(k: int) -> str:
    return f"{k // 12}Q{k % 12 // 3 + 1}"


def months_run_window(run: Any, period: str, ref: tuple[int, int | None, int | None] | None) -> str | None:
    """The window of a run of months or quarters (`run.unit` "m" or "q") ending at `period` (module doc)."""
    got = months_end(period, ref) if run.unit == "m" else _quarter_months(period, ref)
    if got is None:
        return None
    first, last = got
    if run.unit == "m":
        if run.n > 60:
            return None
        last = first - 1 if run.before else last
        start = last - run.n + 1
        return f"{last // 12}-{last % 12 + 1:02d}" if run.n == 1 else \
            f"{start // 12}-{start % 12 + 1:02d}/{last // 12}-{last % 12 + 1:02d}"
    if run.n > 20:
        return None
    last = first - first % 3 - 1 if run.before else last
    start = last - 3 * run.n + 1
    if run.n == 1:
        return _quarter(last)
    if start // 12 == last // 12:
        return f"{_quarter(start)}-Q{last % 12 // 3 + 1}"
    return f"{_quarter(start)}/{_quarter(last)}"
