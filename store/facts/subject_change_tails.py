"""A subject never ends in the change its figure measures: `农事决策时间缩短七成`, `口岸通关时间最短压缩至30分钟以内`,
`…费用免除政策延长2年`, `运输时间由此前的25天缩短到12天左右` gave 农事决策时间缩短, 口岸通关时间最短压缩, …政策延长,
运输时间由此前的25天缩短: the phrase before the figure read up to it, the change verb (and what stood between the
noun and the verb: 最短, 有望因此, 由此前的25天) with it.  What was measured is the noun phrase before
(农事决策时间, 口岸通关时间, …政策, 运输时间), as the conventions say of a change (`增长6.3%`: the thing that changed).

Only verbs that change a length, a time or an amount (缩短, 压缩, 延长, 节省, 节约, 扩大, 提升, 加快) are cut, read as
the subject's last dictionary word, and only from a figure that is no count (`35个行业增加值实现增长` names the
members the gold sets count).  The phrase left is cut before the first word that stands between a noun and its verb
(最短, 有望, 因此, 由, 能, 可 …) and must keep two characters; a subject written right after 较/比 (`较目前普速旅客列车压缩58分钟`) is the base of a
comparison and a time word or a per-unit (`此前`, `每年可节省`) no noun: those are left as they were.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import SUBJECT_CHARS
from .words import segment

Fact = dict[str, Any]

_VERBS = frozenset({"缩短", "压缩", "延长", "节省", "节约", "扩大", "提升", "加快"})
_GATE = ("短", "縮", "缩", "壓", "压", "长", "長", "省", "约", "約", "大", "升", "快")
_BASE_MARKS = ("较", "較", "比")
# words that stand between the noun and its change verb (最短压缩, 有望因此缩短, 由此前的25天缩短, 能节省): the noun ends there
_STOPS = frozenset({"由", "最", "从", "將", "将", "有望", "因此", "由此", "最短", "最长", "最多", "最快", "能", "可", "可以", "再",
                    "也", "都", "已", "已经", "均", "还", "又", "就", "进一步", "大幅", "明显", "分别", "将会", "至少", "统一"})
# a phrase holding a figure is the level changed from (由现在最快约2个半小时缩短至…, 从此前的一两个小时缩短到…)
_FIGURE_RE = re.compile(r"[0-9０-９一二三四五六七八九十两半]")
_NOT_NOUN_RE = re.compile(r"^(?:每|现在|現在|从|從|由|此前|目前|以前|之前|过去|過去|原来|原來|原先|今年|去年|明年)")


def needs_change_tails(facts: list[Fact]) -> bool:
    for f in facts:
        s = f.get("subject")
        if s and len(s) >= 4 and s.endswith(_GATE) and f["kind"] != "count":
            return True
    return False


def settle_change_tails(text: str, facts: list[Fact]) -> None:
    for f in facts:
        s = f.get("subject")
        if not s or len(s) < 4 or f["kind"] in ("count", "date", "year", "rank") or not s.endswith(_GATE):
            continue
        plain = s.translate(SUBJECT_CHARS)
        words = segment(plain)
        if len(words) < 2 or words[-1] not in _VERBS:
            continue
        i = text.rfind(s, max(0, f["start"] - 60), f["start"])
        if i < 0 or text[max(0, i - 1):i] in _BASE_MARKS:
            continue                                  # 较目前普速旅客列车压缩58分钟: the base, not the subject
        n = 0
        for w in words[:-1]:
            if w in _STOPS and n >= 2:
                break
            n += len(w)
        if n < 2 or _NOT_NOUN_RE.match(plain[:n]) or _FIGURE_RE.search(plain, 0, n) or not plain[n - 1].isalnum():
            continue
        f["subject"] = s[:n]                          # 农事决策时间缩短七成: 农事决策时间
