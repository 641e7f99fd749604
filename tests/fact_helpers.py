"""What the extractor makes of one written sentence, for the specs of the fresh samples' classes (sealed41 on):
each spec file asked the same three questions with its own copy of these helpers."""

from __future__ import annotations

from store.facts import extract

# a page's date for the specs' sentences (relative words resolve against it)
SPEC_DATE = "2025-03-10"


def facts_of(text: str, date: str | None = SPEC_DATE) -> list[dict]:
    """Every fact `extract` reads in `text` on a page of `date`."""
    return extract(text, date=date)


def fact_named(text: str, surface: str, date: str | None = SPEC_DATE) -> dict:
    """The fact whose surface is `surface` (StopIteration when none is: the spec then fails)."""
    return next(f for f in facts_of(text, date) if f["surface"] == surface)


def surfaces_of(text: str, date: str | None = SPEC_DATE) -> list[str]:
    """The surfaces of every fact in `text`, in order."""
    return [f["surface"] for f in facts_of(text, date)]
