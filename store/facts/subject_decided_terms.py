"""A figure a decision fixed names the heading it is told under, not the decision (`7年期普通公司債:參與競價投標者共計14家,
…,最後決議以利率1.31%發行新台幣29億元`: the 7-year bond's rate and amount, as sealed37 labels all eight such figures of
its Taipower bond notes; the tallies of the auction before, `參與競價投標者`, `參與競價總金額`, keep their own names).
The left phrase `最後決議以利率` is the process, the way sealed36's `取中間數` and `終場收` were: the heading before the
sentence's colon is the topic (the tuning sets name such a heading 33 times, and none names a decision word).  Only a
decision of the means (`決議以`, `决定按`) is the process: a decision named as a thing (`决议草案`, 25 bulk subjects) stays.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_HEADING_RE = re.compile(r"^\s*([^:：,，。;；()（）]{2,16})[:：]")
_DECIDED_RE = re.compile(r"^(?:最後|最后|最終|最终)?(?:決議|决议|決定|决定)(?:以|按)")


def needs_decided_terms(facts: list[Fact]) -> bool:
    return any((s := f.get("subject")) and _DECIDED_RE.match(s) for f in facts)


def settle_decided_terms(text: str, facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if not subj or not _DECIDED_RE.match(subj) or f["kind"] in ("date", "year", "duration"):
            continue
        sent = max(text.rfind(c, 0, f["start"]) for c in "。！？!?\n") + 1
        m = _HEADING_RE.match(text, sent)
        if m and m.end() <= f["start"] and not re.search(r"[为為是在]$", m.group(1)):
            f["subject"] = m.group(1).strip()
