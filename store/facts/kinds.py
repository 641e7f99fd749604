"""The kinds of fact, in the order the app lists them.  One list, shared by
the extractor, the query language and the app's filters."""

from __future__ import annotations

KINDS: tuple[str, ...] = (
    "money", "count", "quantity", "percent", "points", "index", "multiple", "ratio", "range", "rank", "date",
    "year", "duration",
)
