"""A record told before its figures: `2025年台灣高鐵全年旅運再創新高，首度突破8000萬，達到8207萬人次`, `全年整體稅收創新高,
達到3286億元,按年增加13%`.

The indicator is named once, in the clause that says it set a record (创新高, 創歷史新高); the figures follow in clauses
of verbs alone (达到, 突破) and had no subject. Each figure after it in the sentence that has none takes the indicator: the
words before the record's verb, without a leading year or date and the adverb of repetition (再, 又, 再度).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_RECORD_RE = re.compile(
    r"(?:^|(?<=[，,；;。：:\s]))(?P<name>[\u4e00-\u9fffA-Za-z0-9（）()]{2,24}?)(?:雙雙|双双|再度|再次|再|又|均|也|亦|都)?"
    r"(?:创下|創下|创|創|刷新)(?:了)?(?:历史|歷史|年度|同期|歷年|历年)?(?:新高|新低|纪录|紀錄|記錄|记录)(?:纪录|紀錄|記錄|记录)?[，,]")
# a streak told before the record (中非贸易额连续5年创新高): the indicator's, not its name
_STREAK_TAIL_RE = re.compile(r"(?:连续|連續)[\d一二三四五六七八九十两兩]{1,3}(?:个|個)?(?:年|月|季|季度|周|週|天|日)$")
_LEAD_TIME_RE = re.compile(r"^(?:\d{4}年(?:度)?|今年|去年|本年|全年(?=[\u4e00-\u9fff]{0,2}$))")
# (a span after it, 分别是15年以来最大增速, counts time and names no indicator)
_KINDS = frozenset({"date", "year", "duration"})
_NO_NAMES = frozenset({"雙雙", "双双", "兩者", "两者", "均", "都"})


def record_high_subjects(text: str, facts: list[Fact]) -> None:
    """Give figures with no subject the indicator of the record told before them (module doc)."""
    if not any(w in text for w in ("新高", "新低", "紀錄", "纪录", "記錄", "记录")):
        return
    for f in facts:
        if f.get("subject") or f["kind"] in _KINDS:
            continue
        s = f["start"]
        lo = max(text.rfind(c, 0, s) for c in "。！？!?") + 1
        m = None
        for m in _RECORD_RE.finditer(text, lo, s):
            pass
        if m is None:
            continue
        name = _STREAK_TAIL_RE.sub("", _LEAD_TIME_RE.sub("", m.group("name")))
        if len(name) >= 2 and name not in _NO_NAMES:
            f["subject"] = name
