"""Figures in wording the number reader does not cover (shapes: they claim their spans first).

An exchange rate per one unit: `1美元兑换163日元` → index 163, unit 日元/美元 (the `1美元` is its
unit, not a sum), also told quote first: `130.58日元兑换1美元` → index 130.58, unit 日元/美元.  (Issue counts, 码 rate steps, spans of quarters and the first N places of a
ranking have modules of their own: issue_counts, rate_steps, quarter_counts, top_ranks.)
"""

from __future__ import annotations

import re
from decimal import Decimal

from .builder import Builder
from .numbers import parse_number

_CURRENCY = r"美元|欧元|英镑|港元|港币|日元|人民币|元|韩元|卢布|新台币|台币|澳元|加元|瑞士法郎"
_RATE_RE = re.compile(rf"1\s?({_CURRENCY})\s?(?:可|能)?(?:兑换|兑|兌換|兌|折合|换|換)\s?(\d+(?:\.\d+)?)\s?({_CURRENCY})")
# the same rate told quote first (纽约汇市日元兑美元汇率一度达到130.58日元兑换1美元)
_REVERSED_RATE_RE = re.compile(rf"(\d+(?:\.\d+)?)\s?({_CURRENCY})\s?(?:可|能)?(?:兑换|兑|兌換|兌|折合|换|換)\s?1\s?({_CURRENCY})(?![\d.])")


def _value(tok: str) -> Decimal | None:
    p = parse_number(tok)
    return p.value if p is not None and p.value > 0 else None


def found_shapes(b: Builder) -> None:
    n = b.norm
    if "兑" in n or "折合" in n or "换" in n or "兌" in n or "換" in n:
        for m in _RATE_RE.finditer(n):
            if m.start() and n[m.start() - 1] in "0123456789.":
                continue                                   # 11美元 is no rate per one unit
            if m.group(1) != m.group(3) and (v := _value(m.group(2))):
                b.add("index", m.start(2), m.end(), v, unit=f"{m.group(3)}/{m.group(1)}", per=m.group(1),
                      claim=(m.start(), m.end()))
        for m in _REVERSED_RATE_RE.finditer(n):
            if m.start() and n[m.start() - 1] in "0123456789.":
                continue
            if m.group(2) != m.group(3) and (v := _value(m.group(1))):
                b.add("index", m.start(1), m.end(2), v, unit=f"{m.group(2)}/{m.group(3)}", per=m.group(3),
                      claim=(m.start(), m.end()))
