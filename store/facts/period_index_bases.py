"""An index's base value written right after its base year (`以金砖国家领导人首次会晤的2009年为基期值100点`, `以2010年为基期
100`): that year's value, though the base year dates no other figure of the sentence (period_forms drops its span: the
level reached, `指数增长到301.51点`, and the rise `累计增长超3倍` are of no period the sentence states; sealed40)."""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_BASE_VALUE_RE = re.compile(r"(\d{4})\s?年\s?(?:为|為)基(?:期|年)(?:值)?\s?(?:为|為)?\s?")


def settle_index_base_values(norm: str, facts: list[Fact]) -> None:
    """Give the value written right after `…年为基期(值)` the base year (module doc)."""
    if "基期" not in norm and "基年" not in norm:
        return
    starts = {f["start"]: f for f in facts if f["kind"] == "index" and not f.get("period")}
    for m in _BASE_VALUE_RE.finditer(norm):
        f = starts.get(m.end())
        if f is not None:
            f["period"], f["period_text"] = m.group(1), norm[m.start(1):m.start(1) + 5]
