"""A typhoon's number, and a river's numbered flood (`淮河形成2024年第1号洪水`, sealed23), names it with its year (tests/gold/README.md, sealed4/sealed7: `今年第1号台风` is rank 1 号
with the year 2025; `针对今年第1号台风“蝴蝶”…紧急预拨4000万元中央自然灾害救灾资金` — the money has no period).
The year in `今年第N号台风` belongs to the storm's name; the other figures of the sentence do not take it as
their period (the rank keeps it)."""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_STORM_RE = re.compile(r"(今年|20\d\d\s?年)(?=第[\d０-９一二三四五六七八九十]+[号號](?:台风|颱風|台風|颱风|超强台风|强台风|強颱風|洪水))")
_SENTENCE_MARKS = "。！？!?\n"


def drop_storm_name_years(norm: str, facts: list[Fact]) -> None:
    """Clear the period a figure took only from the year in a typhoon's name."""
    if "风" not in norm and "風" not in norm and "洪水" not in norm or _STORM_RE.search(norm) is None:   # (风/風 in every storm word)
        return
    for f in facts:
        text = f.get("period_text")
        if not text or f["kind"] in ("date", "year", "rank"):
            continue
        lo = max([norm.rfind(c, 0, f["start"]) for c in _SENTENCE_MARKS]) + 1
        names = [m for m in _STORM_RE.finditer(norm, lo, f["start"]) if m.group(1).replace(" ", "") == text.replace(" ", "")]
        if names and norm.rfind(text, lo, f["start"]) == names[-1].start():
            f["period"], f["period_text"] = None, None
