"""A period inside a clause that takes something out (`全年賺進5863.18億元，…若扣除新光金去年前六月虧損295.47億元，獲利總計為
5567.69億元，13家公控有八家創史上新高`): the deducted item's own window, not the total's after it — the figures after the
clause keep the period told before it (sealed40's Taiwan financial holdings: the year's total less one company's
first-half loss is still the year's)."""

from __future__ import annotations

import re

from .period_span import PeriodSpan

_DEDUCTION_RE = re.compile(r"(?:若|如|在)?(?:扣除|撇除|剔除|扣减|扣減)[^，,；;。！？!?]{1,40}[，,]")


def without_deducted(norm: str, mine: list[PeriodSpan], at: int, lo: int) -> list[PeriodSpan]:
    """The spans before `at` in its sentence (from `lo`) but those inside a deduction clause that ended before `at`."""
    if not mine or ("扣" not in norm and "撇除" not in norm and "剔除" not in norm):
        return mine
    clauses = [(m.start(), m.end()) for m in _DEDUCTION_RE.finditer(norm, lo, at)]
    if not clauses:
        return mine
    return [sp for sp in mine if not any(a <= sp.start and sp.end <= b <= at for a, b in clauses)]
