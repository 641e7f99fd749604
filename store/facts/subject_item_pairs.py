"""Two items named by a listing verb, then their two figures clause by clause:
`…的產品有資訊通信及電子產品，金額分別是2334.2億美元及2916.2億美元，年增率分別為35.7％及37.9％`,
`表現最好的是「資訊通信產品」與「電子產品」，年增35％與37％`. The first figure of each pair is the
first item's, the second the second's; the clauses holding the figures name no item (金額, 年增率),
so without the list before them every figure would read as the same thing (or as the speaker,
`黃偉傑指出`).

- the list is `有/是/為/为/包括/包含` + A + 及/和/与/與 + B closing its clause, each item 1–12
  characters (quotes 「」“” left out), no digit inside;
- the figure clauses follow it directly, each holding exactly two figures (dates and years aside) written
  `x 及/和/与/與/、 y`, with or without 分别; the run stops at the first clause that is not such a pair, and
  at ；/。;
- a figure whose subject already is one of the items is left alone.
Gated on two figures written side by side with one conjunction between them (a scan of the facts).
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from typing import Any

Fact = dict[str, Any]

_JOINS = frozenset("及和与與、")
_ITEM = r"[「“\"]?([^\s，,。；;：:、及和与與的\d０-９「」“”\"（）()%％]{1,12}?)[」”\"]?"
_LIST_RE = re.compile(r"(?:有|是|為|为|包括|包含)" + _ITEM + r"(?:及|和|与|與)" + _ITEM + r"$")
_CLAUSE_MARKS = "，,"
_STOPS = "；;。！？!?\n：:"
_SKIP = ("year", "date")


def _pairs(text: str, facts: list[Fact]) -> list[tuple[Fact, Fact]]:
    figs = [f for f in facts if f["kind"] not in _SKIP]
    return [(a, b) for a, b in pairwise(figs)
            if b["start"] - a["end"] == 1 and text[a["end"]] in _JOINS]


def needs_item_pairs(text: str, facts: list[Fact]) -> bool:
    return bool(_pairs(text, facts))


def _clause_bounds(stops: list[int], n: int, pos: int) -> tuple[int, int]:
    """The clause around `pos`, from the sorted offsets of the marks that end clauses (found once per text:
    a run-on line of thousands of pairs would otherwise be walked again from each)."""
    i = bisect.bisect_left(stops, pos)
    return (stops[i - 1] + 1 if i else 0), (stops[i] if i < len(stops) else n)


def settle_item_pairs(text: str, facts: list[Fact]) -> None:
    pairs = _pairs(text, facts)
    figs = [f for f in facts if f["kind"] not in _SKIP]
    starts = sorted(f["start"] for f in figs)
    stops = [i for i, c in enumerate(text) if c in _CLAUSE_MARKS or c in _STOPS]
    by_clause: dict[int, tuple[int, tuple[Fact, Fact]]] = {}
    for a, b in pairs:
        lo, hi = _clause_bounds(stops, len(text), a["start"])
        inside = bisect.bisect_left(starts, hi) - bisect.bisect_left(starts, lo)
        if inside == 2 and b["end"] <= hi:
            by_clause[lo] = (hi, (a, b))
    for lo in sorted(by_clause):
        items = _items_before(text, stops, lo, by_clause)
        if not items:
            continue
        for f, item in zip(by_clause[lo][1], items, strict=True):
            if f.get("subject") not in items:
                f["subject"] = item


def _items_before(text: str, stops: list[int], lo: int, by_clause: dict[int, tuple[int, tuple[Fact, Fact]]]) -> tuple[str, str] | None:
    """The two items of the listing clause before the run of pair clauses that `lo` is in."""
    start = lo
    while True:
        if start < 2 or text[start - 1] not in _CLAUSE_MARKS:
            return None
        prev_lo, _ = _clause_bounds(stops, len(text), start - 2)
        if prev_lo in by_clause:
            start = prev_lo
            continue
        m = _LIST_RE.search(text, prev_lo, start - 1)
        return (m.group(1), m.group(2)) if m else None
