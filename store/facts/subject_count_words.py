"""A measure word after a count is its unit, not the thing counted.

`各地累计报告接种新冠病毒疫苗343600.1万剂次`, `接种HPV疫苗275万剂次`: a count whose unit was not read
took the measure word after it (`剂次`, `架次`, `艘次`) as the noun it counts; the thing counted is
the noun phrase right before the figure (新冠病毒疫苗, HPV疫苗), or nothing.  Where the measure word
is read as the unit, the subject keeps only that noun phrase, not the verbs before it (报告接种).
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import SUBJECT_CHARS
from .text_marks import TextMarks
from .words import segment, tag_of

Fact = dict[str, Any]

COUNT_WORDS = frozenset({"剂次", "劑次", "架次", "艘次", "车次", "車次", "班次", "场次", "場次", "批次", "频次", "頻次",
                          "航次", "列次", "辆次", "輛次", "户次", "戶次", "件次", "例次", "台次", "臺次"})
_NAME_CHARS_RE = re.compile(r"[^\s，,。；;：:、（）()\d０-９\x00\x01]+$")


def settle_count_words(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for f in facts:
        if f["kind"] != "count":
            continue
        s = f.get("subject")
        if s in COUNT_WORDS and text.startswith(s, f["end"]):
            f["subject"] = _noun_before(text, marks.clause_start(f["start"]), f["start"])
        elif s and f.get("unit") in COUNT_WORDS:
            noun = _noun_before(text, marks.clause_start(f["start"]), f["start"])
            if noun and len(s) > len(noun) and s.endswith(noun):
                f["subject"] = noun             # 报告接种新冠病毒疫苗 → 新冠病毒疫苗


def _noun_before(text: str, lo: int, s: int) -> str | None:
    """The run of words right before offset `s` with no verb, adverb or preposition among them."""
    m = _NAME_CHARS_RE.search(text, lo, s)
    if m is None:
        return None
    left = m.group(0)
    words = segment(left.translate(SUBJECT_CHARS))
    n = 0
    for w in reversed(words):
        if tag_of(w) is not None or w[0] in "每各":
            break                               # 十多条公交线路每天: 每天 says how often
        n += len(w)
    return left[len(left) - n:] if n >= 2 else None
