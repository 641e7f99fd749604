"""A pronoun is no subject: `故其佔整體二手住宅註冊量比率因而由8月約17.0%減少約3.8個百分點` gave the three figures the
subject 故其 (so its). What was measured is named after the pronoun, up to the words that lead to the figure: its
share (佔整體二手住宅註冊量比率), as the labels give it; a pronoun with nothing measured after it is left alone.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_PRONOUN_RE = re.compile(r"(?:故|而|但|且|并|並|则|則)?(?:其|它|它們|它们|該|该|此)")
# what is measured after the pronoun, up to a connective, a preposition or a copula before the figure
_MEASURED_RE = re.compile(r"[^，,；;。！？\s\d]{2,20}?(?=因而|因此|由|从|從|为|為|达|達|约|約|已|亦|也|仍|$)")
_MEASURE_ENDS = ("比率", "比重", "比例", "份额", "份額", "率", "量", "额", "額", "值", "数", "數", "价", "價", "指数", "指數")
_REACH = 60


def settle_pronoun_subjects(text: str, facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if not subj or not _PRONOUN_RE.fullmatch(subj):
            continue
        k = text.rfind(subj, max(0, f["start"] - _REACH), f["start"])
        if k < 0:
            continue
        m = _MEASURED_RE.match(text, k + len(subj), f["start"])
        if m and m.group(0).endswith(_MEASURE_ENDS):
            f["subject"] = m.group(0)
