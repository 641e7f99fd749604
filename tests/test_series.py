"""Indicators, precision and period order: the rules series and conflicts
are built on (pure functions, no store)."""

from __future__ import annotations

import pytest

from store.series.indicators import (
    clean_subject,
    indicator_of,
    split_entity,
    unit_family,
)
from store.series.periods import period_key, period_sort
from store.series.precision import agree, value_step


def _fact(subject: str, kind: str = "money", unit: str | None = "元", change: str | None = None) -> dict:
    return {"subject": subject, "kind": kind, "unit": unit, "change": change}


@pytest.mark.parametrize(("subject", "entity", "name"), [
    ("重庆新能源汽车产量", "重庆", "新能源汽车产量"),
    ("2024年重庆市地区生产总值", "重庆", "地区生产总值"),
    ("成都地区生产总值 ", "成都", "地区生产总值"),
    ("长寿区工业产值", "长寿", "工业产值"),
    ("我国ＧＤＰ的", "全国", "国内生产总值(GDP)"),  # the standard name (test_series_standard_names)
    ("中国银行贷款余额", "中国银行", "贷款余额"),
    ("赛力斯集团营收", "赛力斯集团", "营收"),
    ("全市汽车总产量", None, "汽车总产量"),
    ("地区生产总值", None, "地区生产总值"),
    ("市场规模", None, "市场规模"),
])
def test_a_subject_splits_into_its_entity_and_the_indicator(subject, entity, name):
    indicator = indicator_of(_fact(subject))
    assert (indicator.entity, indicator.name) == (entity, name)


def test_a_place_alone_is_the_indicator_not_an_entity():
    assert split_entity("重庆") == (None, "重庆")


def test_width_spacing_quotes_and_trailing_particles_do_not_make_another_indicator():
    assert clean_subject("“新能源 汽车”产量的") == clean_subject("新能源汽车产量") == "新能源汽车产量"


def test_a_growth_rate_and_a_level_are_different_indicators():
    level = indicator_of(_fact("重庆地区生产总值"))
    rate = indicator_of(_fact("重庆地区生产总值", kind="percent", unit="%", change="up"))
    assert level.name == rate.name and level != rate


def test_money_in_another_currency_is_another_family():
    assert unit_family("money", "元") != unit_family("money", "美元")
    assert unit_family("percent", "%") == unit_family("percent", "‰")


def test_dates_years_and_facts_without_subject_have_no_indicator():
    assert indicator_of(_fact("GDP", kind="year", unit=None)) is None
    assert indicator_of({"kind": "count", "unit": "个", "subject": None}) is None


@pytest.mark.parametrize(("surface", "value", "step"), [
    ("3.22万亿元", "3220000000000", "10000000000"),
    ("3.2万亿", "3200000000000", "100000000000"),
    ("4.3万辆", "43000", "1000"),
    ("6.39‰", "0.639", "0.001"),
    ("100家", "100", "1"),
    ("三千五百万", "35000000", "1000000"),
    ("-3.07亿元", "-307000000", "1000000"),
])
def test_a_figure_is_as_precise_as_it_is_written(surface, value, step):
    assert value_step(surface, value) == step


def _figure(surface: str, value: str, qualifier: str | None = None) -> tuple:
    return (value, None, value_step(surface, value), qualifier)


def test_figures_that_differ_at_the_precision_both_are_written_to_disagree():
    assert not agree(_figure("3.22万亿", "3220000000000"), _figure("3.19万亿", "3190000000000"))


def test_a_figure_written_with_fewer_digits_agrees_with_its_rounding():
    assert agree(_figure("3.2万亿", "3200000000000"), _figure("3.22万亿", "3220000000000"))
    assert not agree(_figure("3.2万亿", "3200000000000"), _figure("3.26万亿", "3260000000000"))


def test_a_lower_bound_agrees_with_any_figure_above_it():
    assert agree(_figure("超3万亿", "3000000000000", "超"), _figure("3.22万亿", "3220000000000"))
    assert not agree(_figure("超3万亿", "3000000000000", "超"), _figure("2.1万亿", "2100000000000"))


def test_periods_sort_on_the_time_line():
    periods = ["2024Q3", "2024-07", "2020", "2024", "2024H1", "2021/2025", None, "2024-05-31"]
    assert sorted(periods, key=period_key) == [
        "2020", "2021/2025", "2024H1", "2024", "2024-05-31", "2024-07", "2024Q3", None]


def test_periods_sharing_a_start_sort_by_their_end_not_their_text():
    periods = ["2024", "2024-11", "2024Q1-Q3", "2024-01/2024-11", "2024Q1", "2024-01", "2024H1", "2024-01-01",
               "2024Q1/2025Q2", "2024-01-01/2024-01-10", "2024-02"]
    assert sorted(periods, key=period_key) == [
        "2024-01-01", "2024-01-01/2024-01-10", "2024-01", "2024Q1", "2024H1", "2024Q1-Q3", "2024-01/2024-11",
        "2024", "2024Q1/2025Q2", "2024-02", "2024-11"]
    assert sorted(periods, key=period_sort) == sorted(periods, key=period_key)  # the table's column agrees


def test_a_period_of_a_form_not_read_sorts_after_every_read_one_and_before_none():
    assert sorted([None, "今年", "2024"], key=period_key) == ["2024", "今年", None]
    assert sorted([None, "今年", "2024"], key=period_sort) == ["2024", "今年", None]


def _row(article: int, surface: str, value: str) -> tuple:
    return (1, "money:元", "level", "2024", article, value, None, value_step(surface, value), None)


def test_two_articles_disagree_only_when_none_of_their_figures_agree():
    from store.series.table import disagree

    both = [_row(1, "22.75万亿", "22750000000000"), _row(1, "1.31万亿", "1310000000000")]
    assert not disagree(both + [_row(2, "1.31万亿", "1310000000000")])
    assert disagree(both + [_row(2, "2.46万亿", "2460000000000")])
    assert not disagree(both)  # one article alone never conflicts with itself


@pytest.mark.parametrize(("value", "shown"), [
    (2756000, "275.6万"), (444600000000000, "444.6万亿"), (-33051300, "-3,305.13万"), (12.5, "12.5"),
    (21664375644266428, "≈21,664.38万亿"), (0.333, "≈0.33"),
])
def test_a_total_reads_in_wan_and_yi_and_says_when_it_is_rounded(value, shown):
    from tui.series_output import amount

    assert amount(value) == shown


@pytest.mark.parametrize(("subject", "entity", "name"), [
    ("长三角地区进出口", "长三角", "进出口"),
    ("粤港澳大湾区内地九市进出口", "粤港澳大湾区", "内地九市进出口"),
    ("重庆市地区生产总值", "重庆", "地区生产总值"),
])
def test_economic_regions_are_entities_and_their_diqu_is_not_the_indicator(subject, entity, name):
    assert split_entity(clean_subject(subject)) == (entity, name)


def test_a_headline_s_place_stands_in_for_an_entity_the_subject_does_not_name():
    from store.series.indicators import title_entity

    assert title_entity("重庆持续扩大内陆高水平开放") == "重庆"
    # national news: the country's, as a subject naming 全国 (tests/test_series_national_news.py)
    assert title_entity("我国外贸向好态势继续巩固") == "全国"
    assert title_entity("全国返程客流持续增加") == "全国" and title_entity("国际联播快讯") is None
    place = title_entity("成都经济年报")
    assert indicator_of(_fact("新能源汽车产量"), place).entity == "成都"
    assert indicator_of(_fact("重庆新能源汽车产量"), place).entity == "重庆"  # the subject's own place wins


def _doc(n: int, title: str, subject: str, surface: str, value: int) -> tuple[dict, list[dict]]:
    article = {"id": f"a{n}", "title": title, "publication": f"paper{n}", "date": "2025-01-01"}
    fact = {"id": f"a{n}:body:0", "kind": "money", "unit": "元", "subject": subject, "surface": surface,
            "value": value, "period": "2024", "change": None, "qualifier": None}
    return article, [fact]


def test_a_short_name_conflicts_only_when_the_subject_itself_names_the_place():
    from store.series.queries import conflicts
    from store.series.table import SeriesTable

    docs = [_doc(1, "重庆外贸", "重庆出口", "5000亿元", 500_000_000_000),
            _doc(2, "西部经济", "重庆出口", "6000亿元", 600_000_000_000),
            _doc(3, "成都外贸年报", "出口", "3000亿元", 300_000_000_000),   # 成都 from the headline only
            _doc(4, "成都经济年报", "出口", "4000亿元", 400_000_000_000)]
    table = SeriesTable.build(None, docs, "t")
    assert [(c["entity"], c["indicator"]) for c in conflicts(table)] == [("重庆", "出口")]
