"""Terms of office and sittings of a body are labels; editions of events are ranks.

`澳门特别行政区第六届政府`, `公司第八届董事会第二十五次会议`, `第十四届全国人大`: the number names which
body sits (as `十四屆全國人大` and `二十大` do), never a figure. `第五届进博会`, `第19次峰会`,
`第五次经济普查`: editions of an event, ranks counted in their measure word (tests/gold/README.md).

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def hits(text: str, part: str) -> list[dict]:
    i = text.index(part)
    return [f for f in extract(text, date="2025-06-01") if f["start"] < i + len(part) and f["end"] > i]


TERMS = [
    ("澳门特别行政区第六届政府就职典礼在澳门举行。", "第六届"),
    ("经公司第八届董事会第二十五次会议审议通过利润分配方案。", "第八届"),
    ("经公司第八届董事会第二十五次会议审议通过利润分配方案。", "第二十五次"),
    ("公司第三届监事会第10次会议审议了年度报告。", "第三届"),
    ("公司第三届监事会第10次会议审议了年度报告。", "第10次"),
    ("中国人民政治协商会议第十四届全国委员会第三次会议在京开幕。", "第十四届"),
    ("中国共产党第二十届中央委员会第三次全体会议审议通过决定。", "第二十届"),
    ("十三届全国人大常委会第37次会议今天上午在京举行。", "第37次"),
    ("政协第十三届全国委员会第七十八次主席会议22日在京举行。", "第七十八次"),
    ("中国共产党第二十次全国代表大会胜利闭幕。", "第二十次"),
    ("中国科协第十次全国代表大会在京开幕。", "第十次"),
    ("第七屆立法會選舉投票率創新低。", "第七屆"),
    ("四川省第十四屆人民代表大會第四次會議開幕。", "第十四屆"),
    ("他当选为第十四届全国人大代表。", "第十四届"),
    # Taiwan's legislature names its term after itself, and a session follows the term
    ("立法院第11屆第2會期今日三讀通過修正案。", "第11屆"),
    ("本案將於第十屆第八會期排入議程。", "第十屆"),
]


@pytest.mark.parametrize(("text", "part"), TERMS)
def test_a_term_or_sitting_of_a_body_is_no_figure(text: str, part: str) -> None:
    assert hits(text, part) == []


EDITIONS = [
    ("第五届中国国际进口博览会今天开幕。", "第五届", 5, "届"),
    ("第十五届全国运动会在广州开幕。", "第十五届", 15, "届"),
    ("第十五届全运会组委会今天成立。", "第十五届", 15, "届"),
    ("不结盟运动第19次峰会20日在乌干达举行。", "第19次", 19, "次"),
    ("根据第五次全国经济普查结果，服务业占比上升。", "第五次", 5, "次"),
    ("联合国人权理事会第52届会议在日内瓦开幕。", "第52届", 52, "届"),
    ("第十届金砖国家议会论坛在圣彼得堡举行。", "第十届", 10, "届"),
    ("第33届阿拉伯国家联盟首脑理事会会议在麦纳麦举行。", "第33届", 33, "届"),
    ("第五届中非地方政府合作论坛今天开幕。", "第五届", 5, "届"),
    ("上市委员会2026年第57次审议会议于昨天召开。", "第57次", 57, "次"),
    ("中共中央政治局10月举行2026年第三次集体学习。", "第三次", 3, "次"),
]


@pytest.mark.parametrize(("text", "part", "value", "unit"), EDITIONS)
def test_an_edition_of_an_event_stays_a_rank(text: str, part: str, value: int, unit: str) -> None:
    got = hits(text, part)
    assert [(f["kind"], f["value"], f["unit"]) for f in got] == [("rank", value, unit)]


def test_figures_beside_a_board_sitting_stay() -> None:
    text = "经公司第八届董事会第二十五次会议审议通过，向全体股东每10股派发现金红利2.13元。"
    assert [f["surface"] for f in extract(text)] == ["2.13元"]
