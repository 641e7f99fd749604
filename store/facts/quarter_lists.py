"""Quarters named as a list: `2023年第3、4季`, `併計第1、2季`, `第一、二季度`.

The list is one date (``2023Q3-Q4``) whose year is written before it or is the
last year its sentence names; the figures of a `分别` list after it in the same
clause take one quarter each (`第3、4季經濟成長率分別為2.54%及5.59%` → 2023Q3
and 2023Q4).  Read after the context, on figures whose period is still the bare
year.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_Q = "[1-4一二三四]"
_LIST_RE = re.compile(rf"第({_Q})季?度?(?:、|和|及|与)第?({_Q})季度?")
_Q_NUMBER = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4}
_SENTENCE_END = "。！？!?\n"
_CLAUSE_MARKS = "，,；;：:。！？!?\n"
_VALUE_KINDS = ("percent", "points", "money", "count", "quantity", "multiple", "index")
# what of the list a subject read across it kept (第3經濟成長率, 4季經濟成長率)
_LIST_REMNANT_RE = re.compile(rf"^(?:第?{_Q}季?度?[、和及与]?)+(?=[^\d季])")


def settle_quarter_lists(text: str, norm: str, facts: list[Fact]) -> None:
    """Date facts for quarter lists and the quarter of each item of a 分别 list after one."""
    if "季" not in norm:
        return
    for m in _LIST_RE.finditer(norm):
        a, b = _Q_NUMBER[m.group(1)], _Q_NUMBER[m.group(2)]
        if b != a + 1:
            continue                            # 第1、3季: two quarters, no range
        year_fact, year = _year_before(norm, facts, m.start())
        if year is None:
            continue
        value = f"{year}Q{a}-Q{b}"
        if year_fact is not None and year_fact["end"] == m.start():
            date = year_fact                    # 2023年第3、4季: the year and the list are one date
            date.update(kind="date", end=m.end(), surface=text[date["start"]:m.end()], value=value,
                        value_text=None, unit=None, period=value)
        elif any(f["start"] < m.end() and f["end"] > m.start() for f in facts):
            continue
        else:
            date = _new_date(facts, text, m.start(), m.end(), value)
        _respective(norm, facts, date, year, (a, b))


def _year_before(norm: str, facts: list[Fact], s: int) -> tuple[Fact | None, int | None]:
    """The year fact or date ending right before `s`, else the last the sentence names before it."""
    sent = max(norm.rfind(c, 0, s) for c in _SENTENCE_END) + 1
    for f in reversed([f for f in facts if sent <= f["start"] and f["end"] <= s]):
        if f["kind"] == "year" and isinstance(f.get("value"), int) and not f.get("value_high"):
            return f, f["value"]
        if f["kind"] == "date" and isinstance(f.get("value"), str) and f["value"][:4].isdigit():
            return None, int(f["value"][:4])
    return None, None


def _new_date(facts: list[Fact], text: str, s: int, e: int, value: str) -> Fact:
    date: Fact = {k: None for k in facts[0]} if facts else {}
    date.update(kind="date", surface=text[s:e], value=value, start=s, end=e, period=value, clause="")
    if "mentions" in date:
        date["mentions"] = []
    k = next((i for i, f in enumerate(facts) if f["start"] > s), len(facts))
    facts.insert(k, date)
    return date


def _respective(norm: str, facts: list[Fact], date: Fact, year: int, quarters: tuple[int, int]) -> None:
    """第3、4季…分别为2.54%及5.59%: the i-th figure after 分别 in the clause is the i-th quarter
    (and no subject keeps a piece of the list)."""
    stop = date["end"]
    while stop < len(norm) and norm[stop] not in _CLAUSE_MARKS:
        stop += 1
    for f in facts:
        if date["end"] <= f["start"] < stop and f.get("subject"):
            f["subject"] = _LIST_REMNANT_RE.sub("", f["subject"]) or f["subject"]
    k = norm.find("分别", date["end"], stop)
    if k < 0:
        return
    items = [f for f in facts if k < f["start"] < stop and f["kind"] in _VALUE_KINDS
             and f.get("period") in (str(year), None)]
    if len(items) != len(quarters):
        return
    for f, q in zip(items, quarters):
        f["period"] = f"{year}Q{q}"
