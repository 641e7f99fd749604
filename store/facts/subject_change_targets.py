"""A change set as a target (`增长6.5%左右的目标`, `下降15.5%的目标`) is the change of the thing that is to change, not of
the word 目标.

`明确了全市全年生产总值增长6.5%左右的目标`, `单位地区生产总值能耗提前完成“十四五”下降15.5%的目标`,
`…终端，实现了收费包压减50%以上的目标` gave 目标 (the noun after the figure).  The Conventions name the subject of a
change the thing that changed, and the sets label the thing (sealed6 `收费包`, sealed42 `单位地区生产总值能耗`,
`全市生产总值`): the noun phrase before the change verb — after the verb that sets or meets the target (明确了, 实现了)
when the noun follows it, else before that verb (能耗提前完成…), a plan's quoted label (“十四五”) skipped.
A level set as a target (`“十四五”提出的85%的目标`: no change verb) keeps 目标, as sealed33 labels it.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_TARGET_AFTER_RE = re.compile(r"\s*(?:左右|以上|以内|以下)?的(?:预期|預期|增长|增長|年度|全年)?(?:目标|目標)")
_CHANGE_BEFORE_RE = re.compile(r"(?:增长|增長|下降|提高|降低|压减|壓減|减少|減少|增加|上升|缩减|縮減|削减|削減|压降|壓降)\s*$")
_SETTING_VERB_RE = re.compile(r"(?:提前|如期|超额|超額|顺利|順利|全面|已经|已經|已)?"
                              r"(?:明确了|明確了|明确|明確|提出了|提出|确定了|確定了|确定|確定|设定了|設定了|设定|設定|定下了|定下|"
                              r"实现了|實現了|实现|實現|完成了|完成|达到了|達到了|达到|達到|达成|達成)")
_LABEL_TAIL_RE = re.compile(r"[“\"「『][^”\"」』]{1,10}[”\"」』]\s*$")
_CLAUSE_ENDS = "，,；;：:。！？!?\n"
_NAME_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z（）()、]{2,20}$")
_TARGET_WORDS = ("目标", "目標")


def needs_change_targets(facts: list[Fact]) -> bool:
    return any(f.get("subject") in _TARGET_WORDS for f in facts)


def settle_change_targets(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f.get("subject") not in _TARGET_WORDS or f["kind"] not in ("percent", "points"):
            continue
        if not _TARGET_AFTER_RE.match(text, f["end"]):
            continue
        change = _CHANGE_BEFORE_RE.search(text, 0, f["start"])
        if change is None:
            continue                            # “十四五”提出的85%的目标: a level set, 目标's
        thing = _thing(text, change.start())
        if thing:
            f["subject"] = thing


def _thing(text: str, end: int) -> str | None:
    start = max(text.rfind(c, 0, end) for c in _CLAUSE_ENDS) + 1
    left = text[start:end]
    left = _LABEL_TAIL_RE.sub("", left)
    verbs = list(_SETTING_VERB_RE.finditer(left))
    if verbs and verbs[-1].end() == len(left):
        left = left[:verbs[-1].start()]         # 能耗提前完成(“十四五”)下降: the noun before the verb
        verbs = list(_SETTING_VERB_RE.finditer(left))
    if verbs:
        left = left[verbs[-1].end():]           # 明确了全市…生产总值增长: the noun after the verb
    left = re.sub(r"^(?:今年|去年|明年|全年|到\d{4}年|到年底)", "", left.strip())
    return left if _NAME_RE.match(left) else None
