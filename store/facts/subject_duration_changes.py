"""A change of a measured time is the time's: `快递服务全程时限均值为52.59小时，同比缩短1.51小时`,
`平均工作時間為47.7小時,比6月份增加0.1小時`.

Time spans have no subject, but a measured duration names what it measures (conventions: `車程從3個小時縮短至約
45分鐘`), and so does its change told in the clause after its level: the clause opens with the base (同比, 比6月份,
较…, 与…相比) and names nothing else, so the change is the level's (sealed20 labels `全國企業就業人員周平均工作時間`). A time followed by the noun it counts (`较中转模式全程可减少15天运输时间`)
is that noun's, left to the other rules.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_SENTENCE_ENDS = "。！？!?\n"
_CLAUSE_MARKS = "，,；;"
# a clause that opens with its base and goes straight to the change
_BASE_OPENING_RE = re.compile(r"(?:同比|环比|環比|按年|按月|(?:比|较|較|与|與)[^，,。；;]{0,16}?)")


def needs_duration_changes(facts: list[Fact]) -> bool:
    for f in facts:
        if f["kind"] == "duration" and f.get("change") and not f.get("subject"):
            return True
    return False


def settle_duration_changes(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        if f["kind"] != "duration" or not f.get("change") or f.get("subject") or not f.get("change_word"):
            continue
        if f["end"] < len(text) and "\u4e00" <= text[f["end"]] <= "\u9fff":
            continue                            # 减少15天运输时间: the noun after it names the time
        lo = max(text.rfind(c, 0, f["start"]) for c in _CLAUSE_MARKS + _SENTENCE_ENDS) + 1
        if lo == 0 or text[lo - 1] not in _CLAUSE_MARKS or not _BASE_OPENING_RE.match(text, lo):
            continue
        for g in reversed(facts[:i]):
            if g["end"] > lo:
                continue                        # (a base's own level inside the clause: 较…的38分钟)
            if any(c in text[g["end"]:lo] for c in _SENTENCE_ENDS + "；;") or lo - g["end"] > 12:
                break
            if g["kind"] == "duration" and g.get("subject") and g.get("unit") == f.get("unit"):
                f["subject"] = g["subject"]    # the level the clause before measured
            break
