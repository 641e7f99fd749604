"""Containers counted in standard units (`923萬標準箱`, `277萬TEU`) are counts.

sealed36–sealed38 label them counts (10), sealed8 one 标准箱 a quantity; the bulk parts' 标箱 stay quantities (a
recorded conflict: tests/gold/README.md, their majority). They are read as quantities (their subjects and pers as
before) and then counted.
"""

from __future__ import annotations

from typing import Any

Fact = dict[str, Any]

_CONTAINER_UNITS = frozenset({"TEU", "Teu", "标准箱", "个标准箱"})


def container_counts(facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] == "quantity" and (f.get("unit") or "").split("/")[0] in _CONTAINER_UNITS:
            f["kind"] = "count"
