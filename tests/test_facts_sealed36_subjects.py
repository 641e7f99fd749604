"""Subject forms a fresh sample (sealed36) showed misread, each as its class (sentences written for the tests).

- **Items split by commas before 分别:** industries whose names hold 、 and 和 themselves are listed with commas
  (`重点行业中,纺织业,化学原料和化学制品制造业,…,汽车制造业增加值分别增长x、y、…`): the i-th figure is the i-th
  item's, the last item cut after the character the items end alike in (业), the head they share (增加值) left out as
  the gold does.
- **換算 before a figure's name:** `換算無收穫面積261公頃`, `换算无收获面积35公顷` — how the figure was reckoned,
  not the indicator: 無收穫面積.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-08-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _subjects(text: str) -> list[str | None]:
    return [f["subject"] for f in _facts(text)]


def test_items_split_by_commas_before_respectively() -> None:
    text = ("前三季度,重点行业中,纺织业,医药制造业,化学原料和化学制品制造业,铁路、船舶、航空航天和其他运输设备制造业,"
            "汽车制造业增加值分别同比增长4.1%、5.2%、9.3%、12.6%、7.8%。")
    assert _subjects(text)[1:] == ["纺织业", "医药制造业", "化学原料和化学制品制造业",
                                   "铁路、船舶、航空航天和其他运输设备制造业", "汽车制造业"]


def test_items_split_by_commas_with_their_head() -> None:
    text = "1-5月,信息传输、软件和信息技术服务业,科学研究和技术服务业,租赁和商务服务业营收分别增长10.1%、8.2%和6.3%。"
    assert _subjects(text) == ["信息传输、软件和信息技术服务业", "科学研究和技术服务业", "租赁和商务服务业"]


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("農業部統計，農作物被害面積612公頃，損害程度31%，換算無收穫面積190公頃。", "190公頃", "無收穫面積"),
    ("农作物受灾面积120公顷,换算无收获面积35公顷。", "35公顷", "无收获面积"),
])
def test_a_conversion_before_the_name_is_no_part_of_it(text: str, surface: str, subject: str) -> None:
    assert next(f for f in _facts(text) if f["surface"] == surface)["subject"] == subject
