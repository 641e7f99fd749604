"""Labels sealed26 (a fresh sample, opened after its end score) showed read as figures: a band or bound naming
"those within it" (`30%至39%間者1個`, `未達50%者為高雄市46.5%` — the class a count or a list is of) and a race named
by its distance (`男子1500米决赛`).  The counts and levels told of them stay figures."""

from __future__ import annotations

from store.facts import extract


def _surfaces(text: str) -> list[str]:
    return [f["surface"] for f in extract(text)]


def test_a_band_of_those_within_it_is_a_class() -> None:
    text = "其餘則為30%至39%間者1個、20%至29%間者7個與未及10%者2個。"
    assert _surfaces(text) == ["1個", "7個", "2個"]
    assert _surfaces("而未達50%者為高雄市46.5%、臺中市43.6%。") == ["46.5%", "43.6%"]


def test_a_race_named_by_its_distance_is_a_label() -> None:
    assert _surfaces("在速度滑冰男子1500米决赛中，宁忠岩夺得金牌。") == []
    assert _surfaces("女子500米冠军。") == []


def test_a_distance_covered_stays_a_figure() -> None:
    assert _surfaces("他跑完了1500米。") == ["1500米"]
    assert _surfaces("增幅达5%的企业有12家。") == ["5%", "12家"]


def test_a_fiscal_year_written_with_a_dash_is_one_year_not_a_span_of_years() -> None:
    # 2016-17年度 was read as 17年, a duration of seventeen years, and 2023-24年度 as 24年
    facts = extract("房委會及房協在2016-17年度起5年內,預計興建約94500個公營房屋單位。")
    assert [(f["surface"], f["value"], f["value_high"]) for f in facts if f["kind"] == "date"] == \
        [("2016-17年度", "2016-04", "2017-03")]
    assert "24年" not in _surfaces("2023-24年度財政預算赤字為1,016億元。")


def test_a_ranking_after_a_count_is_no_noun_it_counts() -> None:
    # 3萬6241張排第7 gave both figures the subject 排第, a verb's fragment
    facts = extract("鴻海也遭賣超5萬4683張排第4。")
    assert [f["subject"] for f in facts] == ["鴻海", "鴻海"]
    assert [f["subject"] for f in extract("全市签约项目159个排名第一。")] == ["全市签约项目", "全市签约项目"]
