"""A company's results window named as the comparison (`與截至2023年6月30日止六個月相比`) is the base's window: the
figures after it are the sentence's own window, or have none when the sentence names no other; the count of
months in it is that earlier window (store/facts/period_windows.py; sealed19 labels it so, as the named windows
`較截至…止年度` already were)."""

from __future__ import annotations

from store.facts import extract


def _periods(text: str) -> list[tuple[str, str | None]]:
    return [(f["surface"], f["period"]) for f in extract(text) if f["kind"] != "date"]


def test_a_change_against_last_years_half_is_this_years_half() -> None:
    got = _periods("集团截至2024年6月30日止六个月的收入约为8.52亿元,与截至2023年6月30日止六个月相比增加约12.3%。")
    assert got == [("六个月", "2024H1"), ("8.52亿元", "2024H1"), ("六个月", "2023H1"), ("约12.3%", "2024H1")]


def test_a_forecast_against_the_same_window_a_year_before_keeps_its_own() -> None:
    got = dict(_periods("本公司截至2024年9月30日止6个月之未经审核管理账目显示,与截至2023年9月30日止6个月录得的溢利"
                        "相比,本期内将录得溢利增加约3200万港元。"))
    assert got["约3200万港元"] == "2024-04/2024-09"


def test_a_change_against_a_window_the_sentence_names_alone_has_no_period() -> None:
    got = dict(_periods("毛利率与截至2023年6月30日止六个月相比增加约1.5个百分点至约42.6%。"))
    assert got["约1.5个百分点"] is None and got["约42.6%"] is None
    assert got["六个月"] == "2023H1"
