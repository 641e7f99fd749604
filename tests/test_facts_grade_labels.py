"""Numerals that name a grade or a survey, not a figure: a coal grade by its heat value
(`5500大卡动力煤`, `熱值為5,000大卡代表規格品`) and a survey by its sampling rate
(`5‰人口变动抽样调查`, `1%人口抽样调查`).  The figures around them stay."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "label"), [
    ("發布熱值為5,000大卡代表規格品的電煤價格,監測區域覆蓋全國30個省份。", "5,000"),
    ("发布热值为5000大卡代表规格品的电煤价格,样本1600多家。", "5000"),
    ("环渤海5500大卡动力煤价格报收于685元/吨。", "5500"),
    ("秦皇岛港5,500大卡的动力煤平仓价上涨10元/吨。", "5,500"),
    ("根据2024年5‰人口变动抽样调查推算,年末全县常住人口87.74万人。", "5‰"),
    ("全国1%人口抽样调查显示，城镇化率为63%。", "1%"),
    ("根據2023年5‰人口變動抽樣調查推算,年末全縣常住人口40.8萬人。", "5‰"),
])
def test_a_grade_or_survey_name_is_no_figure(text: str, label: str) -> None:
    facts = extract(text)
    assert not [f for f in facts if label in f["surface"]]
    assert facts, "the sentence's own figures stay"


def test_a_share_of_those_surveyed_stays() -> None:
    assert "30%" in [f["surface"] for f in extract("在开展人口抽样调查的同时，有30%调查对象表示愿意参加。")]


def test_the_figures_beside_a_survey_name_stay() -> None:
    got = {f["surface"]: f["value"] for f in extract("根据2024年5‰人口变动抽样调查推算,年末全县常住人口87.74万人。")}
    assert got["87.74万人"] == 877_400


@pytest.mark.parametrize("text", ["政务热线提供7×24小时服务，全年受理诉求120万件。", "客服7*24小时在线，满意度达98%。"])
def test_round_the_clock_service_is_no_duration(text: str) -> None:
    facts = extract(text)
    assert not [f for f in facts if f["kind"] == "duration"] and facts
