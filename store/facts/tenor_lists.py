"""A list of bond tenors closed by 期 is tenors throughout: `2年、3年、5年和15年期`,
`3个月、6个月及1年期`, `7天、14天和28天期` — each item is a tenor, as a lone `10年期` is
(figures.py rejects that one), not a duration.

`tenor_list_spans` marks the lists before figures are read, as `traps.trap_spans` does: each
`…年期` ending is found first (by its 期), then the list is read backwards from it in the few
characters before.
"""

from __future__ import annotations

import re

# (in Chinese numerals too: 三年、五年和十年期美元债券, 分四年和九年期债券)
_CN = "一二两三四五六七八九十"
_NUM = rf"(?:\d{{1,2}}(?:\.\d+)?|[{_CN}]{{1,3}})"
_ITEM = rf"{_NUM}(?:个月|年|天|周)"
_NOT_TENOR_RE = re.compile(r"间|内|满|限|末|中|初")     # 年期间, 周期内: a span, not a tenor
_LIST_RE = re.compile(rf"{_ITEM}(?:[、和及与或]{_ITEM})*[、和及与或]{_NUM}$")
_REACH = 48
_NUMERAL = frozenset("0123456789.一二两三四五六七八九十百千〇零")


def tenor_list_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each tenor list in the normalised text."""
    out: list[tuple[int, int]] = []
    e = norm.find("期", 4)                        # (a list holds at least 4 characters before its 期)
    while e >= 0:                                 # each 期 after a unit of time, the list read back from it
        k = e - 2 if norm.startswith("个月", e - 2) else e - 1
        if norm[k] in "个年天周" and not _NOT_TENOR_RE.match(norm, e + 1):
            lm = _LIST_RE.search(norm, max(0, k - _REACH), k)
            if lm and (lm.start() == 0 or norm[lm.start() - 1] not in _NUMERAL):   # 2023年、2024年: years
                out.append((lm.start(), e + 1))
        e = norm.find("期", e + 1)
    return out
