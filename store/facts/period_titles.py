"""A period inside a document's title after a figure is the title's, not the figure's:
`工业和信息化部等十一个部门联合印发《铜产业高质量发展实施方案（2025—2027年）》` — the eleven departments are
no count of 2025–2027 (sealed9 labels none). A figure opening its clause takes a period stated later in
it (`21家主要银行上半年减免…`, periods._later_in_clause); this undoes that when the period sits in a
《…》 opened after the figure. Periods before a title keep dating what follows them, as before.
"""

from __future__ import annotations

from typing import Any

from .period_span import PeriodSpan

Fact = dict[str, Any]


def drop_title_periods(norm: str, facts: list[Fact], spans: list[PeriodSpan]) -> None:
    """Figures dated by a period inside a 《title》 written after them lose it (module doc)."""
    for f in facts:
        if f["kind"] in ("date", "year") or not f.get("period"):
            continue
        same = [sp for sp in spans if sp.text == f.get("period_text") and sp.period == f["period"]]
        if not same or same[0].start < f["end"]:
            continue                            # dated by a period before it (or by none of the spans)
        sp = same[0]
        if sp is not None and norm.rfind("《", f["end"], sp.start) > norm.rfind("》", f["end"], sp.start):
            f["period"], f["period_text"] = None, None
