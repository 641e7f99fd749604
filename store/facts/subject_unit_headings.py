"""A unit heading in brackets is no part of the name it follows (found30): `猪肉价格（元/公斤）：26.5，环比-0.8%`
measures 猪肉价格, the bracket only says the unit (price_list_items reads it), so a subject cut inside it
(`猪肉价格（元/公斤`) drops the open bracket and what follows."""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# a name, then an opened bracket holding only a unit (元, 元/公斤, %, 万元, 美元/桶) and nothing after it
_OPEN_UNIT_RE = re.compile(r"^(?P<name>.+?)[（(](?:[万亿百千]?(?:美元|元|美分)(?:/[\u4e00-\u9fff]{1,3})?|%|吨|万吨|点)[)）]?$")


def needs_unit_headings(facts: list[Fact]) -> bool:
    for f in facts:
        if f.get("subject") and ("（" in f["subject"] or "(" in f["subject"]):
            return True
    return False


def settle_unit_headings(facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if subj and (m := _OPEN_UNIT_RE.match(subj)):
            f["subject"] = m.group("name")
