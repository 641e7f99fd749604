"""Figures that name a kind of thing rather than measure it yield no fact (store/facts/kind_labels.py;
the traps of sealed12, sealed13 and sealed14, as classes): a survey by its sampling rate, an ore benchmark by
its grade, a room by its seats, a camera by its resolution, firms by a size threshold before 规模以上."""

from __future__ import annotations

import pytest

from store.facts import extract


def surfaces(text: str) -> list[str]:
    return [f["surface"] for f in extract(text, date="2025-06-01")]


@pytest.mark.parametrize(("text", "label"), [
    ("根據2023年5‰人口變動抽樣調查推算,年末全縣常住人口40.8萬人。", "5‰"),
    ("根据2020年1%人口抽样调查，全市常住人口10.2万人。", "1%"),
    ("北京鐵礦石交易中心發布以人民幣計價的鐵礦石粉礦港口現貨61%基準價。", "61%"),
    ("普氏62%铁矿石价格指数报105美元/吨。", "62%"),
    ("主打家庭团圆场景的3至4人包间上座率增长超过了90%。", "3至4人"),
    ("支持改造4人间及以上病房1.5万间。", "4人"),
    ("这家企业研发设计的4800万超高清全景运动相机光学摄像模组处于国际领先水平。", "4800万"),
    ("后置四摄：4800万像素主摄+1600万像素超广角。", "4800万"),
    ("其中2000万元规模以上工业企业产值达99.6亿元。", "2000万元"),
    ("后置200万像素微距摄像头；前置3200万像素。", "3200万"),      # any figure right before 像素
    ("新机搭载1亿像素超清影像系统。", "1亿"),
    ("這款手機配備1.08億像素主鏡頭。", "1.08億"),
])
def test_a_figure_naming_a_kind_of_thing_is_no_fact(text: str, label: str) -> None:
    got = surfaces(text)
    assert not any(label in s or s in label for s in got if s[:1].isdigit()), got


@pytest.mark.parametrize(("text", "figure"), [
    ("对几乎所有其他商品征收10%基准关税。", "10%"),          # a tariff rate measures
    ("该相机像素达4800万。", "4800万"),
    ("每个包间坐3至4人，共接待家庭120户。", "3至4人"),
    ("全县规模以上工业企业实现产值2000万元。", "2000万元"),
    ("全市常住人口40.8万人，抽样调查显示增长1%。", "1%"),
])
def test_the_same_figures_measuring_something_stay(text: str, figure: str) -> None:
    assert figure in surfaces(text)
