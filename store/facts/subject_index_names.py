"""An index named with its short name in brackets, then its figures told by rate words alone.

- `公布最新消費者物價指數(CPI),8月份按年錄得通脹2.7%,上月按年錄得升幅3.4%`, `宣布生產者價格指數(PPI),8月按年錄升幅
  8.7%,上月漲11.0%`, `…消費者物價指數(CPI)月增率-0.11%,…且衰退幅度較8月-0.32%擴大`: the figures after the name,
  up to its sentence's end or ；, whose subject is only a rate word (通脹, 升幅, 年錄升幅, 且衰退幅度), are the index's.
- A level in brackets inside an index's name (`甲类(107.54)及乙类(105.41)消费物价指数`) is the index's figure, not
  part of its name: 甲类消费物价指数.
Gated on a bracket after 指數/指数 or a bracketed number in a subject.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_NAMED_RE = re.compile(r"([^\s\d，,；;。：:()（）、]{2,16}?(?:指數|指数))[(（][A-Za-z]{2,6}[)）]")
_LEAD_RE = re.compile(r"^(?:.*?(?:公布|公佈|發布|发布|宣布|顯示|显示|錄得|录得))?(?:最新)?(?:[月年日份度])?")
_RATE_LEAD_RE = re.compile(r"^(?:[且而則则並并亦也再])?(?:按年|按月|年|月)?(?:錄得|录得|錄|录)?")
_RATE_WORDS = frozenset({"通脹", "通胀", "通脹率", "通胀率", "升幅", "漲幅", "涨幅", "跌幅", "增幅", "降幅", "衰退幅度",
                         "增長率", "增长率", "年增率", "月增率", "按年升幅", "按年跌幅", "幅度"})
_LEVEL_RE = re.compile(r"[(（][0-9０-９.．]+[)）]")
_ENDS = "。；;！？!?\n"


def needs_index_names(text: str) -> bool:
    return "指數(" in text or "指数(" in text or "指數（" in text or "指数（" in text or \
        (")" in text and _LEVEL_RE.search(text) is not None)


def _rate_only(subj: str | None) -> bool:
    return not subj or _RATE_LEAD_RE.sub("", subj) in _RATE_WORDS


def settle_index_names(text: str, facts: list[Fact]) -> None:
    for f in facts:
        s = f.get("subject")
        if s and ("(" in s or "（" in s) and _LEVEL_RE.search(s):
            new = _LEVEL_RE.sub("", s)
            if len(new) >= 2:
                f["subject"] = new                    # 甲类(107.54)消费物价指数: 甲类消费物价指数
    for m in _NAMED_RE.finditer(text):
        name = _LEAD_RE.sub("", m.group(1))
        if len(name) < 4:
            continue
        stop = len(text)
        for c in _ENDS:
            j = text.find(c, m.end())
            if 0 <= j < stop:
                stop = j
        for f in facts:
            if m.end() <= f["start"] < stop and f["kind"] in ("percent", "points", "index") and _rate_only(f.get("subject")):
                f["subject"] = name
