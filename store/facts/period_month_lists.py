"""Lists of months: `在今年3月、5月、6月、7月分别加息25、50、75、75个基点，四次累计加息225个基点`,
`美联储在今年6月、7月、9月和11月连续四次加息75个基点`, `接下來11月、12月的外銷訂單…每月平均接單達402億美元`.

The months of such a list are one span whose period runs from the first to the last month
(2022-03/2022-07): a figure told of them together (a total, a count of moves, a move repeated
in each, an average) covers them all, not the last month alone.  Each month stays an item of
the span, so a `分别` list after it still gives the i-th figure the i-th month
(periods._respective).  Only months of one year in increasing order, written next to one
another (、, 和, 及, 与), none of them a comparison base.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .period_span import PeriodSpan

_MONTH_RE = re.compile(r"\d{4}-\d{2}$")
_JOIN_RE = re.compile(r"\s*(?:、|和|及|与|與)\s*")
# a month followed by a joiner: 月、 月和 月及 月与 月與 月 、 份、 份和 份及 (one scan: cheaper than nine substring tests)
_JOIN_AFTER_MONTH_RE = re.compile(r"月(?:[、和及与與]| 、)|份[、和及]")


def with_month_lists(norm: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """`spans` with each list of months joined into one span (see the module doc)."""
    if _JOIN_AFTER_MONTH_RE.search(norm) is None:
        return spans                            # no month is followed by a joiner (most texts)
    out: list[PeriodSpan] = []
    run: list[PeriodSpan] = []

    def flush() -> None:
        if len(run) >= 2:
            first, last = run[0], run[-1]
            out.append(replace(last, start=first.start, text=norm[first.start:last.end],
                               period=f"{first.period}/{last.period}", point=False,
                               items=tuple(sp.period for sp in run if sp.period)))
        else:
            out.extend(run)
        run.clear()

    for sp in spans:
        month = bool(sp.period and _MONTH_RE.match(sp.period)) and not sp.base and not sp.same_period
        if month and run and sp.period[:4] == run[-1].period[:4] and sp.period > run[-1].period \
                and _JOIN_RE.fullmatch(norm, run[-1].end, sp.start):     # type: ignore[index,operator]
            run.append(sp)
            continue
        flush()
        if month:
            run.append(sp)
        else:
            out.append(sp)
    flush()
    return out
