"""A forecast revised from the figure of an earlier review is the forecast's, not the review's time.

Hong Kong releases revise forecasts `將今年全年實質本地生產總值增長預測，由8月覆檢時的2%至3%向上修訂至3.2%`;
the subject was the time of the review (`覆檢時`, `公布時`), which says when the old figure was given.

- a rate whose subject is a time of a review (a short phrase ending in 时/時) in a sentence
  `将/把 X(，)由…时的…` takes X, the forecast revised (other subjects ending in 时 stay: 每兆瓦时).
"""

from __future__ import annotations

import re
from typing import Any

from .subjects import simplified

Fact = dict[str, Any]

_REVISED_RE = re.compile(r"(?:将|把)(?P<noun>[^，,。；;由的]{2,30}?)[，,]?\s*由[^，,。；;]{0,12}?时的")
_SENTENCE_MARKS = "。！？!?\n"


def needs_revision_times(facts: list[Fact]) -> bool:
    for f in facts:
        if s := f.get("subject"):
            if len(s) <= 5 and s[-1] in "时時":
                return True
    return False


def settle_revision_times(text: str, norm: str, facts: list[Fact]) -> None:
    simp: str | None = None
    for f in facts:
        s = f.get("subject")
        if not s or len(s) > 5 or s[-1] not in "时時" or f["kind"] not in ("percent", "points", "money"):
            continue
        simp = simp or simplified(norm)
        start = max(simp.rfind(c, 0, f["start"]) for c in _SENTENCE_MARKS) + 1
        noun = None
        for m in _REVISED_RE.finditer(simp, start, f["start"]):
            noun = text[m.start("noun"):m.end("noun")].strip()
        if noun:
            f["subject"] = noun
