"""The same indicator of the same place is one series: national news's
placeless figures are the country's (全国), as a subject naming 全国 is.

Walking the bulk store as a new user, `factdesk series CPI` listed the
country's consumer prices as two series: 21 figures under 全国 (their
subject said 全国居民消费价格…) and 21 under no place (新闻联播's
"11月份居民消费价格指数同比上涨0.7%" says no place: it is national news).
The rule: a headline leading with the country (我国…, 全国…, 中国…) makes
every placeless figure of its article the country's; a national outlet's
headline (新闻联播, 人民日报, 新华社 …) that names no place makes the
country's the indicators whose figure or change it states.  Never a
different place's: a clause naming a place, a local word or a foreign
institution keeps its figure placeless, as do bulletins (国内联播快讯),
foreign news, companies (中国银行…) and local papers.
"""

from __future__ import annotations

import pytest

from store.series.indicators import indicator_of, title_entity
from store.series.queries import series
from store.series.table import SeriesTable

CCTV = "央视网/新闻联播"


def _cpi(clause: str = "全国居民消费价格同比上涨0.7%", subject: str = "居民消费价格指数") -> dict:
    return {"subject": subject, "kind": "percent", "unit": "%", "change": "up", "clause": clause}


def _entity(title: str, publication: str | None = None, **fact: str) -> str | None:
    found = indicator_of(_cpi(**fact), title_entity(title, publication))
    return found.entity if found else None


@pytest.mark.parametrize("title", [
    "我国物价延续温和上涨态势",
    "上半年我国物价保持平稳",                       # a period before the country
    "2023年全年全国居民消费价格指数同比上涨0.2%",
    "【经济新方位】中国经济稳中有进",               # a programme's label first
])
def test_a_headline_leading_with_the_country_makes_its_placeless_figures_national(title):
    assert _entity(title) == "全国"
    assert _entity(title, "重庆晨报") == "全国"  # whoever publishes it


@pytest.mark.parametrize("title", [
    "11月份居民消费价格指数同比小幅上涨",
    "10月份CPI同比上涨0.2% PPI同比降幅持续收窄",
    "2月份居民消费价格同比上涨0.7%",                # the name without its 指数
])
def test_a_national_outlet_s_headline_stating_the_indicator_makes_it_national(title):
    assert _entity(title, CCTV) == "全国"
    assert _entity(title, "人民日报 01版：要闻") == "全国"


def test_the_country_s_cpi_is_one_series_whether_or_not_its_subject_says_so():
    docs = [_doc(1, "10月居民消费价格指数同比上涨2.1%", "全国居民消费价格指数", "2022-10", 2.1),
            _doc(2, "11月份居民消费价格指数同比小幅上涨", "居民消费价格指数", "2024-11", 0.2),
            _doc(3, "我国物价延续温和上涨态势", "CPI", "2024-10", 0.3)]
    rows = series(SeriesTable.build(None, docs, "t"), "CPI")
    assert [(r["entity"], r["period"]) for r in rows] == [("全国", "2022-10"), ("全国", "2024-10"), ("全国", "2024-11")]


@pytest.mark.parametrize(("title", "publication"), [
    ("11月份居民消费价格指数同比小幅上涨", "重庆晨报"),        # a local paper: its placeless CPI may be the city's
    ("物价运行总体平稳", CCTV),                                 # the headline states no CPI figure
    ("国内联播快讯", CCTV),                                     # a bulletin of items about many places
    ("国际联播快讯", CCTV),
    ("美联储宣布加息75个基点", CCTV),                          # foreign news
    ("以军称打击哈马斯目标 哈马斯方面称打击以军坦克", CCTV),
    ("中国银行发布2024年业绩", None),                         # a company, not the country
    ("11月份居民消费价格指数同比小幅上涨", "人民日报海外版 06版：国际观察"),  # a national outlet's world page
])
def test_no_national_default_where_the_article_is_not_national_news(title, publication):
    assert _entity(title, publication) is None


@pytest.mark.parametrize("clause", [
    "其中，江苏居民消费价格上涨0.8%",        # another place named
    "全市居民消费价格同比上涨0.5%",          # a local word
    "美国5月居民消费价格指数同比上涨8.6%",
    "该县居民消费价格上涨1.1%",
])
def test_a_clause_naming_another_place_keeps_its_figure_out_of_the_country_s(clause):
    assert _entity("我国物价延续温和上涨态势", clause=clause) is None
    assert _entity("11月份居民消费价格指数同比小幅上涨", CCTV, clause=clause) is None


def test_a_place_the_subject_or_the_headline_names_is_kept():
    assert _entity("我国物价延续温和上涨态势", subject="重庆居民消费价格指数") == "重庆"
    assert _entity("重庆物价平稳", CCTV) == "重庆"


def _doc(n: int, title: str, subject: str, period: str, value: float) -> tuple:
    article = {"id": f"a{n}", "title": title, "publication": CCTV, "date": "2024-12-10"}
    fact = {"id": f"a{n}:body:0", "kind": "percent", "unit": "%", "subject": subject, "surface": f"{value}%",
            "value": value, "period": period, "change": "up", "qualifier": None,
            "clause": f"{subject}同比上涨{value}%"}
    return article, [fact]


@pytest.mark.parametrize(("title", "publication"), [("我国物价延续温和上涨态势", None),
                                                    ("11月份居民消费价格指数同比小幅上涨", CCTV)])
def test_a_national_article_s_rows_are_packed_by_the_workers_as_any_other(title, publication):
    """The workers hand their rows over marshalled: an entity that kept the
    headline's type (a str subclass) could not be, and the commit worked
    every national article's rows out again."""
    from store.db.storage import dumps
    from store.series.prepared import article_series, pack_series, unpack_series

    article = {"id": "a", "title": title, "publication": publication, "date": "2024-12-09"}
    facts = [{"id": "a:body:0", **_cpi(), "value": 0.2, "surface": "0.2%", "period": "2024-11"}]
    packed = pack_series(article, facts, dumps(facts), ([], []))
    assert packed is not None
    rows, _ = unpack_series(packed)
    assert rows == article_series(article, facts) and rows[0][2].indicator.entity == "全国"
    assert type(rows[0][2].indicator.entity) is str
