"""Forms probed in the registers the evaluation reads, each as its class (round 29).

- a count's name ending in 数 before a Chinese numeral (`在校学生人数十二点五万人`, `户数十三万户`, `次数十二次`): the
  numeral was taken for the vague 数十 (`数十万人`, dozens) and the figure dropped.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text)}


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("全年新增城镇就业人数十一点二万人。", "十一点二万人", 112000, "人"),
    ("全市在校学生人数十二点五万人。", "十二点五万人", 125000, "人"),
    ("全县户数十三万户，户均人口二点八人。", "十三万户", 130000, "户"),
    ("全年出警次数十二次。", "十二次", 12, "次"),
])
def test_a_chinese_numeral_after_a_counts_name_in_shu_is_exact(text: str, surface: str, value: int, unit: str) -> None:
    got = _facts(text)[surface]
    assert (got["value"], got["unit"]) == (value, unit)


@pytest.mark.parametrize("text", ["数十万人参加活动。", "吸引了数百家企业参展。", "数十亿元资金。", "人数十余万。",
                                  "赔款数十万两白银。"])
def test_magnitudes_alone_after_shu_stay_vague(text: str) -> None:
    assert extract(text) == []
