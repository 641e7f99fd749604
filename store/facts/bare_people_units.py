"""A bare count read as people takes 人次 or 户 from the count the sentence writes beside it.

`8月入境61.6萬人次,為花蓮地震後首度突破60萬`, `固定电话用户数为1.81亿,比去年底减少749万户` (sealed42), `總運量大約 5 萬人次,…
總運量就突破 5 萬` (sealed33): a number with its magnitude and nothing after it, read as a head count (人) from the
words before it (入境, 用户数) and no noun after it (`120万旅客访澳` counts people), counts what the nearest count of the same sentence counts, when that count is written
in visits (人次) or households (户) and is of one order with it (within a factor of ten) or is its move
(a change after it, smaller than it).  The nearest written count
decides: one in 人 keeps 人 (`3294万人…超3000万`).
"""

from __future__ import annotations

import re
from typing import Any

from .numbers import as_decimal

Fact = dict[str, Any]

_BARE_RE = re.compile(r"^[^\d一二三四五六七八九十两兩]{0,2}[\d.,\s一二三四五六七八九十两兩百千零〇○]+[万亿萬億]+$")
_TAKEN = ("人次", "户", "戶")
_SENTENCE_MARKS = "。！？!?\n;；"
_REACH = 40
# the count's move told right after it: 1.81亿,比去年底减少749万户
_MOVE_BETWEEN_RE = re.compile(r"[,，]\s?(?:比|较|較|同比|环比|環比)[^，,。；;\d]{0,10}?"
                              r"(?:减少|減少|增加|净增|淨增|净减|淨減|下降|增长|增長)了?\s?$")


def bare_people_units(norm: str, facts: list[Fact]) -> None:
    """Give a bare head count the unit (人次, 户) of the nearest count written beside it in its sentence."""
    for f in facts:
        if f["kind"] != "count" or f.get("unit") != "人" or f.get("per") or not _BARE_RE.match(f["surface"]) \
                or "\u4e00" <= norm[f["end"]:f["end"] + 1] <= "\u9fff":
            continue            # 将有120万旅客访澳,日均约15万人次: the noun after it says people
        lo = max(max(norm.rfind(m, 0, f["start"]) for m in _SENTENCE_MARKS) + 1, f["start"] - _REACH)
        ends = [k for k in (norm.find(m, f["end"]) for m in _SENTENCE_MARKS) if k >= 0]
        hi = min(min(ends) if ends else len(norm), f["end"] + _REACH)
        near = [g for g in facts if g is not f and g["kind"] == "count" and g.get("unit") and not g.get("per")
                and g["start"] >= lo and g["end"] <= hi and not _BARE_RE.match(g["surface"])]
        if not near:
            continue
        g = min(near, key=lambda g: f["start"] - g["end"] if g["end"] <= f["start"] else g["start"] - f["end"])
        a, b = as_decimal(f.get("value")), as_decimal(g.get("value"))
        if g["unit"] not in _TAKEN or a is None or b is None or a <= 0 or b <= 0:
            continue
        moved = g["start"] > f["end"] and b < a and _MOVE_BETWEEN_RE.match(norm[f["end"]:g["start"]])   # its move
        if moved or b / 10 <= a <= b * 10:
            f["unit"] = g["unit"]
