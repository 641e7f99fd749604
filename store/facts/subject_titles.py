"""A quoted title is one name: a subject cut inside it takes it whole.

An ordinal or a count before a title (`第19期《求是》杂志`, `3部《…》系列纪录片`) read the noun after it
two characters long and cut the title (`《求`); the subject is the title through its closing mark,
with the noun it names right after (`《求是》杂志`).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_AFTER_TITLE_RE = re.compile(r"[^\s，,。；;：:、（）()《》“”\d的]{0,4}")
_MAX_TITLE = 30
_TITLE_HEAD_RE = re.compile(r"杂志|雜誌|期刊|报告|報告|系列|纪录片|紀錄片|丛书|叢書|专栏|專欄|文件|白皮书|白皮書|目录|目錄|清单|清單")


def settle_titles(text: str, facts: list[Fact]) -> None:
    for f in facts:
        s = f.get("subject")
        if not s or s[0] != "《" or "》" in s:
            continue
        a = text.find(s, f["end"], f["end"] + 3)
        if a < 0:
            continue                            # only a noun read right after the figure
        b = text.find("》", a, a + _MAX_TITLE)
        if b < 0 or "《" in text[a + 1:b]:
            continue
        tail = _AFTER_TITLE_RE.match(text, b + 1)
        f["subject"] = text[a:b + 1 + _noun_len(tail.group(0) if tail else "")]


def _noun_len(tail: str) -> int:
    """The noun the title names, right after it (《求是》杂志发表 → 杂志)."""
    m = _TITLE_HEAD_RE.match(tail)
    return m.end() if m else 0
