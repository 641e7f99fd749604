"""Numerals that name a class, a bucket or a shop rather than measure something
(found missing by the held-back gold sample)."""

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "label"), [
    ("男子双人3米板决赛今晚进行", "3米"),
    ("她在女子10米跳台比赛中夺冠", "10米"),
    ("男子25米手枪速射资格赛", "25米"),
    ("中国队在男子4×100米混合泳接力中摘银", "100米"),
    ("女子200米蝶泳半决赛", "200米"),
    ("中期品种(3-5年)利率小幅上行", "3-5年"),
    ("全区1亿元及以上项目开工120个", "1亿元"),
    ("小区门口新开了一家24小时便利店", "24小时"),
    ("在30-59岁人群中开展筛查", "30-59岁"),
])
def test_a_numeral_naming_a_class_is_no_figure(text, label):
    facts = extract(text, date="2025-06-01")
    assert not [f for f in facts if label in f["surface"] or f["surface"] in label and f["kind"] != "date"]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("他在决赛中跑出100米的距离后体力不支", "100米", 100),
    ("全区1亿元及以上项目开工120个", "120个", 120),
    ("便利店营业时间延长到24小时", "24小时", 24),
    ("投资5000万元以上", "5000万元", 50000000),
])
def test_the_same_numerals_measuring_something_stay_figures(text, surface, value):
    facts = [f for f in extract(text, date="2025-06-01") if f["surface"].startswith(surface)]
    assert facts and facts[0]["value"] == value


@pytest.mark.parametrize(("text", "label"), [
    ("研究表明该方法有效[3][12]，并已推广", "12"),
    ("１．加快推进项目建设；２．优化营商环境", "１"),
    ("一、总体要求", "一"),
    ("沪金期货Ag1206合约收盘走高", "1206"),
    ("渤中19-6气田投产", "19-6"),
    ("新款手机MATE8发布", "8"),
    ("该车搭载2.0T发动机", "2.0"),
    ("10年期国债收益率小幅下行", "10年"),
])
def test_marks_markers_codes_and_names_are_no_figures(text, label):
    facts = extract(text, date="2025-06-01")
    assert not [f for f in facts if label in f["surface"]]
