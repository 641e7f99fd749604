"""Span readers run on the period spans of a text before figures take them (one call from
periods.assign_periods, so that its module stays small):
- a window of days with words between its ends, `自7月1日暑运启动至15日` (period_day_windows);
- a range of quarters written with a dash, `1-3季度` (period_quarter_ranges)."""

from __future__ import annotations

from .period_day_windows import with_day_windows
from .period_quarter_ranges import with_quarter_ranges
from .period_span import PeriodSpan


def fixed_spans(norm: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    return with_quarter_ranges(norm, with_day_windows(norm, spans))
