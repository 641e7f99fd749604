"""Figures told of age bands take the band with the noun the list closes on.

`0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人…`: the bands are labels, not figures
(store/facts/traps.py), and each figure of the 分别 list is the population of its band — `0-17岁户籍人口`,
not the band alone, whose number names a class and measures nothing.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_N = r"[\d０-９一二三四五六七八九十]+"
_BAND_RE = re.compile(rf"{_N}\s*[-—~～至到]\s*{_N}\s*周?岁")
# the list of bands and the noun that closes it, up to 分别 (or 各为)
_LIST_TAIL_RE = re.compile(rf"(?:[、和及]\s*{_N}(?:\s*[-—~～至到]\s*{_N})?\s*周?岁(?:及以上|以上|以下|及以下)?)*"
                           r"([\u4e00-\u9fff]{2,8}?)(?:分别|分別|各为|各為)")


def band_subjects(text: str, facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if not subj or not _BAND_RE.fullmatch(subj):
            continue
        k = text.rfind(subj, 0, f["start"])
        if k < 0:
            continue
        if m := _LIST_TAIL_RE.match(text, k + len(subj)):
            f["subject"] = subj + m.group(1)
