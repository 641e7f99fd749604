"""Prices listed bare after a price with its unit, or under a heading that names the unit once:
`主流出厂价1850-1880元/吨，河南地区1830-1860`, `均价3520元/吨，其中上海3480-3500，广州3650`,
`螺纹钢市场价格（元/吨）：上海3450，杭州3480`, and the heading's own price after its colon (`猪肉价格（元/公斤）：26.5`:
found30).

A market report (Mysteel, 生意社, price monitoring) names the unit on the first price of a sentence, or in a
bracketed heading, and lists the next places or grades with their number alone.  Each such item is a price in
that unit: a place or grade's name (Chinese characters, or a bracket closing it) right before the number or
range, the number closing its clause.  The unit comes from the nearest price per unit before it in its
sentence (元/吨, 美元/盎司: a unit with a denominator), of one order of size with it (within a factor of ten),
or else from a heading in brackets before it in the sentence; a price named right before its number
(`主流价格3650-3700，较昨日上涨20元/吨`) takes the unit of the first price per unit after it in its sentence.  Kept: a bare number with no price per unit
before it (`上证指数收于3250`), a move (`较上周降50`: priced_changes reads it), and a number a unit or a word
follows (`上海3450吨`, `2025年`).
"""

from __future__ import annotations

import re

from .builder import Builder
from .numbers import as_decimal

# a name's last character, then the number or a range of two, closing its clause
_ITEM_RE = re.compile(
    r"(?:(?<=[\u4e00-\u9fff）)])|(?<=[）)][：:])|(?<=[）)][：:]\s))(?P<lo>\d{2,6}(?:\.\d{1,3})?)(?:\s?[-—~～至到]\s?(?P<hi>\d{2,6}(?:\.\d{1,3})?))?"
    r"(?=\s?(?:[，,；;。、）)]|$))")
# a heading naming the unit of the figures listed after it: （元/吨）, (元/噸), 单位：元/吨
_HEADING_RE = re.compile(r"(?:[（(]|单位[：:]|單位[：:])(?P<unit>(?:美元|元|美分)/(?:吨|噸|公斤|千克|克|斤|盎司|桶|立方米|方))[)）]?")
# a word right before the number that makes it no price of a named item (a move, a comparison, a count, a code)
_NOT_NAME_RE = re.compile(r"(?:涨|漲|跌|降|升|较|較|比|第|号|號|约|約|至|到|共|计|計|合约|合約)$")
_SENTENCE_MARKS = "。！？!?\n"
# a price named right before its number (主流价格3650-3700): its unit may come after it, on its move
_PRICE_NAME_RE = re.compile(r"(?:价|價|报价|報價|均价|均價|价格|價格)$")
# a figure that borrowed its unit (a move, another bare item) is no level to take a unit from
_BARE_SURFACE_RE = re.compile(r"^[\d.,\s\-—~～至到]+$")


def _priced_before(b: Builder, lo: int, s: int) -> dict | None:
    """The nearest price per unit before s in the sentence part starting at lo."""
    before = [f for f in b.facts if lo <= f["start"] and f["end"] <= s and f["kind"] == "money"
              and "/" in (f.get("unit") or "") and not _BARE_SURFACE_RE.match(f["surface"])]
    return max(before, key=lambda f: f["end"]) if before else None


def _priced_after(b: Builder, e: int, n: str) -> dict | None:
    """The first price per unit after e in its sentence (主流价格3650-3700，较昨日上涨20元/吨: the move's unit)."""
    hi = min((j for c in _SENTENCE_MARKS if (j := n.find(c, e)) >= 0), default=len(n))
    after = [f for f in b.facts if e <= f["start"] and f["end"] <= hi and f["kind"] == "money"
             and "/" in (f.get("unit") or "") and not _BARE_SURFACE_RE.match(f["surface"])]
    return min(after, key=lambda f: f["start"]) if after else None


def price_list_items(b: Builder) -> None:
    """Add each bare price listed after a price per unit or under a unit heading (see the module doc)."""
    n = b.norm
    if "/" not in n:
        return
    for m in _ITEM_RE.finditer(n):
        s, e = m.start(), m.end()
        if _NOT_NAME_RE.search(n, max(0, s - 2), s):
            continue
        read = None
        if not b.free(s, e):    # read already as a sum with no unit of its own (上海金交所752.3 under 报价): the list's
            read = next((f for f in b.facts if f["start"] == s and f["end"] == e and f["kind"] == "money"
                         and "/" not in (f.get("unit") or "")), None)
            if read is None:
                continue
        lo = max(n.rfind(c, 0, s) for c in _SENTENCE_MARKS) + 1
        low, high = as_decimal(m.group("lo")), as_decimal(m.group("hi")) if m.group("hi") else None
        if low is None or low <= 0 or (high is not None and high < low):
            continue
        level = _priced_before(b, lo, s)
        if level is not None:
            lv = as_decimal(level["value"])
            if lv is None or lv <= 0 or not (lv / 10 <= low <= lv * 10):
                continue
            unit, per = level["unit"], level.get("per")
        else:
            head = None
            for h in _HEADING_RE.finditer(n, lo, s):
                head = h
            if head is not None:
                unit = head.group("unit")
                per = unit.split("/", 1)[1]
            elif _PRICE_NAME_RE.search(n, max(0, s - 3), s) and (later := _priced_after(b, e, n)) is not None:
                unit, per = later["unit"], later.get("per")
            else:
                continue
        if read is not None:
            read["unit"], read["per"] = unit, per
        else:
            b.add("money", s, e, low, unit=unit, per=per, value_high=high)
