"""Budget speeches and plans: the indicator planned, not the counted noun, the verb or the word 预算.

- A level an indicator will reach, counted in a noun (`公务员编制会增至十九万一千八百一十六个
  职位,较上年度增加三千四百八十一个,增幅约百分之一点八`): the figure is the indicator's
  (公务员编制), not the noun it counts in (职位), and so are the changes after it that shared
  that noun.
- A reserve at a date (`本港财政储备至二零二零年三月底预计为一万一千七百八十四亿元`): the
  phrase before 至 and its date.
- The budget is the figure's kind, not its indicator (`地价收入预算为一千四百三十亿元,较上年度
  修订预算上升百分之二十三点三` → 地价收入; an allocation `下达…资金预算500多亿元` is the budget), and the verb naming a share of spending is not
  the spending (`主要涉及去年关爱共享计划的一百一十二亿元开支` → 关爱共享计划).
"""

from __future__ import annotations

import re
from typing import Any

from .subject_restated import noun_phrase
from .text_marks import TextMarks

Fact = dict[str, Any]

_REACH_RE = re.compile(r"([^\s\d，,；;。：:、（）()的]{2,12}?)(?:会|會|将|將|将会|將會|可|预计|預計)?"
                       r"(?:增至|增加至|增加到|增到|减至|減至|减少至|減少至|降至|升至)$")
_AT_DATE_RE = re.compile(r"([^\s\d，,；;。：:、（）()]{2,10}?)(?:至|截至)[^，,；;。]{2,20}?(?:预计|預計|估计|估計)?"
                         r"(?:为|為|达|達)$")
_BUDGET_TAIL_RE = re.compile(r"(?<=.{2})(?:预算|預算)$")
_BUDGET_IS_RE = re.compile(r"(?:预算|預算)(?:为|為|是|约为|約為)\s*$")   # not 下达…资金预算500多亿元
_SPEND_LEAD_RE = re.compile(r"^(?:主要)?(?:涉及|用于|用於)(?=.{3})")


def settle_budget(text: str, facts: list[Fact], marks: TextMarks) -> None:
    sentence = -1
    renamed: dict[str, str] = {}
    for f in facts:
        s = f["start"]
        subj = f.get("subject")
        if renamed and marks.sentence_start(s) != sentence:
            renamed = {}
        if subj:
            new = _SPEND_LEAD_RE.sub("", subj)
            if new.endswith(("预算", "預算")) and _BUDGET_IS_RE.search(text, max(0, s - 8), s):
                new = _BUDGET_TAIL_RE.sub("", new)     # 地价收入预算为…: the budget is the figure's kind
            if new != subj:
                f["subject"] = renamed[subj] = subj = new
                sentence = marks.sentence_start(s)
        if subj in renamed:
            f["subject"] = renamed[subj]
            continue
        if f["kind"] == "count" and subj and text.startswith(subj, f["end"]):
            m = _REACH_RE.search(text, marks.clause_start(s), s)
            if m and _noun(m.group(1)):
                f["subject"] = renamed[subj] = m.group(1)    # 公务员编制会增至…个职位
                sentence = marks.sentence_start(s)
        elif subj is None and f["kind"] in ("money", "count", "quantity"):
            m = _AT_DATE_RE.search(text, marks.clause_start(s), s)
            if m and _noun(m.group(1)):
                f["subject"] = m.group(1)       # 本港财政储备至二零二零年三月底预计为…


def _noun(s: str) -> bool:
    return noun_phrase(s)
