"""Places in a ranking told by 排位 or listed one after another are ranks (tests/gold/README.md, "Conventions":
`第九` → 9): `在中心城区排位第五`, `位居…投资潜力第3、新型城镇化质量第4、…第7` (sealed18's county review)."""

from __future__ import annotations

import pytest

from store.facts import extract


def ranks(text: str) -> list[tuple[str, int]]:
    return [(f["surface"], f["value"]) for f in extract(text, date="2022-07-20") if f["kind"] == "rank"]


@pytest.mark.parametrize(("text", "expected"), [
    ("全区一般公共预算收入增幅在中心城区排位第五;税收收入增幅在中心城区中排位第八。", [("第五", 5), ("第八", 8)]),
    ("该县位居全国百强县投资潜力第3、新型城镇化质量第4、县域经济基本竞争力第5、绿色发展第5、科技创新第6、工业百强第7。",
     [("第3", 3), ("第4", 4), ("第5", 5), ("第5", 5), ("第6", 6), ("第7", 7)]),
    ("风能和太阳能可开发量分别居全国第一、第二。", [("全国第一", 1), ("第二", 2)]),
])
def test_a_place_after_a_ranking_word_or_a_listed_place_is_a_rank(text: str, expected: list) -> None:
    assert ranks(text) == expected


@pytest.mark.parametrize("text", [
    "第一、坚持稳中求进；第二、深化改革。",               # an outline, no ranking before it
    "该项目第一、二期工程已经完工，第二、第四标段正在施工。",   # no ranking before the list
])
def test_ordinals_outside_a_list_of_places_stay_unread(text: str) -> None:
    got = ranks(text)
    assert ("第二", 2) not in got and ("第四", 4) not in got
