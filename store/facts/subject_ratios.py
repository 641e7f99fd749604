"""A ratio of two things (`A与B之比`) is named by both: the subject keeps what is divided.

`顺差规模与同期国内生产总值之比为2.4%` was given `国内生产总值之比` — 与 breaks subjects, as it joins a base —
so the figure read as a ratio of GDP alone; the sets label the whole `顺差规模与同期国内生产总值之比`.  When the
clause opens with 与 (`研究与试验发展经费支出3.3万亿元，与国内生产总值之比达2.64%`) what is divided is the
figure before it in the sentence, and the subject is that figure's subject joined to the ratio.  A linking
verb the cut left at the end (`之比达`) goes.  A ratio named `A對B比率` (`成本對收入比率`, `負債對股本比率`,
`贷款对存款比例`) is one name too: 对 cut it to `收入比率`, the cost-income ratio read as an income ratio.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_RATIO_END_RE = re.compile(r"之比(?:为|為|达|達|是|约|約)*$")
# the noun phrase divided, standing right before 与/和/同 in its clause: no verb of its own, no figure
_DIVIDED_RE = re.compile(r"([^\s，,。；;：:、！？!?\d（）()“”\"]{2,14}?)((?:与|與|和|同)(?:同期|当期|當期|同年)?)$")
_CLAUSE_OPEN_RE = re.compile(r"(?:^|[，,；;])\s*((?:与|與|和|同)(?:同期|当期|當期|同年)?)$")
# `A對B比率`: the subject starts after 对; A is the noun phrase right before it in its clause
_OVER_RATIO_RE = re.compile(r"(?:比率|比例|比)$")
_OVER_RE = re.compile(r"(?:^|[\s，,。；;：:、（）()“”\"的])([^\s，,。；;：:、！？!?\d（）()“”\"的]{2,8}?)([对對])$")
_VERBISH = ("为", "為", "是", "达", "達", "占", "佔", "比", "较", "較", "增长", "下降", "实现", "完成")


def ratio_subjects(text: str, facts: list[Fact]) -> None:
    """Each `…之比` subject joined to what the ratio divides (see the module doc)."""
    prev: Fact | None = None
    for f in facts:
        subj = f.get("subject")
        if subj and "之比" in subj and (m := _RATIO_END_RE.search(subj)):
            subj = f["subject"] = subj[:m.start()] + "之比"
            k = text.rfind(subj, max(0, f["start"] - 40), f["start"])
            before = text[max(0, k - 20):k] if k > 0 else ""
            if (o := _CLAUSE_OPEN_RE.search(before)) and prev is not None and prev.get("subject") \
                    and "之比" not in prev["subject"]:
                f["subject"] = prev["subject"] + o.group(1) + subj
            elif (d := _DIVIDED_RE.search(before)) and not any(w in d.group(1) for w in _VERBISH):
                f["subject"] = d.group(1) + d.group(2) + subj
        elif subj and _OVER_RATIO_RE.search(subj) and (k := text.rfind(subj, max(0, f["start"] - 40), f["start"])) > 0 \
                and (o := _OVER_RE.search(text[max(0, k - 10):k])) and not any(w in o.group(1) for w in _VERBISH):
            f["subject"] = o.group(1) + o.group(2) + subj
        if f["kind"] not in ("date", "year", "duration"):
            prev = f
