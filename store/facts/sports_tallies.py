"""Sports results: a medal tally `30金13银8铜` (three counts, each in its medal) and a
score with decimals won `以168.50分的成绩` (quantity 168.5 分).

A score needs its decimals and a word that says it was scored (以/得/获得 … 分的成绩,
夺得), so that 分 as a minute or a fen is never read as points.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .builder import Builder

_TALLY_RE = re.compile(r"(?<![\d.])(\d{1,3})金(\d{1,3})[银銀](\d{1,3})[铜銅]")
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
    if "分的" in n or "分，" in n or "分," in n:
        for m in _SCORE_RE.finditer(n):
            d = _DECIMALS_BEFORE_RE.search(n, max(0, m.start() - 8), m.start())
            if d is None or not any(n.startswith(w, d.start() - len(w)) for w in _SCORED_BEFORE):
                continue
            b.add("quantity", d.start(), m.end(), Decimal(d.group()), unit="分")
