"""Counts in messages: "1 article", "2 articles", "1,204 facts".

Every count a person reads (the status line, the CLI's reports, check's
problems, the ingest's stop lines) goes through ``counted``: "1 articles"
and "2 article(s)" both read as careless output to someone checking a
figure."""

from __future__ import annotations

_IRREGULAR = {"entry": "entries", "index": "indexes", "match": "matches", "copy": "copies",
              "query": "queries", "batch": "batches"}


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` with thousands separators and ``noun`` in the number it takes."""
    if n == 1:
        return f"1 {noun}"
    return f"{n:,} {plural or _IRREGULAR.get(noun) or noun + 's'}"
