"""A subject never ends in the change its figure measures (store/facts/subject_change_tails.py): 缩短, 压缩, 延长,
节约 … are the change, the noun phrase before them what changed."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-12")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("让农事决策时间缩短七成。", "七成", "农事决策时间"),
    ("通过优化口岸运输组织等措施，口岸通关时间最短压缩至30分钟以内。", "30分钟以内", "口岸通关时间"),
    ("美国13日宣布将新冠肺炎公共卫生紧急状态延长90天到明年1月11日。", "90天", "新冠肺炎公共卫生紧急状态"),
    ("后续出舱活动时间有望因此缩短40分钟左右。", "40分钟左右", "后续出舱活动时间"),
])
def test_the_change_verb_is_no_part_of_the_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_subject_written_after_a_comparisons_较_is_left_to_the_base_rules() -> None:
    got = subjects("武威东至兰州西站最快1小时56分可达，较目前普速旅客列车压缩58分钟。")
    assert got["58分钟"] != "目前普速旅客列车"


def test_a_phrase_holding_the_level_changed_from_is_left_alone() -> None:
    got = subjects("广州至湛江火车运行时间将由现在最快约2个半小时缩短至1个半小时左右。")
    assert got["1个半小时左右"] != "现在"
