"""The headline's place stands in for a subject that names none — only
when the headline says which place it is about.

Walking the bulk store's indicators as an analyst would: 规模以上工业增加值
for 2024Q1-Q3 was listed as a conflict between +7.8% and +3.4% — 浙江's
and 辽宁's, whose headlines put the province after the programme's label
(【锚定现代化 改革再深化】浙江：…); and the Brent price stood in four series
(伊朗·, 以色列·, 美国·, none) after the country the headline led with.
"""

from __future__ import annotations

import pytest

from store.series.indicators import indicator_of, title_entity
from store.series.queries import conflicts, series
from store.series.table import SeriesTable


@pytest.mark.parametrize(("title", "place"), [
    ("【一线调研】重庆：加快传统产业数智化改造", "重庆"),
    ("【权威访谈：谋发展 启新篇】安徽放大科技创新优势 构建现代化产业体系", "安徽"),
    ("【锚定现代化 改革再深化】浙江：数智化改造 推进先进制造业集群建设", "浙江"),
    ("[走进县城看发展] 广西兴安：突出优势特色", "广西"),
    ("陕西延安：从革命圣地到幸福家园", "陕西"),
    ("重庆持续扩大内陆高水平开放", "重庆"),
])
def test_a_programme_s_label_before_the_headline_names_no_place_and_hides_none(title, place):
    assert title_entity(title) == place


@pytest.mark.parametrize(("title", "places"), [
    ("【凝心聚力 真抓实干】河南积极融入服务全国统一大市场 新疆不断优化营商环境", "河南、新疆"),
    ("北京推动科技产业深度融合 助力高质量发展 安徽加快构建科技创新体系", "北京、安徽"),
    ("内蒙古：加大治沙力度 厚植绿色底色 福建：深化改革", "内蒙古、福建"),
])
def test_a_headline_that_covers_two_places_names_both(title, places):
    assert title_entity(title) == places


def test_a_label_and_no_place_gives_none():
    assert title_entity("【新思想引领新征程】拓展共建合作新空间") is None


def test_one_place_s_figure_under_a_two_place_headline_is_no_conflict_with_the_country_s():
    docs = [_doc(1, "一季度我国汽车产销量保持较快增长", "新能源汽车产量", 28.2),
            _doc(2, "重庆持续扩大内陆高水平开放 推动国内国际双循环 四川加快建设", "新能源汽车产量", 109)]
    table = SeriesTable.build(None, docs, "t")
    assert conflicts(table) == []
    # the national headline's figure is the country's (tests/test_series_national_news.py)
    assert [r["entity"] for r in series(table, "新能源汽车产量")] == ["全国", "重庆、四川"]


def test_a_headline_that_names_the_country_later_keeps_its_place():
    assert title_entity("上海：全国首个跨境数据中心启用 我国数字贸易提速") == "上海"


def _doc(n: int, title: str, subject: str, value: float, unit: str = "%", kind: str = "percent") -> tuple:
    article = {"id": f"a{n}", "title": title, "publication": "paper", "date": "2024-12-10"}
    fact = {"id": f"a{n}:body:0", "kind": kind, "unit": unit, "subject": subject, "surface": f"{value}{unit}",
            "value": value, "period": "2024Q1-Q3", "change": "up", "qualifier": None}
    return article, [fact]


def test_two_provinces_rates_under_labelled_headlines_are_no_conflict():
    docs = [_doc(1, "【锚定现代化 改革再深化】浙江：数智化改造 推进先进制造业集群建设", "规模以上工业增加值", 7.8),
            _doc(2, "【锚定现代化 改革再深化】辽宁加快企业数字化转型 塑造发展新动能", "规模以上工业增加值", 3.4)]
    table = SeriesTable.build(None, docs, "t")
    assert conflicts(table) == []
    assert sorted(r["entity"] for r in series(table, "规模以上工业增加值")) == ["浙江", "辽宁"]


def test_a_market_s_price_is_one_series_whatever_country_the_headline_leads_with():
    fact = {"subject": "伦敦布伦特原油期货价格", "kind": "money", "unit": "美元/桶", "change": None}
    assert indicator_of(fact, "伊朗") == indicator_of(fact, "以色列") == indicator_of(fact, None)
    docs = [_doc(1, "伊朗称继续关闭海峡", "伦敦布伦特原油期货价格", 90, "美元/桶", "money"),
            _doc(2, "以色列称打击能源设施", "伦敦布伦特原油期货价格", 115, "美元/桶", "money"),
            _doc(3, "国际联播快讯", "纽约原油期货价格", 100, "美元/桶", "money"),
            _doc(4, "美国称对伊朗停火两周", "纽约原油期货价格", 100, "美元/桶", "money")]
    table = SeriesTable.build(None, docs, "t")
    assert {r["entity"] for r in series(table, "原油期货价格")} == {None}


def test_a_trade_partner_in_the_subject_keeps_the_headline_s_place():
    fact = {"subject": "对东盟进出口", "kind": "money", "unit": "元", "change": None}
    assert indicator_of(fact, "宁夏").entity == "宁夏"
