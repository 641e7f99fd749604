"""An industry's income or profit (store/facts/subject_sector_values.py) is the industry's, named with its verb
as written; a group of companies' keeps the bare indicator."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-11-20")}


@pytest.mark.parametrize(("text", "expected"), [
    ("1-9月,租赁和商务服务业实现营业收入21.6亿元,增长12.3%;信息传输、软件和信息技术服务业实现营业收入8.4亿元,增长5.2%。",
     {"21.6亿元": "租赁和商务服务业营业收入", "12.3%": "租赁和商务服务业营业收入",
      "8.4亿元": "信息传输、软件和信息技术服务业营业收入", "5.2%": "信息传输、软件和信息技术服务业营业收入"}),
    # the clause before names the industry: its income told after
    ("从结构看,批发和零售业占比最大,前10个月累计实现营业收入48.3亿元。", {"48.3亿元": "批发和零售业营业收入"}),
    ("1—8月份,制造业实现利润总额1520.3亿元,同比增长6.2%。",
     {"1520.3亿元": "制造业利润总额", "6.2%": "制造业利润总额"}),
])
def test_an_industrys_income_is_the_industrys(text: str, expected: dict[str, str]) -> None:
    got = subjects(text)
    for surface, subject in expected.items():
        assert got[surface] == subject


def test_a_kind_of_enterprise_owns_its_indicator() -> None:
    # the labels' majority (全国规模以上工业企业(实现)利润总额, 国有控股企业实现利润总额): a release's breakdown by kind of
    # enterprise names whose total each is (store/facts/subject_owned_flows.py); was the bare 利润总额
    got = subjects("前三季度,规模以上工业企业实现利润总额4152亿元,同比下降2.1%。")
    assert got["4152亿元"] == "规模以上工业企业利润总额"


def test_a_class_of_goods_retail_sales_are_the_classs() -> None:
    got = subjects("一季度,全市石油及制品类商品实现零售额12.4亿元,同比增长6.3%。")
    assert got["12.4亿元"] == "全市石油及制品类商品零售额"
    assert got["6.3%"] == "全市石油及制品类商品零售额"


def test_each_town_of_a_countys_list_has_its_own_output() -> None:
    got = subjects("从分乡镇来看:拱辰办实现产值5.3亿元,比增8.62%;西天尾镇实现产值86.8亿元,比增6.55%。")
    assert got["5.3亿元"] == got["8.62%"] == "拱辰办产值"
    assert got["86.8亿元"] == got["6.55%"] == "西天尾镇产值"


def test_the_whole_county_keeps_the_bare_indicator() -> None:
    got = subjects("全县实现地区生产总值56.82亿元,增长4.6%。")
    assert got["56.82亿元"] == "地区生产总值"
