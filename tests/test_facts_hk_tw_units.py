"""Forms of Hong Kong and Taiwan releases that were not read (issue 10, sealed27's misses, read after its end
score): the small-form percent sign `﹪` (`年息1.875﹪` was a sum of 1.875 元), flats counted in 伙 (`私人住宅落成量
為3115伙`), stocks counted in 檔 (`占了8檔`), `首兩月`/`前两月` (the first two months, as 首三月 already was).  Sentences
written for the rules."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2026-03-20")}


def test_the_small_form_percent_sign_is_a_percent() -> None:
    got = facts("本行重貼現率、擔保放款融通利率及短期融通利率分別維持年息1.875﹪、2.25﹪及4.125﹪不變。")
    assert [(got[s]["kind"], got[s]["value"], got[s]["unit"]) for s in ("1.875﹪", "2.25﹪", "4.125﹪")] == [
        ("percent", 1.875, "%"), ("percent", 2.25, "%"), ("percent", 4.125, "%")]
    assert got["4.125﹪"]["subject"] == "短期融通利率"


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("2月私人住宅落成量為3115伙,較1月的3178伙、按月回落約2%。", "3115伙", 3115, "伙"),
    ("新界區首兩個月有3413伙私宅落成。", "3413伙", 3413, "伙"),
    ("外資賣超前十大個股，以電子股為主，占了8檔。", "8檔", 8, "档"),
    ("今年首兩月公共財政盈餘達86.99億元。", "首兩月", 2, "月"),
    ("前两月出口增长5%。", "前两月", 2, "月"),
])
def test_counts_and_spans_of_these_releases_are_read(text: str, surface: str, value: int, unit: str) -> None:
    f = facts(text)[surface]
    assert (f["value"], f["unit"]) == (value, unit)


@pytest.mark.parametrize("text", ["一伙人闯入商店。", "两伙人发生争执。", "他有3个伙伴。"])
def test_gangs_and_partners_are_no_counts(text: str) -> None:
    got = facts(text)
    assert not [s for s in got if s.endswith("伙") or s.endswith("人")], got.keys()


def test_hong_kongs_second_quarter_dates_its_figures_and_leaves_the_subject() -> None:
    got = {f["surface"]: f for f in extract("所有服務活動合計的增加價值在今年次季與上年同期比較實質上升3.4%。",
                                           date="2026-08-15")}
    assert got["今年次季"]["period"] == "2026Q2"
    assert (got["3.4%"]["period"], got["3.4%"]["subject"]) == ("2026Q2", "增加價值")


@pytest.mark.parametrize("text", ["3月28日,生猪(外三元)价格为14.64元/公斤。", "内三元生猪出栏均价15元/公斤。",
                                  "三元杂交猪每头盈利300元。"])
def test_a_pig_breed_is_no_sum_of_three_yuan(text: str) -> None:
    assert not [f for f in extract(text) if f["value"] == 3]


@pytest.mark.parametrize(("text", "surface", "unit"), [
    # Taiwan's floor area, and prices per it
    ("台中市2年來每坪單價從14.4萬元漲至16.8萬元。", "14.4萬元", "元/坪"),
    ("台中市2年來每坪單價從14.4萬元漲至16.8萬元。", "16.8萬元", "元/坪"),
    ("房屋面积35坪。", "35坪", "坪"),
    # a grant per head
    ("即每人可獲發8,000元。", "8,000元", "元/人"),
    # person-times written with a slash, per month when the sentence says so
    ("用人单位通过市场招聘人员累计79286人/次。", "79286人/次", "人次"),
    ("市场用人单位招聘人数平均每月约26429人/次。", "约26429人/次", "人次/月"),
])
def test_units_of_these_releases_keep_their_denominator(text: str, surface: str, unit: str) -> None:
    assert facts(text)[surface]["unit"] == unit


def test_a_size_bound_listed_before_the_classes_is_no_figure_and_the_marker_clause_gives_the_base() -> None:
    got = facts("所有單位面積分類都錄得按月升幅,其中少於430平方呎,以及430至752平方呎的單位,均上升近百分之0.4;"
                "753至1,075平方呎的單位,升百分之0.7。")
    assert not [s for s in got if "呎" in s]
    assert (got["近百分之0.4"]["base"], got["百分之0.7"]["base"]) == ("上月", "上月")


def test_a_measured_area_with_a_bound_stays_a_figure() -> None:
    assert facts("實用面積少於430平方呎,成交價300萬元。")["少於430平方呎"]["value"] == 430
