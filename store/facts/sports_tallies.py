"""Tallies and scores: a medal tally `30金13银8铜` (three counts, each in its medal), a casualty
tally `致1死3伤`, `3死1伤` (two counts, the dead and the injured, units as written, as the medals), and
a score with decimals won `以168.50分的成绩` (quantity 168.5 分).

A score needs its decimals and a word that says it was scored (以/得/获得 … 分的成绩,
夺得), so that 分 as a minute or a fen is never read as points.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .builder import Builder, pre_qualifier

_TALLY_RE = re.compile(r"(?<![\d.])(\d{1,3})金(\d{1,3})[银銀](\d{1,3})[铜銅]")
_CASUALTY_RE = re.compile(r"(?<![\d.])(\d{1,4})([死亡])(\d{1,4})([伤傷])")
_SCORE_RE = re.compile(r"分(?=的成[绩績]|的总分|的總分|的高分|的得分|[，,。]?\s*(?:夺|奪|获|獲|位列|排名))")
_DECIMALS_BEFORE_RE = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}$")
_SCORED_BEFORE = ("以", "得", "取得", "拿下", "拿到")


def sports_tallies(b: Builder) -> None:
    """Medal tallies and scores as facts (see the module doc)."""
    n = b.norm
    if "金" in n and ("铜" in n or "銅" in n):
        for m in _TALLY_RE.finditer(n):
            for k, unit in zip((1, 2, 3), ("金", n[m.start(2) + len(m.group(2))], n[m.end() - 1])):
                b.add("count", m.start(k), m.end(k) + 1, int(m.group(k)), unit=unit)
    if "伤" in n or "傷" in n:
        for m in _CASUALTY_RE.finditer(n):
            q, s = pre_qualifier(n, m.start(1))          # 造成至少4死39伤
            b.add("count", s, m.end(2), int(m.group(1)), unit=m.group(2), qualifier=q)
            b.add("count", m.start(3), m.end(4), int(m.group(3)), unit=m.group(4))
    if "分的" in n or "分，" in n or "分," in n:
        for m in _SCORE_RE.finditer(n):
            d = _DECIMALS_BEFORE_RE.search(n, max(0, m.start() - 8), m.start())
            if d is None or not any(n.startswith(w, d.start() - len(w)) for w in _SCORED_BEFORE):
                continue
            b.add("quantity", d.start(), m.end(), Decimal(d.group()), unit="分")


_CAUSED_END_RE = re.compile(r"(?:已|共)?(?:致|造成|導致|导致)$")


def casualty_subjects(facts: list) -> None:
    """The dead and injured of a tally are the event's: `货机坠毁事故致1死3伤` → 货机坠毁事故…, without the
    verb that caused them (致, 造成), which the subject read before the figure ends with."""
    for f in facts:
        if f["kind"] == "count" and f["unit"] in ("死", "亡", "伤", "傷") and f.get("subject"):
            f["subject"] = _CAUSED_END_RE.sub("", f["subject"]) or None
