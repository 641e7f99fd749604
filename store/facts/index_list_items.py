"""Index values listed bare after an index: `工业生产者购进价格指数（上年=100）为97.8，其中燃料动力类95.3，黑色金属材料类96.1`,
`居民消费价格指数为100.2，其中食品烟酒类99.5，衣着101.2`.

A statistical communiqué gives the whole index with its name and lists its classes' values after it by their names
alone.  Each such item is an index value: a class's name (Chinese characters) right before a number with decimals that
closes its clause, after an index level read in its sentence (an index named 指数 before it), of one order with it
(within a factor of two: the classes of a price index sit near 100, a PMI's near 50).  Kept: a number without decimals
(`其中3个`), a move (`比上年上涨0.2`), a number of another order (`猪肉均价32.5` after `价格指数为100.2`).
"""

from __future__ import annotations

import re

from .builder import Builder
from .numbers import as_decimal

_ITEM_RE = re.compile(r"(?<=[\u4e00-\u9fff])\d{1,4}\.\d{1,3}(?=\s?(?:[，,；;。、]|$))")
# a word right before the number that makes it no class's value (a move, a comparison, a rank)
_NOT_NAME_RE = re.compile(r"(?:涨|漲|跌|降|升|增|减|減|较|較|比|第|约|約|至|到|为|為|是|达|達|报|報|收)$")
_SENTENCE_MARKS = "。！？!?\n"


def index_list_items(b: Builder) -> None:
    """Add each bare class value listed after an index level in its sentence (see the module doc)."""
    n = b.norm
    if "指数" not in n and "指數" not in n:
        return
    for m in _ITEM_RE.finditer(n):
        s, e = m.span()
        if not b.free(s, e) or _NOT_NAME_RE.search(n, max(0, s - 1), s):
            continue
        lo = max(n.rfind(c, 0, s) for c in _SENTENCE_MARKS) + 1
        levels = [f for f in b.facts if lo <= f["start"] and f["end"] <= s and f["kind"] == "index"
                  and not f.get("unit") and ("指数" in n[lo:f["start"]] or "指數" in n[lo:f["start"]])]
        if not levels:
            continue
        lv, v = as_decimal(levels[-1]["value"]), as_decimal(m.group())
        if lv is None or v is None or lv <= 0 or not (lv / 2 <= v <= lv * 2):
            continue
        b.add("index", s, e, v)
