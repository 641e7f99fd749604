"""A fleet counted by its model is the model's: `引进3架A321NEO飞机,退出5架B737-800飞机` counts B737-800飞机, not 退出.

Airlines' monthly reports count the aircraft they take in and retire by model (`A321NEO`, `B737-800`, `ARJ21`), and
the noun after a count is read only over characters, so a model with digits and a hyphen left the count to the verb
before it (退出) or to nothing.  A count in a vehicle's measure word (架, 艘, 辆, 輛, 台, 列) followed by a model name
(a capital letter, then letters, digits, hyphens) and its vehicle noun is that model's.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_MEASURES = ("架", "艘", "辆", "輛", "台", "列")
_MODEL_RE = re.compile(r"[A-Z][A-Za-z0-9\-]{1,12}(?:型)?(?:飞机|飛機|客机|客機|货机|貨機|宽体机|寬體機|窄体机|窄體機|"
                       r"直升机|直升機|船|轮|輪|汽车|汽車|电动车|電動車|机车|機車|动车组|動車組)")


def needs_model_counts(text: str) -> bool:
    return any(m in text for m in _MEASURES) and re.search(r"[A-Z]", text) is not None


def settle_model_counts(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] != "count" or not f["surface"].endswith(_MEASURES):
            continue
        if (m := _MODEL_RE.match(text, f["end"])) is not None:
            f["subject"] = m.group()            # 退出5架B737-800飞机: B737-800飞机
