"""An age told from a founding (`新竹科學園區成立迄今41年`) is the founding's, as `中国共产党成立105周年` is (fix49s, sealed39).

`X成立N周年` names its event (subjects: the 周年 rule), but `X成立迄今N年`, `X成立至今已有N年` read the verb 成立 as the
end of a verb phrase and left the span without a subject.  The labels of every set name the founding (`中国共产党成立`,
`深圳经济特区成立`, `新竹科學園區成立`).

- Only a duration in years (年, 周年, 週年) left without a subject, right after `成立`, `建立`, `创立`, `设立`, `建院`,
  `建校`, `开业`, `通车` with `迄今`, `至今`, `以来` (and `已`, `已有`, `已經`) between;
- the subject is the phrase from its clause's start to the founding verb, whole (`新竹科學園區成立`).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_FOUNDED_RE = re.compile(r"([^\s，,。；;：:！？、()（）\d]{2,16}?(?:成立|建立|創立|创立|設立|设立|建院|建校|開業|开业|通車|通车))"
                         r"(?:迄今|至今|以來|以来)(?:已經|已经|已有|已|有|共)?\s*$")


def needs_founding_ages(text: str) -> bool:
    return "迄今" in text or "至今" in text or "以來" in text or "以来" in text


def settle_founding_ages(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] != "duration" or f.get("subject") or f.get("unit") not in ("年", "周年", "週年"):
            continue
        s = f["start"]
        m = _FOUNDED_RE.search(text, max(0, s - 24), s)
        if m:
            f["subject"] = m.group(1)
