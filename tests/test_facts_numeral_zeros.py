"""Chinese numerals as Macao, Hong Kong and Taiwan releases write them: a 多 inside the number keeps
the magnitude of its lower part (`二億○四百多萬元` is 2億 + 400多萬, not (2億○400)多 × 萬), a zero may be
typed as the letter O (`五百O七億元`), half a point is 0.5 points (`近半個百分點`), and a bare ROC year
counts in simplified reprints of Taiwan text that date a month by such a year (`110年8月营收…较109年同期`).
Sentences written for the rules."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts_of(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text)}


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("立法會明年預算開支為三億○六百多萬元。", "三億○六百多萬元", 306000000),
    ("全年收入三亿五千多万元。", "三亿五千多万元", 350000000),
    ("一至五月博彩稅收近四百O三億元。", "近四百O三億元", 40300000000),
    ("二OO七年全年收入一百O五亿元。", "一百O五亿元", 10500000000),
])
def test_a_numeral_reads_whole(text, surface, value) -> None:
    assert facts_of(text)[surface]["value"] == value


@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("較今年預算減少近八十萬元、近半個百分點。", "近半個百分點", "近"),
    ("央行将存款准备金率下调半个百分点。", "半个百分点", None),
])
def test_half_a_point_is_half_a_point(text, surface, qualifier) -> None:
    f = facts_of(text)[surface]
    assert (f["kind"], f["value"], f["qualifier"]) == ("points", 0.5, qualifier)


def test_a_roc_year_in_a_simplified_reprint() -> None:
    f = facts_of("上市公司公告111年7月营收总计4兆亿元,较110年同期成长8.5%。")["110年"]
    assert (f["kind"], f["value"]) == ("year", 2021)


def test_a_count_of_years_stays_one_without_a_roc_month() -> None:
    f = facts_of("该校已有110年历史，2020年8月迁入新址。")["110年"]
    assert f["kind"] == "duration"


@pytest.mark.parametrize(("text", "surface"), [
    ("学院师生进行了为期半个月的支教。", "半个月"),
    ("金價連跌兩日,是半個月以來首次。", "半個月"),
])
def test_half_a_month_is_a_span(text, surface) -> None:
    f = facts_of(text)[surface]
    assert (f["kind"], f["value"], f["unit"]) == ("duration", 0.5, "个月")


def test_the_first_half_of_a_month_is_no_span() -> None:
    assert not [f for f in extract("上半个月销量回升。") if f["kind"] == "duration"]


def test_letters_o_without_a_numeral_before_them_stay_letters() -> None:
    from store.facts.numbers import normalize
    assert normalize("OO七年") == "OO七年"
    assert normalize("一百OO五") == "一百○○五"


def test_a_roc_year_compared_as_a_same_period_in_a_simplified_reprint() -> None:
    # no month dated by the year: `较109年同期` alone marks it (no span of years has a same period)
    facts = extract("全体上市公司3月营收较109年同期成长25.32%,较108年同期则成长5,140亿元,增幅19.63%。")
    years = {f["surface"]: f["value"] for f in facts if f["kind"] == "year"}
    assert years == {"109年": 2020, "108年": 2019}
    assert [f["value"] for f in facts if f["surface"] == "3月"] == ["2021-03"]


def test_a_span_of_a_hundred_years_stays_a_span() -> None:
    assert [(f["kind"], f["value"]) for f in extract("这家老店已有100年历史。")] == [("duration", 100)]
