"""Periods across a line broken inside a sentence by a PDF's or a fixed-width page's width (`…失業率升\n至５﹒２％`,
`…減為\n2.9%`): the break is read away (store/facts/wrapped_lines.py), so the figures after it keep their sentence's
period; a headline's end (`…办学行为\n教育部…`) stays a break; 從 marks a level left as 从 does (store/facts/periods.py)."""

from __future__ import annotations

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


def test_a_rate_after_a_break_inside_its_sentence_keeps_the_month() -> None:
    got = facts("國家統計局公布，７月城鎮調查失業率升\n至５﹒２％，上升０﹒２個百分點。", "2025-08-15")
    assert got["５﹒２％"]["period"] == "2025-07"
    assert got["５﹒２％"]["surface"] == "５﹒２％"


def test_a_level_reached_after_a_break_keeps_the_forecast_year() -> None:
    got = facts("全球終端需求下滑,預測2022年全球經濟成長率從上年的5.9%減為\n2.9%。", "2022-11-20")
    assert got["2.9%"]["period"] == "2022"
    assert got["5.9%"]["period"] == "2021"


def test_a_headline_after_an_article_stays_apart() -> None:
    text = "教育部部署整治16项基础教育不规范办学行为\n教育部今天印发通知。"
    assert facts(text, "2025-05-27")["16项"]["period"] is None


def test_a_traditional_from_word_marks_the_level_left() -> None:
    got = facts("預測2022年全球經濟成長率從上年的5.9%減為2.9%。", "2022-11-20")
    assert got["2.9%"]["period"] == "2022"
