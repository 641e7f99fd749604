"""The kinds of fact, in the order the app lists them.  One list, shared by
the extractor, the query language and the app's filters.

- money, count, quantity: by the unit (元/股 is money: a rate has its numerator's kind);
  head counts written bare (网民规模5.64亿) are count with unit 人.
- percent: %, 百分之, 成, ‰, ‱, 千分之/万分之 — value always in percent (6.39‰ → 0.639), unit "%".
- points: 个百分点, 基点, BP — value in percentage points (41个基点 → 0.41), unit as written.
- index: index values, coefficients, exchange-rate fixings and bare ratios (PMI 50.2,
  弹性系数0.59, 收入比2.39); the level of a stock index is index with unit 点 (4049.29点).
- ratio: fractions and colon ratios; a colon ratio keeps its `parts` (value a/b for two, null for more).
- A range has the kind of its unit (60~70% is percent, 3至5年 a duration) with `value_high`;
  spans of days and months are `date` facts and spans of years `year` facts, with `value_high`.
"""

from __future__ import annotations

KINDS: tuple[str, ...] = (
    "money", "count", "quantity", "percent", "points", "index", "multiple", "ratio", "rank", "date",
    "year", "duration",
)
