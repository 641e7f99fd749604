"""A budget compared with this year's budget is next year's (a legislature's or a government's draft budget for the
coming year, told in autumn): `該金額較今年經調整過預算減少九十七萬八千元`, `與今年最初預算則多了六百四十一萬二千元`,
`其與今年最初預算比，人員開支增加五百二十五萬多元` (sealed16's labels, a page of 2023-10-09 → 2024).  Only figures
left without a period of their own are read, so this year's execution against this year's budget (`今年收入完成…，
比今年預算增加…`, dated by its 今年) keeps its year; the base stays as written."""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# 較今年經調整過預算, 與今年最初預算, 比今年的經修改之預算 (the sentence before the figure)
_THIS_YEARS_BUDGET_RE = re.compile(r"(?:较|較|与|與|比|同)\s?今年[^，,。；;！？!?\d]{0,10}?(?:预算|預算)")
_SENTENCE_END = "。！？!?\n"
_KINDS = ("money", "percent", "points", "count", "quantity", "multiple")


def settle_next_budget(norm: str, facts: list[Fact], year: int) -> None:
    """Figures of a sentence comparing with this year's budget, with no period of their own: next year."""
    for f in facts:
        if f["kind"] not in _KINDS or f.get("period") is not None:
            continue
        s = f["start"]
        lo = max(norm.rfind(c, 0, s) for c in _SENTENCE_END) + 1
        if _THIS_YEARS_BUDGET_RE.search(norm, lo, s):
            f["period"] = str(year + 1)
