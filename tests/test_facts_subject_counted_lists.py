"""Items listed, then counted, then measured `分别` (store/facts/subject_counted_lists.py): each figure is its
item's, the list split as the count says — industry names hold 、 and 和 themselves."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-11-20")}


@pytest.mark.parametrize(("text", "expected"), [
    # split at 、: a name with 和 inside stays whole
    ("1-9月,批发和零售业、金融业、卫生和社会工作三类行业增速分别为12.1%、6.4%和-3.5%。",
     {"12.1%": "批发和零售业", "6.4%": "金融业", "-3.5%": "卫生和社会工作"}),
    # items with 、 inside, parted by commas; a second 分别 list gives the same items their points
    ("前三季度,住宿和餐饮业,交通运输、仓储和邮政业,农、林、牧、渔业三个行业增速分别为8.2%、5.1%和3.3%,"
     "分别较上半年回落1.2、0.4和0.6个百分点。",
     {"8.2%": "住宿和餐饮业", "5.1%": "交通运输、仓储和邮政业", "3.3%": "农、林、牧、渔业",
      "1.2": "住宿和餐饮业", "0.4": "交通运输、仓储和邮政业", "0.6个百分点": "农、林、牧、渔业"}),
    # the last joiner parts the items when the list has no 、
    ("各大類中,食品和煙酒兩個大類分別按年上升3.12%及1.05%。", {"3.12%": "食品", "1.05%": "煙酒"}),
])
def test_counted_items_each_own_their_figure(text: str, expected: dict[str, str]) -> None:
    got = subjects(text)
    for surface, subject in expected.items():
        assert got[surface] == subject


def test_the_count_counts_the_class_noun() -> None:
    got = subjects("1-9月,批发和零售业、金融业、卫生和社会工作三类行业增速分别为12.1%、6.4%和-3.5%。")
    assert got["三类"] == "行业"


def test_a_count_whose_items_do_not_match_it_leaves_the_list_alone() -> None:
    # four names for 三类: no split is sure, so no item is given a figure
    got = subjects("批发业、零售业、金融业、房地产业三类行业增速分别为12.1%、6.4%和3.5%。")
    assert got["12.1%"] != "批发业" and got["6.4%"] != "零售业"
