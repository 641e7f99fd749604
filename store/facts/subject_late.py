"""Subject classes settled after the context, each behind a cheap test of the text.

- subject_topic_clause: a bulletin's indicator named alone before the figures' clauses
  (`X的增加价值,在2024年第二季与上年同期比较实质下跌6.3%`);
- subject_loss_register: Hong Kong results' losses and profits in their own words (淨利潤,
  每股盈利, 除所得税前溢利, 盈利 as written; 派发中期息 → 中期息);
- subject_rate_moves: a rate move (`降息1碼`, `升息半码`) is the move of the rate the sentence
  quotes, a streak (`連七季`) has no subject;
- subject_futures: commodity prices named by what they trade, not by the level's description
  (`收于787.70美元的近一个月来的低点`), nor with the denominator or the week (`每加仑`, `上周`);
- subject_period_words: a period phrase is no subject (`截至…止年度`, `春節假期…`, `…全年`);
- subject_budget: a level reached counted in a noun is the indicator's (`公务员编制会增至…个职位`),
  a reserve at a date the reserve's, 预算 and 涉及 no part of the subject;
- subject_restated: a bare 金额 is the amount of what the sentence named, a share after 相当于
  the level's.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_budget import settle_budget
from .subject_futures import settle_futures
from .subject_loss_register import settle_loss_register
from .subject_period_words import settle_period_words
from .subject_rate_moves import settle_rate_moves
from .subject_restated import settle_restated
from .subject_topic_clause import settle_topic_clauses
from .text_marks import TextMarks

Fact = dict[str, Any]

_TRADE_CUES_RE = re.compile(r"期货|期貨|合约|合約|期金|价格|價格|收于|收於|收盘|收盤|约合|約合|上周|上週|每加仑|每加侖")
_PERIOD_CUES_RE = re.compile(r"止|假期|假日|黄金周|黃金周|长假|長假|全年|当年|當年|上周|上週|本周|本週|上月|本月|近期|按年|按月")
_BUDGET_CUES_RE = re.compile(r"增至|增加至|增加到|增到|减至|減至|减少至|減少至|降至|升至|预算|預算|涉及|用于|用於|预计为|預計為")
_HK_CUES_RE = re.compile(r"港仙|港元|港幣|港币|溢利|蚀|蝕|本集团|本集團|-HK|仙")


def settle_late_subjects(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    if ",在" in text or "，在" in text or ",於" in text or "，於" in text or ",于" in text or "，于" in text:
        settle_topic_clauses(text, facts, marks)
    if "派" in text or _HK_CUES_RE.search(text):
        settle_loss_register(text, facts, marks)
    if "息" in text or "碼" in text or "码" in text or "連" in text or "连" in text:
        settle_rate_moves(text, facts, marks)
    if _TRADE_CUES_RE.search(text):
        settle_futures(text, facts, marks)
    if _PERIOD_CUES_RE.search(text):
        settle_period_words(text, facts, marks)
    if _BUDGET_CUES_RE.search(text):
        settle_budget(text, facts, marks)
    if "金额" in text or "金額" in text or "数额" in text or "數額" in text or "相当于" in text or "相當於" in text \
            or "相等" in text:
        settle_restated(text, facts, marks)
