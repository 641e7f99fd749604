"""Denominators written before the figure with 每: with their own number (`每1000立方英尺`,
`每10万人口`, `每万人`) the number sizes the unit and is no figure, and the figure after it
carries the whole denominator; two denominators (`每日人均`) are not written as one unit."""

from __future__ import annotations

import pytest

from store.facts import extract


def by_surface(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2024-03-01")}


@pytest.mark.parametrize(("text", "surface", "unit", "per"), [
    ("天然气期货价格每1000立方英尺(1立方米约合35立方英尺)下跌19.6美分,收于7.497美元。",
     "19.6美分", "美分/1000立方英尺", "1000立方英尺"),
    ("天然气期货价格每1000立方英尺上涨12.3美分。", "12.3美分", "美分/1000立方英尺", "1000立方英尺"),
    ("每万人发明专利19.8件,居全省第3。", "19.8件", "件/万人", "万人"),
    ("全市每万人口高价值发明专利拥有量达6.5件。", "6.5件", "件/万人口", "万人口"),
    ("每千人口执业医师3.2人。", "3.2人", "人/千人口", "千人口"),
    ("每10万人口拥有医生25名。", "25名", "名/10万人口", "10万人口"),
])
def test_a_numbered_denominator_before_the_figure_is_its_per(text: str, surface: str, unit: str, per: str) -> None:
    f = by_surface(text)[surface]
    assert (f["unit"], f["per"]) == (unit, per)


@pytest.mark.parametrize(("text", "number"), [
    ("天然气期货价格每1000立方英尺(1立方米约合35立方英尺)下跌19.6美分。", "1000"),
    ("每10万人口拥有医生25名。", "10万"),
])
def test_the_number_of_a_denominator_is_no_figure(text: str, number: str) -> None:
    assert not [f for f in extract(text) if f["surface"].startswith(number)]


def test_the_conversion_in_the_aside_keeps_its_own_figures() -> None:
    got = by_surface("价格每1000立方英尺(1立方米约合35立方英尺)下跌19.6美分。")
    assert (got["35立方英尺"]["unit"], got["35立方英尺"]["per"]) == ("立方英尺", None)
    assert got["1立方米"]["unit"] == "立方米"


@pytest.mark.parametrize("text", ["每3年举办一次,每次30人。", "每5分钟就有2趟列车。"])
def test_an_interval_after_mei_is_left_as_it_is_read(text: str) -> None:
    surfaces = [f["surface"] for f in extract(text)]
    assert any(s[0] in "35" for s in surfaces)


@pytest.mark.parametrize("text", ["今年春節假期每日人均花費150元,不及去年的169元。",
                                  "假期每日人均消费150元。"])
def test_spending_per_head_per_day_keeps_the_plain_unit(text: str) -> None:
    f = by_surface(text)["150元"]
    assert (f["unit"], f["per"]) == ("元", None)


def test_a_price_per_gallon_keeps_its_plain_denominator() -> None:
    f = by_surface("汽油期货价格当天每加仑下跌2.86美分。")["2.86美分"]
    assert (f["unit"], f["per"]) == ("美分/加仑", "加仑")


@pytest.mark.parametrize(("text", "surface"), [
    ("天然氣期貨每百萬英熱單位上漲0.12美元，報3.25美元。", "0.12美元"),
    ("亨利港天然氣約100美元/百萬英熱單位。", "約100美元/百萬英熱單位"),
])
def test_a_gas_price_per_million_btu_in_traditional_script_keeps_its_denominator(text: str, surface: str) -> None:
    f = by_surface(text)[surface]
    assert (f["unit"], f["per"]) == ("美元/百万英热单位", "百万英热单位")


@pytest.mark.parametrize(("text", "surface", "unit"), [
    # a name holding Latin letters and digits between the head count and its figure (work reports' 5G)
    ("累计建成5G基站10.2万个，每万人拥有5G基站数达到31.8个。", "31.8个", "个/万人"),
    ("每万人口拥有5G基站数达到31.8个。", "31.8个", "个/万人口"),
])
def test_a_head_count_rate_reaches_over_a_name_with_latin_letters(text: str, surface: str, unit: str) -> None:
    found = [f for f in extract(text) if f["surface"] == surface]
    assert len(found) == 1 and (found[0]["kind"], found[0]["unit"]) == ("count", unit)
