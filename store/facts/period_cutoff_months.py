"""Flows counted up to a month told as a cutoff at a clause's head (`但截至9月，入境人數僅約605萬人次，出境人數則達1410萬人次`,
`截至今年10月,觀光人數來到107萬7633人`, `截至今年10月,澳门特区政府的博彩税收入已达117亿澳门元`): the months from
January to that month (2025-01/2025-09), as sealed18, sealed38 and sealed42 label them — visitors and takings add up
over the months; the cutoff alone would date them to the month.

Only flows whose nature is clear from their unit or subject are widened: visits (人次), visitors counted as heads
(觀光人數, 旅客, 遊客), takings and revenue (收入, 營收, 税收); a stock under the same cutoff (`截至3月份，…法人企业发展到
430家`, a balance, 余额) keeps its month.  A cutoff with a month's end or a day (`截至9月底`, `截至9月30日`) is a day and
left to the rules that read it, and so is a window it closes (`截至今年10月止的三個月`).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_CUTOFF_MONTH_RE = re.compile(
    r"截[至止]\s?(?:(?:今年|本年)|(?P<y>\d{4})\s?年)?\s?(?P<m>1[0-2]|[1-9])\s?月份?(?:為止|为止)?\s?[，,]")
_PART_END_RE = re.compile(r"[。！？!?；;\n]")
_VISITS_UNITS = ("人次",)
_HEADS_SUBJECT_RE = re.compile(r"人數|人数|旅客|遊客|游客|觀光|观光")
_TAKINGS_SUBJECT_RE = re.compile(r"收入|營收|营收|税收|稅收|營業額|营业额")


def _flow(f: Fact) -> bool:
    unit, subject = f.get("unit") or "", f.get("subject") or ""
    if f["kind"] == "count":
        return unit in _VISITS_UNITS or unit == "人" and bool(_HEADS_SUBJECT_RE.search(subject))
    return f["kind"] == "money" and bool(_TAKINGS_SUBJECT_RE.search(subject))


def settle_cutoff_month_flows(norm: str, facts: list[Fact]) -> None:
    """Widen the month a `截至N月，` clause head gave a flow after it to the months since January."""
    for m in _CUTOFF_MONTH_RE.finditer(norm):
        end = _PART_END_RE.search(norm, m.end())
        stop = end.start() if end else len(norm)
        for f in facts:
            if not m.end() <= f["start"] < stop or f.get("change") or f.get("base") or not _flow(f):
                continue
            p = f.get("period") or ""
            mo = int(m.group("m"))
            if re.fullmatch(r"\d{4}-\d\d", p) and int(p[5:]) == mo and (not m.group("y") or p[:4] == m.group("y")):
                f["period"] = f"{p[:4]}-01/{p}" if mo > 1 else p
