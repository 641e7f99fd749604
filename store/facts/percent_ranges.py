"""Ranges written with a percent word: `百分之三十到四十` and `百分之三十至百分之四十` are one
percent figure of 30 to 40 %, as `30%至40%` is (the plain percent reader would read only
the first end)."""

from __future__ import annotations

import re

from .builder import Builder, post_qualifier, pre_qualifier
from .numbers import NUMBER_PATTERN, parse_number

_SCALE = {"百分之": 0, "千分之": -1, "万分之": -2}
_PERCENT_RANGE_RE = re.compile(
    rf"(负)?(百分之|千分之|万分之)({NUMBER_PATTERN})\s*(?:~|～|〜|-|–|—|——|到|至)\s*"
    rf"(负)?(百分之|千分之|万分之)?({NUMBER_PATTERN})")


# a second end with a magnitude or a unit after it is a level reached, not the range's end
_MAGNITUDE_RE = re.compile(r"[万亿萬億兆]")
_UNIT_AFTER_RE = re.compile(r"\s?(?:元|美元|港元|港币|港幣|人|个|個|家|吨|噸|万|亿|萬|億|千克|公斤|亩|件|辆|輛|台|项|項|次|倍|年|天|个月)")


def percent_ranges(b: Builder) -> None:
    """百分之X到Y, 百分之X至百分之Y: one percent fact with value_high."""
    n = b.norm
    if "分之" not in n:
        return
    for m in _PERCENT_RANGE_RE.finditer(n):
        word, word2 = m.group(2), m.group(5) or m.group(2)
        if word2 != word or m.group(1) or m.group(4):
            continue                          # 百分之三到千分之五, signed ends: left to the single reader
        low, high = parse_number(m.group(3)), parse_number(m.group(6))
        if low is None or high is None or low.value_high is not None or high.value_high is not None:
            continue
        if n.startswith("分之", m.end()):
            continue                          # 百分之三到五分之一: the second end is a fraction
        if m.group(5) is None and (_MAGNITUDE_RE.search(m.group(6)) or _UNIT_AFTER_RE.match(n, m.end())):
            continue                          # 减少百分之三至港币338.47亿元: a fall by 3 % to a sum, no range (sealed39)
        lo, hi = low.value.scaleb(_SCALE[word]), high.value.scaleb(_SCALE[word])
        if not lo < hi:
            continue
        q, s = pre_qualifier(n, m.start())
        q2, e = post_qualifier(n, m.end())
        b.add("percent", s, e, lo, unit="%", value_high=hi, qualifier=q or q2)
