"""The kinds of fact, in the order the app lists them.  One list, shared by
the extractor, the query language and the app's filters.

A range has the kind of its unit (60~70% is percent, 3至5年 a duration) with
`value_high`; spans of days, months and years are `date` and `year` facts.
"""

from __future__ import annotations

KINDS: tuple[str, ...] = (
    "money", "count", "quantity", "percent", "points", "index", "multiple", "ratio", "rank", "date",
    "year", "duration",
)
