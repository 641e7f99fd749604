"""Articles of a law and trade-law sections named by number are labels, not figures.

`宪法第九条`, `基本法第23条立法`, `第48条第3款`, `美國232條款`, `“301调查”`: which clause or statute,
not a 9th thing or 232 articles. `第一条高铁` (no law before it) stays a rank and `374条指数` a count.

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def hits(text: str, part: str) -> list[dict]:
    i = text.index(part)
    return [f for f in extract(text, date="2025-06-01") if f["start"] < i + len(part) and f["end"] > i]


ARTICLES = [
    ("执政党表示将坚守宪法第九条。", "第九条"),
    ("特区将尽快完成基本法第23条立法。", "第23条"),
    ("行政长官根据基本法第48条第3款签署命令。", "第48条"),
    ("根据《中华人民共和国宪法》第六十二条的规定，全国人大行使职权。", "第六十二条"),
    ("伊朗表示将根据《联合国宪章》第五十一条行使自卫权。", "第五十一条"),
    ("关于维护国家安全法第十四条和第四十七条的解释公布。", "第十四条"),
    ("关于维护国家安全法第十四条和第四十七条的解释公布。", "第四十七条"),
    ("美国依据《1974年贸易法》第122条征收关税。", "第122条"),
    ("根据劳动合同第三十五条第二款，双方协商一致。", "第三十五条"),
    ("签署该协议违反北约第五条即集体防御条款。", "第五条"),
    ("由於美國232條款調查結果尚未出爐，廠商觀望。", "232"),
    ("美國以國安名義發起232半導體產業調查。", "232"),
    ("美方对巴西发起“301调查”。", "301"),
    ("中国诉美钢铝232关税措施案胜诉。", "232"),
    ("美国国际贸易委员会对相关产品发起337调查。", "337"),
]


@pytest.mark.parametrize(("text", "part"), ARTICLES)
def test_an_article_or_section_of_a_law_is_no_figure(text: str, part: str) -> None:
    assert hits(text, part) == []


FIGURES = [
    ("雅万高铁是印尼第一条高铁。", "第一条", "rank", 1),
    ("中哈第三条跨境铁路建设加快推进。", "第三条", "rank", 3),
    ("年内A股已新增374条指数。", "374条", "count", 374),
    ("全省共有232条河流纳入调查。", "232条", "count", 232),
    ("全市共有301家企业接受调查。", "301家", "count", 301),
    ("另有232亿元资金被纳入调查。", "232亿元", "money", 23200000000),
]


@pytest.mark.parametrize(("text", "part", "kind", "value"), FIGURES)
def test_counts_and_ranks_near_the_same_words_stay(text: str, part: str, kind: str, value: int) -> None:
    assert [(f["kind"], f["value"]) for f in hits(text, part)] == [(kind, value)]
