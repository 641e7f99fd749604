"""A headline narrowing the country to a part of it makes its bare figures
the part's, not the country's: under `一季度全国铁路固定资产投资完成1248亿元`
the article's 固定资产投资 is the railways' (铁路), never the country's.

Walking `factdesk conflicts` on the bulk store (app51): round 50's rule
(every placeless figure under a headline leading with the country is 全国's)
put the railways' 1248亿元 against the country's 10.0万亿元 of the same
quarter, light industry's and cultural firms' 营业收入 against each other
as the country's, and the 中西部地区's 9.52% trade growth against the
country's 3.6% — 8 of the 25 conflicts of 全国 were such sector or region
figures.  The part is an industry or kind of firm (…业, 企业, 产业, 行业),
a region (地区, 区域, 县域, 中西部 …) or a mode or harvest (铁路, 民航, 邮政,
海洋, 夏粮 …) right after the country's word (and its period words).  A
figure whose name says the part (轻工业营业收入) stays the country's; a
headline with no part (我国经济…, 我国物价…, 我国货物贸易…) is as before.
With the part as its entity a sector's figures make a series of their own
(铁路·固定资产投资 by period).  Bulk (14,921 articles): 25 → 14 conflicts of
全国, 199 → 184 in all; 1,160 figures moved from 全国 to their part, read
in samples.
"""

from __future__ import annotations

import pytest

from store.series.indicators import indicator_of, title_entity
from store.series.queries import conflicts, series
from store.series.table import SeriesTable

CCTV = "央视网/新闻联播"


def _entity(title: str, subject: str, clause: str = "") -> str | None:
    fact = {"subject": subject, "kind": "money", "unit": "亿元", "change": None, "clause": clause or subject}
    found = indicator_of(fact, title_entity(title, CCTV))
    return found.entity if found else None


@pytest.mark.parametrize("title, subject, part", [
    ("一季度全国铁路固定资产投资完成1248亿元", "固定资产投资", "铁路"),
    ("2023年我国轻工业实现利润1.4万亿元", "营业收入", "轻工业"),
    ("我国文化企业发展持续回升向好", "营业收入", "文化企业"),
    ("前10个月我国中西部地区潜能释放 外贸实现较快增长", "货物贸易进出口总值", "中西部地区"),
    ("前2个月我国中小企业生产经营持续改善", "营业收入", "中小企业"),
    ("中国制造业采购经理指数重回扩张区间", "新订单指数", "制造业"),
    ("1至7月全国铁路完成固定资产投资4102亿元", "固定资产投资", "铁路"),    # 1至7月 is a period word too
    ("前10个月我国区域外贸平稳增长韧性显现", "民营企业进出口", "区域"),    # no 区 of 我国 (我国区|域外贸)
    ("1至5月全国铁路多项客运指标创新高", "中老铁路发送跨境旅客", "铁路"),  # one line, not the country's
])
def test_a_bare_figure_under_a_part_of_the_country_is_the_part_s(title, subject, part):
    assert _entity(title, subject) == part


@pytest.mark.parametrize("title, subject", [
    ("2023年我国轻工业实现利润1.4万亿元", "轻工业营业收入"),      # the name says its part
    ("一季度全国铁路固定资产投资完成1248亿元", "铁路固定资产投资"),
    ("我国经济延续向新向好发展态势", "固定资产投资"),              # no part: the economy at large
    ("我国物价延续温和上涨态势", "居民消费价格指数"),
    ("前10个月我国货物贸易进出口同比增长3.6%", "货物贸易进出口总值"),
    ("我国就业形势总体稳定", "城镇新增就业"),                      # 就业 is no industry
    ("我国工业经济总体回升向好", "太阳能电池产量"),                # the economy's broad branches are its own
    ("我国加快建设现代化产业体系", "工业机器人产量"),              # a verb's phrase names no part
    ("2025年我国科技创新与产业创新加速融合", "技术合同成交额"),    # two topics joined
])
def test_a_figure_of_the_country_s_whole_stays_national(title, subject):
    assert _entity(title, subject) == "全国"


@pytest.mark.parametrize("clause", ["全国城镇新增就业1057万人", "农村居民人均可支配收入增长6.6%", "乡镇覆盖率达98%"])
def test_town_and_country_words_name_no_other_place(clause):
    """城镇, 农村, 乡村, 乡镇 say which residents or places of the country, not
    another place: the pattern meant to pass them read the character before
    them instead (every 城镇/农村 figure under a national headline stayed
    placeless)."""
    assert _entity("我国就业形势总体稳定", "城镇新增就业", clause) == "全国"


@pytest.mark.parametrize("clause", ["该县某镇新增就业500人", "张家村新增就业30人"])
def test_a_named_town_or_village_is_still_another_place(clause):
    assert _entity("我国就业形势总体稳定", "城镇新增就业", clause) is None


def test_a_clause_naming_another_place_is_still_no_one_s():
    assert _entity("一季度全国铁路固定资产投资完成1248亿元", "固定资产投资", "其中四川铁路完成投资") is None


def _doc(n: int, title: str, value: str, period: str) -> tuple:
    article = {"id": f"a{n}", "title": title, "publication": CCTV, "date": "2024-04-17"}
    fact = {"id": f"a{n}:body:0", "kind": "money", "unit": "元", "subject": "固定资产投资", "surface": value,
            "value": int(value), "period": period, "change": None, "qualifier": None,
            "clause": f"完成固定资产投资{value}元"}
    return article, [fact]


def test_the_railways_investment_no_longer_stands_against_the_country_s():
    docs = [_doc(1, "一季度中国经济开局良好 国内生产总值同比增长5.3%", "10004200000000", "2024Q1"),
            _doc(2, "一季度全国铁路固定资产投资完成1248亿元", "124800000000", "2024Q1"),
            _doc(3, "前10个月全国铁路完成固定资产投资6351亿元", "635100000000", "2024-01/2024-10")]
    table = SeriesTable.build(None, docs, "t")
    assert conflicts(table) == []
    rows = series(table, "固定资产投资")
    assert [(r["entity"], r["period"]) for r in rows] == [
        ("全国", "2024Q1"), ("铁路", "2024Q1"), ("铁路", "2024-01/2024-10")]
