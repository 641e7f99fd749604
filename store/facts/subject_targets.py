"""A completion rate: `完成年初预算数60999万元的40.4%`, `完成全年目标任务的58%`, `已完成总进度计划的95%`, and
written with no 的 right after the plan (`完成预算59.6%`, `已完成总体进度近60%`).

The figure is the share of a plan that the sentence's indicator has reached, so it is read as a
share is (`粮食产量占全国`): the indicator, then 完成 and the plan (一般公共预算收入完成年初预算数,
城镇新增就业完成全年目标任务, 施工进度完成总进度计划), never the plan alone (预算数, 全年目标),
which would read as if the budget itself were 40.4 %.  Neither the plan's own amount (60999万元)
nor the completion rate lends its subject to the figures after it (比上年减收1070万元 is the
revenue's).  Only clauses holding 完成 are read.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import VERB_ENDINGS
from .subject_shares import share_part

Fact = dict[str, Any]

_PLAN = r"(?:预算数?|預算數?|计划|計劃|目标任务|目標任務|目标|目標|任务|任務|进度|進度)"
# 完成 + the plan, then at most the plan's amount before 的 and the rate
_RATE_RE = re.compile(r"完成了?([^，。；;,：:完的\d]{0,12}" + _PLAN + r")[^，。；;,：:的]{0,16}的[\x00\x01\s]*$")
# the rate right after the plan, no 的 between: 完成预算59.6%
_BARE_RATE_RE = re.compile(r"完成了?([^，。；;,：:完的\d]{0,12}" + _PLAN + r")[\x00\x01\s]*$")
# the plan's amount: 完成年初预算数60999万元的…
_AMOUNT_RE = re.compile(r"完成了?[^，。；;,：:完的\d]{0,12}" + _PLAN + r"[\x00\x01\s]*$")
_OWNER_TAIL = ("已经", "已", "累计", "共", "均", "全部", "基本", "提前")


def completion(text: str, simp: str, f: Fact, lo: int, subj: str | None,
               sentence_subject: str | None) -> tuple[str | None, bool]:
    """(the subject of `f`, whether it may be the sentence's subject for later figures) when `f`
    is a completion rate or the amount of the plan it is measured against; else (subj, True)."""
    s = f["start"]
    if f["kind"] == "percent":
        m = _RATE_RE.search(simp, lo, s) or _BARE_RATE_RE.search(simp, lo, s)
        if m is None:
            return subj, True
        target = text[m.start():m.end(1)]
        owner = _clause_owner(text, simp, lo, m.start()) or _owner(subj, sentence_subject)
        return (owner + target if owner else target), False
    if f["kind"] in ("money", "count", "quantity") and simp.startswith("的", f["end"]) and _AMOUNT_RE.search(simp, lo, s):
        return subj, False                      # 完成年初预算数60999万元的: the plan's amount
    return subj, True


_NAME_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,16}")
_LEAD_RE = re.compile(r"^(?:截至目前|截止目前|目前|当前|當前|现在|現在|如今|其中|今年|去年|全年)")


def _clause_owner(text: str, simp: str, lo: int, k: int) -> str | None:
    """The noun phrase opening the clause before 完成 (1至5月，全市固定资产投资完成…), periods left out."""
    head = "".join(t for t, c in zip(text[lo:k], simp[lo:k], strict=True) if c not in "\x00\x01").strip()
    head = _LEAD_RE.sub("", head)
    for t in _OWNER_TAIL:
        head = head.removesuffix(t)
    return head if _NAME_RE.fullmatch(head) and not head.endswith(VERB_ENDINGS) else None   # 春季力争完成…


def _owner(subj: str | None, sentence_subject: str | None) -> str | None:
    """Who completes the plan: the phrase before 完成 in the clause (施工进度已完成…), else the
    sentence's indicator."""
    if subj:
        k = subj.find("完成")
        if k >= 2:
            head = subj[:k]
            for t in _OWNER_TAIL:
                head = head.removesuffix(t)
            if len(head) >= 2:
                return head
    if sentence_subject and "完成" not in sentence_subject:
        return share_part(sentence_subject)
    return None
