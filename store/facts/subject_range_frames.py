"""A range told inside its frame (`毛利率介乎16%至18%的範圍內`, `…落在3%至5%之間`) is the range of the thing before the
frame's verb, never of the frame's noun after it (範圍內, 區間, 之間): 毛利率.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_FRAME_WORDS = frozenset({"範圍內", "范围内", "範圍", "范围", "區間", "区间", "之間", "之间", "區間內", "区间内"})
_BEFORE_RE = re.compile(r"(?:^|[，,；;：:。\s])(?:而|但|其中|另)?([\u4e00-\u9fffA-Za-z]{2,12}?)(?:將|将|預計|预计|預期|预期)?"
                        r"(?:介乎|介於|介于|落在|處於|处于)\s*$")


def needs_range_frames(facts: list[Fact]) -> bool:
    return any(f.get("subject") in _FRAME_WORDS for f in facts)


def settle_range_frames(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f.get("subject") not in _FRAME_WORDS:
            continue
        if (m := _BEFORE_RE.search(text, max(0, f["start"] - 20), f["start"])) is not None:
            f["subject"] = m.group(1)           # 毛利率介乎16%至18%的範圍內 → 毛利率
