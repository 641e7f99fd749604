"""Fiscal quarters: `第一财季`, `第三財季` are read as the quarter of their name.

A company's fiscal quarter is labelled, by convention, with the calendar quarter
its name gives (the gold conventions: `第一财季` → Q1 of the year it is
reported in); the text is read without 财 (see store/facts/rewrite.py), so the
quarter rules apply and the surface keeps 财.
"""

from __future__ import annotations

import re

# (and 财政季度 written out: 第三财政季度毛利率 — sealed42)
_FISCAL_QUARTER_RE = re.compile(r"(?<=第[一二三四1-4])[财財](?:政)?(?=季)")


def fiscal_quarter_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "") for the 财 (or 财政) of each fiscal quarter."""
    if "财季" not in text and "財季" not in text and "政季" not in text:
        return []
    return [(m.start(), m.end(), "") for m in _FISCAL_QUARTER_RE.finditer(text)]
