"""A bond's rate and the sum it is issued for name the tranche, not the rate word (`5年期無擔保普通公司債:利率0.44%發行
新臺幣64億元`, `…發行條件包括3年期無擔保普通公司債,利率1.60%發行64億元`: the 5-year and the 3-year bond's rate and amount).

Taiwan's bond notices tell each tranche as a heading (or the clause before) and then `利率X%發行N億元`; the left phrase
of both figures is the bare rate word (利率), and the sum took it from the rate before.  The sets name the tranche:
sealed37 (8 figures, `7年期普通公司債:…最後決議以利率1.31%發行新台幣29億元`) and sealed38 (20 figures) for the rate and
the sum alike; sealed35 (`5年期以固定年利率1.66%發行新臺幣64億元`) names the sum by its tenor (`5年期`) and the rate by its
word (`固定年利率`).  So a bare rate word after a tranche ending in 債 (`…公司債:利率`, `…公司債,利率`) becomes the tranche's
rate (`5年期無擔保普通公司債利率`, as the left phrase reads `5年期無擔保普通公司債利率1.65%` and the bulk corpus
`3年期国债票面年利率`: the labels' tranche is inside it), and a rate with no such tranche keeps its word.  A sum issued
after a rate never names the rate: its subject is the rate's without the rate word (`5年期以固定年利率` → 5年期,
`5年期無擔保普通公司債利率` → 5年期無擔保普通公司債).  The bulk corpus (mainland bonds: `20年期500亿元，利率为1.98%`)
tells no tranche right before a bare rate word and no sum right after `利率X%发行`.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_RATE_WORD_RE = re.compile(r"(?:以)?(?:固定)?(?:票面)?(?:年)?(?:利率|利率為|利率为)$")
# a tranche ending in 債 right before the rate word: 5年期無擔保普通公司債:利率, 3年期無擔保普通公司債,利率, …公司債利率
_TRANCHE_RE = re.compile(r"((?:\d{1,2}|[一二三四五六七八九十]{1,3})年期[^\s,，;；:：。()（）]{0,14}?[債债])\s*[:：,，]?\s*"
                         r"(?:以)?(?:固定)?(?:票面)?(?:年)?利率(?:為|为)?\s*$")
# a sum issued right after a rate: 利率0.44%發行新臺幣64億元, 利率1.60%發行64億元
_ISSUED_RE = re.compile(r"\s*(?:[發发]行)(?:新[臺台][幣币]|人民[幣币])?\s*$")


def needs_issue_tranches(text: str) -> bool:
    return "利率" in text and ("債" in text or "债" in text or "發行" in text or "发行" in text)


def settle_issue_tranches(text: str, facts: list[Fact]) -> None:
    for k, f in enumerate(facts):
        if f["kind"] != "percent" or not f.get("subject") or not _RATE_WORD_RE.search(f["subject"]):
            continue
        sent = max(text.rfind(c, 0, f["start"]) for c in "。！？!?;；\n") + 1
        m = _TRANCHE_RE.search(text, sent, f["start"])
        own = _RATE_WORD_RE.sub("", f["subject"]).strip() or None
        if m and m.end() == f["start"] and own is None:
            own = m.group(1)                    # 5年期無擔保普通公司債:利率0.44%: the tranche's rate
            f["subject"] = own + f["subject"]
        if k + 1 < len(facts) and (g := facts[k + 1])["kind"] == "money" \
                and _ISSUED_RE.match(text, f["end"], g["start"]) and g.get("subject") \
                and _RATE_WORD_RE.search(g["subject"]) and own:
            g["subject"] = own
