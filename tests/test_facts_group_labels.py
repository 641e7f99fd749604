"""Group and class labels hold a numeral but count nothing (tests/gold/README.md, sealed7).

- a list of a body's sessions in one term (`州委八届五次、六次全会`): names, as `六次全会` alone is;
- the paired markets of a trade slogan (`国内国际两个市场`, `两种资源`): a group label, as `两个大局`;
- a class of cities named by a population threshold (`城区常住人口300万以上的城市`): not a head count,
  while a city's own size with no threshold (`人口50万的城市`) stays a figure;
- an averaging window (`同业拆息的5天移动平均数`, `20日均线`): names the average, no duration.

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def hits(text: str, part: str) -> list[dict]:
    i = text.index(part)
    return [f for f in extract(text, date="2025-06-01") if f["start"] < i + len(part) and f["end"] > i]


LABELS = [
    ("市政府认真落实市委九届三次、四次全会部署,经济稳中有进。", "三次、四次"),
    ("县委十二届七次和八次全体会议精神得到贯彻落实。", "七次和八次"),
    ("全縣貫徹縣委五屆二次、三次全會精神。", "二次、三次"),
    ("企业要用好国内国际两个市场,拓展发展空间。", "两个"),
    ("统筹利用国内和国际两个市场、两种资源,稳住外贸基本盘。", "两种"),
    ("善用國內國際兩個市場、兩種資源。", "兩個"),
    ("支持城区常住人口300万以上的城市建设停车位。", "300万"),
    ("人口超过50万的城市将全部开通快速公交。", "50万"),
    ("放开城区人口300万以下城市的落户限制。", "300万"),
    ("基本利率参考隔夜及一个月香港银行同业拆息的5天移动平均数的平均值。", "5天"),
    ("基本利率參考香港銀行同業拆息五天移動平均數的平均值。", "五天"),
    ("该股收盘跌破20日均线,成交量放大。", "20日"),
    ("指数重新站上60日移动平均线。", "60日"),
]


@pytest.mark.parametrize(("text", "part"), LABELS)
def test_a_group_or_class_label_is_no_figure(text: str, part: str) -> None:
    assert hits(text, part) == []


FIGURES = [
    # the figure a class is counted with stays
    ("人口超过50万的城市有80个。", "80个", 80),
    # a city's own size names no threshold
    ("这座人口50万的城市去年接待游客1200万人次。", "50万", 500000),
    # a count of sessions held stays a count
    ("今年共召开常务会议12次。", "12次", 12),
    # the average itself stays a figure
    ("同业拆息的5天移动平均数的平均值是3.21%。", "3.21%", 3.21),
]


@pytest.mark.parametrize(("text", "part", "value"), FIGURES)
def test_the_figures_around_a_label_stay(text: str, part: str, value: float) -> None:
    got = hits(text, part)
    assert [float(f["value"]) for f in got] == [value]
