"""A year's target, budget or plan that a share is measured against: `1-7月份,…完成全年目標的74.7%`,
`上半年,…完成年初预算的53.5%`, `一季度,…完成全年1100万人目标任务的27%`, `1—8月,…完成年度计划170.4万套（间）的80%`,
`截至10月20日,…占全年额度的93%`, `今年首兩個月私宅落成量…已達全年預測19953伙的31.5%` (a year's forecast).

The period word there (全年, 年度, 年初) names the target's year, not the share's: the share is of what was done
in the clause's own period (January–July, the first half), and 年初 is when the budget was passed, not January.  So
such a span is a comparison base (periods: a base is the period only of a figure stated right after it — the
target's `1100万人` keeps the year — never of the share after 的).
"""

from __future__ import annotations

import re

# 完成 / 占 / 达到 / 为 right before the period word (完成了全年…, 已占年度…)
_MEASURED_AGAINST_RE = re.compile(r"(?:完成|占|佔|达到|達到|达|達|为|為)了?$")
# the target's noun after the period word, before the 的 that the share follows (全年1100万人目标任务的)
_TARGET_AFTER_RE = re.compile(r"[^，,。；;！？!?\n的]{0,14}?(?:目标|目標|预算|預算|计划|計劃|计画|計畫|任务|任務|额度|額度|预测|預測|预估|預估)"
                              r"[^，,。；;！？!?\n的]{0,10}的")
_TARGET_YEAR_WORDS = ("全年", "年度", "年初", "今年全年", "本年度")


def target_figure(norm: str, start: int, end: int, at: int) -> bool:
    """Whether a figure at `at` is the target itself, told inside the target's phrase after its year
    (`全年1100万人目标`, `全年預測19953伙的`): it keeps the year, the share after 的 does not."""
    if not names_target_year(norm, start, end):
        return False
    m = _TARGET_AFTER_RE.match(norm, end)
    return m is not None and end <= at < m.end() - 1


def names_target_year(norm: str, start: int, end: int) -> bool:
    """Whether the period at norm[start:end] is the year of a target that a share is measured against (module doc)."""
    return norm[start:end] in _TARGET_YEAR_WORDS and bool(_MEASURED_AGAINST_RE.search(norm, max(0, start - 3), start)) \
        and bool(_TARGET_AFTER_RE.match(norm, end))
