"""The parts of a price index's change told after it (`在10月份0.2%的同比涨幅中，去年价格变动的翘尾影响约为-0.3个百分点，
今年价格变动的新影响约为0.5个百分点`; `…翘尾因素约为0，新涨价因素约为-1.4个百分点`): the carry-over of last year's
prices and the new rises are shares of that month's change, so they are of the month the frame names (sealed18 labels
them so), never of the 去年 or 今年 that names whose price moves they are."""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# a part of the change: the carry-over (翘尾) or the new rises (新涨价, 价格变动的新影响)
_EFFECT_RE = re.compile(r"翘尾|翹尾|新涨价|新漲價|(?:价格|價格)(?:变动|變動)的新")
# the frame the parts are of: 在10月份0.2%的同比涨幅中, 在11月份-1.4%的…同比降幅中
_FRAME_RE = re.compile(r"在[^，,。；;]{0,30}?(?:涨幅|漲幅|降幅|跌幅|变动|變動)中")
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")
_YEAR_WORDS = ("去年", "上年", "今年", "本年")


def settle_price_effects(norm: str, facts: list[Fact]) -> None:
    """Give the carry-over and new-price parts the period of the change they make up (module doc)."""
    for frame in _FRAME_RE.finditer(norm):
        end_m = _SENTENCE_END_RE.search(norm, frame.end())
        end = end_m.start() if end_m else len(norm)
        if not _EFFECT_RE.search(norm, frame.end(), end):
            continue
        own = next((f for f in facts if frame.start() <= f["start"] and f["end"] <= frame.end()
                    and f["kind"] not in ("date", "year") and f.get("period")), None)
        if own is None:
            continue
        for f in facts:
            if frame.end() <= f["start"] and f["end"] <= end and f["kind"] in ("points", "percent") \
                    and f.get("period_text") in _YEAR_WORDS:
                f["period"], f["period_text"] = own["period"], own.get("period_text")
