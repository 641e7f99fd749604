"""Words a subject must keep whole.

- An item of a 、 list written as a prefix alone shares the rest of the last item
  (`中、小型企業PMI分別為49.9%和49.6%` is 中型企業PMI and 小型企業PMI; `大、中型企业`).
- 在 opening a word (在医, 在轨, 在建, 在售) is no preposition to cut at (`在医救治51人` was 医救治).
- 逼近 whose 近 was read as the figure's qualifier leaves no half of itself (`确诊病例逼|近9800万例`).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2026-01-20")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("中、小型企業PMI分別為49.9%和49.6%,比上月上升0.7和3.3個百分點。", "49.9%", "中型企業PMI"),
    ("中、小型企業PMI分別為49.9%和49.6%,比上月上升0.7和3.3個百分點。", "49.6%", "小型企業PMI"),
    ("中、小型企業PMI分別為49.9%和49.6%,比上月上升0.7和3.3個百分點。", "0.7", "中型企業PMI"),
    ("大、中型企业用电量分别增长3.1%和2.5%。", "3.1%", "大型企业用电量"),
    ("大、中型企业用电量分别增长3.1%和2.5%。", "2.5%", "中型企业用电量"),
])
def test_a_prefix_alone_shares_the_last_items_rest(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("截至8日12时，事故造成37人死亡、1人失联，在医救治51人。", "51人", "在医救治"),
    ("当前，我国在轨稳定运行的空间基础设施卫星有300余颗。", "300余颗", "在轨稳定运行的空间基础设施卫星"),
    ("如今，我国在轨卫星数量已经超过900颗。", "超过900颗", "在轨卫星数量"),
    ("平台上在售土特产40多万款。", "40多万款", "在售土特产"),
])
def test_a_word_opened_by_zai_stays_whole(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface].endswith(expected)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("美国累计新冠肺炎确诊病例逼近9800万例。", "近9800万例", "新冠肺炎确诊病例"),
    ("欧洲东部部分地区气温逼近50摄氏度。", "近50摄氏度", "欧洲东部部分地区气温"),
])
def test_bi_jin_leaves_no_half(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_zai_before_a_verb_still_cuts() -> None:
    got = subjects("孟中两国友谊深厚，在建交50年之际希望进一步深化合作。")["50年"]
    assert got is None or not got.startswith("在")
