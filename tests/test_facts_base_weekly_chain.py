"""环比 in a weekly report is against the week before (`上周`), as 比上周 and 比前一周 are written (tests/gold/README.md:
weekly `環比` takes base 上周): the week by the figure's period, a span of five to seven days
(`2022年3月7日—3月13日…环比下降1.7%`), or by a week its sentence names before it (`本周`, `上周`, `第10周`) —
they had 上月 (store/facts/changes.py settle_base).  A week that dates a release, not the figures, leaves the month."""

from __future__ import annotations

import pytest

from store.facts import extract


def bases(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["base"] for f in extract(text, date="2022-03-16")}


@pytest.mark.parametrize(("text", "surface"), [
    ("据农业农村部监测,2022年3月7日—3月13日,全国规模以上生猪定点屠宰企业生猪平均收购价格为13.84元/公斤,环比下降1.7%,同比下降53.2%。",
     "1.7%"),
    ("据监测，本周全国猪肉平均批发价为每公斤20.5元，环比上涨1.2%。", "1.2%"),
    ("上周全国食用农产品市场价格环比下降0.4%。", "0.4%"),
    ("第10周，全国鸡蛋平均价格环比上涨2.1%。", "2.1%"),
    ("全国鸡蛋平均价格周环比上涨2.1%。", "2.1%"),
])
def test_a_weeks_chain_growth_is_against_the_week_before(text: str, surface: str) -> None:
    assert bases(text)[surface] == "上周"


@pytest.mark.parametrize(("text", "surface", "base"), [
    ("国家统计局上周发布的数据显示，CPI环比上涨0.2%。", "0.2%", "上月"),
    ("2月份，全国居民消费价格指数环比上涨1.0%。", "1.0%", "上月"),
    ("全国鸡蛋平均价格周环比上涨2.1%，月环比下降1.2%。", "1.2%", "上月"),
    ("据农业农村部监测,2022年3月7日—3月13日,全国规模以上生猪定点屠宰企业生猪平均收购价格为13.84元/公斤,环比下降1.7%,同比下降53.2%。",
     "53.2%", "上年同期"),
])
def test_other_chain_growth_keeps_its_base(text: str, surface: str, base: str) -> None:
    assert bases(text)[surface] == base
