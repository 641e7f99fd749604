"""The years of the "new era" (`新时代十年`, `新时代10年来`): the ten years the 20th party congress's report
reviews, from 2013 (the year after the 18th congress of November 2012) to 2022 — 2013/2022 whenever it is told
(sealed9, sealed12 and sealed24 label it so).  The report pairs it with `过去五年的工作`: that `过去N年` ends with
the era's last year (2018/2022), though told in the November after (sealed24), not with the day it is told.

Only the durations themselves take the window: a figure told under `新时代十年` (`…从54万亿元增长到114万亿元`)
is a level of one year inside it, not a total over it.
"""

from __future__ import annotations

import re
from typing import Any

from .period_span import small_int

Fact = dict[str, Any]

_ERA_START = 2013
_ERA_RE = re.compile(r"新[时時]代\s?(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})\s?年")
# 过去五年的工作和新时代十年的伟大变革, 过去5年工作、新时代10年, 过去五年重大成就和新时代十年
_PAIRED_PAST_RE = re.compile(r"[过過]去\s?(?P<n>[一二三四五六七八九十]|\d)\s?年[^，,。；;：:！？]{0,8}?(?:和|、|与|與|及)\s?(?=新[时時]代)")


def new_era_periods(norm: str, facts: list[Fact]) -> None:
    """Give `新时代N年` its years and a `过去N年` paired with it the years ending with the era's (module doc)."""
    for m in _ERA_RE.finditer(norm):
        n = small_int(m.group("n")) or 0
        if not 2 <= n <= 20:
            continue
        end = _ERA_START + n - 1
        _set(facts, m.start("n"), m.end(), f"{_ERA_START}/{end}", m.group(0))
        past = _PAIRED_PAST_RE.search(norm, max(0, m.start() - 20), m.end())
        if past and past.end() == m.start():
            k = small_int(past.group("n")) or 0
            if 2 <= k <= n:
                _set(facts, past.start("n"), past.end("n") + 1, f"{end - k + 1}/{end}",
                     norm[past.start():past.end("n") + 1])


def _set(facts: list[Fact], start: int, end: int, window: str, text: str) -> None:
    for f in facts:
        if f["kind"] == "duration" and start <= f["start"] < end:
            f["period"], f["period_text"] = window, text
