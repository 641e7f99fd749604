"""Measure words the unit table lacked (the sealed9 sample's misses, as classes):
- `具` counts bodies and remains (`移交1212具遗体`, `发现3具遗骸`); `具有`, `具体`, `具备` are words;
- Hong Kong basis points written with a classifier, `34個點子` (points 0.34, as `186點子` is 1.86);
- energy in 吉瓦时 / 太瓦时 (`940吉瓦时` is GWh, not the power 吉瓦);
- a Hong Kong bank's margin or yield in 厘 is a percent (`淨息差1.97厘`, `收益率2.10厘`), as 利率 is.
Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str) -> dict:
    found = [f for f in extract(text, date="2025-06-16") if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in extract(text, date="2025-06-16")])
    return found[0]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("俄方向乌方移交1212具乌军士兵遗体。", "1212具", 1212),
    ("并从乌方接收27具俄士兵遗体。", "27具", 27),
    ("救援人员已发现35具遇难者遗体。", "35具", 35),
    ("北京区域共发现７７具遇难者遗体。", "７７具", 77),
    ("考古人员清理出三具人骨遗骸。", "三具", 3),
])
def test_bodies_are_counted_in_ju(text: str, surface: str, value: int) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["value"], f["unit"]) == ("count", value, "具")


@pytest.mark.parametrize("text", ["该项目具有3大优势。", "请说明具体情况。", "企业具备条件。"])
def test_words_built_on_ju_are_no_count(text: str) -> None:
    assert not [f for f in extract(text) if f["unit"] == "具"]


@pytest.mark.parametrize(("text", "surface", "value", "change"), [
    ("淨息差1.62%,按年升34個點子。", "34個點子", 0.34, "up"),
    ("淨息差按年收窄12個點子至1.55%。", "12個點子", 0.12, "down"),
    ("一個月銀行同業拆息跌8个点子。", "8个点子", 0.08, "down"),
])
def test_hong_kong_basis_points_with_a_classifier(text: str, surface: str, value: float, change: str) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["value"], f["change"]) == ("points", value, change)


def test_ideas_counted_in_chinese_numerals_are_no_basis_points() -> None:
    assert not [f for f in extract("大家出了三个好点子。") if f["kind"] == "points"]


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("2023年我国锂电池总产量为940吉瓦时。", "940吉瓦时", "吉瓦时"),
    ("新型储能规模近40吉瓦时。", "近40吉瓦时", "吉瓦时"),
    ("全国发电量达9.4太瓦时。", "9.4太瓦时", "太瓦时"),
])
def test_energy_in_gigawatt_hours_is_no_power(text: str, surface: str, unit: str) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["unit"]) == ("quantity", unit)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("上半年淨息差1.97厘,按年擴濶13個基點。", "1.97厘", 1.97),
    ("淨利息收益率改善16個基點至2.10厘。", "2.10厘", 2.10),
    ("十年期債券孳息升至3.5厘。", "3.5厘", 3.5),
])
def test_a_margin_or_a_yield_in_li_is_a_percent(text: str, surface: str, value: float) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["value"], f["unit"]) == ("percent", value, "%")


@pytest.mark.parametrize("text", ["零件误差不超过3厘。", "身高相差2厘。"])
def test_li_without_a_rate_is_no_percent(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] == "percent"]
