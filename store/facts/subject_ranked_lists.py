"""Ranks told with 分列 (`江苏、江西在长假旅游收入上分列第二与第三`, `昌平霍家营、丰台分钟寺分列第一、第二位`, `日本、美国、韩国和德国
分列第二至第五位`): 分列 is `分别列`, a respective verb, and no part of a subject — the left phrase took the last item with
it (`丰台分钟寺分列`, `韩国和德国分列`) or the frame after the list (`长假旅游收入上分列`).  As many ranks as items: the i-th
is the i-th item's (sealed38: 江苏, 江西); else the ranks span the list (`第二至第五位`, `前三位`) and name it as written
(main: `瑞典、英国、日本和芬兰`, sealed37: `日本、美国、韩国和德国`).  The list is the clause's words before 分列, joined by
、, 和, 及, 与 (or titles 《…》 one after another); a frame after it (`在长假旅游收入上`) is cut at 在.  In the bulk corpus
every rank after 分列 named the verb with the last item (`丰台分钟寺分列`, `浴血和平》《731》《刺杀小说家2》分列`).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_MARK_RE = re.compile(r"分列")
_CLAUSE_STOPS = "，,；;。！？!?：:\n"
_JOIN_RE = re.compile(r"[、和及与與]")
_TITLES_RE = re.compile(r"(?:《[^《》]{1,30}》)+")
_TITLES_END_RE = re.compile(r"(?:《[^《》]{1,30}》\s*){2,}$")
_FRAME_RE = re.compile(r"在[^、，,]{1,20}?[上中]$")
_MAX_ITEM = 12


def needs_ranked_lists(text: str) -> bool:
    return "分列" in text


def settle_ranked_lists(text: str, facts: list[Fact]) -> None:
    for m in _MARK_RE.finditer(text):
        lo = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_STOPS) + 1
        hi = min((j for j in (text.find(c, m.end()) for c in _CLAUSE_STOPS) if j >= 0), default=len(text))
        listed = _FRAME_RE.sub("", text[lo:m.start()].strip()).strip()
        if t := _TITLES_END_RE.search(text, 0, m.start()):
            listed = t.group(0)                 # 《志愿军：浴血和平》《731》…: a title's colon ends no clause
        if _TITLES_RE.fullmatch(listed):
            items = re.findall(r"《[^《》]{1,30}》", listed)
        else:
            items = [s.strip() for s in _JOIN_RE.split(listed)]
        if len(items) < 2 or any(not 2 <= len(s) <= _MAX_ITEM + 2 or re.search(r"\d", s) and "《" not in s
                                 for s in items):
            continue
        ranks = [f for f in facts if m.end() <= f["start"] < hi and f["kind"] == "rank"]
        if not ranks or any(f["kind"] not in ("rank", "date", "year") for f in facts if m.end() <= f["start"] < hi):
            continue
        for k, f in enumerate(ranks):
            f["subject"] = items[k] if len(ranks) == len(items) else listed
