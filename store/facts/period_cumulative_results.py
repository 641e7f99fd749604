"""A cumulative result after a month's (Taiwan's monthly results): `台新銀行 9 月稅後純益 19 億元，累計稅後純益 154.6 億元，
年增 10.7%` — 累計 before a result's noun, with no window written, is the year to that month (2025-01/2025-09), as
`累計前9月`/`累計1至7月` write it (sealed43); the change told right after it (年增, 年減, 成長) is of the same window.  The
figures after them (`逾放比 0.15%`) keep the month, and 累計 after a year (`去年稅後純益…，累計每股稅後純益1.91元`) or
after a window (`前9月`) changes nothing: only a single month other than January is widened.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_CUMULATIVE_RE = re.compile(r"累[計计]\s?(?:[^\d，,。；;、]{0,4}?)(?:稅後純益|税后纯益|稅後淨利|税后净利|稅前(?:盈餘|獲利|淨利|純益)|"
                            r"税前(?:盈余|获利|净利|纯益)|純益|纯益|淨利|净利|營收|营收|獲利|获利|盈餘|盈余|"
                            r"每股(?:稅後|税后)?(?:純益|纯益|盈餘|盈余))")
_MONTH_RE = re.compile(r"\d{4}-(\d{2})$")
_CHANGE_GAP_RE = re.compile(r"[，,、\s]*(?:年增|年減|年减|成長|成长|衰退|較去年同期|较去年同期|年增率|年成長|年成长)[^，,。；;\d]{0,6}$")


def settle_cumulative_results(norm: str, facts: list[Fact]) -> None:
    for m in _CUMULATIVE_RE.finditer(norm):
        i = next((k for k, f in enumerate(facts) if f["start"] >= m.end()), None)
        if i is None:
            continue
        f = facts[i]
        stop = min((e for e in (norm.find(c, m.end()) for c in "，,。；;") if e >= 0), default=len(norm))
        if f["start"] > stop or f["kind"] in ("date", "year", "duration", "percent") or not isinstance(f.get("period"), str):
            continue
        month = _MONTH_RE.match(f["period"])
        if month is None or month.group(1) == "01":
            continue
        window = f"{f['period'][:4]}-01/{f['period']}"
        f["period"] = window
        for g in facts[i + 1:]:        # 年增 10.7%: the change of the cumulative figure
            if g["kind"] != "percent" or g.get("period") != f"{window[8:]}" or not _CHANGE_GAP_RE.search(norm, f["end"], g["start"]):
                break
            g["period"] = window
            f = g
