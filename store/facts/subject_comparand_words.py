"""The time a change is measured against (較疫情前, 较此前, 比前一年) is no subject: the thing compared is named before
the comparison word.

`2021年全貨運運能較疫情前成長24%`, `全线运输时间较此前缩短两到三天`, `去年來台觀光客比前一年七八五萬人次` gave 疫情前,
此前缩短 and 前一年 — the word right after 較/较/比, read as the subject because no figure stood between it and the
change.  The subject is the noun phrase before the comparison word, back to the clause's start or the figure before
it (a year, a date), without the time words and light conjunctions that open it (去年, 今年, 使, 讓): 全貨運運能,
全线运输时间, 來台觀光客.  Only a closed list of comparand words is read so (times and states before or after,
never a place or an indicator compared against: 比全省, 较全国 name what is compared, and stay with their passes).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_COMPARANDS = ("疫情前", "疫前", "此前", "之前", "以前", "先前", "前一年", "前一年度", "前年", "上一年", "疫情爆發前",
               "疫情爆发前")
_MARKER_RE = re.compile(r"(?:相較於|相较于|相較|相较|相比於|相比于|較|较|比)$")
_CLAUSE_ENDS = "，,；;：:。！？!?\n、"
_LEAD_RE = re.compile(r"^(?:而且|而|但是|但|並且|并且|並|并|使得|使|讓|让|令|其中|同時|同时|另外|另|則|则|也|亦)+")
_TIME_RE = re.compile(r"^(?:去年|今年|前年|明年|上年|本年|全年|當年|当年|同期|本月|上月|當月|当月|本季|上季|目前|現時|现时)+")
_NAME_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,16}$")
_SKIP_KINDS = ("date", "year", "duration")


def needs_comparand_words(facts: list[Fact]) -> bool:
    return any((s := f.get("subject")) and s.startswith(_COMPARANDS) for f in facts)


def settle_comparand_words(text: str, facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if not subj or not subj.startswith(_COMPARANDS) or f["kind"] in ("date", "year"):
            continue
        at = text.rfind(subj, 0, f["start"])
        if at < 0:
            continue
        marker = _MARKER_RE.search(text, 0, at)
        if marker is None or marker.end() != at or text[max(0, marker.start() - 1):marker.end()] in ("同比", "环比",
                                                                                                      "環比", "對比", "对比"):
            continue
        thing = _thing_before(text, marker.start(), facts)
        if thing:
            f["subject"] = thing


def _thing_before(text: str, end: int, facts: list[Fact]) -> str | None:
    """The noun phrase ending at `end`: back to the clause's start or the end of a figure before it."""
    start = max(text.rfind(c, 0, end) for c in _CLAUSE_ENDS) + 1
    for g in facts:
        if start <= g["end"] <= end:
            start = g["end"]
    words = text[start:end].strip()
    words = _TIME_RE.sub("", _LEAD_RE.sub("", words))
    words = _LEAD_RE.sub("", words)
    words = re.sub(r"^(?:之间|之間|间|間)?的", "", words)   # (往返两市)间的驾车时长: the measure, not the count's tail
    return words if _NAME_RE.match(words) else None
