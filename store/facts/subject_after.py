"""Subject classes settled last, after subject_late's (each behind a cheap test of the text or the facts):

- subject_sector_values: a sector's value added (`第三产业实现增加值…,增长7.7%`) is the sector's
  (`第三产业增加值`), not a bare `增加值`;
- subject_owned_flows: any owner's flow booked with its verb (`省重点工业项目完成投资…`, `精制食用植物油实现产量…`)
  is the owner's, the verb as written, not a bare `投资`/`产量`;
- subject_item_pairs: two items listed (`有資訊通信及電子產品`) and then their figures in pairs
  (`金額分別是x及y，年增率分別為p及q`) are the items' one by one;
- subject_earmarks: parts of a sum each written `N元用于X` are named by their own purpose X;
- subject_equivalents: a level restated `相當於X約7倍，或Y約47%` keeps the level's subject (X, Y are yardsticks);
- subject_basis_notes: a basis (`同口径增长1.9%`) or a bracketed exclusion (`(扣除…外)增长3%`) is no subject;
- subject_clock_times: a time of day (`台北時間上午9點左右`, `北京时间`) is cut out of a subject;
- subject_repeated_acts: a count of times (`两次下调存款准备金率`) is the act's (`下调存款准备金率`);
- subject_backrefs: a generic word pointing back (`价格`, `該比率`) is the indicator just named.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_backrefs import needs_backrefs, settle_backrefs
from .subject_basis_notes import needs_basis_notes, settle_basis_notes
from .subject_clock_times import needs_clock_times, settle_clock_times
from .subject_earmarks import needs_earmarks, settle_earmarks
from .subject_equivalents import needs_equivalents, settle_equivalents
from .subject_item_pairs import needs_item_pairs, settle_item_pairs
from .subject_owned_flows import needs_owned_flows, settle_owned_flows
from .subject_repeated_acts import needs_repeated_acts, settle_repeated_acts
from .subject_sector_values import needs_sector_values, settle_sector_values

Fact = dict[str, Any]


_SUBJECT_CUES_RE = re.compile(r"時間|时间|上午|下午|凌晨|晚間|晚间|中午|早上|清晨|傍晚|口径|口徑|可比价|可比價|扣除|剔除|不含|不包括"
                             r"|計價|计价|計值|计值|計算|计算|折算|汇率|匯率")


def settle_after(text: str, norm: str, facts: list[Fact]) -> None:
    # one search over the subjects joined says whether a subject-only class can apply (most texts: none)
    cued = _SUBJECT_CUES_RE.search("|".join([s for f in facts if (s := f.get("subject"))])) is not None
    if needs_sector_values(text):
        settle_sector_values(text, facts)      # 第三产业实现增加值…: 第三产业增加值
    if needs_owned_flows(text):
        settle_owned_flows(text, facts)        # 省重点工业项目完成投资35.9亿元: the owner's, verb as written
    if needs_item_pairs(text, facts):
        settle_item_pairs(text, facts)         # 有A及B，金額分別是x及y: A's x, B's y
    if needs_earmarks(text):
        settle_earmarks(text, facts)           # 其中2.14亿元用于A、7382.32万元用于B: A's, B's
    if needs_equivalents(text):
        settle_equivalents(text, facts)        # 相當於香港流通貨幣約7倍，或…約47%: the level's
    if cued and needs_basis_notes(facts):
        settle_basis_notes(text, facts)        # 同口径增长1.9%, (扣除…外)增长3%: the level's
    if cued and needs_clock_times(facts):
        settle_clock_times(facts)              # 期貨黃金台北時間上午9點左右: 期貨黃金
    if needs_repeated_acts(facts):
        settle_repeated_acts(text, facts)      # 两次下调存款准备金率: 下调存款准备金率
    if needs_backrefs(facts):
        settle_backrefs(text, facts)           # 生猪收购价37.78元,价格环比下跌5.48%: the price named
