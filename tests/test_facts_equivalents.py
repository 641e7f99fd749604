"""A level restated against yardsticks (`…外滙儲備資產總額，相當於香港流通貨幣約7倍，或港元貨幣供應M3約47%`):
the multiple and the share measure the level's thing; what 相当于 names, and what the clause after
或 names, are only yardsticks (bases), never the subject."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-06")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("為數4403億美元的外滙儲備資產總額，相當於香港流通貨幣約7倍，或港元貨幣供應M3約47%。", "約7倍", "外滙儲備資產總額"),
    ("為數4403億美元的外滙儲備資產總額，相當於香港流通貨幣約7倍，或港元貨幣供應M3約47%。", "約47%", "外滙儲備資產總額"),
    ("此资产总额约相当于香港流通货币的七倍多,或港元货币供应M3的47%。", "47%", "此资产总额"),
    ("為數四千二百一十五億美元的外匯儲備資產總額，相當於香港流通貨幣的五倍多，或港元貨幣供應M3約百分之三十九。",
     "約百分之三十九", "外匯儲備資產總額"),
    ("该县粮食产量达50万吨，相当于全市的三成，或全省的5%。", "5%", "该县粮食产量"),
])
def test_a_restated_level_keeps_its_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_clause_of_its_own_is_no_restatement() -> None:
    got = subjects("该县粮食产量达50万吨，相当于全市的三成，全省播种面积增长5%。")
    assert got["5%"] != "该县粮食产量"
