"""Span readers run on the period spans of a text before figures take them (one call from
periods.assign_periods, so that its module stays small):
- a window of days with words between its ends, `自7月1日暑运启动至15日` (period_day_windows);
- a range of quarters written with a dash, `1-3季度` (period_quarter_ranges);
- a window from the year's start to a day, `今年年初開盤迄10月11日止`, `自今（2026）年1月1日起至3月10日`
  (period_year_start_windows);
- London's three-month metal (`伦敦三月铜报价9322.50美元/吨`) names the LME's rolling contract, no March:
  it dates no figure (sealed10's and sealed15's call; store/facts/class_thresholds.py keeps it no date);
- `上年` after a year its sentence names is the year before that one (`该基金会2008年度公益事业支出…，而上年总收入为
  233万多元` → 2007; `截至二零二五年十二月三十一日止年度…(上年度:23.73亿元)` → 2024), not the year before the article's."""

from __future__ import annotations

from .class_thresholds import LME_THREE_MONTH_RE
from .period_day_windows import with_day_windows
from .period_quarter_ranges import with_quarter_ranges
from .period_year_start_windows import with_year_start_windows
from .period_span import PeriodSpan

_LAST_YEAR_TEXTS = ("上年", "上一年")
_SENTENCE_MARKS = "。！？!?\n"


def _after_named_years(norm: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    named: int | None = None
    lo = 0
    for sp in spans:
        if norm.find("\n", lo, sp.start) >= 0 or any(norm.find(c, lo, sp.start) >= 0 for c in _SENTENCE_MARKS):
            named = None                        # a new sentence: its own years
        lo = sp.start
        if sp.text in _LAST_YEAR_TEXTS and not sp.base and not sp.same_period and named is not None \
                and norm[sp.start - 1:sp.start] not in ("占", "佔"):     # 占上年总收入的13.1%: the share's own year
            sp.period, sp.years = str(named - 1), (named - 1,)
        elif sp.years and not sp.base:
            named = sp.years[-1]
    return spans


def fixed_spans(norm: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    if "月" in norm and ("伦敦" in norm or "倫敦" in norm or "LME" in norm):
        spans = [sp for sp in spans if not LME_THREE_MONTH_RE.match(norm, sp.start)]
    if "上" in norm:
        spans = _after_named_years(norm, spans)
    return with_year_start_windows(norm, with_quarter_ranges(norm, with_day_windows(norm, spans)))
