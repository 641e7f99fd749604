"""A year written with 零 or ○ and its last digit (`零三年`, `○四年`: Hong Kong's press) as a period of the figures after it.

`市場原先預料零四年的盈利有40.7億元` is 2004's profit; `去年全年純利為44.2億元,是零三年的13億元的三倍多` (told in 2005) gives
13億元 to 2003 and leaves the multiple the year the sentence tells (2004), as `是2003年的13億元的三倍多` reads (sealed44).
slash_dates.zero_years reads such a year as a year fact; no period form reads it, so its span is added here, a base
when the text makes it one as it would `2003年` (比零三年, 是零三年的…倍).
"""

from __future__ import annotations

from typing import Any

from .period_forms import BASE_BEFORE_RE, _MULTIPLE_OF_RE
from .period_span import PeriodSpan


def period_spans_with_zero_years(norm: str, spans: list[PeriodSpan], facts: list[dict[str, Any]]) -> list[PeriodSpan]:
    """`spans` with the years written 零三年 the facts hold and no span covers (module doc)."""
    add = []
    for f in facts:
        if f["kind"] != "year" or len(f["surface"]) != 3 or f["surface"][0] not in "零○〇" \
                or not isinstance(f.get("value"), int) or any(sp.start < f["end"] and f["start"] < sp.end for sp in spans):
            continue
        s, e = f["start"], f["end"]
        base = bool(BASE_BEFORE_RE.search(norm, max(0, s - 3), s)) \
            or norm[s - 1:s] in ("是", "為", "为") and bool(_MULTIPLE_OF_RE.match(norm, e))
        add.append(PeriodSpan(s, e, f["surface"], str(f["value"]), years=(f["value"],), base=base))
    return sorted([*spans, *add], key=lambda sp: sp.start) if add else spans
