"""Times told with 度 are counts of times in 度 (sealed17: `央视两度走进我县` → 2 度; `第二度`, `第三度` are ranks,
sealed8, sealed16); a numeral before 度 is otherwise a temperature, a grade or a scale, no count.  Sentences
written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize("text", ["央视两度走进我县直播报道种业做法。", "两国元首今年两度会晤,为关系发展指明方向。",
                                  "该队三度夺冠。"])
def test_times_told_with_du_before_an_event_are_a_count(text: str) -> None:
    facts = [f for f in extract(text) if f["surface"].endswith("度")]
    assert facts and facts[0]["kind"] == "count" and facts[0]["unit"] == "度" and facts[0]["value"] >= 2


@pytest.mark.parametrize("text", ["受冷空气影响气温下降两度。", "患者会阴三度裂伤。", "将八度音阶刻在算盘上。", "双方再度会晤。"])
def test_a_temperature_a_grade_or_an_adverb_is_no_count(text: str) -> None:
    assert not [f for f in extract(text) if f["unit"] == "度" and f["kind"] == "count"]
