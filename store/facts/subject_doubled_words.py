"""A word typed twice at a subject's end is one word: `天津市場HRB400 20MM螺紋鋼價格價格2210元/噸` → 螺紋鋼價格.

A price list pasted together doubles a word now and then; the subject read up to the figure keeps both copies,
which names nothing an analyst would search for. Only a word of two or more characters is folded (a doubled
single character is a word of its own: 常常, 刚刚).
"""

from __future__ import annotations

import re
from typing import Any

_DOUBLED_TAIL_RE = re.compile(r"([\u4e00-\u9fff]{2,4})\1$")


def fold_doubled_tails(facts: list[dict[str, Any]]) -> None:
    for f in facts:
        subj = f.get("subject")
        if subj and len(subj) >= 5 and (m := _DOUBLED_TAIL_RE.search(subj)) and m.start() > 0:
            f["subject"] = subj[:m.start() + len(m.group(1))]
