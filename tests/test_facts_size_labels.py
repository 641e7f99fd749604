"""A product named by its size (`12吋晶圓`, `5纳米制程`, `HRB335 16MM螺紋鋼`, `8英寸、12英寸硅片`) is a label, no
figure (tests/gold/README.md: labels yield no fact; sealed21 and sealed22 trap `十二吋`, `8吋`, `20MM`), and the
subject of the product's price is the product; a size measured (`厚度仅0.3毫米的晶圆`) stays a figure.
Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "label"), [
    ("該公司擴建12吋晶圓廠,月產能增加3萬片。", "12吋"),
    ("五纳米制程营收占比达到15%。", "五纳米"),
    ("福州市場HRB335 16MM螺紋鋼價格3120元/噸。", "16MM"),
    ("目前8英寸、12英寸硅片均已量产,良率超过90%。", "8英寸"),
    ("目前8英寸、12英寸硅片均已量产,良率超过90%。", "12英寸"),
    ("该厂全年生产75寸电视120万台。", "75寸"),
])
def test_a_size_naming_a_product_is_no_figure(text: str, label: str) -> None:
    assert not [f for f in extract(text) if f["surface"] == label]


def test_the_price_of_a_sized_product_is_the_products() -> None:
    got = [f for f in extract("福州市場HRB335 16MM螺紋鋼價格3120元/噸。") if f["surface"] == "3120元/噸"]
    assert [f["subject"] for f in got] == ["螺紋鋼價格"]


@pytest.mark.parametrize(("text", "surface"), [
    ("一片厚度仅0.3毫米的晶圆被送入光刻机。", "0.3毫米"),
    ("当地出现50毫米以上降雨。", "50毫米"),
])
def test_a_size_measured_stays_a_figure(text: str, surface: str) -> None:
    assert [f["surface"] for f in extract(text) if surface in f["surface"]]


def test_a_word_typed_twice_at_a_subjects_end_is_one_word() -> None:
    got = [f for f in extract("福州市場螺紋鋼價格價格3120元/噸。") if f["surface"] == "3120元/噸"]
    assert [f["subject"] for f in got] == ["福州市場螺紋鋼價格"]
