"""`2024年半年度收益4,673.91万元,而2025年同期亏损3,939.39万元` (tests/gold/README.md, sealed7: the loss is
2025H1): `YYYY年同期` after a half-year or quarter of another year in the same sentence is that part of
year YYYY, not the whole year.  Only the half-years and quarters named with their year are read; a part
the sentence does not name leaves the year as it was."""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_SAME_RE = re.compile(r"(20\d\d)\s?年同期")
_PART_RE = re.compile(r"(20\d\d)\s?年(?:的)?(?:(?P<h1>上半年|半年度|中期)|(?P<h2>下半年)|第?(?P<q>[一二三四1-4])季度?)")
_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_SENTENCE_MARKS = "。！？!?\n"


def with_same_parts(norm: str, facts: list[Fact]) -> None:
    """Give the figures after `YYYY年同期` the part of the year an earlier period of the sentence names."""
    if "年同期" not in norm:
        return
    for f in facts:
        text = f.get("period_text") or ""
        m = _SAME_RE.fullmatch(text)
        if not m or f.get("period") != m.group(1):
            continue
        lo = max([norm.rfind(c, 0, f["start"]) for c in _SENTENCE_MARKS]) + 1
        at = norm.rfind(text, lo, f["start"])
        if at < 0:
            continue
        parts = [p for p in _PART_RE.finditer(norm, lo, at) if p.group(1) != m.group(1)]
        if not parts:
            continue
        p = parts[-1]
        suffix = "H1" if p.group("h1") else "H2" if p.group("h2") else f"Q{_Q[p.group('q')]}"
        f["period"] = f"{m.group(1)}{suffix}"
