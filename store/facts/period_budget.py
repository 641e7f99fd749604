"""Budget execution told to a month (county and city fiscal reports, tests/gold/README.md sealed9's call):
`4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%` — what
was executed by then (the total, its share of the budget, its change) is of the months from January to
that month (2024-01/2024-04); the budget it is measured against (`年初预算数60999万元`, `预算数257288万元`)
is of the whole year (2024), and the 年初 of 年初预算 dates no figure after it.

Read only in sentences that open with a month (not a month end) and tell a 累计完成 against a 预算, or a
累计实现/累计完成 compared with a year before (`2014年4月,“10强50户”企业累计实现工业增加值31.87亿元,同比增长6.4%`: a
statistics report's year to date, as sealed9, sealed18, sealed26 and sealed32 label it): a month's own total
(`7月份，全国铁路累计开行旅游列车357列`) is of that month, as before.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_DONE = ("累计完成", "累計完成")
_DONE_YOY = ("累计实现", "累計實現", "累计完成", "累計完成")    # with 同比 after: a statistics report's year to date
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")
# the sentence opens with the month: 4月, / 2024年4月份，
_MONTH_HEAD_RE = re.compile(r"\s*(?:\d{4}\s?年\s?)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?月份?\s*[,，]")
_DONE_CLAUSE_RE = re.compile(r"[^，,；;。]{0,30}?(?:累计完成|累計完成|累计实现|累計實現)")
_MONTH_RE = re.compile(r"(\d{4})-(\d{2})$")
# the budget a figure is measured against: 年初预算数60999万元, 预算数257288万元, 调整预算
_BUDGET_BEFORE_RE = re.compile(r"(?:预算|預算)(?:数|數)?(?:为|為|是)?\s*$")


def settle_budget_execution(norm: str, facts: list[Fact]) -> None:
    """Months-to-date windows and the budget's year in budget execution sentences (module doc)."""
    budget = ("预算" in norm or "預算" in norm) and any(w in norm for w in _DONE)
    if not budget and not (("同比" in norm or "同期" in norm) and any(w in norm for w in _DONE_YOY)):
        return
    for i, d in enumerate(facts):
        if d["kind"] != "date" or d.get("value_high") is not None:
            continue
        m = _MONTH_RE.match(str(d.get("value") or ""))
        if m is None:
            continue
        sent_start = _sentence_start(norm, d["start"])
        head = _MONTH_HEAD_RE.match(norm, sent_start)
        if head is None or not sent_start <= d["start"] < head.end() \
                or not _DONE_CLAUSE_RE.match(norm, head.end()):
            continue
        end = _SENTENCE_END_RE.search(norm, head.end())
        sent_end = end.start() if end else len(norm)
        year, month = m.group(1), m.group(2)
        window = f"{year}-01/{year}-{month}" if month != "01" else f"{year}-01"
        for f in facts[i + 1:]:
            if f["start"] >= sent_end:
                break
            if f["kind"] in ("date", "year") or not str(f.get("period") or "").startswith(year):
                continue                        # a figure of another stated period keeps it
            if _BUDGET_BEFORE_RE.search(norm, max(0, f["start"] - 6), f["start"]):
                f["period"], f["period_text"] = year, f.get("period_text")
            elif f["period"] in (f"{year}-{month}", f"{year}-01"):
                f["period"], f["period_text"] = window, d["surface"]


def _sentence_start(norm: str, i: int) -> int:
    j = max(norm.rfind(c, 0, i) for c in "。！？!?\n")
    return j + 1
