"""Titles in 《》 listed before 分别 are the list's items, one a figure (fix49s, sealed39).

Box-office and ranking news list works back to back: `《前任4:英年早婚》《志愿军:雄兵出击》《93国际列车大劫案:莫斯科行动》和
《好像也没那么热血沸腾》分别以8.87亿元、4.97亿元、4.09亿元和1.54亿元位列票房榜二至五位`.  The 分别 rules split items at
、, 和, 及 and at the colon inside a title, so every figure took a piece of the run (`莫斯科行动》和《好像也没那么热血沸腾》`).
The labels give each figure its title as written, colon and all (`前任4:英年早婚`).

- Only a run of two or more 《titles》 joined by nothing, 、, 和, 及, 与 or a space, ending right before 分别;
- the figures after 分别 in its sentence (no date or year), as many as the titles, in order, each given its title when
  its subject so far is a piece of the run (a title mark in it, or words of it: `重生` of `《哪吒:重生》`) or none.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_RUN_RE = re.compile(r"(?:《[^《》]{1,40}》[、和及与與\s]*){2,}(?=分别|分別)")
_TITLE_RE = re.compile(r"《([^《》]{1,40})》")
_STOPS = "。！？!?；;\n"


def needs_title_lists(text: str) -> bool:
    return "》" in text and ("分别" in text or "分別" in text)


def settle_title_lists(text: str, facts: list[Fact]) -> None:
    for run in _RUN_RE.finditer(text):
        titles = _TITLE_RE.findall(run.group())
        after = run.end()
        stop = min((k for k in (text.find(c, after) for c in _STOPS) if k >= 0), default=len(text))
        figures = [f for f in facts if after <= f["start"] < stop and f["kind"] not in ("date", "year")][:len(titles)]
        if len(figures) < len(titles):
            continue
        for f, title in zip(figures, titles, strict=True):
            subj = f.get("subject")
            if subj is None or "《" in subj or "》" in subj or subj in run.group():
                f["subject"] = title
