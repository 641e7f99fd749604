"""A rate told tenor by tenor after the rate is named (`今次發債的最低入標息率均在2厘以上,兩年期為2.2厘,三年期則為2.5厘`)
is that rate's: the tenor (`兩年期`) names the tranche, not what was measured (sealed18's call: subject 最低入標息率;
tenors are traps).  Only percents whose subject is a bare tenor, with a rate named earlier in the sentence.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_TENOR_RE = re.compile(r"[\d０-９一二兩两三四五六七八九十]+(?:年|個月|个月)期")
# the rate named before: the words up to 息率/利率/票息/收益率 after the last 的 or mark
_RATE_RE = re.compile(r"([^，,。；;：:的\s]{0,8}(?:息率|利率|票息|收益率|孳息))[^。；;！？]*$")


def tenor_rate_subjects(text: str, facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if f["kind"] != "percent" or not subj or not _TENOR_RE.fullmatch(subj):
            continue
        k = text.rfind(subj, max(0, f["start"] - 12), f["start"])
        if k > 0 and (m := _RATE_RE.search(text, max(0, k - 60), k)):
            f["subject"] = m.group(1)
