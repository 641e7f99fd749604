"""An ordinal's noun that opens with a preposition (第九轮对俄制裁措施, 第十一批在韩…遗骸) is what it
counts, and the n-th time an act was done (第四次参加奥运会, 第十一次来到俄罗斯) names the act, as sealed6
labels `今年第三次、也是最后一次降息` by 降息."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("欧盟方面15日批准了第九轮对俄制裁措施。", "第九轮", "对俄制裁措施"),
    ("欧盟成员国今天通过第19轮对俄制裁。", "第19轮", "对俄制裁"),
    ("第十一批在韩中国人民志愿军烈士遗骸安葬仪式今天在沈阳举行。", "第十一批", "在韩中国人民志愿军烈士遗骸"),
    ("第四次参加奥运会的游泳老将以52秒32获得铜牌。", "第四次", "参加奥运会"),
    ("这已经是第十一次来到俄罗斯。", "第十一次", "来到俄罗斯"),
    ("中国队以3比0击败对手，第16次获得尤伯杯冠军。", "第16次", "获得尤伯杯冠军"),
])
def test_an_ordinal_names_its_noun_or_its_act(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
