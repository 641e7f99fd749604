"""Figures that name a class — a camera's pixels, a diffusion index's boundary, the airspace or land below or
above a height, the statistical cut-off of firms, a room's places, a map's scale, an ore price's grade — yield no
fact (tests/gold/README.md: labels and classes are junk); the figures written beside them stay.  Sentences
written for the rule, in the register of news, communiqués and Hong Kong/Taiwan text."""

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
    ("这款手机后置4800万像素主摄，前置3200万像素。", "4800万"),
    ("这款手机后置4800万像素主摄，前置3200万像素。", "3200万"),
    ("新机搭载1亿像素超清影像系统。", "1亿"),
    ("這款手機配備5000萬像素主鏡頭。", "5000萬"),
    ("这家企业研发设计的4800万超高清全景运动相机光学摄像模组处于国际领先水平。", "4800万"),
])
def test_a_camera_named_by_its_pixels_is_no_figure(text: str, trap: str) -> None:
    _no_fact_in(text, trap)


@pytest.mark.parametrize(("text", "figure"), [
    ("这款手机后置4800万像素主摄，售价2999元。", "2999元"),
    ("今年相机出货量达到1200万台。", "1200万台"),
])
def test_figures_beside_a_camera_class_stay(text: str, figure: str) -> None:
    assert figure in surfaces(text)


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
    ("其中2000万元规模以上工业企业产值达99.6亿元。", "2000万元"),
    ("全縣500萬元規模以上企業達到120家。", "500萬元"),
])
def test_the_statistical_cut_off_naming_firms_is_no_figure(text: str, trap: str) -> None:
    _no_fact_in(text, trap)


@pytest.mark.parametrize(("text", "figure"), [
    ("其中2000万元规模以上工业企业产值达99.6亿元。", "99.6亿元"),
    ("全縣500萬元規模以上企業達到120家。", "120家"),
    ("规模以上工业企业实现利润总额2000万元。", "2000万元"),
])
def test_figures_of_firms_above_the_cut_off_stay(text: str, figure: str) -> None:
    assert figure in surfaces(text)


@pytest.mark.parametrize(("text", "trap"), [
    ("主打家庭团圆场景的3至4人包间上座率增长超过了90%。", "3至4人"),
    ("支持改造4人间及以上病房1.5万间。", "4人"),
    ("学校新建6人间宿舍200套。", "6人"),
])
def test_a_room_named_by_its_places_is_no_figure(text: str, trap: str) -> None:
    _no_fact_in(text, trap)


@pytest.mark.parametrize(("text", "figure"), [
    ("主打家庭团圆场景的3至4人包间上座率增长超过了90%。", "超过了90%"),
    ("支持改造4人间及以上病房1.5万间。", "1.5万间"),
    ("调查显示有10人间接接触过病例。", "10人"),
    ("餐厅共有包间12间。", "12间"),
])
def test_figures_beside_a_room_class_stay(text: str, figure: str) -> None:
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
    ("交易中心发布以人民币计价的铁矿石粉矿港口现货61%基准价。", "61%"),
    ("61%基準價以青島港為基準港。", "61%"),
    ("普氏62%铁矿石指数上涨2%。", "62%"),
    ("进口62%品位铁矿石到岸价回落。", "62%"),
])
def test_an_ore_price_named_by_its_grade_is_no_figure(text: str, trap: str) -> None:
    _no_fact_in(text, trap)


@pytest.mark.parametrize(("text", "figure"), [
    ("普氏62%铁矿石指数上涨2%。", "2%"),
    ("对几乎所有其他商品征收10%基准关税。", "10%"),
    ("该矿区铁矿石平均品位达到62%以上。", "62%以上"),
])
def test_rates_beside_an_ore_grade_stay(text: str, figure: str) -> None:
    assert figure in surfaces(text)
