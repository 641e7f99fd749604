"""A model year naming a product (found28): `2024款理想L7`, `2025款 Model Y` name a car by its model year — no
count of 2024 款 and no year 2024 (a model's name, as `歼-20` is), when the model is named with a Latin letter
(理想L7, Model Y); a count of models (`推出5款新车`, `超过2000款新品`) stays one."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize("text", ["2024款理想L7售价30.18万元。", "2025款 Model Y起售价26.35万元。"])
def test_a_model_year_before_its_model_is_a_label(text: str) -> None:
    assert [f["kind"] for f in extract(text)] == ["money"]


@pytest.mark.parametrize(("text", "surface"), [("该公司今年推出5款新车。", "5款"),
                                               ("每天有超过2000款新品亮相。", "超过2000款")])
def test_a_count_of_models_stays_a_count(text: str, surface: str) -> None:
    assert [(f["surface"], f["kind"]) for f in extract(text)] == [(surface, "count")]
