"""Floor areas and usage bands naming a class of flats or households are labels, not figures
(tests/gold/README.md "Conventions": size thresholds naming a class; sealed16's call on flat sizes and
household bands), and the rate told of such a class is the class's.  A measured area stays a figure,
in its whole unit (方呎, not 方).  Sentences written for the rules, in the register of Hong Kong
property news and Taiwan tariff notices."""

from __future__ import annotations

import pytest

from store.facts import extract


def surfaces(text: str) -> list[str]:
    return [f["surface"] for f in extract(text, date="2025-06-16")]


@pytest.mark.parametrize(("text", "trap"), [
    ("按面積劃分,面積1722呎以上的豪宅樓價按月跌2.1%。", "1722呎"),
    ("面積432至752方呎的中型單位售價按月升0.8%。", "432至752方呎"),
    ("面積430呎以下的細單位則跌0.5%。", "430呎"),
    ("面積1500方呎的豪宅,按月跌1.2%。", "1500方呎"),
    ("100平方米以上的住房成交量下降。", "100平方米"),
    ("每月900度以下的住宅用電不受影響。", "900度"),
    ("用電量在800度以下之一般家庭電價不變。", "800度"),
    ("每2個月電費5000元、夏月每2個月電費6200元以下的家庭用戶不受影響。", "6200元"),
    ("每2個月電費5000元、夏月每2個月電費6200元以下的家庭用戶不受影響。", "5000元"),
])
def test_a_size_or_usage_class_is_no_figure(text: str, trap: str) -> None:
    assert not [s for s in surfaces(text) if trap in s or s in trap]


@pytest.mark.parametrize(("text", "subject"), [
    ("面積430呎以下的細單位,按月下跌0.5%。", "細單位"),
    ("其中面積1500方呎的豪宅跌幅最大,按月跌1.2%;其次為中型單位。", "豪宅"),
])
def test_the_rate_of_a_class_is_the_classs(text: str, subject: str) -> None:
    rates = [f for f in extract(text) if f["kind"] == "percent"]
    assert rates[0]["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("該單位實用面積1772方呎,成交價3800萬元。", "1772方呎", "方呎"),
    ("全市上月用電量1000萬度以上,按年升3%。", "1000萬度以上", "度"),
    ("這戶人家每月電費6200元,比去年多。", "6200元", "元/月"),
])
def test_a_measured_area_or_usage_stays_a_figure(text: str, surface: str, unit: str) -> None:
    facts = {f["surface"]: f for f in extract(text)}
    assert facts[surface]["unit"] == unit


@pytest.mark.parametrize(("text", "trap"), [
    ("各類單位中以面積1722方呎或以上單位升幅最多,按月升1.42%。", "1722方呎"),
    ("面積753至1075方呎單位報154.7,按月升1.05%。", "753至1075方呎"),
    ("面積432至752方呎單位是上月唯一錄跌幅。", "432至752方呎"),
    # the unit written at both ends, the range after a comma (sealed22's traps)
    ("按面積劃分,433方呎至750方呎單位按月升約0.8%。", "433方呎至750方呎"),
])
def test_a_bounded_class_right_before_the_flat_noun_is_no_figure(text: str, trap: str) -> None:
    assert not [s for s in surfaces(text) if trap in s or s in trap]


def test_a_single_area_right_before_the_noun_is_one_flat_measured() -> None:
    assert "1772方呎" in surfaces("實用面積1772方呎單位成交價3,800萬元。")


@pytest.mark.parametrize(("text", "subject"), [
    ("面積431至743方呎的單位,最新報182.5,按月跌0.44%。", "單位"),
    ("面積1076至1721方呎單位,按月升0.41%,最新報147,連升3個月。", "單位"),
])
def test_a_classs_levels_rates_and_runs_are_the_classs(text: str, subject: str) -> None:
    facts = extract(text)
    assert facts and all(f["subject"] == subject for f in facts)


def test_an_index_named_after_the_class_keeps_its_name() -> None:
    facts = {f["surface"]: f["subject"] for f in extract("面積430呎以下的細單位,下跌0.5%,而整體樓價指數上升0.3%。")}
    assert facts["0.5%"] == "細單位" and facts["0.3%"] == "整體樓價指數"
