"""A light verb between a subject's topic and its indicator is no part of it (issue 10 § Subject).

`城镇实现零售额11195.7亿元`, `文化产业实现营业收入19.14万亿元`, `限额以上批发业完成销售额37.5亿元`: the figure
measures the topic's indicator (城镇零售额); 实现/完成/录得 only say that it was reached, and an
analyst copying the fact wants the indicator as a name.  The list is closed (the scorer,
benchmarks/facts_gold.py, imports it and compares subjects without the same words).  Kept: a light verb
that opens or ends the subject (nothing to join), one before a rate (计划完成率: the rate is of the
completion, 投资完成额), one before a change (实现同比增长: no indicator follows), one whose object is
a plan (完成全年目标任务的58%: the share of the plan done), and one after an adverb (圆满完成…: no topic).
"""

from __future__ import annotations

import re
from typing import Any

from .words import opens_with_verb, segment, tag_of

Fact = dict[str, Any]

LIGHT_VERBS = ("累计完成", "累计实现", "累計完成", "累計實現", "实现", "實現", "完成", "录得", "錄得")
# the topic (two characters at least) and the indicator after the verb (two at least, no rate of it)
_LIGHT_VERB_RE = re.compile("^(.{2,}?)(?:" + "|".join(LIGHT_VERBS) + ")(?![率度情进進比额額]|同比|环比|環比|按年|增长|增長|正增长|正增長)(..+)$")
_PLAN_ENDS = ("任务", "任務", "计划", "計劃", "预算", "預算", "目标", "目標", "预算数", "預算數", "计划数", "計劃數")
_GATE = ("实现", "實現", "完成", "录得", "錄得")


def needs_light_verbs(facts: list[Fact]) -> bool:
    for f in facts:
        if (s := f.get("subject")) and ("实现" in s or "實現" in s or "完成" in s or "录得" in s or "錄得" in s):   # (_GATE)
            return True
    return False


def settle_light_verbs(facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if subj:
            f["subject"] = without_light_verb(subj)


def without_light_verb(subj: str) -> str:
    """`subj` without the light verb between its topic and its indicator (城镇实现零售额 → 城镇零售额)."""
    m = _LIGHT_VERB_RE.match(subj)
    if m is None or opens_with_verb(m.group(2)) or m.group(2).endswith(_PLAN_ENDS):
        return subj
    if tag_of(segment(m.group(1))[-1]) in ("d", "ad"):
        return subj
    return m.group(1) + m.group(2)
