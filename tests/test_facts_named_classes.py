"""Figures that name a class — a diffusion index's boundary, the airspace or land below or above a height, a
map's scale — yield no fact (store/facts/named_classes.py; tests/gold/README.md: labels and classes are junk);
the figures written beside them stay.  Sentences written for the rule, in the register of news, communiqués and
Hong Kong/Taiwan text."""

from __future__ import annotations

import pytest

from store.facts import extract


def surfaces(text: str) -> list[str]:
    return [f["surface"] for f in extract(text, date="2025-06-16")]


def _no_fact_in(text: str, trap: str) -> None:
    """No fact overlaps the trap's first occurrence."""
    s = text.index(trap)
    e = s + len(trap)
    got = [f["surface"] for f in extract(text, date="2025-06-16") if f["start"] < e and s < f["end"]]
    assert not got, got


@pytest.mark.parametrize(("text", "trap"), [
    ("制造业PMI为49.5%，继续位于50%的临界点以下。", "50%"),
    ("欧元区综合PMI跌穿50的荣枯线。", "50"),
    ("製造業PMI跌穿50%榮枯線，為一年來首次。", "50%"),
    ("该指数连续三个月低于50%临界值。", "50%"),
])
def test_the_boundary_of_a_diffusion_index_is_no_figure(text: str, trap: str) -> None:
    _no_fact_in(text, trap)


@pytest.mark.parametrize(("text", "figure"), [
    ("制造业PMI为49.5%，继续位于50%的临界点以下。", "49.5%"),
    ("业务总量指数、新订单指数等均在50%以上扩张区间。", "50%以上"),       # a reading in its band (sealed11)
    ("保险等行业商务活动指数位于55.0%以上较高景气区间。", "55.0%以上"),   # (sealed9)
])
def test_a_reading_of_a_diffusion_index_stays(text: str, figure: str) -> None:
    assert figure in surfaces(text)


@pytest.mark.parametrize(("text", "trap"), [
    ("今年以来，深圳超七成的120米以下空域实现开放。", "120米以下"),
    ("全区海拔5000米以上农牧区90%以上实现了通电。", "5000米以上"),
    ("油田从6000米以下地层已累计采出油气1.5亿吨。", "6000米以下"),
    ("这是我国首次在300米以上水深海域应用导管架平台。", "300米以上"),
    ("其中海拔4000米以上的雪山就有20余座。", "4000米以上"),
])
def test_a_height_naming_the_space_it_bounds_is_no_figure(text: str, trap: str) -> None:
    _no_fact_in(text, trap)


@pytest.mark.parametrize(("text", "figure"), [
    ("其中海拔4000米以上的雪山就有20余座。", "20余座"),
    ("澳门多个低洼地段出现1米以上积水。", "1米以上"),
    ("局地积雪深度达30厘米以上。", "30厘米以上"),
    ("无人机在120米高度完成测试。", "120米"),
])
def test_heights_measured_stay(text: str, figure: str) -> None:
    assert figure in surfaces(text)


@pytest.mark.parametrize(("text", "trap"), [
    ("编制完成了1∶250万全月地质图集。", "250万"),
    ("我国1：5万比例尺的矿产地质调查累计完成200万平方公里。", "5万"),
])
def test_a_map_named_by_its_scale_is_no_figure(text: str, trap: str) -> None:
    _no_fact_in(text, trap)


@pytest.mark.parametrize(("text", "figure"), [
    ("我国1：5万比例尺的矿产地质调查累计完成200万平方公里。", "200万平方公里"),
    ("市级财政给予1:1配套扶持。", "1:1"),
    ("补贴资金撬动比达到1:10.3。", "1:10.3"),
])
def test_ratios_that_are_no_scale_stay(text: str, figure: str) -> None:
    assert figure in surfaces(text)


@pytest.mark.parametrize(("text", "trap"), [
    ("全军要确保如期实现建军一百年奋斗目标。", "一百年"),
    ("向着建军百年奋斗目标阔步前行。", "百年"),
    ("为实现建党100年奋斗目标而努力。", "100年"),
])
def test_a_goal_named_by_a_centenary_is_no_figure(text: str, trap: str) -> None:
    _no_fact_in(text, trap)


def test_the_anniversary_itself_stays() -> None:
    assert "一百年" in surfaces("全国各地热烈庆祝建军一百年。")


@pytest.mark.parametrize(("text", "figure"), [
    ("前7个月，长三角三省一市货物贸易进出口总值达11.4万亿元。", "11.4万亿元"),
    ("陕西、甘肃、内蒙古、宁夏四省区五市已打破行政区域界限。", "五市"),    # a list counted, no fixed name
])
def test_figures_beside_a_group_of_regions_stay(text: str, figure: str) -> None:
    assert figure in surfaces(text)


@pytest.mark.parametrize(("text", "trap"), [
    ("宁夏银川全力构建“15分钟便民医疗服务圈”。", "15分钟"),
    ("长三角半小时通勤圈、1小时生活圈、3小时高铁圈加快形成。", "1小时"),
    ("长三角半小时通勤圈、1小时生活圈、3小时高铁圈加快形成。", "3小时"),
    ("京津冀主要城市1—1.5小时交通圈基本形成。", "1—1.5小时"),
    ("2025年，十五分钟便民生活圈被纳入城市更新。", "十五分钟"),
])
def test_a_circle_named_by_its_travel_time_is_no_figure(text: str, trap: str) -> None:
    _no_fact_in(text, trap)


@pytest.mark.parametrize(("text", "figure"), [
    ("他用时15分钟跑完一圈。", "15分钟"),
    ("车程缩短至2小时，经济圈不断扩大。", "2小时"),
    ("社区15分钟健身圈覆盖居民120万人。", "120万人"),
])
def test_times_that_name_no_circle_stay(text: str, figure: str) -> None:
    assert figure in surfaces(text)


@pytest.mark.parametrize(("text", "trap"), [
    ("救援站毗邻315国道和黄茫高速。", "315"),
    ("连接111国道与234国道的重要通道基本完成清淤。", "111"),
    ("广东蕉岭县205國道坍塌路面已全面封闭。", "205"),
    ("S315省道部分路段实行交通管制。", "315"),
])
def test_a_road_named_by_its_number_is_no_figure(text: str, trap: str) -> None:
    _no_fact_in(text, trap)


def test_figures_on_a_numbered_road_stay() -> None:
    assert "80公里" in surfaces("救援站毗邻315国道，距离最近的茫崖市有80公里。")
