"""A month's flow told at its month's end is the month's (sealed35): `截至去年12月底，…存款總額為63兆924億元，單月增額達
7,719億元` — the balance is the day's (2025-12-31), its increase over the month (`單月增額`, `月增額`, `月增`) is the month's
(2025-12), as a flow told under the day that closes it takes the flow's window ("flows told under a day that closes
them", period18). So is a list sharing the flow word (`分別月增208億和405億元`), and a rank of the flow right after it
(`單月增額達7,719億元，為歷史單月第四高`). A stock's change since a month end (`較11月底增加3,417億元`, `較上月增加`) keeps
the stock's day: it is told as the stock's, not as a flow of the month."""

from __future__ import annotations

import calendar
import re
from typing import Any

Fact = dict[str, Any]

# the flow word right before the figure (the text is simplified here or in its own script)
_MONTH_FLOW_RE = re.compile(r"(?:(?<![\d一二三四五六七八九十〇零上下本当當前后後每个個同首])月|单月|單月)"
                            r"(?:增|减|減)(?:额|額|量)?\s*(?:达|達|仅|僅|约|約|为|為|高达|高達)*\s*"
                            r"(?:[\d.,]+\s*[亿億万萬]?元?\s*[和及与與、]\s*)*$")
# a rank of the month's flow right after it: `，為歷史單月第四高`
_MONTH_RANK_RE = re.compile(r"^\s*[，,]\s*(?:为|為|是|居|创|創)?(?:历史|歷史|史上)?(?:单月|單月)$")
_DAY_RE = re.compile(r"(\d{4})-(\d\d)-(\d\d)$")


def _month_end(period: str | None) -> str | None:
    m = _DAY_RE.match(period or "")
    if not m:
        return None
    y, mo, d = map(int, m.groups())
    return f"{y:04d}-{mo:02d}" if d == calendar.monthrange(y, mo)[1] else None


def settle_month_flows(norm: str, facts: list[Fact]) -> None:
    """Each month's flow dated by its month's last day gets the month instead."""
    if "月增" not in norm and "月减" not in norm and "月減" not in norm:
        return
    prev: Fact | None = None
    for f in facts:
        month = _month_end(f.get("period"))
        if month is not None:
            s = f["start"]
            if f.get("change") and _MONTH_FLOW_RE.search(norm, max(0, s - 30), s):
                f["period"] = month
            elif f["kind"] == "rank" and prev is not None and prev.get("period") == month \
                    and _MONTH_RANK_RE.match(norm[prev["end"]:s]):
                f["period"] = month
        prev = f
