"""What a qualified figure states, as the value filters read it.

`不足50%` (value 50, qualifier 不足) states a figure below 50 %, `超过50%`
one above it: a filter `>=50%` must not find the first, `<=50%` not the
second.  Each backend compares a fact's value as the figure it states: a
qualifier that states more than its number (超过, 逾, 多, 余, 以上, 至少 …)
puts the figure just above the number, one that states less (不足, 不到,
低于, 以下, 以内, 不超过, and 近/接近/将近: "nearly") just below it; any other
(约, 左右, 上下, 大概, 上千 …) leaves the number as it is: an estimate is read
as its number.  "Just above" means above the number and below any other
number: `超过50%` matches `>50%`, `>=50%` and `<=60%`, not `<=50%` nor
`=50%`; `近50%` matches `<50%`, `<=50%` and `>=40%`, not `>=50%`; `约50%`
matches `=50%`, `>=50%`, `<=50%`, not `>50%` nor `<50%`.  Inclusive words
(以上, 至少, 以下, 不超过) read as their strict side: they are written to say
"over" and "under", rarely "exactly".

A qualifier speaks of the figure's size: for a negative figure (a loss, a
temperature below zero) a count word moves it away from zero when it says
more (亏损超过2亿元 is below −2亿, 零下二十多度 below −20) and toward zero
when it says less (亏损近12亿元); a comparison word compares on the number
line as written (-20℃以下 is colder than −20).

The TinyDB index stores the stated figure (the value moved by one float step,
`stated`); PostgreSQL compares its stored value with the same rule in SQL
(store.pg.search, `moves_up`/`moves_down`), and so do the series tables of
both (`at_bound_sql`, SQLite and PostgreSQL alike); the fake store calls `stated`.
"""

from __future__ import annotations

import math

# qualifiers that state a figure above their number (as the extractor stores them)
ABOVE: frozenset[str] = frozenset({
    "超过", "超", "逾", "突破", "跨过", "破", "过", "多", "余", "有余", "几", "开外",
    "数",                           # 数十家 (10, 数): several tens, more than its round magnitude, as 几十 is
    "涨破", "冲破", "升穿",         # broke through a level upwards (营收冲破1000亿元, 金價升穿4000美元), as 突破
    "以上", "（含）以上", "(含)以上", "至少", "不少于", "不低于", "不小于",
    "高于", "大于", "≥", "大于等于", "大于或等于", "大于或者等于",
})
# qualifiers that state a figure below their number
BELOW: frozenset[str] = frozenset({
    "不足", "不到", "未满", "低于", "少于", "小于", "近", "接近", "将近",
    "逼近", "直逼", "上看",         # a level approached or aimed at (金價逼近5萬元, 總出超上看千億美元): not yet reached
    "跌破", "下破", "跌穿",         # fell through a level (油价跌破100美元, 气温跌破零下40℃: below it on the line)
    "以下", "以内", "不超过", "不超", "最多", "不高于", "不大于", "≤", "小于等于", "小于或等于", "小于或者等于",
})
# a bound written before an estimate (不少于约13.0百万港元: at least about 13.0) states what its bound
# states; the extractor keeps these together (store.facts.builder.pre_qualifier)
BOUNDS_BEFORE_ESTIMATE: frozenset[str] = frozenset({
    "超过", "逾", "至少", "不少于", "不低于", "不小于", "高于", "不足", "不到", "低于", "少于", "不超过", "最多", "不高于"})
ABOVE = ABOVE | {q + "约" for q in BOUNDS_BEFORE_ESTIMATE & ABOVE}
BELOW = BELOW | {q + "约" for q in BOUNDS_BEFORE_ESTIMATE & BELOW}
# the comparison words among them: they compare on the number line even for a negative figure
ON_THE_LINE: frozenset[str] = frozenset({
    "以上", "（含）以上", "(含)以上", "不低于", "不小于", "高于", "大于", "≥", "大于等于", "大于或等于", "大于或者等于",
    "以下", "低于", "小于", "不高于", "不大于", "≤", "小于等于", "小于或等于", "小于或者等于",
    "跌破", "下破", "跌穿",
})
ON_THE_LINE = ON_THE_LINE | {q + "约" for q in ON_THE_LINE if q + "约" in ABOVE | BELOW}


_UP_WHEN_NEGATIVE = (BELOW - ON_THE_LINE) | (ABOVE & ON_THE_LINE)
_DOWN_WHEN_NEGATIVE = (ABOVE - ON_THE_LINE) | (BELOW & ON_THE_LINE)


def moves_up(negative: bool) -> frozenset[str]:
    """The qualifiers that put the stated figure just above a value of this sign."""
    return _UP_WHEN_NEGATIVE if negative else ABOVE


def moves_down(negative: bool) -> frozenset[str]:
    """The qualifiers that put the stated figure just below a value of this sign."""
    return _DOWN_WHEN_NEGATIVE if negative else BELOW


def stated(value: float, qualifier: str | None) -> float:
    """The figure a value with this qualifier states, as a float the value
    filters compare: one float step above or below the value, or the value."""
    if not qualifier or value != value or math.isinf(value):
        return value
    negative = value < 0
    if qualifier in moves_up(negative):
        return math.nextafter(value, math.inf)
    if qualifier in moves_down(negative):
        return math.nextafter(value, -math.inf)
    return value


def at_bound_sql(value: str, up: bool, negated: bool = False, qualifier: str = "f.qualifier") -> tuple[str, list[str]]:
    """SQL (``?`` parameters; SQLite and PostgreSQL alike) for whether the
    qualifier states a figure just above (up) or below `value`, an SQL
    expression, by its sign (or, negated, not); a value with no qualifier is neither."""
    neg, pos = sorted(moves_up(True) if up else moves_down(True)), sorted(moves_up(False) if up else moves_down(False))
    sql = (f"{'NOT ' if negated else ''}coalesce(CASE WHEN {value} < 0 THEN {qualifier} IN ({','.join('?' * len(neg))}) "
           f"ELSE {qualifier} IN ({','.join('?' * len(pos))}) END, 1 = 0)")
    return sql, [*neg, *pos]


def bound_sql(top: str, bottom: str, lo: float | None, lo_strict: bool, hi: float | None, hi_strict: bool,
              qualifier: str = "f.qualifier") -> tuple[list[str], list[object]]:
    """The conditions (``?`` parameters) that the figures stated by [bottom, top]
    meet a filter's bounds: over lo, or at it and stated just above (or at it, for >=); likewise under hi."""
    parts: list[str] = []
    args: list[object] = []
    if lo is not None:
        at, at_args = at_bound_sql(top, up=lo_strict, negated=not lo_strict, qualifier=qualifier)
        parts.append(f"({top} > ? OR ({top} = ? AND {at}))")
        args += [lo, lo, *at_args]
    if hi is not None:
        at, at_args = at_bound_sql(bottom, up=not hi_strict, negated=not hi_strict, qualifier=qualifier)
        parts.append(f"({bottom} < ? OR ({bottom} = ? AND {at}))")
        args += [hi, hi, *at_args]
    return parts, args
