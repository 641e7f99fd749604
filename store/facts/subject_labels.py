"""Figures in a run of `label:value` pairs separated by spaces, as company results
print them (`主营业务利润:1,675,344,424.43元 其他业务利润:18,873,443.17元`).

A colon opens a clause, so the figure after it finds nothing to its left in
its clause; without this each pair took the run's first label.  The label is
the phrase between the space and the colon.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# the label: a phrase after a space, up to the colon (no figure, mark or bracket in it)
_LABEL_RE = re.compile(r"(?<=[ \t\u3000])([^\s\d，,。；;：:、（）()\x00\x01]{2,20})$")


def colon_label(text: str, simp: str, f: Fact, lo: int) -> str | None:
    """The label of the pair `f` is the value of, or None when `f` follows no spaced label."""
    if lo < 3 or simp[lo - 1] not in ":：" or simp[lo:f["start"]].strip():
        return None
    m = _LABEL_RE.search(simp, max(0, lo - 22), lo - 1)
    return text[m.start(1):m.end(1)] if m else None
