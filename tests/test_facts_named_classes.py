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
