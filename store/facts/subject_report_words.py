"""Words of a report's sentence glued to an indicator that name nothing measured (wr53, read on government work
reports, Taiwan's budget reports and their news):

- **a connective opening the subject**: `主因稅課收入減少3,038億元` (主因, the main cause), `主要係新增先進半導體研發基地
  建置計畫5.8億元` (係, is; 新增, newly added — the plan is what costs 5.8億元), `加計前瞻基礎建設計畫第5期特別預算編列
  12億元` (加計, adding), `併計上半年經濟成長6.75%` (併計, taken together — read as `計經濟成長` once 上半年 went to the
  period), `提出城乡居民收入均增长10%左右` (提出, a target proposed): the indicator is what follows the connective;
- **a modal opening it**: `須舉債四千億元`, `尚須融資調度財源一千一百九十億元` (須, must): what is borrowed or raised;
- **an adverb closing it**: `明年度歲出僅多了222億元、僅增加0.7%` (僅, only), `歲出微幅成長至…,增加一一○○億元`
  (微幅/小幅/大幅, slightly/greatly): the indicator is `歲出`.

Only when something is left after the word, and never inside a word (`係數`, `不僅`, `年仅`, `计划`).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_OPENER_RE = re.compile(r"^(?:尚須|尚须|須(?![知])|主因|主要係|主要系|係(?![數数統统])(?:新增|增列)?|加計|加计|併計|并计|提出)(?=\w{2})")
# 計/计 left over from 併計/并计/合計/合计 split by a period between them (`併計上半年經濟成長`)
_LEFT_OVER_RE = re.compile(r"^[計计](?![划劃算])(?=\w{2})")
_CLOSER_RE = re.compile(r"(?<=\w{2})(?:(?<![不年])[僅仅]|微幅|小幅|大幅)$")


def settle_report_words(text: str, facts: list[Fact]) -> None:
    """Drop the connective opening or adverb closing a subject (module doc)."""
    for f in facts:
        subj = f.get("subject")
        if not subj or len(subj) < 3:
            continue
        new = _CLOSER_RE.sub("", _OPENER_RE.sub("", subj))
        if new.startswith(("計", "计")) and _LEFT_OVER_RE.match(new) and _split_sum_word(text, f, new):
            new = new[1:]
        if new != subj and len(new) >= 2:
            f["subject"] = new


def _split_sum_word(text: str, f: Fact, subj: str) -> bool:
    """`計X` in the text right after 併/并/合 and a period word (`併計上半年經濟成長`): 計 is the sum word's."""
    lo = max(0, f["start"] - 40)
    rest = subj[1:]
    j = text.rfind(rest, lo, f["start"])
    if j < 0:
        return False
    return bool(re.search(r"[併并合][計计][^，,。；]{0,6}$", text[lo:j]))
