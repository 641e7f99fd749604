"""Numerals that name a class or a set phrase rather than measure (the gold negatives' size classes, slogans
and labels), read by where they stand whatever their unit:

- a bound or band alone in brackets right after a noun defines that noun (a price index's size classes);
- a bound followed by 的 and a count draws the class the count is of;
- the set formula of a civilisation's depth (人类史/文化史/文明史), a full turn naming an all-round view, a
  university admission tier, a page footer's 本版 (this page).

Beside each, the same words measuring something stay figures.  Sentences written for the rules, in the
register of Hong Kong releases, county reports and news."""

from __future__ import annotations

import pytest

from store.facts import extract


def surfaces(text: str) -> list[str]:
    return [f["surface"] for f in extract(text, date="2025-06-16")]


def overlapping(text: str, trap: str) -> list[str]:
    return [s for s in surfaces(text) if trap in s or s in trap]


@pytest.mark.parametrize(("text", "trap", "figure"), [
    ("細單位(實用面積40平方米以下)的樓價指數上月報402.1,按月升0.5%。", "40平方米以下", "402.1"),
    ("大型單位(100平方米或以上)售價指數按月下跌0.8%。", "100平方米或以上", "0.8%"),
    ("C類物業(70至99.9平方米)售價指數為318.5,按月升0.2%。", "70至99.9平方米", "318.5"),
    ("中型企业（从业人员300人及以上）的订单指数为51.2%。", "300人及以上", "51.2%"),
])
def test_a_bound_alone_in_brackets_after_a_noun_names_its_class(text: str, trap: str, figure: str) -> None:
    assert not overlapping(text, trap)
    assert figure in surfaces(text)


@pytest.mark.parametrize(("text", "figure"), [
    ("装备制造业（50.6%）和高技术制造业（51.3%）指数均位于扩张区间。", "50.6%"),
    ("中央委员会候补委员名单（160名）今日公布。", "160名"),
    ("公司预期录得净亏损(约港币3800万元至4100万元)。", "约港币3800万元至4100万元"),
    ("配售股份不超过发行总数的15%（即不超过120.00万股）。", "不超过120.00万股"),
])
def test_a_plain_value_or_an_estimate_in_brackets_stays_a_figure(text: str, figure: str) -> None:
    assert figure in surfaces(text)


@pytest.mark.parametrize(("text", "trap", "figure"), [
    ("全镇工业企业48家,其中纳税过30万元的6家。", "30万元", "6家"),
    ("全市无偿献血者中，献血30次以上的1.2万人。", "30次以上", "1.2万人"),
    ("年销售额超过5000万元的23家企业获得奖励。", "5000万元", "23家"),
])
def test_a_bound_before_a_count_draws_the_class_counted(text: str, trap: str, figure: str) -> None:
    assert not overlapping(text, trap)
    assert figure in surfaces(text)


@pytest.mark.parametrize(("text", "figure"), [
    ("平台接入了超过1200家运营商的9000座充电站。", "超过1200家"),
    ("影片在超300个城市的650间影院同步上映。", "超300个"),
])
def test_a_count_before_a_count_stays_a_figure(text: str, figure: str) -> None:
    assert figure in surfaces(text)


@pytest.mark.parametrize(("text", "trap"), [
    ("考古成果实证了我国百万年的人类史、一万年的文化史、五千多年的文明史。", "一万年"),
    ("考古成果实证了我国百万年的人类史、一万年的文化史、五千多年的文明史。", "五千多年"),
    ("中华民族是有着5000多年文明史的伟大民族。", "5000多年"),
    ("遗址出土的石器实证了这片大地上百万年的人类史。", "上百万年"),
])
def test_the_formula_of_a_civilisations_depth_is_no_span(text: str, trap: str) -> None:
    assert not overlapping(text, trap)


def test_the_age_of_a_place_stays_a_duration() -> None:
    assert "1300多年" in surfaces("这座有着1300多年历史的古镇吸引了大批游客。")


@pytest.mark.parametrize(("text", "trap"), [
    ("这款运动相机可以拍摄360度全景影像。", "360度"),
    ("展馆上线了360度环顾功能，观众可在线漫游。", "360度"),
    ("植保无人机实现了360度全向感知。", "360度"),
])
def test_a_full_turn_naming_an_all_round_view_is_no_angle(text: str, trap: str) -> None:
    assert not overlapping(text, trap)


def test_a_full_turn_after_a_turning_verb_stays_measured() -> None:
    assert "360度" in surfaces("表演者在梅花桩上单腿旋转360度，赢得掌声。")


@pytest.mark.parametrize(("text", "trap", "figure"), [
    ("今年高考二本以上上线2140人，创历史新高。", "二本", "2140人"),
    ("全县一本线上线人数达到516人。", "一本", "516人"),
])
def test_a_university_admission_tier_is_a_class(text: str, trap: str, figure: str) -> None:
    assert not overlapping(text, trap)
    assert figure in surfaces(text)


def test_this_pages_editor_after_a_footer_number_is_no_count() -> None:
    assert not overlapping("content_30166570.html 1 1921 本版责编：张三 /enpproperty-->", "1921 本")


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("中小型單位(100平方米以下)售價指數按月升0.5%;較大面積單位(100平方米或以上)售價指數則跌0.9%。", "0.9%",
     "較大面積單位售價指數"),
    ("D類物業(100至159.9平方米)售價指數為305.1,按月跌0.6%。", "0.6%", "D類物業售價指數"),
])
def test_a_bracketed_classs_rates_are_told_of_the_class(text: str, figure: str, subject: str) -> None:
    got = {f["surface"]: f["subject"] for f in extract(text, date="2025-06-16")}
    assert got[figure] == subject
