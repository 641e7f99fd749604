"""A count per unit of time written before it: 每天约8000辆 (辆/天), 每个月2到4次 (次/月),
日均净增1万户 (户/日).  A count standing each day (每天奔波着900多名志愿者) or a daily average
named without a verb of flow (日均约4212车次) keeps its plain unit, as the gold labels them.
Cases are written for this file, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _unit(text: str, surface: str) -> str | None:
    facts = [f for f in extract(text) if f["surface"] == surface]
    assert facts, f"{surface!r} not read: {[f['surface'] for f in extract(text)]}"
    return facts[0]["unit"]


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("港口每天约8000辆汽车装船出口。", "约8000辆", "辆/天"),
    ("特别国债保持每个月2到4次的发行密度。", "2到4次", "次/月"),
    ("市场主体日均净增1万户以上。", "1万户以上", "户/日"),
    ("该线路每天开行120列动车组。", "120列", "列/天"),
    ("每年新增就业1100万人以上。", "1100万人以上", "人/年"),
])
def test_a_count_per_unit_of_time_has_it_as_denominator(text, surface, unit):
    assert _unit(text, surface) == unit


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("赛场上每天奔波着900多名志愿者。", "900多名", "名"),
    ("大桥总车流153万车次，日均约4212车次。", "约4212车次", "车次"),
    ("每年一度的博览会吸引了20万人。", "20万人", "人"),
])
def test_a_standing_count_keeps_its_plain_unit(text, surface, unit):
    assert _unit(text, surface) == unit
