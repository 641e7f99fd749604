"""A note of the unit a figure is counted in is no part of its subject (`我國造船完工量、新接訂單量和手持訂單量以載重噸計分別佔
世界總量的43.5%、62.9%和50.8%,以修正總噸計分別佔43.0%…`: the completions' share, counted in deadweight tons, then in
compensated gross tons).  The left phrase ran on into the note (`造船完工量以載重噸計`, `中国造船完工量以载重吨计算`); sealed38
labels the six shares by their items (`我國造船完工量`, `新接訂單量`, `手持訂單量`), and no label of a tuning set keeps such a
note.  In the bulk corpus the note closes seven subjects, all shipbuilding shares (`以载重吨计算`, `以载重吨计`); a basis
inside a name (`以美元计价的…贸易额`) is not at its end and stays.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_NOTE_RE = re.compile(r"以(?:载重吨|載重噸|修正总吨|修正總噸|总吨|總噸|吨|噸|标准箱|標準箱|美元|人民币|人民幣|新台币|新臺幣|港元|件|辆|輛)"
                      r"(?:计算|計算|计|計)$")


def needs_count_bases(facts: list[Fact]) -> bool:
    return any((s := f.get("subject")) and s[-1:] in "计計算" for f in facts)


def settle_count_bases(facts: list[Fact]) -> None:
    for f in facts:
        s = f.get("subject")
        if s and (m := _NOTE_RE.search(s)) and m.start() >= 2:
            f["subject"] = s[:m.start()]
